/**
 * The placement strategies of memory/place.ts on request lists small enough to place by hand:
 * lifetimes, first fit (exact fits, sorted intervals, both sort paths), allowed overlaps, the three
 * ST orders and the lowest of several placements. Every offset below is worked out in the comment
 * beside it from the rule in place.ts's header (largest first; the lowest offset free of every
 * placed buffer alive at a common step).
 */
import { describe, expect, it } from 'vitest';
import { arenaAt, arenaOf, lifetimesOverlap, lowestOffsets, offsetsInOrder, overlapLists, placeInOrder, placeLowest, plannedAt, placeSt, sameOrder, stOrders, indexAllowances, type OverlapIndex } from '../../src/memory/place.js';
import type { BufferKind, BufferRequest, PlannedBuffer } from '../../src/memory/types.js';

const req = (tensor: string, size: number, firstStep: number, lastStep: number, kind: BufferKind = 'activation'): BufferRequest => ({ tensor, kind, size, firstStep, lastStep });
const offsets = (placed: readonly PlannedBuffer[]): Record<string, number> => Object.fromEntries(placed.map((b) => [b.tensor, b.offset]));
/** Each buffer's others from the flat index, as lists. */
const listsOf = (index: OverlapIndex): number[][] => Array.from({ length: index.start.length - 1 }, (_, i) => [...index.others.subarray(index.start[i], index.start[i + 1])]);

describe('lifetimes', () => {
  it('two lifetimes overlap when they share a step, in either order, and not when one ends before the other starts', () => {
    expect(lifetimesOverlap(req('a', 1, 0, 2), req('b', 1, 2, 3))).toBe(true);
    expect(lifetimesOverlap(req('b', 1, 2, 3), req('a', 1, 0, 2))).toBe(true);
    expect(lifetimesOverlap(req('a', 1, 0, 1), req('b', 1, 2, 3))).toBe(false);
    expect(lifetimesOverlap(req('b', 1, 2, 3), req('a', 1, 0, 1))).toBe(false);
    expect(lifetimesOverlap(req('a', 1, 0, 5), req('b', 1, 2, 3))).toBe(true);
  });

  it('overlapLists: each buffer lists the others alive at a common step (a shared last/first step counts), and the lists are kept per request array', () => {
    // a [0,1] and b [1,2] share step 1; c [3,4] meets neither; d [2,4] meets b (2) and c (3, 4)
    const items = [req('a', 1, 0, 1), req('b', 1, 1, 2), req('c', 1, 3, 4), req('d', 1, 2, 4)];
    const index = overlapLists(items);
    expect(listsOf(index).map((l) => l.sort())).toEqual([[1], [0, 3], [3], [1, 2]]);
    // one flat list: three pairs (a-b, b-d, c-d) twice, each buffer's others from its start to the next buffer's
    expect([...index.start]).toEqual([0, 1, 3, 4, 6]);
    expect(index.others.length).toBe(6);
    expect(overlapLists(items)).toBe(index);
    expect(overlapLists([...items])).not.toBe(index);
  });

  it('a buffer that ended the step before another starts is dropped from the live set, whatever the request order', () => {
    // requests out of step order: the sweep sorts them by first step
    const items = [req('late', 1, 5, 6), req('early', 1, 0, 4), req('mid', 1, 4, 5)];
    expect(listsOf(overlapLists(items)).map((l) => l.sort())).toEqual([[2], [2], [0, 1]]);
  });

  it('the index lists exactly the pairs a comparison of every two lifetimes finds, on 300 random buffers (more than its first 1,024 entries)', () => {
    // a fixed linear congruential sequence: the same buffers on every run
    let seed = 12345;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const items = Array.from({ length: 300 }, (_, i) => {
      const first = next(200);
      return req(`t${i}`, 1, first, first + next(12));
    });
    const expected = items.map((a, i) => items.flatMap((b, j) => (i !== j && lifetimesOverlap(a, b) ? [j] : [])));
    const lists = listsOf(overlapLists(items)).map((l) => l.sort((x, y) => x - y));
    expect(lists).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(1024);
  });
});

describe('first fit', () => {
  it('a buffer takes a gap exactly its size below a live one, and one byte more does not fit there', () => {
    // p [0,0] at 0 (30 B), q [0,1] at 30 (50 B); at step 1 only q is alive: r (30 B) fits in [0, 30)
    const fits = placeInOrder([req('p', 30, 0, 0), req('q', 50, 0, 1), req('r', 30, 1, 1)], [0, 1, 2]);
    expect(offsets(fits)).toEqual({ p: 0, q: 30, r: 0 });
    expect(arenaOf(fits)).toBe(80);
    // 31 B does not fit below q (30): it goes above q, at 80
    const above = placeInOrder([req('p', 30, 0, 0), req('q', 50, 0, 1), req('r', 31, 1, 1)], [0, 1, 2]);
    expect(offsets(above)).toEqual({ p: 0, q: 30, r: 80 });
    expect(arenaOf(above)).toBe(111);
  });

  it('the placed buffers are walked in offset order, not in request order', () => {
    // order [1, 0]: b (20 B) at 0, then a (100 B) above it at 20. c (10 B) is alive with both:
    // request order would see a first (start 20, so 10 B fit at 0) and ignore b; offset order puts c at 120
    const placed = placeInOrder([req('a', 100, 0, 2), req('b', 20, 0, 2), req('c', 10, 1, 1)], [1, 0, 2]);
    expect(offsets(placed)).toEqual({ b: 0, a: 20, c: 120 });
  });

  it.each([31, 32, 33])('with %i live buffers placed in reverse of their request order, the next goes above them all', (n) => {
    // requests 1..n (1 B each, all alive at step 0) placed from n down to 1 take offsets 0..n-1, so
    // request k sits at n - k; request 0, placed last, finds no gap. 32 live intervals are sorted by
    // insertion, more by Array.sort: both must give n.
    const items = Array.from({ length: n + 1 }, (_, i) => req(`t${i}`, 1, 0, 0));
    const order = [...Array.from({ length: n }, (_, i) => n - i), 0];
    const placed = placeInOrder(items, order);
    expect(offsets(placed)['t0']).toBe(n);
    expect(offsets(placed)['t1']).toBe(n - 1);
    expect(offsets(placed)[`t${n}`]).toBe(0);
    expect(arenaOf(placed)).toBe(n + 1);
  });

  it('the placement keeps each request as given, in request order, with its offset', () => {
    const items = [req('x', 12, 1, 3, 'input'), req('y', 8, 2, 2, 'scratch')];
    expect(placeInOrder(items, [1, 0])).toEqual([
      { tensor: 'x', kind: 'input', size: 12, firstStep: 1, lastStep: 3, offset: 8 },
      { tensor: 'y', kind: 'scratch', size: 8, firstStep: 2, lastStep: 2, offset: 0 },
    ]);
  });

  it('an order that names an index with no request skips it', () => {
    expect(offsets(placeInOrder([req('x', 4, 0, 0)], [3, 0]))).toEqual({ x: 0 });
  });

  it('arenaOf is the highest end of a placed buffer, 0 for none', () => {
    expect(arenaOf([])).toBe(0);
    expect(arenaOf([{ ...req('a', 10, 0, 0), offset: 30 }, { ...req('b', 35, 0, 0), offset: 0 }])).toBe(40);
  });
});

describe('allowed overlaps (a streaming layer writes its output over its consumed input)', () => {
  // x: the layer's input (100 B, steps 0-1); y: its output (100 B, steps 1-2); the output may start 20 B below the input
  const items = [req('x', 100, 0, 1, 'input'), req('y', 100, 1, 2)];
  const allow = indexAllowances(2, [{ a: 0, b: 1, rule: { lead: 20 } }]);

  it('the output placed first at 0: the input may start 20 B above it, overlapping the other 80', () => {
    expect(offsets(placeInOrder(items, [1, 0], allow))).toEqual({ y: 0, x: 20 });
    expect(offsets(placeInOrder(items, [1, 0]))).toEqual({ y: 0, x: 100 });
  });

  it('the input placed first at 0: the output cannot start 20 B below 0, so it goes above the input', () => {
    expect(offsets(placeInOrder(items, [0, 1], allow))).toEqual({ x: 0, y: 100 });
  });

  it('the output placed first above 0: it may start at most lead bytes below the input, and overlap the rest', () => {
    // a 30 B buffer alive at step 1 only holds [0, 30); y goes at 30; x is then allowed from 50 (30 + 20)
    const three = [...items, req('z', 30, 1, 1)];
    // (the index covers the three requests; z has no pair)
    expect(offsets(placeInOrder(three, [2, 1, 0], indexAllowances(3, [{ a: 0, b: 1, rule: { lead: 20 } }])))).toEqual({ z: 0, y: 30, x: 50 });
  });

  it('indexAllowances lists each request\'s pairs in pair order, both ends', () => {
    // pairs 0: 0 -> 1, 1: 1 -> 2, 2: 0 -> 2; request 0 is in pairs 0 and 2, request 1 in 0 and 1, request 2 in 1 and 2, request 3 in none
    const idx = indexAllowances(4, [{ a: 0, b: 1, rule: { lead: 0 } }, { a: 1, b: 2, rule: { lead: 0 } }, { a: 0, b: 2, rule: { lead: 0 } }]);
    expect([...idx.start]).toEqual([0, 2, 4, 6, 6]);
    expect([...idx.of]).toEqual([0, 2, 0, 1, 1, 2]);
  });

  it('an allowance for another pair changes nothing', () => {
    const other = indexAllowances(6, [{ a: 5, b: 1, rule: { lead: 20 } }, { a: 0, b: 5, rule: { lead: 20 } }]);
    expect(offsets(placeInOrder(items, [1, 0], other))).toEqual({ y: 0, x: 100 });
  });

  it('placeSt tries its orders and keeps the one where the output sits below its input; single keeps the first (size) order', () => {
    // size order (ties: first step) places x then y: 200 B; the execution order backwards places y then x: 120 B
    expect(arenaOf(placeSt(items, allow))).toBe(120);
    expect(arenaOf(placeSt(items, allow, true))).toBe(200);
    expect(arenaOf(placeSt(items))).toBe(200);
  });
});

describe('ST orders and the lowest placement', () => {
  it('stOrders: size (scratch last; ties by first step, then request), execution backwards (scratch last; ties by size, then request), last step backwards (ties by size, then request), lifetime length (ties by size, then request)', () => {
    const items = [
      req('a', 40, 0, 1), // 0
      req('s', 100, 1, 1, 'scratch'), // 1
      req('b', 40, 1, 2), // 2
      req('c', 60, 2, 3), // 3
      req('d', 40, 0, 1), // 4: a's twin
    ];
    expect(stOrders(items)).toEqual([
      [3, 0, 4, 2, 1],
      [3, 2, 0, 4, 1],
      [3, 2, 1, 0, 4],
      [3, 0, 2, 4, 1], // lifetimes of 1 step (c 60 B, then a, b, d of 40 B by request) before s's 0
    ]);
  });

  it('stOrders breaks equal first steps by size in the execution order, and equal sizes by first step in the size order', () => {
    const items = [req('small', 10, 2, 3), req('big', 50, 2, 2), req('early', 10, 0, 3)];
    expect(stOrders(items)).toEqual([
      [1, 2, 0], // 50 first; the two 10 B ones by first step (0 before 2)
      [1, 0, 2], // first step 2 before 0; at step 2, 50 B before 10 B
      [0, 2, 1], // last step 3 before 2; at 3, equal sizes by request
      [2, 0, 1], // lifetimes 3, 1 and 0 steps
    ]);
  });

  // a [0,0] 10 B, b [0,1] 10 B, c [1,1] 20 B
  const items = [req('a', 10, 0, 0), req('b', 10, 0, 1), req('c', 20, 1, 1)];

  it('placeLowest keeps the order with the smallest arena, wherever it is in the list', () => {
    // [a, b, c]: a 0, b 10, c above b at 20 -> 40; [b, a, c]: b 0, a 10, c 10 -> 30
    expect(arenaOf(placeInOrder(items, [0, 1, 2]))).toBe(40);
    expect(offsets(placeLowest(items, [[0, 1, 2], [1, 0, 2]]))).toEqual({ b: 0, a: 10, c: 10 });
    expect(offsets(placeLowest(items, [[1, 0, 2], [0, 1, 2]]))).toEqual({ b: 0, a: 10, c: 10 });
  });

  it('placeLowest keeps the first of two placements with the same arena, and none for no order', () => {
    // [c, b, a]: c 0, b 20, a 0 -> also 30, with other offsets
    expect(arenaOf(placeInOrder(items, [2, 1, 0]))).toBe(30);
    expect(offsets(placeLowest(items, [[1, 0, 2], [2, 1, 0]]))).toEqual({ b: 0, a: 10, c: 10 });
    expect(offsets(placeLowest(items, [[2, 1, 0], [1, 0, 2]]))).toEqual({ c: 0, b: 20, a: 0 });
    expect(placeLowest(items, [])).toEqual([]);
  });

  it('offsetsInOrder: one offset per request, -1 for one the order leaves out; plannedAt and arenaAt read it as the buffers would', () => {
    // [b, a]: b 0, a above b (alive at step 0) at 10; c is not in the order
    const o = offsetsInOrder(items, [1, 0]);
    expect([...o]).toEqual([10, 0, -1]);
    expect(arenaAt(items, o)).toBe(20);
    expect(offsets(plannedAt(items, o))).toEqual({ a: 10, b: 0 });
    expect(plannedAt(items, o).map((b) => b.tensor)).toEqual(['a', 'b']); // request order, not placement order
    // the full placement is the very one placeInOrder gives, and its arena arenaOf's
    const all = offsetsInOrder(items, [2, 1, 0]);
    expect(plannedAt(items, all)).toEqual(placeInOrder(items, [2, 1, 0]));
    expect(arenaAt(items, all)).toBe(arenaOf(placeInOrder(items, [2, 1, 0])));
    expect(arenaAt(items, offsetsInOrder(items, []))).toBe(0);
    // a buffer at offset 0 counts: b alone ends at 10
    expect(arenaAt(items, offsetsInOrder(items, [1]))).toBe(10);
  });

  it('lowestOffsets: the lowest arena of the orders, the first on ties, none for no order', () => {
    expect(lowestOffsets(items, [[0, 1, 2], [1, 0, 2]])).toEqual({ offsets: Float64Array.from([10, 0, 10]), arena: 30 });
    expect(lowestOffsets(items, [[2, 1, 0], [1, 0, 2]])).toEqual({ offsets: Float64Array.from([0, 20, 0]), arena: 30 });
    expect(lowestOffsets(items, [])).toBeUndefined();
  });

  it('lowestOffsets places an order once: a repeat, or one the caller placed already, is skipped', () => {
    // [2, 1, 0] alone is the lower placement (arena 30 either way, and it comes first on ties above)
    const [first, second] = [[2, 1, 0], [1, 0, 2]];
    expect(lowestOffsets(items, [first, first, second])).toEqual(lowestOffsets(items, [first, second]));
    // the caller placed `first` itself: only `second` is placed, and it is what comes back
    expect(lowestOffsets(items, [first, second], undefined, [first])).toEqual({ offsets: offsetsInOrder(items, second), arena: 30 });
    expect(lowestOffsets(items, [first], undefined, [first])).toBeUndefined();
    // an order with the same requests in another sequence is another order
    expect(lowestOffsets(items, [second], undefined, [first])).toEqual({ offsets: offsetsInOrder(items, second), arena: 30 });
  });

  it('sameOrder: the same requests in the same sequence', () => {
    expect(sameOrder([0, 1, 2], [0, 1, 2])).toBe(true);
    expect(sameOrder([], [])).toBe(true);
    expect(sameOrder([0, 1, 2], [0, 2, 1])).toBe(false);
    expect(sameOrder([0, 1], [0, 1, 2])).toBe(false);
    expect(sameOrder([0, 1, 2], [0, 1])).toBe(false);
  });

  it('stOrders gives the same orders for the same requests, computed once', () => {
    const r = [req('a', 8, 0, 1), req('b', 16, 1, 2)];
    expect(stOrders(r)).toBe(stOrders(r));
    expect(stOrders([...r])).not.toBe(stOrders(r));
    expect(stOrders([...r])).toEqual(stOrders(r));
  });
});

describe('full ties and partial orders', () => {
  it('requests equal in every key keep their request order in all four ST orders', () => {
    const same = [req('a', 8, 0, 1), req('b', 8, 0, 1), req('c', 8, 0, 1), req('d', 8, 0, 1)];
    expect(stOrders(same)).toEqual([[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]]);
  });

  it('sixty-four requests equal in every key keep their request order too (a long array is merged, not only insertion-sorted)', () => {
    const many = Array.from({ length: 64 }, (_, i) => req(`t${i}`, 8, 0, 1));
    const identity = many.map((_, i) => i);
    expect(stOrders(many)).toEqual([identity, identity, identity, identity]);
  });

  it('an order that names some requests places those only', () => {
    const rs = [req('a', 8, 0, 1), req('b', 16, 0, 1), req('c', 4, 0, 1)];
    expect(offsets(placeInOrder(rs, [1, 2]))).toEqual({ b: 0, c: 16 });
  });
});
