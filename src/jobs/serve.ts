/** The worker side of the pool (pool.ts): the bundle's entry calls it in an analysis worker. */
import { parentPort } from 'node:worker_threads';
import { runJob, type AnalysisJob } from './job.js';
import { readersNeedRestart } from '../analyze.js';

/** The worker side: answers each job message with its outcome. */
export function serveAnalysisWorker(): void {
  parentPort?.on('message', (job: AnalysisJob) => {
    void runJob(job)
      // After a native library was stopped or trapped, this worker asks to be replaced.
      .then((outcome) => parentPort?.postMessage(readersNeedRestart() ? { ...outcome, retire: true } : outcome));
  });
}
