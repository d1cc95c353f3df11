/**
 * The file hashes a report carries: sha256 and md5 (md5 is what stedgeai prints as model_hash).
 * They read every byte of the file, which the analysis itself never does (weights stay on disk),
 * so on a large model they are most of the cost. They are read in 1 MiB blocks (an md5 of a 244 MB
 * file takes the same CPU as with 8 MiB blocks); a file of PARALLEL_HASH_BYTES or more is hashed
 * in parallel with the analysis: md5 on a worker thread, sha256 here between the analysis's own
 * steps (parallel-hash.ts).
 */
import { createHash } from 'node:crypto';
import { withHashes, type ByteSource, type Report } from '../index.js';
import { FileSource } from './file-source.js';
import { HASH_BLOCK_BYTES, PARALLEL_HASH_BYTES, hashInParallel, hashRange, type FileHashes, type Hashing } from './parallel-hash.js';

export { HASH_BLOCK_BYTES, PARALLEL_HASH_BYTES, type FileHashes, type Hashing } from './parallel-hash.js';

/** sha256 and md5 of a source, on this thread (a file: through one reused block, no buffer per read). */
export function hashSource(source: ByteSource): FileHashes {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  if (source instanceof FileSource) {
    // Stryker disable next-line MethodExpression: equivalent, each read is its own bytes of the block whatever the block's size (only the memory held differs)
    hashRange(source, Buffer.allocUnsafeSlow(Math.min(HASH_BLOCK_BYTES, Math.max(source.size, 1))), 0, source.size, [sha, md5]);
  } else {
    for (let off = 0; off < source.size; off += HASH_BLOCK_BYTES) {
      const part = source.read(off, Math.min(HASH_BLOCK_BYTES, source.size - off));
      sha.update(part);
      md5.update(part);
    }
  }
  return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}

/** How `source` is hashed: in parallel with the analysis (a file of PARALLEL_HASH_BYTES or more) or here, at once. */
export function hashPlace(source: ByteSource): 'parallel' | 'here' {
  return source instanceof FileSource && source.size >= PARALLEL_HASH_BYTES ? 'parallel' : 'here';
}

/**
 * The hashes of `source`: started now, in parallel for a large file (the caller analyzes meanwhile
 * and awaits them before closing the source), else computed here.
 */
export function startHashing(source: ByteSource): Hashing {
  if (hashPlace(source) === 'parallel' && source instanceof FileSource) return hashInParallel(source);
  let hashes: Promise<FileHashes>;
  try {
    hashes = Promise.resolve(hashSource(source));
  } catch (e: unknown) {
    hashes = Promise.reject(e);
  }
  // Stryker disable next-line ArrowFunction: equivalent, its callers await it, and awaiting undefined is awaiting a resolved promise
  return { hashes, stop: () => Promise.resolve() };
}

/**
 * Runs `analyze` while `source` is hashed (in parallel for a large file) and returns its report
 * with the hashes. When the analysis fails, the hashing is stopped (nothing will carry the hashes)
 * and the analysis's error is thrown. Settles only once the hashing has stopped reading `source`
 * (its hashes settle then, and stop() resolves then), so the caller may close it then, whatever
 * happened. `started`: the hashing of `source` the caller started already (src/cli/early-hash.ts).
 */
export async function analyzeWhileHashing(source: ByteSource, analyze: () => Report, started?: Hashing): Promise<Report> {
  const hashing = started ?? startHashing(source);
  let report: Report;
  try {
    report = analyze();
  } catch (e: unknown) {
    hashing.hashes.catch(() => undefined); // stopped, they reject: nobody carries them
    await hashing.stop();
    throw e;
  }
  return withHashes(report, await hashing.hashes);
}
