/** Static shapes and element counts (src/ir/shape.ts): every dimension a known size, 0 included. */
import { describe, expect, it } from 'vitest';
import { elementCount, isStatic } from '../../src/ir/shape.js';

describe('isStatic and elementCount', () => {
  it('every dimension a number at or above 0: static, the product of the dimensions', () => {
    expect(isStatic([1, 3, 224, 224])).toBe(true);
    expect(elementCount([1, 3, 224, 224])).toBe(3 * 224 * 224);
    expect(isStatic([4, 0, 2])).toBe(true);
    expect(elementCount([4, 0, 2])).toBe(0);
  });
  it('a scalar (no dimension) is static and holds one element', () => {
    expect(isStatic([])).toBe(true);
    expect(elementCount([])).toBe(1);
  });
  it('unknown rank, a symbolic dimension, a negative or NaN one: not static, no count', () => {
    for (const s of [undefined, ['N', 3], [1, -1, 4], [2, Number.NaN], [3, 'batch']]) {
      expect(isStatic(s), JSON.stringify(s)).toBe(false);
      expect(elementCount(s), JSON.stringify(s)).toBeUndefined();
    }
  });
  it('the first dimension that is not a size decides, wherever it is', () => {
    expect(isStatic([-1])).toBe(false);
    expect(isStatic([1, 2, 3, 4, 5, -2])).toBe(false);
    expect(isStatic(['x', 1, 2])).toBe(false);
  });
});
