/**
 * The CLI bundle's entry (dist/cli/index.js). It loads only what the command needs: `--version`
 * and `--help` (a constant generated from HELP by tools/gen-cli-help.ts) answer from here;
 * everything else is imported on demand (separate chunks of the bundle), so a quick command does
 * not compile and run the whole analyzer. The same file is the
 * analysis worker `diff` starts (src/jobs/pool.ts): then it serves jobs.
 */
import { fileURLToPath } from 'node:url';
import { isAnalysisWorker, spawnAnalysisWorker } from '../jobs/worker-flag.js';
import { quickCommand } from './quick.js';
import { VERSION } from '../version.js';
import { HELP_TEXT } from './help-text.js';

const argv = process.argv.slice(2);
// A reader that stops early (`| head`) closes the pipe: stop quietly, as a tool killed by SIGPIPE
// does, instead of Node's unhandled-error trace; any other output error is one line, status 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.stderr.write(`model-footprint: cannot write the output: ${e.message}\n`);
  process.exit(e.code === 'EPIPE' ? 0 : 1);
});
const quick = quickCommand(argv);
if (isAnalysisWorker()) {
  (await import('../jobs/serve.js')).serveAnalysisWorker();
} else if (quick === 'version') {
  process.stdout.write(`model-footprint ${VERSION}\n`);
} else if (quick === 'help') {
  process.stdout.write(HELP_TEXT);
} else {
  const entry = fileURLToPath(import.meta.url);
  // Work that does not need the analyzer starts before it loads (about 0.2 s): diff's first
  // analysis worker, a large model's hashing (early-hash.ts).
  const worker = argv[0] === 'diff' ? spawnAnalysisWorker(entry) : undefined;
  const early = (await import('./early-hash.js')).startEarlyHash(argv, process.cwd());
  process.exitCode = await (await import('./start.js')).start(argv, entry, early, worker);
}
