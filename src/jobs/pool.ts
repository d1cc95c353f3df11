/**
 * The analysis scheduler `diff` and the action share. Analyses are synchronous CPU work, so they
 * run on worker threads, one job at a time each, from a shared queue: a pool of up to one per core,
 * grown only while the work left repays a worker's start.
 * A committed file's bytes are read on the main thread through one `git cat-file --batch` process
 * per repository (BlobBatch), only when its job is handed to a worker (at most JOBS_PER_WORKER
 * files per worker in memory), and transferred to the worker without a copy. The bundle re-enters itself:
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
  /** Starts what the first analysis needs (a worker loading the bundle) while the caller lists the changes. */
  warm?(): void;
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

/** Jobs posted to a worker ahead of time: the one it runs and the next, so it never waits for the main thread. */
export const JOBS_PER_WORKER = 2;
/** How long the first worker runs before the pool estimates the work left from its pace. */
export const RAMP_OBSERVE_MS = 250;
/**
 * Another worker starts only while the work left, at the pace so far, exceeds this: a worker's
 * start and JIT warm-up cost about 0.3 s of CPU (bench/diff.ts), which a shorter share does not repay.
 */
export const RAMP_REMAINING_MS = 1000;

/**
 * Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker).
 * One worker starts at once; more start while the jobs left would take it over RAMP_REMAINING_MS.
 * A worker's queued job that it did not start (it stopped, crashed or retired) goes back to the queue.
 */
export function workerAnalyzer(entryFile: string, threads: number, jobTimeLimitMs = JOB_TIME_LIMIT_MS): Analyzer {
  const spawn = (): Worker => new Worker(entryFile, { workerData: { [WORKER_FLAG]: true } });
  /** A worker started by warm(), not yet given a job: it does not keep the process alive. */
  let spare: Worker | undefined;
  const drop = (): void => { spare = undefined; };
  const takeSpare = (): Worker => {
    const w = spare;
    spare = undefined;
    if (!w) return spawn();
    w.off('exit', drop);
    w.ref();
    return w;
  };
  return {
    warm() {
      if (spare) return;
      const w = spawn();
      w.unref();
      w.on('error', () => undefined); // its exit drops it; the pool starts a fresh one then
      w.once('exit', drop);
      spare = w;
    },
    analyze(jobs) {
      const results: AnalysisOutcome[] = new Array<AnalysisOutcome>(jobs.length);
      const index = new Map(jobs.map((j, i) => [j.id, i]));
      const blobs = new Blobs();
      /** Jobs handed back by a worker that did not run them, taken before the queue's next. */
      const handedBack: AnalysisJob[] = [];
      let next = 0;
      let done = 0;
      let alive = 0;
      const t0 = performance.now();
      let firstAnswer: number | undefined;
      const take = (): AnalysisJob | undefined => handedBack.shift() ?? jobs[next++];
      const left = (): number => handedBack.length + Math.max(0, jobs.length - next);
      return new Promise((resolveAll) => {
        if (jobs.length === 0) { resolveAll([]); return; }
        const finish = (o: AnalysisOutcome): void => {
          const i = index.get(o.id);
          if (i === undefined || results[i] !== undefined) return;
          results[i] = o;
          firstAnswer ??= performance.now();
          if (++done === jobs.length) {
            clearInterval(watch);
            blobs.close();
            resolveAll(results);
          }
        };
        /** Back to the queue, its bytes read again from the repository (a transfer detached them). */
        const handBack = (queued: AnalysisJob[]): void => {
          for (const j of queued) {
            const original = jobs[index.get(j.id) ?? -1];
            if (original && original.bytes === undefined) handedBack.push(original);
            else finish({ id: j.id, error: `INTERNAL ERROR E_INTERNAL: ${j.path}: analysis worker stopped before this job` });
          }
        };
        /**
         * Another worker while the work left, at the pace since the first answer (the first job
         * carries the start and warm-up), exceeds RAMP_REMAINING_MS; without an answer yet, once the
         * first job alone has run that long.
         */
        const rampUp = (): void => {
          if (alive >= threads || left() === 0) return; // all done implies none left
          const now = performance.now();
          if (firstAnswer === undefined) { if (now - t0 > RAMP_REMAINING_MS) start(); return; }
          const since = now - firstAnswer;
          if (since >= RAMP_OBSERVE_MS && (since / Math.max(1, done - 1)) * left() > RAMP_REMAINING_MS) start();
        };
        const start = (): void => {
          alive++;
          const w = takeSpare();
          /** Posted jobs in order: the first is running. */
          const queue: AnalysisJob[] = [];
          let timer: NodeJS.Timeout | undefined;
          let failure = 'the worker stopped';
          let stopping = false;
          let retired = false;
          let exited = false;
          let filling = false;
          const arm = (): void => {
            clearTimeout(timer);
            const job = queue[0];
            if (!job) return;
            timer = setTimeout(() => {
              failure = `LOAD ERROR E_LIMIT: ${job.path}: the analysis did not finish within ${jobTimeLimitMs / 1000} s and was stopped (a damaged file?)`;
              void w.terminate();
            }, jobTimeLimitMs);
          };
          const stop = (): void => { stopping = true; void w.terminate(); };
          const feed = async (): Promise<void> => {
            if (filling) return;
            filling = true;
            try {
              while (!stopping && queue.length < JOBS_PER_WORKER) {
                const job = take();
                if (!job) break;
                const filled = await blobs.fill(job);
                if (isOutcome(filled)) { finish(filled); continue; } // unreadable: the next job
                if (stopping || exited) {
                  // The worker stopped or died while the blob was read: the job goes back, to a fresh worker if none is left.
                  handBack([filled]);
                  if (alive === 0) start();
                  break;
                }
                queue.push(filled);
                w.postMessage(filled, filled.bytes ? [filled.bytes.buffer as ArrayBuffer] : []);
                if (queue.length === 1) arm();
              }
              if (!stopping && !exited && queue.length === 0) stop();
            } finally {
              filling = false;
            }
          };
          w.on('message', (o: AnalysisOutcome & { retire?: boolean }) => {
            if (retired) return; // a job it ran after asking to be replaced: run again by a fresh worker
            const { retire, ...outcome } = o;
            queue.shift();
            finish(outcome);
            if (retire) { retired = true; clearTimeout(timer); handBack(queue.splice(0)); stop(); return; } // exit starts a fresh worker
            arm(); // the next posted job is running now
            void feed();
            rampUp();
          });
          w.on('error', (e: unknown) => { failure = messageOf(e); });
          w.on('exit', () => {
            exited = true;
            clearTimeout(timer);
            alive--;
            const running = queue.shift();
            if (running) finish({ id: running.id, error: failure.startsWith('LOAD ERROR') ? failure : `INTERNAL ERROR E_INTERNAL: ${running.path}: analysis worker failed: ${failure}` });
            handBack(queue.splice(0));
            // A crashed, stopped or retired worker while jobs remain: a fresh one (also after the last worker ran out of them).
            const ranOut = stopping && !retired;
            if (left() > 0 && (!ranOut || alive === 0)) start();
          });
          void feed();
        };
        const watch = setInterval(rampUp, RAMP_OBSERVE_MS / 2);
        watch.unref();
        start();
      });
    },
  };
}
