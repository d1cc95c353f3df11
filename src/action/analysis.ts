/**
 * One analysis: a model file at one revision (or in the work tree) for one target. Runs in a
 * worker thread (pool.ts) or inline; reads its own bytes (so only a small job description
 * crosses threads), follows Git LFS pointers, and never throws: failures come back as text.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, posix } from 'node:path';
import { analyzeModel } from '../analyze.js';
import { bytesSource, type ByteSource } from '../ir/source.js';
import { asFootprintError } from '../diagnostics/diagnostic.js';
import { lfsPointer, readBlob, tryLfsSmudge } from '../git/index.js';
import type { Report } from '../report/index.js';

export interface AnalysisJob {
  id: number;
  /** The repository's top folder. */
  repoDir: string;
  /** Relative to repoDir, '/' separated. */
  path: string;
  /** A commit, or undefined for the checked-out work tree. */
  rev: string | undefined;
  target: string;
}

export interface AnalysisOutcome {
  id: number;
  /** The path analyzed (messages name it). */
  path?: string;
  report?: Report;
  /** One line (category, code, file, message) when the model could not be analyzed. */
  error?: string;
  /** The bytes were a Git LFS pointer whose object is not available. */
  lfsNotFetched?: boolean;
}

function readAt(repoDir: string, rev: string | undefined, path: string): Uint8Array {
  if (rev === undefined) return readFileSync(join(repoDir, path));
  return readBlob(repoDir, rev, path);
}

function sibling(repoDir: string, rev: string | undefined, modelPath: string, rel: string): ByteSource | undefined {
  const p = posix.join(posix.dirname(modelPath), rel.replace(/\\/g, '/'));
  if (rev === undefined) {
    const abs = join(repoDir, p);
    if (!existsSync(abs) || !statSync(abs).isFile()) return undefined;
  }
  try {
    return bytesSource(p, readAt(repoDir, rev, p));
  } catch (e: unknown) {
    // Absent at that revision: the frontend reports the missing external data itself.
    void e;
    return undefined;
  }
}

/** Analyzes one job; every failure is returned, not thrown. */
export function runJob(job: AnalysisJob): AnalysisOutcome {
  try {
    let bytes = readAt(job.repoDir, job.rev, job.path);
    const pointer = lfsPointer(bytes);
    if (pointer) {
      const real = tryLfsSmudge(job.repoDir, bytes);
      if (!real) {
        return { id: job.id, path: job.path, lfsNotFetched: true, error: `Git LFS object not fetched: ${job.path} is a pointer to ${pointer.size} bytes (${pointer.oid.slice(0, 19)}…); check out with lfs: true` };
      }
      bytes = real;
    }
    const hashes = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      md5: createHash('md5').update(bytes).digest('hex'),
    };
    const report = analyzeModel({
      path: job.path,
      source: bytesSource(job.path, bytes),
      openSibling: (rel: string) => sibling(job.repoDir, job.rev, job.path, rel),
    }, { target: job.target, hashes });
    return { id: job.id, report };
  } catch (e: unknown) {
    return { id: job.id, path: job.path, error: asFootprintError(e, job.path).oneLine() };
  }
}
