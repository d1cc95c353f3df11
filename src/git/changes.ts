/** Which model files changed between two revisions: `git diff --raw -z -M`, filtered by globs. */
import { checkRev, git } from './exec.js';
import { matchesAny } from '../glob.js';
import { FootprintError } from '../diagnostics/diagnostic.js';

export type ModelChangeStatus = 'added' | 'modified' | 'renamed' | 'removed';

export interface ModelChange {
  /** Path at head (for 'removed': the path at base). Relative to the repository root, '/' separated. */
  path: string;
  /** Path at base, for 'renamed'. */
  oldPath?: string;
  status: ModelChangeStatus;
  /** Blob id at base (absent for 'added'). */
  baseBlob?: string;
  /** Blob id at head (absent for 'removed', and for work-tree files when headRev is undefined). */
  headBlob?: string;
}

const NULL_SHA = /^0+$/;

interface RawEntry {
  status: string;
  oldBlob: string;
  newBlob: string;
  src: string;
  dst: string | undefined;
}

/** Parses `git diff --raw -z` output: `:mode mode sha sha STATUS\0path\0[path2\0]`. */
function parseRaw(out: string): RawEntry[] {
  const parts = out.split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const head = parts[i] as string;
    if (head === '') continue;
    const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(head);
    if (!m) throw new FootprintError('E_GIT', `unexpected \`git diff --raw\` line: ${JSON.stringify(head.slice(0, 200))}`);
    const status = m[3] as string;
    const src = parts[++i] ?? '';
    const dst = status === 'R' || status === 'C' ? parts[++i] : undefined;
    entries.push({ status, oldBlob: m[1] as string, newBlob: m[2] as string, src, dst });
  }
  return entries;
}

function blob(sha: string): string | undefined {
  return NULL_SHA.test(sha) ? undefined : sha;
}

/**
 * Model files added, modified, renamed or removed from `baseRev` to `headRev` (undefined: the work
 * tree, tracked files only), whose path matches one of `patterns` (globs; `!glob` excludes). A
 * rename is kept as 'renamed' when the new path matches; renamed out of the patterns, it is a
 * 'removed'; renamed into them, an 'added'. Sorted by path.
 */
export function changedModels(repoDir: string, baseRev: string, headRev: string | undefined, patterns: readonly string[]): ModelChange[] {
  const revs = headRev === undefined ? [checkRev(baseRev)] : [checkRev(baseRev), checkRev(headRev)];
  const out = git(repoDir, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules', ...revs, '--']).toString('utf8');
  const changes: ModelChange[] = [];
  for (const e of parseRaw(out)) {
    const oldB = blob(e.oldBlob);
    const newB = blob(e.newBlob);
    const with_ = (c: ModelChange): ModelChange => {
      if (c.status !== 'added' && oldB) c.baseBlob = oldB;
      if (c.status !== 'removed' && newB) c.headBlob = newB;
      return c;
    };
    if (e.status === 'R' || e.status === 'C') {
      const dst = e.dst ?? '';
      const oldIn = matchesAny(e.src, patterns);
      const newIn = matchesAny(dst, patterns);
      if (newIn && oldIn && e.status === 'R') changes.push(with_({ path: dst, oldPath: e.src, status: 'renamed' }));
      else if (newIn) changes.push(with_({ path: dst, status: 'added' }));
      if (oldIn && !newIn && e.status === 'R') changes.push(with_({ path: e.src, status: 'removed' }));
      continue;
    }
    if (!matchesAny(e.src, patterns)) continue;
    switch (e.status) {
      case 'A': changes.push(with_({ path: e.src, status: 'added' })); break;
      case 'D': changes.push(with_({ path: e.src, status: 'removed' })); break;
      case 'M': case 'T': changes.push(with_({ path: e.src, status: 'modified' })); break;
      default: break; // U (unmerged), X (unknown): nothing to compare
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
