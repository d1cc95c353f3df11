/** What `diff` and the action hand their jobs to: the worker pool (pool.ts) or the inline analyzer (inline.ts). */
import type { AnalysisJob, AnalysisOutcome } from './job.js';

export interface Analyzer {
  analyze(jobs: readonly AnalysisJob[]): Promise<AnalysisOutcome[]>;
  /** Starts what the first analysis needs (a worker loading the bundle) while the caller lists the changes. */
  warm?(): void;
}
