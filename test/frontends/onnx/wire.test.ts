import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src/ir/source.js';
import { WHOLE_SOURCE_BYTES, WireReader } from '../../../src/frontends/onnx/wire.js';
import { readValues } from '../../../src/ir/tensor-data.js';
import { readOnnx } from '../../../src/frontends/onnx/index.js';
import { OnnxBuilder, countingSource } from '../../builders/onnx.js';
import { varint } from '../../builders/onnx-bytes.js';
import { tensorOf } from './helpers.js';

/**
 * `size` bytes: field 1 (length-delimited) whose value fills all but the last two bytes, then
 * field 2 (varint 1). Scanning both fields jumps over field 1's value.
 */
function twoFields(size: number): Uint8Array {
  // the tag, the value's length (a 3-byte varint for sizes near 64 KiB), the value, field 2
  const len = size - 1 - 3 - 2;
  expect(varint(len)).toHaveLength(3);
  const bytes = Uint8Array.from([0x0a, ...varint(len), ...new Array<number>(len).fill(0), 0x10, 0x01]);
  expect(bytes.length).toBe(size);
  return bytes;
}

describe('WireReader: what it reads of its source', () => {
  it.each([
    ['below', -1],
    ['at', 0],
  ])('a source %s WHOLE_SOURCE_BYTES (%i) is read once, whole, whatever the scan skips', (_, delta) => {
    const size = WHOLE_SOURCE_BYTES + delta;
    const src = countingSource(bytesSource('m.onnx', twoFields(size)));
    const fields = new WireReader(src).fields(0, size, 'M');
    expect(fields.map((f) => [f.no, f.varint])).toEqual([[1, 0], [2, 1]]);
    expect([src.reads, src.bytesRead]).toEqual([1, size]);
  });

  it('a source above WHOLE_SOURCE_BYTES (+1) is read in windows: the skipped value is never read', () => {
    const size = WHOLE_SOURCE_BYTES + 1;
    const src = countingSource(bytesSource('m.onnx', twoFields(size)));
    const fields = new WireReader(src).fields(0, size, 'M');
    expect(fields.map((f) => [f.no, f.varint])).toEqual([[1, 0], [2, 1]]);
    // one window at each field's tag: 256 bytes, and the two bytes left at the end
    expect([src.reads, src.bytesRead]).toEqual([2, 256 + 2]);
  });

  /** A model whose initializer 'w' holds `count` floats (0 1 2 3 4 0 1...), read through a counting source. */
  function floats(count: number) {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, count]);
    b.initializer('w', 'float32', [count], { values: Array.from({ length: count }, (_v, i) => i % 5) });
    b.output(b.node('Add', [x, 'w']), 'float32', [1, count]);
    const bytes = b.build();
    const src = countingSource(bytesSource('m.onnx', bytes));
    const w = tensorOf(readOnnx({ path: 'm.onnx', source: src }), 'w');
    return { size: bytes.length, src, w, read: { reads: src.reads, bytes: src.bytesRead } };
  }

  it('a model of at most WHOLE_SOURCE_BYTES is read once, and its tensors read their values from that copy', () => {
    const { size, src, w, read } = floats(1000);
    expect(size).toBeLessThanOrEqual(WHOLE_SOURCE_BYTES);
    expect(read).toEqual({ reads: 1, bytes: size });
    expect(readValues(w, 1000)?.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 0]);
    expect([src.reads, src.bytesRead]).toEqual([1, size]);
  });

  it('a model over WHOLE_SOURCE_BYTES is read in windows, its payload only when its values are read', () => {
    const { size, src, w, read } = floats(20_000);
    expect(size).toBeGreaterThan(WHOLE_SOURCE_BYTES);
    expect(read.bytes).toBeLessThan(4096);
    expect(readValues(w, 20_000)?.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 0]);
    expect([src.reads - read.reads, src.bytesRead - read.bytes]).toEqual([1, 4 * 20_000]);
  });
});
