/**
 * The committed files of one analyze() call, spooled by git (one BlobSpool per repository, every
 * blob of the jobs planned at once); the pool and the inline analyzer ready jobs through it.
 */
import { asFootprintError } from '../diagnostics/diagnostic.js';
import { BlobSpool } from '../git/blob-spool.js';
import type { AnalysisJob, AnalysisOutcome } from './job.js';

/** Blob spools, one per repository, for one analyze() call: every committed file of the jobs is planned at once. */
export class Blobs {
  private readonly spools = new Map<string, BlobSpool>();

  constructor(jobs: readonly AnalysisJob[]) {
    for (const j of jobs) if (spooled(j)) this.spool(j.repoDir).plan([j.blob as string]);
  }

  private spool(repoDir: string): BlobSpool {
    let s = this.spools.get(repoDir);
    if (!s) { s = new BlobSpool(repoDir); this.spools.set(repoDir, s); }
    return s;
  }

  /** The job with its blob's place in the spool, or an outcome when it cannot be read. */
  async fill(job: AnalysisJob): Promise<AnalysisJob | AnalysisOutcome> {
    if (!spooled(job)) return job;
    try {
      return { ...job, spooled: await this.spool(job.repoDir).read(job.blob as string) };
    } catch (e: unknown) {
      return { id: job.id, path: job.path, error: asFootprintError(e, job.path).oneLine() };
    }
  }

  /** The job is answered: the spool may delete its blob. */
  release(job: AnalysisJob): void {
    if (spooled(job)) this.spools.get(job.repoDir)?.release(job.blob as string);
  }

  close(): void {
    for (const s of this.spools.values()) s.close();
    this.spools.clear();
  }
}

/** A committed file read through the spool (its blob id known). */
const spooled = (job: AnalysisJob): boolean => job.rev !== undefined && job.blob !== undefined;

export const isOutcome = (x: AnalysisJob | AnalysisOutcome): x is AnalysisOutcome => !('repoDir' in x);
