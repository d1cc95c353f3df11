/**
 * The analysis scheduler `diff` and the action share. Analyses are synchronous CPU work, so they
 * run on worker threads, one job at a time each, from a shared queue: a pool sized to the cores.
 * A committed file's bytes are read on the main thread through one `git cat-file --batch` process
 * per repository (BlobBatch), only when its job is handed to a worker (at most one file per worker
 * in memory), and transferred to the worker without a copy. The bundle re-enters itself:
 * the entry starts `new Worker(<its own file>, { workerData: { [WORKER_FLAG]: true } })` and, in a
 * worker, serves jobs instead of running the command (one file to ship, nothing to resolve at run
 * time). A crashed worker fails only its job and is replaced. The inline analyzer (tests, one
 * model) runs jobs on the calling thread, reading blobs the same way.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import { runJob, type AnalysisJob, type AnalysisOutcome } from './job.js';
import { readersNeedRestart, asFootprintError } from '../index.js';
import { BlobBatch } from '../git/index.js';
import { WORKER_FLAG } from './worker-flag.js';

export interface Analyzer {
  analyze(jobs: readonly AnalysisJob[]): Promise<AnalysisOutcome[]>;
}

/** Blob readers, one per repository, for one analyze() call. */
class Blobs {
  private readonly batches = new Map<string, BlobBatch>();
  /** The job with its bytes, or an outcome when they cannot be read. */
  async fill(job: AnalysisJob): Promise<AnalysisJob | AnalysisOutcome> {
    if (job.rev === undefined || job.blob === undefined || job.bytes !== undefined) return job;
    let batch = this.batches.get(job.repoDir);
    if (!batch) { batch = new BlobBatch(job.repoDir); this.batches.set(job.repoDir, batch); }
    try {
      return { ...job, bytes: await batch.read(job.blob) };
    } catch (e: unknown) {
      return { id: job.id, path: job.path, error: asFootprintError(e, job.path).oneLine() };
    }
  }

  close(): void {
    for (const b of this.batches.values()) b.close();
    this.batches.clear();
  }
}

const isOutcome = (x: AnalysisJob | AnalysisOutcome): x is AnalysisOutcome => !('repoDir' in x);

export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(jobs) {
      const blobs = new Blobs();
      const out: AnalysisOutcome[] = [];
      try {
        for (const j of jobs) {
          const filled = await blobs.fill(j);
          out.push(isOutcome(filled) ? filled : await runJob(filled));
        }
      } finally {
        blobs.close();
      }
      return out;
    },
  };
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

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Worker threads for a pool: MODEL_FOOTPRINT_THREADS when set, else the cores (at most 8). */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env['MODEL_FOOTPRINT_THREADS']) || Math.max(1, Math.min(availableParallelism(), 8));
}

/** Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker). */
export function workerAnalyzer(entryFile: string, threads: number, jobTimeLimitMs = JOB_TIME_LIMIT_MS): Analyzer {
  return {
    analyze(jobs) {
      const results: AnalysisOutcome[] = new Array<AnalysisOutcome>(jobs.length);
      const index = new Map(jobs.map((j, i) => [j.id, i]));
      const blobs = new Blobs();
      let next = 0;
      let done = 0;
      return new Promise((resolveAll) => {
        if (jobs.length === 0) { resolveAll([]); return; }
        const finish = (o: AnalysisOutcome): void => {
          const i = index.get(o.id);
          if (i === undefined || results[i] !== undefined) return;
          results[i] = o;
          if (++done === jobs.length) {
            blobs.close();
            resolveAll(results);
          }
        };
        const start = (): void => {
          const w = new Worker(entryFile, { workerData: { [WORKER_FLAG]: true } });
          let current: AnalysisJob | undefined;
          let timer: NodeJS.Timeout | undefined;
          let failure = 'the worker stopped';
          const feed = async (): Promise<void> => {
            clearTimeout(timer);
            for (;;) {
              const job = jobs[next++];
              current = job;
              if (!job) { void w.terminate(); return; }
              const filled = await blobs.fill(job);
              if (isOutcome(filled)) { finish(filled); continue; } // unreadable: the next job
              w.postMessage(filled, filled.bytes ? [filled.bytes.buffer as ArrayBuffer] : []);
              timer = setTimeout(() => {
                failure = `LOAD ERROR E_LIMIT: ${job.path}: the analysis did not finish within ${jobTimeLimitMs / 1000} s and was stopped (a damaged file?)`;
                void w.terminate();
              }, jobTimeLimitMs);
              return;
            }
          };
          w.on('message', (o: AnalysisOutcome & { retire?: boolean }) => {
            const { retire, ...outcome } = o;
            finish(outcome);
            if (!retire) { void feed(); return; }
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
          void feed();
        };
        for (let t = 0; t < Math.max(1, Math.min(threads, jobs.length)); t++) start();
      });
    },
  };
}
