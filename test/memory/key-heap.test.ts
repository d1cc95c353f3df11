/** The greedy order search's heap (memory/key-heap.ts): entries come out by a, then b, then v. */
import { describe, expect, it } from 'vitest';
import { KeyHeap } from '../../src/memory/key-heap.js';
import { prng } from '../helpers/prng.js';

describe('KeyHeap', () => {
  it('pops 500 random entries (many ties on a and on b) in (a, b, v) order', () => {
    const r = prng(7);
    const entries = Array.from({ length: 500 }, (_, v) => [Math.floor(r() * 5), Math.floor(r() * 5), v] as const);
    const h = new KeyHeap();
    for (const [a, b, v] of entries) h.push(a, b, v);
    const out: number[] = [];
    while (h.size > 0) out.push(h.pop());
    const expected = [...entries].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).map((e) => e[2]);
    expect(out).toEqual(expected);
  });

  it('pushes between pops keep the order; an empty heap refuses to pop', () => {
    const h = new KeyHeap();
    h.push(2, 0, 1);
    h.push(1, 5, 2);
    expect(h.pop()).toBe(2);
    h.push(1, 9, 3);
    h.push(2, 0, 0);
    expect([h.pop(), h.pop(), h.pop()]).toEqual([3, 0, 1]);
    expect(h.size).toBe(0);
    expect(() => h.pop()).toThrow('KeyHeap.pop on an empty heap');
  });
});
