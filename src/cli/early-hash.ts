/**
 * A head start for a large model's hashes. `analyze` and `compare` hash every byte of each model
 * (sha256, md5: stedgeai's model_hash), which on a 244 MB model takes longer than the analysis.
 * The CLI's entry starts hashing the first argument that is a file of PARALLEL_HASH_BYTES or more
 * before it loads the analyzer (bench/run.ts: about 0.3 s earlier); the command takes the open
 * file and its hashing over when it analyzes that path with hashes. A hashing nobody took (the
 * file was an option's value, or the command stopped first) is stopped when the command ends.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileSource } from '../node/file-source.js';
import { PARALLEL_HASH_BYTES, hashInParallel, type Hashing } from '../node/parallel-hash.js';

/** The commands whose model arguments are hashed. */
const HASHING_COMMANDS: ReadonlySet<string> = new Set(['analyze', 'compare']);

export class EarlyHash {
  private taken = false;

  constructor(readonly path: string, private readonly source: FileSource, private readonly hashing: Hashing) {
    // Whoever takes it awaits `hashes`; a hashing stopped untaken rejects with nobody waiting.
    hashing.hashes.catch(() => undefined);
  }

  /** The open file and its hashing, once, when `path` (absolute) is the file hashed. */
  take(path: string): { source: FileSource; hashing: Hashing } | undefined {
    if (this.taken || path !== this.path) return undefined;
    this.taken = true;
    return { source: this.source, hashing: this.hashing };
  }

  /** Stops the hashing if nobody took it, and closes its file once the hashing no longer reads it. */
  async release(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    await this.hashing.stop();
    this.source.close();
  }
}

/**
 * Starts hashing the first argument of `argv` (relative to `cwd`) that is a regular file of
 * PARALLEL_HASH_BYTES or more, for a command that hashes its models and without --no-hash.
 */
export function startEarlyHash(argv: readonly string[], cwd: string): EarlyHash | undefined {
  if (!HASHING_COMMANDS.has(argv[0] ?? '') || argv.includes('--no-hash')) return undefined;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = resolve(cwd, arg);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size < PARALLEL_HASH_BYTES) continue;
    let source;
    try {
      source = new FileSource(path);
    } catch {
      return undefined; // unreadable: the command reports it, typed
    }
    return new EarlyHash(path, source, hashInParallel(source));
  }
  return undefined;
}
