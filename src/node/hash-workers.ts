/**
 * A large file's two hashes on worker threads (one per algorithm, both reading the file's open
 * descriptor with positioned reads), in parallel with whatever this thread does. Nothing here
 * loads the analyzer: the CLI starts them before it does (src/cli/early-hash.ts).
 */
import { Worker } from 'node:worker_threads';
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { FileSource } from './file-source.js';

export interface FileHashes { sha256: string; md5: string }

/** Read size of the hashing loops. */
export const HASH_BLOCK_BYTES = 1024 * 1024;
/** From this size, the two hashes run on worker threads, in parallel with the analysis. */
export const PARALLEL_HASH_BYTES = 32 * 1024 * 1024;

// A worker evaluated from source (nothing to resolve in a bundle): hashes `size` bytes of `fd`.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, start, size, algorithm, block } = workerData;
const h = createHash(algorithm);
const buf = Buffer.allocUnsafe(Math.min(block, Math.max(size, 1)));
let pos = 0;
while (pos < size) {
  const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), start + pos);
  if (n === 0) throw new Error('the file ended after ' + pos + ' of ' + size + ' bytes');
  h.update(n === buf.length ? buf : buf.subarray(0, n));
  pos += n;
}
parentPort.postMessage(h.digest('hex'));
`;

/** Hashing under way on worker threads. */
export interface HashWorkers {
  /** Settles once both workers have stopped reading the file. */
  readonly hashes: Promise<FileHashes>;
  /** Stops both workers; resolves once they no longer read the file (it may then be closed). */
  stop(): Promise<void>;
}

/** Starts sha256 and md5 of `source` on two worker threads. */
export function hashOnWorkers(source: FileSource): HashWorkers {
  const workers: Worker[] = [];
  const one = (algorithm: 'sha256' | 'md5'): Promise<string> => new Promise((resolve, reject) => {
    const w = new Worker(HASH_WORKER, { eval: true, workerData: { fd: source.descriptor, start: source.start, size: source.size, algorithm, block: HASH_BLOCK_BYTES } });
    workers.push(w);
    let digest: string | undefined;
    let failure: unknown;
    w.on('message', (d: string) => { digest = d; });
    w.on('error', (e: unknown) => { failure = e; });
    // Settled at the exit only: the worker no longer reads the descriptor then.
    w.on('exit', () => {
      if (digest !== undefined) resolve(digest);
      else reject(new FootprintError('E_TRUNCATED', `cannot hash the file: ${failure instanceof Error ? failure.message : String(failure ?? 'the hashing stopped')}`, { file: source.name }));
    });
  });
  const stop = async (): Promise<void> => { await Promise.all(workers.map((w) => w.terminate())); };
  // The first failure stops the other worker and is the one reported; the result settles once both have exited.
  let first: { error: unknown } | undefined;
  const parts = [one('sha256'), one('md5')].map((p) => p.catch((e: unknown) => { first ??= { error: e }; void stop(); throw e; }));
  const [sha256, md5] = parts as [Promise<string>, Promise<string>];
  const hashes = Promise.allSettled(parts).then(async () => {
    if (first) throw first.error;
    return { sha256: await sha256, md5: await md5 };
  });
  return { hashes, stop };
}
