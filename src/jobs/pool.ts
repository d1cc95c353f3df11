/**
 * The analysis scheduler `diff` and the action share. Analyses are synchronous CPU work, so they
 * run on worker threads, one job at a time each, from a shared queue: a pool of up to one per
 * CORES_PER_WORKER cores, grown only while the work left repays a worker's start.
 * Committed files are spooled to disk by git, every blob of the run planned at once (BlobSpool:
 * the workers read them in place, as work-tree files), READY_PER_WORKER jobs ahead per worker (each
 * worker holds only the job it runs, so an idle worker takes the next one: none waits behind
 * another's long job); a blob's file goes once its jobs are answered. The bundle re-enters itself:
 * the entry starts workers on its own file (spawnAnalysisWorker: a flag in workerData) and, in a
 * worker, serves jobs instead of running the command (one file to ship, nothing to resolve at run
 * time). A crashed worker is replaced; the job it held runs once more, then fails alone. The
 * inline analyzer (tests, one model) runs jobs on the calling thread, spooling blobs the same way.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisOutcome } from './job.js';
import type { Analyzer } from './analyzer.js';
import { Blobs, isOutcome } from './blobs.js';
import { spawnAnalysisWorker } from './worker-flag.js';

/**
 * One analysis never takes this long on a real model (the largest corpus model takes seconds): a
 * job still running then is stopped (its worker terminated and replaced) and reported, so a
 * hostile file cannot hold the runner until the job's own timeout.
 */
export const JOB_TIME_LIMIT_MS = 300_000;

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Cores one analysis worker keeps busy: besides its own thread, V8 compiles and collects garbage on
 * background threads. The corpus's 140 analyses in one process: 5.5 s of CPU for 3.1 s on its main
 * thread. On 2 cores, `diff` of those 70 models with two workers took 10.3 s of CPU and 5.7 s wall,
 * with one worker 8.2 s and 5.2 s (bench/diff.ts, MODEL_FOOTPRINT_THREADS=1 and 2).
 */
export const CORES_PER_WORKER = 2;
/** The most workers a pool starts. */
export const MAX_THREADS = 8;

/** Worker threads for a pool: MODEL_FOOTPRINT_THREADS when set, else one per CORES_PER_WORKER cores (1 to MAX_THREADS). */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  return Number(env['MODEL_FOOTPRINT_THREADS']) || Math.max(1, Math.min(Math.floor(cores / CORES_PER_WORKER), MAX_THREADS));
}

/**
 * Jobs whose blobs are spooled ahead, per worker: the next job waits on the main thread, ready,
 * not posted, so a worker never waits for a blob and a job is never held behind another
 * worker's long one (an idle worker takes it).
 */
export const READY_PER_WORKER = 1;
/** How long the first worker runs before the pool estimates the work left from its pace. */
export const RAMP_OBSERVE_MS = 250;
/**
 * Another worker starts only while the work left, at the pace so far, exceeds this: a worker's
 * start and JIT warm-up cost about 0.3 s of CPU (bench/diff.ts), which a shorter share does not repay.
 */
export const RAMP_REMAINING_MS = 1000;

/** A worker of the pool, as the scheduler drives it. */
interface Slot {
  /** Hands it a job and starts the job's time limit. */
  post(job: AnalysisJob): void;
  stop(): void;
}

/**
 * Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker).
 * One worker starts at once (or `opts.started`, one the caller started: spawnAnalysisWorker);
 * more start while the jobs left would take it over RAMP_REMAINING_MS.
 * A worker holds one job at a time; the next ones wait, read, on this thread, for whichever worker
 * is free first.
 */
export function workerAnalyzer(entryFile: string, threads: number, opts: { jobTimeLimitMs?: number; started?: Worker } = {}): Analyzer {
  const { jobTimeLimitMs = JOB_TIME_LIMIT_MS, started } = opts;
  const spawn = (): Worker => spawnAnalysisWorker(entryFile);
  /** A worker started by warm() (or by the caller: `started`), not yet given a job: it does not keep the process alive. */
  let spare: Worker | undefined;
  const drop = (): void => { spare = undefined; };
  const keepSpare = (w: Worker): void => {
    w.unref();
    w.on('error', () => undefined); // its exit drops it; the pool starts a fresh one then
    w.once('exit', drop);
    spare = w;
  };
  if (started) keepSpare(started);
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
      if (!spare) keepSpare(spawn());
    },
    analyze(jobs) {
      const results: AnalysisOutcome[] = new Array<AnalysisOutcome>(jobs.length);
      const index = new Map(jobs.map((j, i) => [j.id, i]));
      const blobs = new Blobs(jobs);
      /** Jobs read and waiting for a worker, in order of reading. */
      const ready: AnalysisJob[] = [];
      /** Blob reads under way. */
      let reading = 0;
      let next = 0;
      let done = 0;
      /** The workers alive, and those of them without a job. */
      const slots = new Set<Slot>();
      const idle: Slot[] = [];
      const t0 = performance.now();
      let firstAnswer: number | undefined;
      /** Jobs no worker has started: not read yet, being read, or read and waiting. */
      const waiting = (): number => jobs.length - next + reading + ready.length;
      return new Promise((resolveAll) => {
        if (jobs.length === 0) { resolveAll([]); return; }
        const finish = (o: AnalysisOutcome): void => {
          const i = index.get(o.id);
          if (i === undefined || results[i] !== undefined) return;
          results[i] = o;
          blobs.release(jobs[i] as AnalysisJob);
          firstAnswer ??= performance.now();
          if (++done === jobs.length) {
            clearInterval(watch);
            blobs.close();
            resolveAll(results);
          }
        };
        /**
         * Another worker while the work left, at the pace since the first answer (the first job
         * carries the start and warm-up), exceeds RAMP_REMAINING_MS; without an answer yet, once the
         * first job alone has run that long.
         */
        const rampUp = (): void => {
          if (slots.size >= threads || waiting() === 0) return; // all done implies none waiting
          const now = performance.now();
          if (firstAnswer === undefined) { if (now - t0 > RAMP_REMAINING_MS) start(); return; }
          const since = now - firstAnswer;
          if (since >= RAMP_OBSERVE_MS && (since / Math.max(1, done - 1)) * waiting() > RAMP_REMAINING_MS) start();
        };
        /** Waits for a job's blob to be spooled; then it waits, ready, for a worker. */
        const read = (job: AnalysisJob): void => {
          reading++;
          void blobs.fill(job).then((filled) => {
            reading--;
            if (isOutcome(filled)) finish(filled); // unreadable: answered here
            else ready.push(filled);
            dispatch();
          });
        };
        /** Readies the next jobs until READY_PER_WORKER per worker are ready or being readied. */
        const readAhead = (): void => {
          while (next < jobs.length && reading + ready.length < slots.size * READY_PER_WORKER) read(jobs[next++] as AnalysisJob);
        };
        /** Jobs run again because their worker died under them: each once. */
        const rerun = new Set<AnalysisJob['id']>();
        /** Read jobs to idle workers, reading ahead again; the workers nothing is left for stop. */
        const dispatch = (): void => {
          while (idle.length > 0 && ready.length > 0) (idle.shift() as Slot).post(ready.shift() as AnalysisJob);
          readAhead();
          if (waiting() === 0) for (const s of idle.splice(0)) s.stop();
        };
        const start = (): void => {
          const w = takeSpare();
          /** The job posted to this worker: it is running it. */
          let job: AnalysisJob | undefined;
          let timer: NodeJS.Timeout | undefined;
          let failure = 'the worker stopped';
          let stopping = false;
          let retired = false;
          const slot: Slot = {
            post(j) {
              job = j;
              w.postMessage(j);
              timer = setTimeout(() => {
                failure = `LOAD ERROR E_LIMIT: ${j.path}: the analysis did not finish within ${jobTimeLimitMs / 1000} s and was stopped (a damaged file?)`;
                void w.terminate();
              }, jobTimeLimitMs);
            },
            stop() { stopping = true; void w.terminate(); },
          };
          slots.add(slot);
          // (a retiring worker is stopped at its answer: it is posted nothing more, so it answers once)
          w.on('message', (o: AnalysisOutcome & { retire?: boolean }) => {
            const { retire, ...outcome } = o;
            clearTimeout(timer);
            job = undefined;
            finish(outcome);
            if (retire) { retired = true; slot.stop(); return; } // its exit starts a fresh worker
            idle.push(slot);
            dispatch();
            rampUp();
          });
          w.on('error', (e: unknown) => { failure = messageOf(e); });
          w.on('exit', () => {
            clearTimeout(timer);
            slots.delete(slot);
            const at = idle.indexOf(slot);
            if (at >= 0) idle.splice(at, 1);
            if (job) {
              // A worker can die between jobs (a previous job's leftovers), holding one it never ran:
              // each job gets a second run (its blob stays spooled until it is answered); a job
              // that crashes its worker twice, or ran out of time, fails.
              const original = jobs[index.get(job.id) ?? -1];
              const timedOut = failure.startsWith('LOAD ERROR');
              if (!timedOut && original && !rerun.has(job.id)) { rerun.add(job.id); read(original); }
              else finish({ id: job.id, error: timedOut ? failure : `INTERNAL ERROR E_INTERNAL: ${job.path}: analysis worker failed: ${failure}` });
            }
            job = undefined;
            // A crashed, stopped or retired worker while jobs wait: a fresh one (also when the last worker ran out of them).
            const ranOut = stopping && !retired;
            // (a fresh worker takes what is ready as it starts)
            if (waiting() > 0 && (!ranOut || slots.size === 0)) start();
            else dispatch();
          });
          idle.push(slot);
          dispatch();
        };
        const watch = setInterval(rampUp, RAMP_OBSERVE_MS / 2);
        watch.unref();
        start();
      });
    },
  };
}
