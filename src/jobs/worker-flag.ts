/**
 * How a bundle knows it was started as an analysis worker (pool.ts starts workers on the bundle's
 * own file with this flag in workerData). Kept apart from the pool so an entry point can ask
 * before it loads anything else.
 */
import { isMainThread, workerData } from 'node:worker_threads';

export const WORKER_FLAG = 'modelFootprintAnalysisWorker';

/** True inside a worker started by workerAnalyzer. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_FLAG] === true;
}
