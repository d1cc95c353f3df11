/**
 * A literal transcription of TFLM's GreedyMemoryPlanner::CalculateOffsetsIfNeeded (linked list
 * sorted by offset, ReverseSortInPlace bubble sort) used as an oracle for placeTflm.
 */
import { describe, expect, it } from 'vitest';
import { placeTflm } from '../../src/memory/place.js';
import type { BufferRequest } from '../../src/memory/types.js';
import { prng } from '../helpers/prng.js';

interface Entry { offset: number; req: number; next: number }

function tflmOracle(reqs: BufferRequest[]): number[] {
  const n = reqs.length;
  const offsets = new Array<number>(n).fill(-1);
  if (n === 0) return offsets;
  const sizes: number[] = [];
  const ids: number[] = [];
  let tail = n;
  for (let i = 0; i < n; i++) {
    tail--;
    sizes[tail] = reqs[i]?.size ?? 0;
    ids[tail] = i;
  }
  let swapped: boolean;
  do { // ReverseSortInPlace
    swapped = false;
    for (let i = 1; i < n; i++) {
      if ((sizes[i - 1] ?? 0) < (sizes[i] ?? 0)) {
        [sizes[i - 1], sizes[i]] = [sizes[i] ?? 0, sizes[i - 1] ?? 0];
        [ids[i - 1], ids[i]] = [ids[i] ?? 0, ids[i - 1] ?? 0];
        swapped = true;
      }
    }
  } while (swapped);
  const list: Entry[] = [{ offset: 0, req: ids[0] ?? 0, next: -1 }];
  let first = 0;
  offsets[ids[0] ?? 0] = 0;
  const overlaps = (e: Entry, r: BufferRequest) => {
    const q = reqs[e.req];
    return q !== undefined && !(q.firstStep > r.lastStep) && !(r.firstStep > q.lastStep);
  };
  const nextActive = (start: number, r: BufferRequest): number => {
    let c = start === -1 ? first : (list[start]?.next ?? -1);
    while (c !== -1) {
      const e = list[c];
      if (!e) return -1;
      if (overlaps(e, r)) return c;
      c = e.next;
    }
    return -1;
  };
  for (let i = 1; i < n; i++) {
    const id = ids[i] ?? 0;
    const r = reqs[id];
    if (!r) continue;
    let candidate = 0;
    let prior = -1;
    for (;;) {
      const next = nextActive(prior, r);
      if (prior !== -1) {
        const p = list[prior];
        if (p) candidate = Math.max(candidate, p.offset + (reqs[p.req]?.size ?? 0));
      }
      if (next === -1) break;
      if ((list[next]?.offset ?? 0) - candidate >= r.size) break;
      prior = next;
    }
    offsets[id] = candidate;
    const idx = list.length;
    list.push({ offset: candidate, req: id, next: -1 });
    const head = list[first];
    if (head && head.offset > candidate) {
      const e = list[idx];
      if (e) e.next = first;
      first = idx;
    } else {
      let cur = first;
      for (;;) {
        const c = list[cur];
        if (!c) break;
        const nx = c.next === -1 ? undefined : list[c.next];
        if (!nx || nx.offset > candidate) {
          const e = list[idx];
          if (e) e.next = c.next;
          c.next = idx;
          break;
        }
        cur = c.next;
      }
    }
  }
  return offsets;
}


describe('placeTflm equals a literal transcription of TFLM', () => {
  it('on 300 random request sets (many equal sizes)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = prng(seed);
      const reqs: BufferRequest[] = Array.from({ length: 1 + Math.floor(rnd() * 30) }, (_, i) => {
        const first = Math.floor(rnd() * 12);
        return { tensor: `t${i}`, kind: 'activation', size: 16 * (1 + Math.floor(rnd() * 6)), firstStep: first, lastStep: first + Math.floor(rnd() * 5) };
      });
      expect(placeTflm(reqs).map((b) => b.offset), `seed ${seed}`).toEqual(tflmOracle(reqs));
    }
  });
});
