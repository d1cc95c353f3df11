/**
 * Discovery and analysis: which models the pull request changes (git diff between the merge base
 * and HEAD, via src/git), this shard's slice of them, and one CommentEntry per model x target with
 * the head report (work tree: LFS files as checked out) and the base report (`git cat-file` at the
 * merge base, no second checkout), which may come from the results cache instead (base-cache.ts).
 * One bad model only marks its own entry.
 */
import { changedModels, mergeBase, repoRoot, revParse, type ModelChange } from '../git/index.js';
import { type CommentEntry, type Target } from '../index.js';
import type { AnalysisJob, AnalysisOutcome } from './analysis.js';
import type { BaseCandidate, BaseResultCache } from './base-cache.js';
import type { Analyzer } from './workers.js';
import type { Shard } from './settings.js';

export interface Revisions {
  repoDir: string;
  /** The merge base of the compared base and HEAD. */
  baseSha: string;
  /** HEAD as checked out (the PR's merge commit on `pull_request`). */
  headSha: string;
}

/** Resolves the revisions to compare: merge-base(base, HEAD) and HEAD. */
export function resolveRevisions(workspace: string, base: string): Revisions {
  const repoDir = repoRoot(workspace);
  const headSha = revParse(repoDir, 'HEAD');
  return { repoDir, headSha, baseSha: mergeBase(repoDir, base, headSha) };
}

/** A deterministic slice: the i-th of every n changes, in path order. */
export function shardSlice<T extends { path: string }>(changes: readonly T[], shard: Shard | undefined): T[] {
  const sorted = [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}

export interface Collected {
  changes: ModelChange[];
  entries: CommentEntry[];
}

function fill(entry: CommentEntry, side: 'base' | 'head', o: AnalysisOutcome | undefined): void {
  if (!o) return;
  const path = side === 'base' ? entry.oldPath ?? entry.path : entry.path;
  // A shared analysis (same blob at another path) is shown under this entry's own path.
  if (o.report) entry[side] = o.report.model.path === path ? o.report : { ...o.report, model: { ...o.report.model, path } };
  if (o.error !== undefined) entry[side === 'base' ? 'baseError' : 'headError'] = o.path === undefined ? o.error : o.error.split(o.path).join(path);
  if (o.lfsNotFetched) entry.lfsNotFetched = true;
}

/** Finds the changed models (this shard's share) and analyzes them at both sides, in parallel. */
export async function collectEntries(
  revs: Revisions, patterns: readonly string[], targets: readonly string[], shard: Shard | undefined, analyzer: Analyzer,
  cache?: BaseResultCache, specs: Readonly<Record<string, Target>> = {},
): Promise<Collected> {
  const changes = shardSlice(changedModels(revs.repoDir, revs.baseSha, revs.headSha, patterns), shard);
  const jobs: AnalysisJob[] = [];
  // Identical blobs (copies of one model) are analyzed once per target.
  const byBlob = new Map<string, number>();
  const job = (blob: string | undefined, path: string, rev: string | undefined, target: string): number => {
    const key = blob === undefined ? undefined : `${blob}\0${target}`;
    const known = key === undefined ? undefined : byBlob.get(key);
    if (known !== undefined) return known;
    const spec = specs[target];
    jobs.push({ id: jobs.length, repoDir: revs.repoDir, path, rev, target, ...(spec ? { spec } : {}) });
    if (key !== undefined) byBlob.set(key, jobs.length - 1);
    return jobs.length - 1;
  };
  const plan: { change: ModelChange; target: string; head?: number; base?: number }[] = [];
  for (const change of changes) {
    for (const target of targets) {
      const p: (typeof plan)[number] = { change, target };
      if (change.status !== 'removed') p.head = job(change.headBlob, change.path, undefined, target);
      if (change.status !== 'added') p.base = job(change.baseBlob, change.oldPath ?? change.path, revs.baseSha, target);
      plan.push(p);
    }
  }
  // Base jobs the cache may answer: not shared with a head (the head is always analyzed).
  const heads = new Set(plan.map((p) => p.head));
  const candidates = new Map<number, BaseCandidate>();
  for (const p of plan) {
    if (p.base !== undefined && p.change.baseBlob !== undefined && !heads.has(p.base)) candidates.set(p.base, { id: p.base, blob: p.change.baseBlob, target: p.target, ...(specs[p.target] ? { spec: specs[p.target] as Target } : {}) });
  }
  const cached = cache ? await cache.restore([...candidates.values()]) : new Map<number, never>();
  const outcomes = await analyzer.analyze(jobs.filter((j) => !cached.has(j.id)));
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  if (cache) await cache.save([...candidates.values()].filter((c) => !cached.has(c.id)), byId);
  for (const [id, report] of cached) byId.set(id, { id, report });
  const entries = plan.map(({ change, target, head, base }) => {
    const entry: CommentEntry = { path: change.path, target, status: change.status };
    if (change.oldPath !== undefined) entry.oldPath = change.oldPath;
    if (head !== undefined) fill(entry, 'head', byId.get(head));
    if (base !== undefined) fill(entry, 'base', byId.get(base));
    if (base !== undefined && cached.has(base)) entry.baseFromCache = true;
    return entry;
  });
  return { changes, entries };
}
