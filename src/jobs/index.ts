/** The analysis scheduler `diff` and the action share: jobs, the worker pool, changes to entries. */
export { runJob, type AnalysisJob, type AnalysisOutcome, type JobOptions } from './job.js';
export { defaultThreads, workerAnalyzer, JOB_TIME_LIMIT_MS } from './pool.js';
export type { Analyzer } from './analyzer.js';
export { inlineAnalyzer } from './inline.js';
export { serveAnalysisWorker } from './serve.js';
export { isAnalysisWorker, WORKER_FLAG } from './worker-flag.js';
export { analyzeChanges, type BaseCandidate, type ResultCache, type Sides } from './entries.js';
