/**
 * Analyses are synchronous CPU work, so they run on worker threads. The bundle re-enters itself:
 * main.ts starts `new Worker(<its own file>, { workerData: { [WORKER_FLAG]: true } })` and, in a
 * worker, serves jobs instead of running the action (one file to ship, nothing to resolve at run
 * time). Each worker takes one job at a time from a shared queue; a crashed worker fails only its
 * job and is replaced. The inline analyzer (tests, one model) runs jobs on the calling thread.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runJob, type AnalysisJob, type AnalysisOutcome } from './analysis.js';
import { loadFormats } from '../analyze.js';
import { messageOf } from './toolkit.js';

export const WORKER_FLAG = 'modelFootprintAnalysisWorker';

export interface Analyzer {
  analyze(jobs: readonly AnalysisJob[]): Promise<AnalysisOutcome[]>;
}

/** Keras readers (h5wasm) load asynchronously, once, and only when a job needs them. */
async function prepare(job: AnalysisJob): Promise<void> {
  if (/\.(h5|hdf5|keras)$/i.test(job.path)) await loadFormats();
}

export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(jobs) {
      const out: AnalysisOutcome[] = [];
      for (const j of jobs) {
        await prepare(j);
        out.push(runJob(j));
      }
      return out;
    },
  };
}

/** True inside a worker started by workerAnalyzer. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_FLAG] === true;
}

/** The worker side: answers each job message with its outcome. */
export function serveAnalysisWorker(): void {
  parentPort?.on('message', (job: AnalysisJob) => {
    void prepare(job)
      .then(() => runJob(job), (e: unknown): AnalysisOutcome => ({ id: job.id, path: job.path, error: `INTERNAL ERROR E_INTERNAL: ${job.path}: could not load the Keras reader: ${messageOf(e)}` }))
      .then((outcome) => parentPort?.postMessage(outcome));
  });
}

/** Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker). */
export function workerAnalyzer(entryFile: string, threads: number): Analyzer {
  return {
    analyze(jobs) {
      const results: AnalysisOutcome[] = new Array<AnalysisOutcome>(jobs.length);
      const index = new Map(jobs.map((j, i) => [j.id, i]));
      let next = 0;
      let done = 0;
      return new Promise((resolveAll) => {
        if (jobs.length === 0) { resolveAll([]); return; }
        const finish = (o: AnalysisOutcome): void => {
          const i = index.get(o.id);
          if (i === undefined || results[i] !== undefined) return;
          results[i] = o;
          if (++done === jobs.length) resolveAll(results);
        };
        const start = (): void => {
          const w = new Worker(entryFile, { workerData: { [WORKER_FLAG]: true } });
          let current: AnalysisJob | undefined;
          const feed = (): void => {
            current = jobs[next++];
            if (current) w.postMessage(current);
            else void w.terminate();
          };
          w.on('message', (o: AnalysisOutcome) => { finish(o); feed(); });
          let failure = 'the worker stopped';
          w.on('error', (e: unknown) => { failure = messageOf(e); });
          w.on('exit', () => {
            if (current === undefined) return;
            finish({ id: current.id, error: `INTERNAL ERROR E_INTERNAL: ${current.path}: analysis worker failed: ${failure}` });
            current = undefined;
            if (next < jobs.length) start();
          });
          feed();
        };
        for (let t = 0; t < Math.max(1, Math.min(threads, jobs.length)); t++) start();
      });
    },
  };
}
