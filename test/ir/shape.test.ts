/** Static shapes and element counts (src/ir/shape.ts): every dimension a known size, 0 included. */
import { describe, expect, it } from 'vitest';
import { elementCount, isStatic, SHARED_SHAPES_MAX, ShapeTable, sharedShape } from '../../src/ir/shape.js';

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

describe('shared shapes', () => {
  it('an equal shape gets the array first given; a different one its own', () => {
    const table = new ShapeTable();
    const a = [1, 8, 4, 4];
    expect(table.shared(a)).toBe(a);
    expect(table.shared([1, 8, 4, 4])).toBe(a);
    const b = [1, 8, 4, 5];
    expect(table.shared(b)).toBe(b);
    // the empty shape (a scalar) is a shape like any other
    const scalar: number[] = [];
    expect(table.shared(scalar)).toBe(scalar);
    expect(table.shared([])).toBe(scalar);
  });

  it('symbolic dims are told apart from numbers and from dims holding a comma', () => {
    const table = new ShapeTable();
    const numbers = [1, 2];
    const strings = ['1', '2'];
    const comma = ['1,2'];
    expect(table.shared(numbers)).toBe(numbers);
    expect(table.shared(strings)).toBe(strings);
    expect(table.shared(comma)).toBe(comma);
    expect(table.shared(['N', 3])).not.toBe(table.shared(['N', '3']));
    expect(table.shared(['1,2'])).toBe(comma);
  });

  it('at, below and above its bound: up to max distinct shapes are kept, one more empties the table first', () => {
    const max = 3;
    const table = new ShapeTable(max);
    const first = [0];
    table.shared(first);
    table.shared([1]);
    // below the bound (2 held): an equal shape still finds the first array
    expect(table.shared([0])).toBe(first);
    table.shared([2]);
    // at the bound (3 held): still found
    expect(table.shared([0])).toBe(first);
    // above: a fourth distinct shape empties the table, then is held alone
    const fourth = [3];
    expect(table.shared(fourth)).toBe(fourth);
    const again = [0];
    expect(table.shared(again)).toBe(again);
    expect(table.shared([3])).toBe(fourth);
  });

  it('the table the readers and passes share holds SHARED_SHAPES_MAX distinct shapes, one more empties it (this file starts it empty)', () => {
    const a = ['shared-shape-test', 1];
    expect(sharedShape(a)).toBe(a);
    for (let i = 1; i < SHARED_SHAPES_MAX; i++) sharedShape([-i]);
    // at the bound: still held
    expect(sharedShape(['shared-shape-test', 1])).toBe(a);
    sharedShape([-SHARED_SHAPES_MAX]);
    const b = ['shared-shape-test', 1];
    expect(sharedShape(b)).toBe(b);
  });
});
