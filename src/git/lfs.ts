/**
 * Git LFS pointers: a repository without `lfs: true` in its checkout (or a `git show` of an LFS
 * file) yields a ~130-byte text file instead of the model. Detect it, smudge it when git-lfs is
 * installed, and otherwise let the caller report "LFS object not fetched".
 */
import { execFileSync } from 'node:child_process';
import { git } from './exec.js';
import { FootprintError } from '../diagnostics/diagnostic.js';

export interface LfsPointer {
  /** `sha256:<64 hex>`. */
  oid: string;
  /** Size of the real object in bytes. */
  size: number;
}

const HEADER = 'version https://git-lfs.github.com/spec/v1';
const MAX_POINTER_BYTES = 1024;

/** The pointer's oid and size when `bytes` is a Git LFS pointer file, else undefined. */
export function lfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length >= MAX_POINTER_BYTES || bytes.length < HEADER.length) return undefined;
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.startsWith(HEADER)) return undefined;
  let oid: string | undefined;
  let size: number | undefined;
  for (const line of text.split('\n')) {
    const m = /^(\S+) (.*)$/.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    if (m[1] === 'oid' && /^sha256:[0-9a-f]{64}$/.test(m[2] as string)) oid = m[2];
    if (m[1] === 'size' && /^\d+$/.test(m[2] as string)) size = Number(m[2]);
  }
  return oid !== undefined && size !== undefined ? { oid, size } : undefined;
}

let lfsInstalled: boolean | undefined;

/** True when `git lfs` runs (checked once per process). */
export function hasGitLfs(): boolean {
  if (lfsInstalled === undefined) {
    try {
      execFileSync('git', ['lfs', 'version'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
      lfsInstalled = true;
    } catch (e: unknown) {
      // Not installed (git: 'lfs' is not a git command) or not runnable: pointers stay unfetched.
      lfsInstalled = false;
      void e;
    }
  }
  return lfsInstalled;
}

/**
 * The real bytes behind a pointer, via `git lfs smudge` (local LFS cache first, else a download
 * from the remote with the repository's credentials). Undefined when git-lfs is not installed,
 * the object cannot be fetched, or what comes back is still a pointer.
 */
export function tryLfsSmudge(repoDir: string, bytes: Uint8Array, timeoutMs = 300_000): Uint8Array | undefined {
  const pointer = lfsPointer(bytes);
  if (!pointer || !hasGitLfs()) return undefined;
  try {
    const out = new Uint8Array(git(repoDir, ['lfs', 'smudge'], { input: bytes, timeoutMs }));
    if (lfsPointer(out) !== undefined || out.length !== pointer.size) return undefined;
    return out;
  } catch (e: unknown) {
    if (e instanceof FootprintError) return undefined; // object not in the cache and not downloadable
    throw e;
  }
}
