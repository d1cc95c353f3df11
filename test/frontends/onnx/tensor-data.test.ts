import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../../src/ir/graph.js';
import { bytesSource } from '../../../src/ir/source.js';
import { elementCountOfData, halfToFloat, readValues } from '../../../src/ir/tensor-data.js';

const bytes = (dtype: Tensor['dtype'], b: number[], encoding: 'raw-le' | 'pb-varint' | 'pb-fixed32' | 'pb-fixed64' | 'pb-zigzag', shape?: number[]): Tensor => {
  const t: Tensor = { name: 't', dtype, data: { kind: 'bytes', source: bytesSource('s', new Uint8Array(b)), offset: 0, length: b.length, encoding } };
  if (shape) t.shape = shape;
  return t;
};

describe('readValues', () => {
  it('decodes packed int4 nibbles low first, signed', () => {
    expect(readValues(bytes('int4', [0x7f, 0x08], 'raw-le'), 10)).toEqual([-1, 7, -8, 0]);
    expect(readValues(bytes('uint4', [0x7f], 'raw-le'), 10)).toEqual([15, 7]);
  });

  it('decodes varints: negative int32 as 10-byte two\'s complement, zigzag, bool', () => {
    const minus7 = [0xf9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(readValues(bytes('int32', [...minus7, 0x05], 'pb-varint'), 10)).toEqual([-7, 5]);
    expect(readValues(bytes('int64', [0x03, 0x04], 'pb-zigzag'), 10)).toEqual([-2, 2]);
    expect(readValues(bytes('bool', [0x00, 0x01], 'pb-varint'), 10)).toEqual([0, 1]);
    expect(elementCountOfData(bytes('int32', [...minus7, 0x05], 'pb-varint'))).toBe(2);
  });

  it('returns undefined for truncated varints, strings, computed data and oversized tensors', () => {
    expect(readValues(bytes('int32', [0x80], 'pb-varint'), 10)).toBeUndefined();
    expect(readValues({ name: 's', dtype: 'string', data: { kind: 'strings', values: ['a'] } }, 10)).toBeUndefined();
    expect(readValues({ name: 'c', dtype: 'float32', data: { kind: 'computed', by: 'x' } }, 10)).toBeUndefined();
    expect(readValues(bytes('uint8', [1, 2, 3], 'raw-le', [3]), 2)).toBeUndefined();
    expect(readValues({ name: 'n', dtype: 'float32', shape: [3] }, 10)).toBeUndefined();
  });

  it('decodes fixed64 doubles and float16 special values', () => {
    const d = new Uint8Array(new Float64Array([0.1, -2]).buffer);
    expect(readValues(bytes('float64', [...d], 'pb-fixed64'), 10)).toEqual([0.1, -2]);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(0x0001)).toBe(2 ** -24);
    expect(halfToFloat(0xc000)).toBe(-2);
  });
});
