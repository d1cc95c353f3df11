/** File hashes: the same digests in parallel (md5 on a worker thread) as here, at, below and above the size that hashes in parallel. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FileSource } from '../../src/node/file-source.js';
import { HASH_BLOCK_BYTES, PARALLEL_HASH_BYTES, analyzeWhileHashing, hashPlace, hashSource, startHashing } from '../../src/node/hash.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { bytesSource } from '../../src/ir/source.js';
import { HASH_STEP_BYTES, hashInParallel } from '../../src/node/parallel-hash.js';

const dir = mkdtempSync(join(tmpdir(), 'mf-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// One random block repeated (writing 32 MiB of random bytes would dominate the test).
const block = randomBytes(1 << 20);
function fileOf(size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let o = 0; o < size; o += block.length) block.copy(bytes, o, 0, Math.min(block.length, size - o));
  const path = join(dir, `f-${size}.bin`);
  writeFileSync(path, bytes);
  return { path, bytes };
}
const expected = (b: Uint8Array) => ({ sha256: createHash('sha256').update(b).digest('hex'), md5: createHash('md5').update(b).digest('hex') });

describe('file hashes', () => {
  it.each([
    ['below', PARALLEL_HASH_BYTES - 1, 'here'],
    ['at', PARALLEL_HASH_BYTES, 'parallel'],
    ['above', PARALLEL_HASH_BYTES + HASH_BLOCK_BYTES + 3, 'parallel'],
  ] as const)('%s the parallel size (%i bytes): hashed %s, in blocks of HASH_BLOCK_BYTES', async (_, size, place) => {
    const { path, bytes } = fileOf(size);
    const src = new FileSource(path);
    const reads = vi.spyOn(FileSource.prototype, 'readInto');
    try {
      expect(hashPlace(src)).toBe(place);
      const hashing = startHashing(src);
      // here: the whole file read before startHashing returns; in parallel: nothing on this thread before the event loop turns
      expect(reads.mock.calls.length).toBe(place === 'here' ? Math.ceil(size / HASH_BLOCK_BYTES) : 0);
      expect(await hashing.hashes).toEqual(expected(bytes));
      // this thread's reads (sha256 in parallel, both hashes here): one pass, whole blocks but the last
      const lengths = reads.mock.calls.map(([into]) => into.length);
      expect(lengths.reduce((s, n) => s + n, 0)).toBe(size);
      expect(lengths.slice(0, -1).every((n) => n === HASH_BLOCK_BYTES)).toBe(true);
    } finally {
      reads.mockRestore();
      src.close();
    }
  });

  it.each([
    ['with sha256 at full speed (either side may end first)', false],
    ['while sha256 has steps left (it is stopped, and its stop is not what is reported)', true],
  ] as const)('md5\'s worker fails %s (the file it reads is cut short; sha256 here reads what was there): E_TRUNCATED with its message, naming the file', async (_, slowSha256) => {
    const size = PARALLEL_HASH_BYTES + 5;
    const { path } = fileOf(size);
    const src = new FileSource(path, 'models/cut.onnx');
    // sha256 on this thread reads zeros in place of the file; the worker reads the file, cut to 1000 bytes.
    // Slow: sha256's first read waits 1 s (this thread asleep), time for the worker to start and fail;
    // its failure is then taken before sha256's next step, which finds the hashing stopped.
    let first = slowSha256;
    const reads = vi.spyOn(FileSource.prototype, 'readInto').mockImplementation((into: Uint8Array) => {
      if (first) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      first = false;
      return into.fill(0);
    });
    truncateSync(path, 1000);
    try {
      await expect(hashInParallel(src).hashes).rejects.toMatchObject({ code: 'E_TRUNCATED', file: 'models/cut.onnx', message: `cannot hash the file: the file ended after 1000 of ${size} bytes` });
    } finally {
      reads.mockRestore();
      src.close();
    }
  });

  it.each([PARALLEL_HASH_BYTES - 1, PARALLEL_HASH_BYTES])('a file cut short while it is hashed (%i bytes opened): E_TRUNCATED naming it, on either side of the parallel size', async (size) => {
    const { path } = fileOf(size);
    const src = new FileSource(path, 'models/cut.onnx');
    truncateSync(path, 1000);
    try {
      await expect(startHashing(src).hashes).rejects.toMatchObject({ code: 'E_TRUNCATED', file: 'models/cut.onnx', message: expect.stringMatching(/(the file ended|file ends) after 1000\b/) as unknown });
    } finally {
      src.close();
    }
  });

  it('stopped: the md5 worker ends, sha256 reads no more, and the hashing rejects naming the file (then it may be closed)', async () => {
    const { path } = fileOf(PARALLEL_HASH_BYTES + 2);
    const src = new FileSource(path, 'models/big.onnx');
    try {
      const hashing = hashInParallel(src);
      await hashing.stop();
      await expect(hashing.hashes).rejects.toMatchObject({ code: 'E_TRUNCATED', file: 'models/big.onnx', message: 'cannot hash the file: the hashing stopped' });
    } finally {
      src.close();
    }
  });

  it('sha256 here reads HASH_STEP_BYTES at each turn of the event loop; stopped between two turns, it reads no more and the hashing rejects', async () => {
    const { path } = fileOf(2 * HASH_STEP_BYTES + 1);
    const src = new FileSource(path, 'models/big.onnx');
    const reads = vi.spyOn(FileSource.prototype, 'readInto');
    const readBytes = () => reads.mock.calls.reduce((s, [into]) => s + into.length, 0);
    try {
      const hashing = hashInParallel(src);
      expect(readBytes()).toBe(0); // nothing before the event loop turns
      await new Promise((resolve) => setImmediate(resolve)); // the first step was queued before this one
      expect(readBytes()).toBe(HASH_STEP_BYTES);
      await hashing.stop();
      await expect(hashing.hashes).rejects.toMatchObject({ code: 'E_TRUNCATED', file: 'models/big.onnx', message: 'cannot hash the file: the hashing stopped' });
      expect(readBytes()).toBe(HASH_STEP_BYTES);
    } finally {
      reads.mockRestore();
      src.close();
    }
  });

  it.each([
    ['started with it', false, 0],
    ['started earlier, one step done', true, HASH_STEP_BYTES],
  ] as const)('the analysis fails, hashing %s: the hashing stops (this thread reads no further) and the analysis\'s error is thrown', async (_, early, readBefore) => {
    const { path } = fileOf(2 * HASH_STEP_BYTES + 1);
    const src = new FileSource(path, 'models/bad.onnx');
    const reads = vi.spyOn(FileSource.prototype, 'readInto');
    const readBytes = () => reads.mock.calls.reduce((s, [into]) => s + into.length, 0);
    const failure = new FootprintError('E_MALFORMED', 'ONNX: not a model', { file: 'models/bad.onnx' });
    try {
      expect(hashPlace(src)).toBe('parallel');
      const started = early ? hashInParallel(src) : undefined;
      if (started) await new Promise((resolve) => setImmediate(resolve));
      expect(readBytes()).toBe(readBefore);
      await expect(analyzeWhileHashing(src, () => { throw failure; }, started)).rejects.toBe(failure);
      expect(readBytes()).toBe(readBefore);
    } finally {
      reads.mockRestore();
      src.close();
    }
  });

  it('bytes in memory (a git blob) are hashed here, whatever their size; an empty file too', async () => {
    const big = Buffer.alloc(PARALLEL_HASH_BYTES + 1, 7);
    expect(hashPlace(bytesSource('m.onnx', big))).toBe('here');
    expect(await startHashing(bytesSource('m.onnx', big)).hashes).toEqual(expected(big));
    const { path } = fileOf(0);
    const src = new FileSource(path);
    const reads = vi.spyOn(FileSource.prototype, 'readInto');
    expect(hashSource(src)).toEqual(expected(new Uint8Array(0)));
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    src.close();
  });

  it.each([
    ['below', PARALLEL_HASH_BYTES - 1, 'here'],
    ['at', PARALLEL_HASH_BYTES, 'parallel'],
  ] as const)('a range of a file (a spooled blob) %s the parallel size (%i bytes): the digests of its own bytes, hashed %s', async (_, size, place) => {
    // 7 bytes before the range and 3 after, all different from the range's own
    const { bytes } = fileOf(size);
    const path = join(dir, `range-${size}.bin`);
    writeFileSync(path, Buffer.concat([Buffer.alloc(7, 0xee), bytes, Buffer.alloc(3, 0xdd)]));
    const src = new FileSource(path, 'm.onnx', { offset: 7, size });
    try {
      expect(hashPlace(src)).toBe(place);
      expect(await startHashing(src).hashes).toEqual(expected(bytes));
    } finally {
      src.close();
    }
  });
});
