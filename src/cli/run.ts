import { VERSION } from '../version.js';
import { createReporter } from './reporter.js';
import { HELP, parseArgs } from './args.js';
import type { Analyzer } from '../jobs/index.js';
import type { EarlyHash } from './early-hash.js';

/** What the CLI needs from its process: tests pass a fake one (DESIGN.md principle 8). */
export interface CliProcess {
  argv: readonly string[];
  cwd: string;
  /** A stream's `write` returns false when its buffer is full, and it emits 'drain' once it has room again. */
  stdout: { write(s: string | Uint8Array): unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown };
  /** Runs `diff`'s analyses (the bundle: a worker pool); default: inline, on this thread. */
  analyzer?: Analyzer;
  /** A model file whose hashing the entry started (early-hash.ts). */
  early?: EarlyHash | undefined;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 a model failed, 2 usage error). Never rejects. */
export async function run(proc: CliProcess): Promise<number> {
  const out = createReporter(proc);
  let args;
  try {
    args = parseArgs(proc.argv);
  } catch (e: unknown) {
    return out.usage(e);
  }
  if (args.command === 'help') { out.result(HELP); return 0; }
  if (args.command === 'version') { out.result(`model-footprint ${VERSION}`); return 0; }
  // Each command's code loads with it: `diff` schedules analyses on worker threads and never loads the analysis here.
  if (args.command === 'diff') return (await import('./diff.js')).runDiff(args, proc);
  if (args.command === 'compare') return (await import('./compare.js')).runCompare(args, proc);
  return (await import('./analyze-cmd.js')).runAnalyze(args, proc, out);
}
