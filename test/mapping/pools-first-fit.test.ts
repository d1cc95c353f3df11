/**
 * Pool placement, method by method (src/mapping/pools.ts, TARGETS.md "Memory pools"), on plans
 * written by hand: each expected offset is worked out here from the rule — largest buffer first
 * (ties: earlier first step), into the first pool where the lowest aligned offset overlaps no
 * buffer alive at the same step (lifetimes inclusive) and ends within the pool's usable size.
 */
import { describe, expect, it } from 'vitest';
import { placePools, UNPLACED_NAMED } from '../../src/mapping/pools.js';
import { planMemory } from '../../src/memory/plan.js';
import type { MemoryPlan, PlannedBuffer } from '../../src/memory/types.js';
import type { Pool } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';

const base = ((): MemoryPlan => {
  const g = new GraphBuilder('one');
  g.output(g.node('Relu', [g.input('x', 'int8', [4])], {}, { name: 'r', outShapes: [[4]], outDType: 'int8' }));
  return planMemory(g.graph);
})();

/** A plan of activation buffers [tensor, size, first step, last step, offset]; the arena is their peak end. */
function plan(buffers: [string, number, number, number, number][], persistent: { tensor: string; size: number }[] = []): MemoryPlan {
  const bs: PlannedBuffer[] = buffers.map(([tensor, size, firstStep, lastStep, offset]) => ({ tensor, kind: 'activation', size, firstStep, lastStep, offset }));
  return { ...base, buffers: bs, persistent, arenaBytes: Math.max(0, ...bs.map((b) => b.offset + b.size)) };
}

const pool = (name: string, size: number | undefined, more: Partial<Pool> = {}): Pool => ({ name, ...(size === undefined ? {} : { size }), access: 'rw', use: ['activations'], ...more });
const at = (r: ReturnType<typeof placePools>) => Object.fromEntries(r.placements().map((p) => [p.tensor, `${p.pool}@${p.offset}`]));

describe('activations: the plan kept when it fits the first pool, else first fit', () => {
  const p = plan([['a', 60, 0, 1, 0], ['b', 40, 1, 2, 60]]);

  it('arena 100 in a pool of usable 100 keeps the plan offsets; 99 does not', () => {
    expect(p.arenaBytes).toBe(100);
    expect(placePools(p, 0, [pool('A', 100)]).method).toBe('plan-offsets');
    const r = placePools(p, 0, [pool('A', 200, { usableSize: 99 }), pool('B', undefined)]);
    expect(r.method).toBe('first-fit');
    expect(at(r)).toEqual({ a: 'A@0', b: 'B@0' }); // a fits A; b, alive with a at step 1, needs 60..100 > 99
  });

  it('a persistent tensor forces first fit (alive over every step: nothing shares its bytes)', () => {
    const r = placePools(plan([['a', 8, 0, 0, 0], ['b', 8, 3, 3, 0]], [{ tensor: 's', size: 12 }]), 0, [pool('A', 1000)]);
    expect(r.method).toBe('first-fit');
    // s (12) first at 0; a and b (8, disjoint steps) both after it at 12, sharing their bytes
    expect(at(r)).toEqual({ s: 'A@0', a: 'A@12', b: 'A@12' });
    expect(r.placements().find((x) => x.tensor === 's')?.kind).toBe('persistent');
  });

  it('largest first; lifetimes that touch at one step do not share bytes; the aligned end decides', () => {
    // x 60 [0,1], z 50 [2,3], y 40 [1,2]: x at 0; z at 0 (no common step); y meets both (steps 1 and 2): at 60
    // planned offsets that end past the pool (z at 100): placed again
    const p3 = plan([['x', 60, 0, 1, 0], ['y', 40, 1, 2, 60], ['z', 50, 2, 3, 100]]);
    const big = p3.arenaBytes + 100;
    const r = placePools(p3, 0, [pool('A', 100), pool('B', big)]);
    expect(r.method).toBe('first-fit');
    expect(at(r)).toEqual({ x: 'A@0', z: 'A@0', y: 'A@60' });
    // one byte less and y moves to the next pool
    expect(at(placePools(p3, 0, [pool('A', 99), pool('B', big)]))).toEqual({ x: 'A@0', z: 'A@0', y: 'B@0' });
  });

  it('offsets are aligned up: after 61 bytes, 64 at alignment 4, 61 at alignment 1', () => {
    const p2 = plan([['x', 61, 0, 1, 0], ['y', 30, 1, 2, 70]]); // arena 100: placed again
    const pools = [pool('A', 91), pool('B', undefined)];
    expect(at(placePools(p2, 0, pools, 4))).toEqual({ x: 'A@0', y: 'B@0' }); // 64 + 30 > 91
    expect(at(placePools(p2, 0, pools, 1))).toEqual({ x: 'A@0', y: 'A@61' }); // 61 + 30 = 91
  });

  it('a buffer takes a gap below a live one when it fits there exactly', () => {
    // three of 45 B; ties by first step, then name: r [0,0] at 0; s [0,3] meets r: at 45; t [2,3] meets only s: the gap 0..45
    // planned at 90 (arena 135 > 90): placed again, into the gap
    const r = placePools(plan([['r', 45, 0, 0, 0], ['s', 45, 0, 3, 45], ['t', 45, 2, 3, 90]]), 0, [pool('A', 90)], 1);
    expect(r.method).toBe('first-fit');
    expect(at(r)).toEqual({ r: 'A@0', s: 'A@45', t: 'A@0' });
    // s alive from step 0 and t from 0 too: t cannot use the gap, and 90 + 45 ends past the pool
    const none = placePools(plan([['r', 45, 0, 0, 0], ['s', 45, 0, 3, 45], ['t', 45, 0, 3, 90]]), 0, [pool('A', 134)], 1);
    expect(none.unplaced).toEqual([{ tensor: 't', size: 45, kind: 'activation' }]);
    expect(none.warnings).toEqual(["activation 't' (45 B) fits in no activation pool."]);
    const fits = placePools(plan([['r', 45, 0, 0, 0], ['s', 45, 0, 3, 45], ['t', 45, 0, 3, 90]]), 0, [pool('A', 200, { usableSize: 134 }), pool('B', 135)], 1);
    expect([fits.method, at(fits)]).toEqual(['first-fit', { r: 'A@0', s: 'A@45', t: 'B@0' }]);
  });

  it('the gaps are searched in offset order, not in placement order; lifetimes that touch at the last step meet', () => {
    // p1 50 [0,1] at 0; p2 45 [1,2] meets p1: at 50; p3 40 [3,4] meets neither: at 0; p4 30 [2,3] meets p2 (step 2) and
    // p3 (step 3, p3's first = p4's last): p3 0..40, p2 50..95 in offset order: 40 + 30 > 50, so at 95 (p4 planned at 500: placed again)
    const r = placePools(plan([['p1', 50, 0, 1, 0], ['p2', 45, 1, 2, 50], ['p3', 40, 3, 4, 0], ['p4', 30, 2, 3, 500]]), 0, [pool('A', 200)], 1);
    expect([r.method, at(r)]).toEqual(['first-fit', { p1: 'A@0', p2: 'A@50', p3: 'A@0', p4: 'A@95' }]);
  });

  it('a buffer placed earlier that starts after this one ends is not live with it: the bytes are shared', () => {
    // q1 50 [3,4] at 0; q2 30 [0,1] ends before q1 starts: at 0 too
    const r = placePools(plan([['q1', 50, 3, 4, 0], ['q2', 30, 0, 1, 500]]), 0, [pool('A', 100)], 1);
    expect(at(r)).toEqual({ q1: 'A@0', q2: 'A@0' });
  });

  it('largest first even when another comes first by name and starts at the same step', () => {
    // a 10 and b 50, both [0,1]: b at 0, a after it at 52 (50 aligned to 4)
    expect(at(placePools(plan([['a', 10, 0, 1, 0], ['b', 50, 0, 1, 500]]), 0, [pool('A', 100)]))).toEqual({ b: 'A@0', a: 'A@52' });
  });

  it('activations go to the activation pools only, whatever comes first in the list', () => {
    const r = placePools(plan([['a', 10, 0, 1, 0]]), 0, [pool('F', 1000, { access: 'ro', use: ['weights'] }), pool('A', 100)]);
    expect([r.method, at(r)]).toEqual(['plan-offsets', { a: 'A@0' }]);
  });

  it('ties in size: the earlier first step goes first', () => {
    // they meet at step 2; the pool holds one of them (usable 79): the first placed gets it
    const r = placePools(plan([['late', 40, 2, 3, 0], ['early', 40, 0, 2, 40]]), 0, [pool('A', 100, { usableSize: 79 }), pool('B', undefined)]);
    expect([r.method, at(r)]).toEqual(['first-fit', { early: 'A@0', late: 'B@0' }]);
  });
});

describe('weights: segments fill the weight pools in order, first fit', () => {
  const flash = (name: string, size: number | undefined, more: Partial<Pool> = {}) => pool(name, size, { access: 'ro', use: ['weights'], ...more });
  const none = plan([]);

  it('a byte count is one segment named weights; 0 is none', () => {
    expect(placePools(none, 100, [flash('F', 1000)]).placements()).toEqual([{ tensor: 'weights', kind: 'weights', pool: 'F', offset: 0, size: 100 }]);
    expect(placePools(none, 0, [flash('F', 1000)]).placements()).toEqual([]);
  });

  it('segments aligned one after the other; one that does not fit goes to the next pool; none fits: unplaced', () => {
    const r = placePools(none, [{ name: 'w1', size: 10 }, { name: 'w2', size: 6 }, { name: 'w3', size: 30 }, { name: 'w4', size: 2 }], [flash('F', 24), flash('G', 40)]);
    // w1 0..10; w2 at 12 (aligned) ..18; w3 30 > 24 - 20: to G at 0; w4 at 20 (18 aligned) ..22 in F
    expect(at(r)).toEqual({ w1: 'F@0', w2: 'F@12', w3: 'G@0', w4: 'F@20' });
    const full = placePools(none, [{ name: 'w', size: 41 }], [flash('F', 24), flash('G', 40)]);
    expect(full.unplaced).toEqual([{ tensor: 'w', size: 41, kind: 'weights' }]);
    expect(full.warnings).toEqual(["weights 'w' (41 B) fits in no weight pool."]);
  });

  it('a segment that fills a pool exactly fits it', () => {
    expect(at(placePools(none, [{ name: 'w', size: 100 }], [flash('F', 100), flash('G', 1000)]))).toEqual({ w: 'F@0' });
  });

  it('without weight pools the weights are not placed and not reported unplaced', () => {
    const r = placePools(none, 100, [pool('A', 10)]);
    expect([r.placements(), r.unplaced, r.warnings]).toEqual([[], [], []]);
  });
});

describe('pool usage and spills', () => {
  it('used is the highest end, percent to one decimal, null for an unbounded pool; the address is kept', () => {
    const r = placePools(plan([['a', 30, 0, 0, 0], ['b', 7, 1, 1, 32]]), 0, [pool('A', 300, { address: 0x20000000 }), pool('U', undefined)]);
    expect(r.pools).toEqual([
      { name: 'A', address: 0x20000000, access: 'rw', external: false, holds: ['activations'], usableBytes: 300, usedBytes: 39, percent: 13, buffers: 2 },
      { name: 'U', access: 'rw', external: false, holds: ['activations'], usableBytes: null, usedBytes: 0, percent: null, buffers: 0 },
    ]);
    expect(placePools(plan([['a', 2, 0, 0, 0]]), 0, [pool('A', 3)]).pools[0]?.percent).toBe(66.7);
    // a pool of usable size 0 has no percentage; a pool without an address has no address field
    const zero = placePools(plan([['a', 2, 0, 0, 0]]), 0, [pool('Z', 100, { usableSize: 0 }), pool('A', 100)]);
    expect(zero.pools[0]?.percent).toBeNull();
    expect(Object.keys(zero.pools[1] ?? {})).not.toContain('address');
  });

  it('no spill for weights in an external read-write pool, nor for an external pool left empty', () => {
    const ext = pool('sdram', undefined, { external: true, use: ['activations', 'weights'] });
    const w = placePools(plan([['a', 60, 0, 1, 0]]), [{ name: 'w', size: 8 }], [pool('A', 64, { use: ['activations'] }), ext]);
    expect([at(w), w.spilled, w.warnings]).toEqual([{ a: 'A@0', w: 'sdram@0' }, false, []]);
  });

  it('activations in an external read-write pool are a spill; weights in an external flash are not', () => {
    const ext = pool('psram', undefined, { external: true });
    const r = placePools(plan([['a', 60, 0, 1, 0], ['b', 50, 1, 1, 60]]), [{ name: 'w', size: 8 }], [pool('A', 64), ext, pool('xf', 100, { access: 'ro', use: ['weights'], external: true })]);
    expect(at(r)).toEqual({ a: 'A@0', b: 'psram@0', w: 'xf@0' });
    expect([r.spilled, r.spillPools]).toEqual([true, ['psram']]);
    expect(r.warnings).toEqual(['activations spill to external memory psram (50 B): the internal pools are too small; expect slower inference.']);
    const fits = placePools(plan([['a', 60, 0, 1, 0]]), [{ name: 'w', size: 8 }], [pool('A', 64), ext, pool('xf', 100, { access: 'ro', use: ['weights'], external: true })]);
    expect([fits.spilled, fits.spillPools, fits.warnings]).toEqual([false, [], []]);
  });
});

describe('unplaced buffers: a warning each up to UNPLACED_NAMED of a kind, then one counting them', () => {
  const flash = (name: string, size: number) => pool(name, size, { access: 'ro', use: ['weights'] });
  const segments = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `w${i}`, size: 100 + i }));

  it(`${UNPLACED_NAMED} weight segments that fit nowhere: ${UNPLACED_NAMED} warnings, one each`, () => {
    const r = placePools(plan([]), segments(UNPLACED_NAMED), [flash('F', 10)]);
    expect(r.unplaced).toHaveLength(UNPLACED_NAMED);
    expect(r.warnings).toEqual(Array.from({ length: UNPLACED_NAMED }, (_, i) => `weights 'w${i}' (${100 + i} B) fits in no weight pool.`));
  });

  it(`${UNPLACED_NAMED + 1}: one warning naming the first ${UNPLACED_NAMED}, counting the rest and their bytes; every one still in unplaced`, () => {
    const r = placePools(plan([]), segments(UNPLACED_NAMED + 1), [flash('F', 10)]);
    expect(r.unplaced.map((u) => u.tensor)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    // 100 + 101 + ... + 105 = 615 B
    expect(r.warnings).toEqual(["6 weight segments (615 B) fit in no weight pool: weights 'w0' (100 B), weights 'w1' (101 B), weights 'w2' (102 B), weights 'w3' (103 B), weights 'w4' (104 B) and 1 more (the JSON report's pools.unplaced lists every one)."]);
  });

  it('activations and weights are counted apart: 7 activations (largest first) in one warning, 2 weight segments in one each', () => {
    // seven buffers alive together at step 0, none fits a pool of 10 B
    const acts = plan(Array.from({ length: 7 }, (_, i): [string, number, number, number, number] => [`a${i}`, 20 + i, 0, 0, 0]));
    const r = placePools(acts, segments(2), [pool('A', 10), flash('F', 10)]);
    // placed largest first: a6 (26 B) ... a0 (20 B); 20 + ... + 26 = 161 B
    expect(r.warnings).toEqual([
      "7 activation buffers (161 B) fit in no activation pool: activation 'a6' (26 B), activation 'a5' (25 B), activation 'a4' (24 B), activation 'a3' (23 B), activation 'a2' (22 B) and 2 more (the JSON report's pools.unplaced lists every one).",
      "weights 'w0' (100 B) fits in no weight pool.",
      "weights 'w1' (101 B) fits in no weight pool.",
    ]);
  });
});
