/**
 * The small-value kernels of constant folding (src/ops/util/values.ts), against numpy worked by
 * hand: strides of a C-order array, broadcasting over every operand position, transposes of a
 * 2x3x4 array, the element-count bound at and past its limit, and the casts each dtype stores.
 */
import { describe, expect, it } from 'vitest';
import { FOLD_MAX_ELEMENTS, broadcastValues, castValue, isSmall, stridesOf, transposeValues } from '../../src/ops/util/values.js';
import { elementCount } from '../../src/ir/shape.js';

const arange = (n: number): number[] => [...Array(n).keys()];

describe('counts and strides', () => {
  it('elementCount and isSmall at, below and above the bound; symbols and no shape are not small', () => {
    expect(elementCount([2, 3, 4])).toBe(24);
    expect(elementCount([])).toBe(1);
    expect(elementCount(['N', 2])).toBeUndefined();
    expect(isSmall([FOLD_MAX_ELEMENTS])).toBe(true);
    expect(isSmall([FOLD_MAX_ELEMENTS + 1])).toBe(false);
    expect(isSmall([10], 10)).toBe(true);
    expect(isSmall([11], 10)).toBe(false);
    expect(isSmall(undefined)).toBe(false);
  });

  it('C-order strides (np.zeros((2,3,4)).strides / itemsize = (12, 4, 1))', () => {
    expect(stridesOf([2, 3, 4])).toEqual([12, 4, 1]);
    expect(stridesOf([5])).toEqual([1]);
    expect(stridesOf([])).toEqual([]);
  });
});

describe('broadcastValues (numpy broadcasting)', () => {
  it('a [2,1] column against a [3] row, and a scalar against a [2,2]', () => {
    expect(broadcastValues([2, 3], [[2, 1], [3]], [[1, 2], [10, 20, 30]], (x) => (x[0] ?? 0) + (x[1] ?? 0))).toEqual([11, 21, 31, 12, 22, 32]);
    expect(broadcastValues([2, 2], [[], [2, 2]], [[100], [1, 2, 3, 4]], (x) => (x[0] ?? 0) * (x[1] ?? 0))).toEqual([100, 200, 300, 400]);
  });

  it('a middle axis of 1 repeats along it (np.array([[[1],[2]]]) + zeros((1,2,3)) on [2,1,3] x [1,2,1])', () => {
    const a = [1, 2, 3, 4, 5, 6]; // [2,1,3]
    const b = [10, 20]; // [1,2,1]
    expect(broadcastValues([2, 2, 3], [[2, 1, 3], [1, 2, 1]], [a, b], (x) => (x[0] ?? 0) + (x[1] ?? 0))).toEqual([11, 12, 13, 21, 22, 23, 14, 15, 16, 24, 25, 26]);
  });
});

describe('transposeValues (np.transpose(np.arange(24).reshape(2,3,4), perm).ravel())', () => {
  it.each<[number[], number[]]>([
    [[0, 1, 2], arange(24)],
    [[2, 1, 0], [0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18, 10, 22, 3, 15, 7, 19, 11, 23]],
    [[1, 0, 2], [0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11, 20, 21, 22, 23]],
  ])('perm %j', (perm, want) => {
    expect(transposeValues([2, 3, 4], arange(24), perm)).toEqual(want);
  });
});

describe('castValue', () => {
  it('bool 0/1, integers truncated toward zero with non-finite as 0, float32 rounded, float64 kept', () => {
    expect([castValue(0, 'bool'), castValue(-0.5, 'bool'), castValue(2, 'bool')]).toEqual([0, 1, 1]);
    expect([castValue(2.7, 'int8'), castValue(-2.7, 'int64'), castValue(NaN, 'int32'), castValue(-Infinity, 'uint8')]).toEqual([2, -2, 0, 0]);
    expect(castValue(0.1, 'float32')).toBe(Math.fround(0.1));
    expect(castValue(0.1, 'float64')).toBe(0.1);
  });
});
