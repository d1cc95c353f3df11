/**
 * Analyses are synchronous CPU work, so they run on worker threads. The bundle re-enters itself:
 * main.ts starts `new Worker(<its own file>, { workerData: { [WORKER_FLAG]: true } })` and, in a
 * worker, serves jobs instead of running the action (one file to ship, nothing to resolve at run
 * time). Each worker takes one job at a time from a shared queue; a crashed worker fails only its
 * job and is replaced. The inline analyzer (tests, one model) runs jobs on the calling thread.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runJob, type AnalysisJob, type AnalysisOutcome } from './analysis.js';
import { readersNeedRestart } from '../index.js';
import { messageOf } from './toolkit.js';

export const WORKER_FLAG = 'modelFootprintAnalysisWorker';

export interface Analyzer {
  analyze(jobs: readonly AnalysisJob[]): Promise<AnalysisOutcome[]>;
}

export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(jobs) {
      const out: AnalysisOutcome[] = [];
      for (const j of jobs) out.push(await runJob(j));
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
    void runJob(job)
      // After a native library was stopped or trapped, this worker asks to be replaced.
      .then((outcome) => parentPort?.postMessage(readersNeedRestart() ? { ...outcome, retire: true } : outcome));
  });
}

/**
 * One analysis never takes this long on a real model (the largest corpus model takes seconds): a
 * job still running then is stopped (its worker terminated and replaced) and reported, so a
 * hostile file cannot hold the runner until the job's own timeout.
 */
export const JOB_TIME_LIMIT_MS = 300_000;

/** Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker). */
export function workerAnalyzer(entryFile: string, threads: number, jobTimeLimitMs = JOB_TIME_LIMIT_MS): Analyzer {
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
          let timer: NodeJS.Timeout | undefined;
          let failure = 'the worker stopped';
          const feed = (): void => {
            current = jobs[next++];
            clearTimeout(timer);
            if (!current) { void w.terminate(); return; }
            w.postMessage(current);
            timer = setTimeout(() => {
              failure = `LOAD ERROR E_LIMIT: ${current?.path ?? ''}: the analysis did not finish within ${jobTimeLimitMs / 1000} s and was stopped (a damaged file?)`;
              void w.terminate();
            }, jobTimeLimitMs);
          };
          w.on('message', (o: AnalysisOutcome & { retire?: boolean }) => {
            const { retire, ...outcome } = o;
            finish(outcome);
            if (!retire) { feed(); return; }
            clearTimeout(timer);
            current = undefined;
            void w.terminate(); // exit starts a fresh worker for the remaining jobs
          });
          w.on('error', (e: unknown) => { failure = messageOf(e); });
          w.on('exit', () => {
            clearTimeout(timer);
            if (current === undefined) {
              // A retired worker (readersNeedRestart) while jobs remain: a fresh one.
              if (next < jobs.length) start();
              return;
            }
            finish({ id: current.id, error: failure.startsWith('LOAD ERROR') ? failure : `INTERNAL ERROR E_INTERNAL: ${current.path}: analysis worker failed: ${failure}` });
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
