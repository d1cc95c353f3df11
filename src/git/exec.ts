/** Runs `git` with an argument array (never a shell) and turns failures into FootprintError E_GIT. */
import { execFileSync } from 'node:child_process';
import { FootprintError } from '../diagnostics/diagnostic.js';

export interface GitOptions {
  /** Bytes written to git's stdin. */
  input?: Uint8Array;
  /** Milliseconds before git is killed (default: none). */
  timeoutMs?: number;
}

/** 4 GiB: model blobs can be large; the limit only guards against runaway output. */
const MAX_BUFFER = 4 * 1024 * 1024 * 1024 - 1;

function stderrOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'stderr' in e) {
    const s = (e as { stderr: unknown }).stderr;
    if (s instanceof Uint8Array) return Buffer.from(s).toString('utf8').trim();
    if (typeof s === 'string') return s.trim();
  }
  return '';
}

/** The environment every git process runs with: never prompts for credentials, English messages. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** `git -C repoDir ...args`; returns stdout bytes. Throws E_GIT naming the command and git's stderr. */
export function git(repoDir: string, args: readonly string[], options: GitOptions = {}): Buffer {
  const argv = ['-C', repoDir, '-c', 'core.quotepath=off', ...args];
  try {
    return execFileSync('git', argv, {
      input: options.input,
      maxBuffer: MAX_BUFFER,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      timeout: options.timeoutMs,
      env: gitEnv(),
    });
  } catch (e: unknown) {
    const stderr = stderrOf(e);
    const reason = stderr || (e instanceof Error ? e.message : String(e));
    throw new FootprintError('E_GIT', `\`git ${args.join(' ')}\` failed in ${repoDir}: ${reason}`);
  }
}

function text(repoDir: string, args: readonly string[]): string {
  return git(repoDir, args).toString('utf8').trim();
}

/** Full SHA of a revision (`git rev-parse --verify rev^{commit}`). */
export function revParse(repoDir: string, rev: string): string {
  return text(repoDir, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`]);
}

/** The work tree's top folder (paths from `git diff` are relative to it). */
export function repoRoot(repoDir: string): string {
  return text(repoDir, ['rev-parse', '--show-toplevel']);
}

/** The best common ancestor of base and head (what a pull request's diff compares against). */
export function mergeBase(repoDir: string, base: string, head: string): string {
  return text(repoDir, ['merge-base', '--end-of-options', base, head]);
}

/** Refuses a revision git would read as an option (`--output=...`): revisions come from users. */
export function checkRev(rev: string): string {
  if (rev === '' || rev.startsWith('-')) throw new FootprintError('E_GIT', `'${rev}' is not a revision`);
  return rev;
}

/** Raw bytes of `path` at `rev` (`git cat-file blob rev:path`: no textconv, no filters). */
export function readBlob(repoDir: string, rev: string, path: string): Uint8Array {
  return new Uint8Array(git(repoDir, ['cat-file', 'blob', `${checkRev(rev)}:${path}`]));
}
