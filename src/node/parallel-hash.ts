/**
 * A large file's two hashes in parallel with the analysis: md5 on a worker thread, sha256 on this
 * thread between the analysis's own steps. Both read the file's open descriptor with positioned
 * reads. With the SHA extensions (x86 since 2016-2017, GitHub's runners included), OpenSSL's sha256
 * takes half the time of md5 (a 244 MB file here: 0.19 s against 0.38 s), so this thread's share
 * (sha256 and the analysis) and the worker's (its start and md5) end close together; a second
 * worker for sha256 made three busy threads on two cores and started one more Node environment
 * (AlexNet, 9 alternated runs: 0.66 s wall, 0.99 s CPU then; 0.58 s and 0.92 s since). Nothing here
 * loads the analyzer: the CLI starts them before it does (src/cli/early-hash.ts).
 */
import { Worker } from 'node:worker_threads';
import { createHash, type Hash } from 'node:crypto';
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { FileSource } from './file-source.js';

export interface FileHashes { sha256: string; md5: string }

/** Read size of the hashing loops. */
export const HASH_BLOCK_BYTES = 1024 * 1024;
/** From this size, the two hashes run in parallel with the analysis (md5 on a worker thread). */
export const PARALLEL_HASH_BYTES = 32 * 1024 * 1024;

// A worker evaluated from source (nothing to resolve in a bundle): md5 of `size` bytes of `fd`.
const MD5_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, start, size, block } = workerData;
const h = createHash('md5');
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

/** sha256 on this thread: this many bytes at each turn of the event loop (the analyzer's loading goes on between them). */
export const HASH_STEP_BYTES = 16 * HASH_BLOCK_BYTES;

/** Hashing under way (in parallel, or done already: stop() then does nothing). */
export interface Hashing {
  /** Settles once neither hash reads the file any more. */
  readonly hashes: Promise<FileHashes>;
  /** Stops both hashes; resolves once neither reads the file (it may then be closed). */
  stop(): Promise<void>;
}

/** Feeds bytes [from, to) of `source` to `hashes`, read into `block` (no buffer per read). */
export function hashRange(source: FileSource, block: Buffer, from: number, to: number, hashes: readonly Hash[]): void {
  for (let pos = from; pos < to; pos += block.length) {
    const part = source.readInto(block.subarray(0, Math.min(block.length, to - pos)), pos);
    for (const h of hashes) h.update(part);
  }
}

/**
 * sha256 of `source` on this thread, HASH_STEP_BYTES at each turn of the event loop; `stopped()`
 * is asked before each step.
 */
function sha256Here(source: FileSource, stopped: () => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    const block = Buffer.allocUnsafeSlow(Math.min(HASH_BLOCK_BYTES, Math.max(source.size, 1)));
    let pos = 0;
    const step = (): void => {
      try {
        if (stopped()) throw new FootprintError('E_TRUNCATED', 'cannot hash the file: the hashing stopped', { file: source.name });
        const end = Math.min(source.size, pos + HASH_STEP_BYTES);
        hashRange(source, block, pos, end, [h]);
        pos = end;
        if (pos < source.size) setImmediate(step);
        else resolve(h.digest('hex'));
      } catch (e: unknown) {
        reject(e);
      }
    };
    setImmediate(step);
  });
}

/** md5 of `source` on `worker` (MD5_WORKER); settles when the worker exits (it no longer reads the descriptor then). */
function md5On(worker: Worker, source: FileSource): Promise<string> {
  return new Promise((resolve, reject) => {
    let digest: string | undefined;
    let failure: unknown;
    worker.on('message', (d: string) => { digest = d; });
    worker.on('error', (e: unknown) => { failure = e; });
    worker.on('exit', () => {
      if (digest !== undefined) resolve(digest);
      // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, a worker exits with neither a digest nor an error only when stop() ended it, and a stopped hashing's result is read by nobody (the sha256 step's own 'stopped' error comes first)
      else reject(new FootprintError('E_TRUNCATED', `cannot hash the file: ${failure instanceof Error ? failure.message : String(failure ?? 'the hashing stopped')}`, { file: source.name }));
    });
  });
}

/**
 * Starts md5 of `source` on a worker thread and its sha256 on this one (at the event loop's next
 * turn). A failure of either stops the other, and that failure is the one reported: not the "the
 * hashing stopped" of the side it stopped (md5's worker finding the file cut short while sha256 had
 * steps left reported sha256's stop, whichever came first decided by timing). When the caller stops
 * the hashing, both sides stop, and sha256's error is reported.
 */
export function hashInParallel(source: FileSource): Hashing {
  const worker = new Worker(MD5_WORKER, { eval: true, workerData: { fd: source.descriptor, start: source.start, size: source.size, block: HASH_BLOCK_BYTES } });
  let stopped = false;
  // the failure that stopped the other side (none when the caller stopped both)
  let cause: { error: unknown } | undefined;
  const stop = async (): Promise<void> => {
    stopped = true;
    await worker.terminate();
  };
  const stopOther = (e: unknown): never => {
    if (!stopped) cause = { error: e };
    void stop();
    throw e;
  };
  const sha256 = sha256Here(source, () => stopped).catch(stopOther);
  const md5 = md5On(worker, source).catch(stopOther);
  // settled once both have stopped reading
  const hashes = Promise.allSettled([sha256, md5]).then(async () => {
    if (cause !== undefined) throw cause.error;
    return { sha256: await sha256, md5: await md5 };
  });
  return { hashes, stop };
}
