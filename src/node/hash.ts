/**
 * The file hashes a report carries: sha256 and md5 (md5 is what stedgeai prints as model_hash).
 * They read every byte of the file, which the analysis itself never does (weights stay on disk),
 * so on a large model they are most of the cost. They are read in 1 MiB blocks (an md5 of a 244 MB
 * file takes the same CPU as with 8 MiB blocks, and two workers hold 14 MiB less); a file of
 * PARALLEL_HASH_BYTES or more is hashed on two worker threads at once (one per algorithm, both
 * reading the file's open descriptor with positioned reads) while the analysis runs on this one.
 */
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { withHashes, type ByteSource, type Report } from '../index.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { FileSource } from './file-source.js';

export interface FileHashes { sha256: string; md5: string }

/** Read size of the hashing loops. */
export const HASH_BLOCK_BYTES = 1024 * 1024;
/** From this size, the two hashes run on worker threads, in parallel with the analysis. */
export const PARALLEL_HASH_BYTES = 32 * 1024 * 1024;

/** sha256 and md5 of a source, on this thread. */
export function hashSource(source: ByteSource): FileHashes {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  for (let off = 0; off < source.size; off += HASH_BLOCK_BYTES) {
    const part = source.read(off, Math.min(HASH_BLOCK_BYTES, source.size - off));
    sha.update(part);
    md5.update(part);
  }
  return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}

// A worker evaluated from source (nothing to resolve in a bundle): hashes `size` bytes of `fd`.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, size, algorithm, block } = workerData;
const h = createHash(algorithm);
const buf = Buffer.allocUnsafe(Math.min(block, Math.max(size, 1)));
let pos = 0;
while (pos < size) {
  const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
  if (n === 0) throw new Error('the file ended after ' + pos + ' of ' + size + ' bytes');
  h.update(n === buf.length ? buf : buf.subarray(0, n));
  pos += n;
}
parentPort.postMessage(h.digest('hex'));
`;

function hashOnWorker(source: FileSource, algorithm: 'sha256' | 'md5'): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new Worker(HASH_WORKER, { eval: true, workerData: { fd: source.descriptor, size: source.size, algorithm, block: HASH_BLOCK_BYTES } });
    let digest: string | undefined;
    w.on('message', (d: string) => { digest = d; });
    w.on('error', (e: unknown) => reject(new FootprintError('E_TRUNCATED', `cannot hash the file: ${e instanceof Error ? e.message : String(e)}`, { file: source.name })));
    w.on('exit', () => { if (digest !== undefined) resolve(digest); });
  });
}

/** Where `source` is hashed: on worker threads (a file of PARALLEL_HASH_BYTES or more) or here. */
export function hashPlace(source: ByteSource): 'workers' | 'here' {
  return source instanceof FileSource && source.size >= PARALLEL_HASH_BYTES ? 'workers' : 'here';
}

/**
 * The hashes of `source`: started now, on worker threads for a large file (the caller analyzes
 * meanwhile and awaits them before closing the source), else computed here.
 */
export function startHashing(source: ByteSource): Promise<FileHashes> {
  if (hashPlace(source) === 'workers' && source instanceof FileSource) {
    const [sha256, md5] = [hashOnWorker(source, 'sha256'), hashOnWorker(source, 'md5')];
    return Promise.all([sha256, md5]).then(([s, m]) => ({ sha256: s, md5: m }));
  }
  try {
    return Promise.resolve(hashSource(source));
  } catch (e: unknown) {
    return Promise.reject(e);
  }
}

/**
 * Runs `analyze` while `source` is hashed (on worker threads for a large file) and returns its
 * report with the hashes. Settles only once the hashing has stopped reading `source`, so the
 * caller may close it then, whatever happened.
 */
export async function analyzeWhileHashing(source: ByteSource, analyze: () => Report): Promise<Report> {
  const hashing = startHashing(source);
  const stopped = hashing.then(() => undefined, () => undefined);
  try {
    const report = analyze();
    return withHashes(report, await hashing);
  } finally {
    await stopped;
  }
}
