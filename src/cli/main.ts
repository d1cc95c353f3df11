/**
 * The CLI bundle's entry (dist/cli/index.js). It loads only what the command needs: `--version`
 * answers from here; everything else is imported on demand (split into separate chunks by the
 * bundler), so a quick command does not compile and run the whole analyzer. The same file is the
 * analysis worker `diff` starts (src/jobs/pool.ts): then it serves jobs.
 */
import { fileURLToPath } from 'node:url';
import { isAnalysisWorker } from '../jobs/worker-flag.js';
import { quickCommand } from './quick.js';
import { VERSION } from '../version.js';

const argv = process.argv.slice(2);
if (isAnalysisWorker()) {
  (await import('../jobs/pool.js')).serveAnalysisWorker();
} else if (quickCommand(argv) === 'version') {
  process.stdout.write(`model-footprint ${VERSION}\n`);
} else {
  process.exitCode = await (await import('./start.js')).start(argv, fileURLToPath(import.meta.url));
}
