import { describe, expect, it } from 'vitest';
import { append, byPosition, maxOf, minOf, NONE, pushTo, sortedHasRepeat } from '../src/arrays.js';

/** Past the arguments a spread call passes before the stack overflows (about 125k on Node's default stack). */
const LONG = 300_000;

describe('append, maxOf, minOf: lists of any length', () => {
  it('a spread call of a long list overflows the stack (what the helpers replace)', () => {
    // far past any stack size a test runner sets (40 MB of arguments)
    const xs = new Array<number>(5_000_000).fill(1);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(() => [].push(...(xs as never[]))).toThrow(RangeError);
  });

  it('append adds every element in order and returns the target', () => {
    const target = [-2, -1];
    const xs = Array.from({ length: LONG }, (_, i) => i);
    expect(append(target, xs)).toBe(target);
    expect(target.length).toBe(LONG + 2);
    expect([target[0], target[1], target[2], target[LONG + 1]]).toEqual([-2, -1, 0, LONG - 1]);
    expect(append([1], new Set([2, 3]))).toEqual([1, 2, 3]);
    expect(append([1], [])).toEqual([1]);
  });

  it('maxOf and minOf find the extreme wherever it is, in a long list', () => {
    const xs = Array.from({ length: LONG }, (_, i) => (i * 7919) % 100_003);
    // 100_002 = (i * 7919) mod 100_003 for one i in every 100_003: its first place, found by a loop
    let first = -1;
    for (let i = 0; i < LONG && first < 0; i++) if (xs[i] === 100_002) first = i;
    expect(first).toBeGreaterThan(0);
    expect(maxOf(xs)).toBe(100_002);
    expect(minOf(xs)).toBe(0);
    xs[LONG - 1] = 1e9;
    xs[LONG - 2] = -5;
    expect(maxOf(xs)).toBe(1e9);
    expect(minOf(xs)).toBe(-5);
  });

  it('agree with Math.max/Math.min on short lists: floor, empty list, NaN, signed zeros', () => {
    const cases: number[][] = [[], [3], [1, 5, 2], [-1, -7], [0, -0], [-0, 0], [NaN, 1], [1, NaN], [Infinity, -Infinity]];
    for (const xs of cases) {
      expect(Object.is(maxOf(xs), Math.max(...xs))).toBe(true);
      expect(Object.is(minOf(xs), Math.min(...xs))).toBe(true);
      expect(Object.is(maxOf(xs, 2), Math.max(2, ...xs))).toBe(true);
      expect(Object.is(minOf(xs, 2), Math.min(2, ...xs))).toBe(true);
    }
  });

  it('pushTo starts a key\'s list with its first value and appends the next ones in order', () => {
    const m = new Map<string, number[]>();
    pushTo(m, 'a', 1);
    pushTo(m, 'b', 2);
    pushTo(m, 'a', 3);
    expect([...m]).toEqual([['a', [1, 3]], ['b', [2]]]);
  });
});

describe('byPosition: a lookup by name that tries the caller\'s position first', () => {
  const items = [{ name: 'a', v: 1 }, { name: 'b', v: 2 }, { name: 'c', v: 3 }];

  it('finds the record at the position when the names line up, and by name when they do not', () => {
    const at = byPosition(items);
    expect(items.map((x, i) => at(x.name, i)?.v)).toEqual([1, 2, 3]);
    // out of line (a list with a record less, or another order): the name decides, wherever it stands
    expect(at('c', 0)?.v).toBe(3);
    expect(at('a', 2)?.v).toBe(1);
    expect(at('b', 7)?.v).toBe(2);
    expect(at('b', -1)?.v).toBe(2);
  });

  it('gives undefined for a name the list does not hold, at any position', () => {
    const at = byPosition(items);
    expect(at('z', 0)).toBeUndefined();
    expect(at('z', 3)).toBeUndefined();
    expect(byPosition([])('a', 0)).toBeUndefined();
  });

  it('names records by the given function (a plan\'s buffers by tensor)', () => {
    const buffers = [{ tensor: 'x', offset: 0 }, { tensor: 'y', offset: 16 }];
    const at = byPosition(buffers, (b) => b.tensor);
    expect(at('y', 1)?.offset).toBe(16);
    expect(at('x', 1)?.offset).toBe(0);
    expect(at('z', 0)).toBeUndefined();
  });

  it('reads the list when asked: a record replaced later is the one found', () => {
    const list = [{ name: 'a', v: 1 }, { name: 'b', v: 2 }];
    const at = byPosition(list);
    list[1] = { name: 'b', v: 20 };
    expect(at('b', 1)?.v).toBe(20);
  });
});

describe('NONE, the shared empty list', () => {
  it('is empty, and a write to it throws instead of reaching every record that shares it', () => {
    expect(NONE).toEqual([]);
    expect(() => (NONE as unknown as string[]).push('x')).toThrow(TypeError);
    expect(NONE).toHaveLength(0);
  });
});

describe('sortedHasRepeat', () => {
  it('finds a name given twice wherever the two are, and only an exact repeat', () => {
    expect(sortedHasRepeat([])).toBe(false);
    expect(sortedHasRepeat(['a'])).toBe(false);
    expect(sortedHasRepeat(['b', 'a', 'c', 'A', 'a_1'])).toBe(false);
    // first and last, next to each other, after sorting first or last
    expect(sortedHasRepeat(['x', 'b', 'c', 'x'])).toBe(true);
    expect(sortedHasRepeat(['b', 'b'])).toBe(true);
    expect(sortedHasRepeat(['m', 'a', 'z', 'a'])).toBe(true);
    expect(sortedHasRepeat(['m', 'z', 'a', 'z'])).toBe(true);
  });

  it('sorts the list it is given', () => {
    const names = ['c', 'a', 'b'];
    sortedHasRepeat(names);
    expect(names).toEqual(['a', 'b', 'c']);
  });
});
