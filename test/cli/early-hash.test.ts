/**
 * The CLI's early hashing (src/cli/early-hash.ts): which argument starts it (at, below and above the
 * parallel size), that the command takes it over (same digests, the same open file), and that an untaken
 * one is stopped and its file closed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startEarlyHash } from '../../src/cli/early-hash.js';
import { run } from '../../src/cli/run.js';
import { FileSource } from '../../src/node/file-source.js';
import { PARALLEL_HASH_BYTES } from '../../src/node/parallel-hash.js';
import { TfliteBuilder } from '../builders/tflite.js';
import { textSink } from '../helpers/cli.js';
import { fullyConnected } from '../builders/tflite-options.js';
import type { Report } from '../../src/report/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mf-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => { vi.restoreAllMocks(); });

function fileOf(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(size, 3));
  return path;
}
const digests = (b: Uint8Array) => ({ sha256: createHash('sha256').update(b).digest('hex'), md5: createHash('md5').update(b).digest('hex') });

/** A one-layer TFLite model made PARALLEL_HASH_BYTES + 10 bytes long by bytes after its flatbuffer (never referenced). */
function largeModel(): string {
  const b = new TfliteBuilder();
  const x = b.input('x', 'float32', [1, 8]);
  b.output(b.op('FULLY_CONNECTED', [x, b.constant('w', 'float32', [3, 8]), ''], { out: ['y', 'float32', [1, 3]], options: fullyConnected() }));
  const model = b.build();
  const path = join(dir, 'large.tflite');
  writeFileSync(path, Buffer.concat([model, Buffer.alloc(PARALLEL_HASH_BYTES + 10 - model.length, 0x61)]));
  return path;
}

describe('early hashing', () => {
  it.each([
    ['below', PARALLEL_HASH_BYTES - 1, false],
    ['at', PARALLEL_HASH_BYTES, true],
    ['above', PARALLEL_HASH_BYTES + 1, true],
  ] as const)('%s the parallel size (%i bytes): started when at or above it; taken once, with the file\'s digests', async (name, size, started) => {
    const path = fileOf(`${name}.onnx`, size);
    const early = startEarlyHash(['analyze', `${name}.onnx`], dir);
    expect(early !== undefined).toBe(started);
    if (!early) return;
    const taken = early.take(path);
    expect(taken).toBeDefined();
    expect(early.take(path)).toBeUndefined();
    expect(await taken?.hashing.hashes).toEqual(digests(readFileSync(path)));
    taken?.source.close();
  });

  it('starts on the first large argument that is not an option, only for analyze and compare, never with --no-hash', async () => {
    const big = fileOf('big.tflite', PARALLEL_HASH_BYTES);
    fileOf('small.onnx', 100);
    // large files named like the command and like an option are never taken for a model
    fileOf('analyze', PARALLEL_HASH_BYTES);
    fileOf('-x.onnx', PARALLEL_HASH_BYTES);
    mkdirSync(join(dir, 'folder'), { recursive: true });
    const started: (string | undefined)[] = [];
    for (const argv of [
      ['analyze', '--format', 'json', '-x.onnx', 'folder', 'missing.onnx', 'small.onnx', 'big.tflite'],
      ['compare', 'small.onnx', 'big.tflite'],
      ['analyze', 'big.tflite', '--no-hash'],
      ['diff', '--base', 'big.tflite'],
      ['supported-ops', 'big.tflite'],
    ]) {
      const early = startEarlyHash(argv, dir);
      started.push(early?.path);
      await early?.release();
    }
    expect(started).toEqual([big, big, undefined, undefined, undefined]);
  });

  it('a path other than the one hashed is not given it; released untaken, the workers stop and the file closes', async () => {
    const path = fileOf('other.onnx', PARALLEL_HASH_BYTES);
    const close = vi.spyOn(FileSource.prototype, 'close');
    const early = startEarlyHash(['analyze', 'other.onnx'], dir);
    expect(early?.take(join(dir, 'elsewhere.onnx'))).toBeUndefined();
    await early?.release();
    expect(close).toHaveBeenCalledTimes(1);
    expect(early?.take(path)).toBeUndefined(); // nothing left to take
    await early?.release(); // a second release does nothing
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('the analysis takes it over: the report carries its digests; this thread reads the file once (sha256) and what the analysis needs', async () => {
    const path = largeModel();
    const early = startEarlyHash(['analyze', 'large.tflite', '--format', 'json'], dir);
    const opened = vi.spyOn(FileSource.prototype, 'readInto');
    const out = textSink();
    const code = await run({ argv: ['analyze', 'large.tflite', '--format', 'json'], cwd: dir, stdout: out, stderr: { write: () => true }, early });
    expect(code).toBe(0);
    const report = JSON.parse(out.text()) as Report;
    expect({ sha256: report.model.sha256, md5: report.model.md5 }).toEqual(digests(readFileSync(path)));
    expect(early?.take(path)).toBeUndefined(); // taken by the run
    // md5 read the file on its worker; here, sha256 read it once and the analysis less than 1 MiB.
    const readBytes = opened.mock.calls.reduce((s, [into]) => s + into.length, 0);
    expect(readBytes).toBeGreaterThanOrEqual(PARALLEL_HASH_BYTES + 10);
    expect(readBytes).toBeLessThan(PARALLEL_HASH_BYTES + 10 + 1024 * 1024);
  });

  it('--no-hash leaves it untaken', async () => {
    const path = largeModel();
    const early = startEarlyHash(['analyze', 'large.tflite'], dir); // (the entry would not have started it)
    const code = await run({ argv: ['analyze', 'large.tflite', '--no-hash'], cwd: dir, stdout: { write: () => true }, stderr: { write: () => true }, early });
    expect(code).toBe(0);
    expect(early?.take(path)).toBeDefined();
    await early?.release();
  });
});
