import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src/ir/source.js';
import { WHOLE_SOURCE_BYTES, WireReader } from '../../../src/frontends/onnx/wire.js';
import { countingSource, varint } from '../../builders/onnx-bytes.js';

/**
 * `size` bytes: field 1 (length-delimited) whose value fills all but the last two bytes, then
 * field 2 (varint 1). Scanning both fields jumps over field 1's value.
 */
function twoFields(size: number): Uint8Array {
  const len = size - 1 - varint(size).length - 2;
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
});
