import { existsSync, statSync } from 'node:fs';
import { run } from './run.js';
import { fileModelInput } from '../node/file-source.js';
import { timeLimited } from '../node/time-limit.js';
import type { Worker } from 'node:worker_threads';
import { defaultThreads, workerAnalyzer } from '../jobs/index.js';
import type { EarlyHash } from './early-hash.js';

/**
 * Formats whose reader starts asynchronously (Keras: the HDF5 WebAssembly library) are loaded
 * here, before the run, and only for the files that need them: the format registry probes each
 * argument that is a file. `diff` analyzes on worker threads, which load what they need.
 */
async function prepareFormats(argv: readonly string[]): Promise<void> {
  if (argv[0] === 'diff') return;
  const { loadFormatFor } = await import('../frontends/registry.js');
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

/**
 * Runs a command with the real process; resolves to the exit code. `entryFile` is the bundle's
 * entry (dist/cli/index.js): diff's analysis workers are started on it. `early`: a model's
 * hashing the entry started, handed to the command (and stopped after it when it was not used);
 * `worker`: diff's first analysis worker, started by the entry.
 */
export async function start(argv: readonly string[], entryFile: string, early?: EarlyHash, worker?: Worker): Promise<number> {
  try {
    await prepareFormats(argv);
    return await run({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, analyzer: workerAnalyzer(entryFile, defaultThreads(), { started: worker }), early });
  } finally {
    await early?.release();
  }
}
