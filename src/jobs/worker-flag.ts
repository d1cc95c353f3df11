/**
 * How a bundle knows it was started as an analysis worker (pool.ts starts workers on the bundle's
 * own file with this flag in workerData). Kept apart from the pool so an entry point can ask
 * before it loads anything else.
 */
import { Worker, isMainThread, workerData } from 'node:worker_threads';

export const WORKER_FLAG = 'modelFootprintAnalysisWorker';

/** True inside a worker started by workerAnalyzer. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_FLAG] === true;
}

/**
 * An analysis worker on `entryFile` (the bundle's own file). The pool starts its workers with it;
 * the CLI starts diff's first one before it loads the command, and the pool adopts it (unreferenced
 * until it has a job).
 */
export function spawnAnalysisWorker(entryFile: string): Worker {
  return new Worker(entryFile, { workerData: { [WORKER_FLAG]: true } });
}
