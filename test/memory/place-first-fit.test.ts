/**
 * First fit (memory/place.ts placeInOrder) against its definition, on seeded random request lists
 * with live sets both below and above the 32 where the implementation switches from an insertion
 * sort to Array.prototype.sort: each buffer, placed in order, lands at the lowest offset o >= 0
 * where [o, o + size) meets no earlier-placed buffer alive at a common step. The candidates are 0
 * and the end of each such buffer; the lowest one that fits is the answer (computed here by brute
 * force, independently of the interval walk in place.ts).
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.js';
import { lifetimesOverlap, placeInOrder } from '../../src/memory/place.js';
import type { BufferRequest, PlannedBuffer } from '../../src/memory/types.js';


function requests(seed: number, count: number, span: number): BufferRequest[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const firstStep = Math.floor(r() * 10);
    return { tensor: `t${i}`, kind: 'activation', size: 4 * (1 + Math.floor(r() * 64)), firstStep, lastStep: firstStep + Math.floor(r() * span) };
  });
}

/** The lowest offset free of every earlier buffer alive with `r`. */
function lowestFree(r: BufferRequest, placed: readonly PlannedBuffer[]): number {
  const alive = placed.filter((p) => lifetimesOverlap(p, r));
  const candidates = [0, ...alive.map((p) => p.offset + p.size)].sort((a, b) => a - b);
  const fits = (o: number) => alive.every((p) => o + r.size <= p.offset || o >= p.offset + p.size);
  return candidates.find(fits) ?? Number.NaN;
}

describe('first fit against its definition', () => {
  it.each([
    ['short lifetimes (live sets of a few buffers)', 1, 60, 3],
    ['long lifetimes (live sets of more than 32)', 2, 120, 30],
    ['long lifetimes, another seed', 3, 150, 40],
  ])('%s', (_name, seed, count, span) => {
    const reqs = requests(seed, count, span);
    const order = reqs.map((_, i) => i).sort((a, b) => (reqs[b]?.size ?? 0) - (reqs[a]?.size ?? 0) || a - b);
    const placed = placeInOrder(reqs, order);
    const byName = new Map(placed.map((p) => [p.tensor, p]));
    const before: PlannedBuffer[] = [];
    let widest = 0;
    for (const i of order) {
      const r = reqs[i] as BufferRequest;
      widest = Math.max(widest, before.filter((p) => lifetimesOverlap(p, r)).length);
      expect(byName.get(r.tensor)?.offset, r.tensor).toBe(lowestFree(r, before));
      before.push(byName.get(r.tensor) as PlannedBuffer);
    }
    // the list exercises the sort path it is named for
    expect(widest > 32).toBe(span >= 30);
  });
});
