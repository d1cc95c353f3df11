/**
 * The one place the CLI writes results and errors (as size-limit's createReporter): an error is
 * one typed line (category, code, file, message, byte), followed for a model or git failure by
 * what to do about it.
 */
import { asFootprintError } from '../index.js';
import type { CliProcess } from './run.js';

export interface Reporter {
  /** Writes `text` (a report, a comment) on stdout, ending with one newline. */
  result(text: string): void;
  /** Writes a result given in chunks (a large JSON report), ending with one newline; a chunk waits while stdout is full. */
  resultChunks(chunks: Iterable<string | Uint8Array>): Promise<void>;
  /** A usage error (arguments, target file): its line; exit status 2. */
  usage(e: unknown): 2;
  /** A model or git failure: its line and hint; exit status 1. */
  failure(e: unknown, file?: string): 1;
}

export function createReporter(proc: Pick<CliProcess, 'stdout' | 'stderr'>): Reporter {
  return {
    result(text) {
      proc.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    async resultChunks(chunks) {
      const out = proc.stdout;
      for (const c of chunks) {
        // a reader slower than the report (a pipe): wait until it has taken what is buffered, or the
        // whole report queues in memory (a 100k-node model's 69 MB JSON: +160 MiB of peak memory)
        if (out.write(c) === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve));
      }
      out.write('\n');
    },
    usage(e) {
      proc.stderr.write(asFootprintError(e).oneLine() + '\n');
      return 2;
    },
    failure(e, file) {
      const err = asFootprintError(e, file);
      proc.stderr.write(err.oneLine() + '\n');
      if (err.hint) proc.stderr.write(`  hint: ${err.hint}\n`);
      return 1;
    },
  };
}
