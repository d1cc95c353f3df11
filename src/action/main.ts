/**
 * The action's entry point (bundled by ncc into dist/index.js). The same file is the analysis
 * worker: pool.ts starts workers on this very file with a flag in workerData, and here they serve
 * jobs instead of running the action.
 */
import { fileURLToPath } from 'node:url';
import { defaultThreads, isAnalysisWorker, serveAnalysisWorker, workerAnalyzer } from '../jobs/index.js';
import { realToolkit } from './real-toolkit.js';
import { runAction } from './run.js';

if (isAnalysisWorker()) {
  serveAnalysisWorker();
} else {
  const analyzer = workerAnalyzer(fileURLToPath(import.meta.url), defaultThreads());
  process.exitCode = await runAction(realToolkit(), { env: process.env, analyzer });
}
