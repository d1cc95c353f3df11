/**
 * One model file on disk, analyzed by `analyze` and `compare`: opened (or taken over from the
 * entry's early hashing, early-hash.ts), analyzed while it is hashed, closed.
 */
import { resolve } from 'node:path';
import type { ModelInput, Report } from '../index.js';
import { fileModelInput } from '../node/file-source.js';
import { analyzeWhileHashing } from '../node/hash.js';
import type { EarlyHash } from './early-hash.js';

/**
 * The report of the model at `path` (relative to `cwd`; errors and the report name it so).
 * `hash`: with the file's sha256 and md5 (the hashing the entry started for it when there is one).
 */
export async function analyzeFile(cwd: string, path: string, analyze: (input: ModelInput) => Report, hash: boolean, early?: EarlyHash): Promise<Report> {
  const file = resolve(cwd, path);
  const started = hash ? early?.take(file) : undefined;
  const input = { ...fileModelInput(file, undefined, started?.source), path };
  try {
    return hash ? await analyzeWhileHashing(input.source, () => analyze(input), started?.hashing) : analyze(input);
  } finally {
    input.close?.();
  }
}
