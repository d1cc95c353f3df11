/**
 * Pool placement's first fit (src/mapping/pools.ts) against the method of TARGETS.md "Memory
 * pools" written out the slow way (every placed buffer compared with every other), on random plans.
 * The hand-worked cases are in pools-first-fit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planMemory } from '../../src/memory/plan.js';
import { placePools, type PlacedInPool, type PoolsResult } from '../../src/mapping/pools.js';
import type { MemoryPlan, PersistentBuffer, PlannedBuffer } from '../../src/memory/types.js';
import type { Pool } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { prng } from '../helpers/prng.js';
import { compareNames } from '../../src/ir/names.js';

/** A real plan's fields, with the buffers and persistent tensors replaced (the first-fit branch reads only these). */
function planWith(buffers: PlannedBuffer[], persistent: PersistentBuffer[], arenaBytes: number): MemoryPlan {
  const g = new GraphBuilder('one');
  g.output(g.node('Relu', [g.input('x', 'int8', [4])], {}, { name: 'r', outShapes: [[4]], outDType: 'int8' }));
  return { ...planMemory(g.graph), buffers, persistent, arenaBytes, persistentBytes: persistent.reduce((s, p) => s + p.size, 0) };
}

const pool = (name: string, size?: number): Pool => ({ name, ...(size === undefined ? {} : { size }), access: 'rw', use: ['activations'] });
const buffer = (tensor: string, size: number, firstStep: number, lastStep: number): PlannedBuffer => ({ tensor, kind: 'activation', size, firstStep, lastStep, offset: 0 });
const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/**
 * TARGETS.md "Memory pools", written out the slow way: largest first (ties: earlier first step,
 * then name; a persistent tensor's first step is -1), each into the first pool where the lowest
 * aligned offset (0 or a placed buffer's aligned end) clear of every buffer of that pool alive with
 * it ends within the pool's usable size.
 */
function reference(plan: MemoryPlan, pools: readonly Pool[], align: number): { placements: PlacedInPool[]; unplaced: PoolsResult['unplaced'] } {
  const last = Math.max(0, ...plan.buffers.map((b) => b.lastStep)) + 1;
  const items = [
    ...plan.buffers.map((b) => ({ tensor: b.tensor, kind: b.kind as PlacedInPool['kind'], size: b.size, first: b.firstStep, last: b.lastStep })),
    ...plan.persistent.map((p) => ({ tensor: p.tensor, kind: 'persistent' as const, size: p.size, first: -1, last })),
  ].sort((a, b) => b.size - a.size || a.first - b.first || compareNames(a.tensor, b.tensor));
  const placed: (PlacedInPool & { first: number; last: number })[] = [];
  const placements: PlacedInPool[] = [];
  const unplaced: PoolsResult['unplaced'] = [];
  for (const it of items) {
    const home = pools.find((p) => {
      const alive = placed.filter((o) => o.pool === p.name && o.first <= it.last && it.first <= o.last);
      const clear = (c: number) => alive.every((o) => c + it.size <= o.offset || alignUp(o.offset + o.size, align) <= c);
      const offset = [0, ...alive.map((o) => alignUp(o.offset + o.size, align))].filter(clear).reduce((m, c) => Math.min(m, c), Infinity);
      if (offset + it.size > (p.usableSize ?? p.size ?? Infinity)) return false;
      const at = { tensor: it.tensor, kind: it.kind, pool: p.name, offset, size: it.size };
      placed.push({ ...at, first: it.first, last: it.last });
      placements.push(at);
      return true;
    });
    if (!home) unplaced.push({ tensor: it.tensor, size: it.size, kind: it.kind });
  }
  return { placements, unplaced };
}

describe('memory pools: first fit against the method written out', () => {
  it('a persistent tensor stays alive for the buffers placed after it; a buffer that has ended frees its bytes (worked by hand)', () => {
    // p: persistent 60 B; x (40 B, steps 0-1), y (40 B, 1-2), z (40 B, step 2 only)
    const plan = planWith([buffer('x', 40, 0, 1), buffer('y', 40, 1, 2), buffer('z', 40, 2, 2)], [{ tensor: 'p', size: 60 }], 160);
    const r = placePools(plan, 0, [pool('a', 100), pool('b')]);
    expect(r.method).toBe('first-fit');
    // p (largest) a@0. x: after p, a@60, ending at 100. y meets x at step 1: a@100 would end past 100, so b@0.
    // z: x has ended at step 2, p has not: a@60 again (a@0 would overlap p).
    expect(r.placements().map((q) => [q.tensor, q.pool, q.offset])).toEqual([['p', 'a', 0], ['x', 'a', 60], ['y', 'b', 0], ['z', 'a', 60]]);
    expect(r.unplaced).toEqual([]);
  });

  it('places exactly as the method written out the slow way, on 200 random plans with persistent tensors, unbounded and full pools', () => {
    const rand = prng(20261204);
    const int = (n: number) => Math.floor(rand() * n);
    let firstFit = 0;
    let someUnplaced = 0;
    for (let round = 0; round < 200; round++) {
      const steps = 1 + int(30);
      const buffers = Array.from({ length: 1 + int(60) }, (_, i) => {
        const first = int(steps);
        // sizes from a few values, so that ties on size (then on first step, then on name) happen
        return buffer(`t${int(1000)}_${i}`, 4 * (1 + int(4)) * (1 + int(8)), first, first + int(Math.min(5, steps - first)));
      });
      const persistent = Array.from({ length: int(4) }, (_, i) => ({ tensor: `state${i}`, size: 8 * (1 + int(6)) }));
      const pools = Array.from({ length: 1 + int(3) }, (_, i) => pool(`p${i}`, 32 * (1 + int(20))));
      if (rand() < 0.3) pools.push(pool('default'));
      const align = [1, 4, 16][int(3)] as number;
      const plan = planWith(buffers, persistent, Number.MAX_SAFE_INTEGER);
      const r = placePools(plan, 0, pools, align);
      expect(r.method).toBe('first-fit');
      const want = reference(plan, pools, align);
      expect({ placements: r.placements(), unplaced: r.unplaced }, `round ${round}`).toEqual(want);
      // each pool's usage, from the placements written out: the highest end and the count of what it holds
      const usage = pools.map((p) => {
        const mine = want.placements.filter((q) => q.pool === p.name);
        return [p.name, mine.reduce((m, q) => Math.max(m, q.offset + q.size), 0), mine.length];
      });
      expect(r.pools.map((u) => [u.name, u.usedBytes, u.buffers]), `round ${round}`).toEqual(usage);
      firstFit++;
      if (r.unplaced.length > 0) someUnplaced++;
    }
    // the rounds reached both outcomes: some buffers found no pool
    expect(firstFit).toBe(200);
    expect(someUnplaced).toBeGreaterThan(20);
    expect(someUnplaced).toBeLessThan(200);
  });
});
