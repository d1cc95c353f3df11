import { existsSync, statSync } from 'node:fs';
import { run } from './run.js';
import { loadFormatFor, loadFormats } from '../index.js';
import { fileModelInput } from '../node/file-source.js';
import { timeLimited } from '../node/time-limit.js';

/**
 * Formats whose reader starts asynchronously (Keras: the HDF5 WebAssembly library) are loaded
 * here, before the synchronous run, and only for the files that need them: the format registry
 * probes each argument that is a file. `diff` reads models from git: every format is loaded.
 */
async function prepareFormats(argv: readonly string[]): Promise<void> {
  if (argv[0] === 'diff') { await loadFormats({ timeLimit: timeLimited }); return; }
  for (const a of argv) {
    if (!existsSync(a) || !statSync(a).isFile()) continue; // an option's value or a missing path: run reports it
    let input;
    try {
      input = fileModelInput(a);
      await loadFormatFor(input, { timeLimit: timeLimited });
    } catch {
      // Unreadable here: the analysis reports it, typed.
    } finally {
      input?.close?.();
    }
  }
}

const argv = process.argv.slice(2);
await prepareFormats(argv);
process.exitCode = run({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
