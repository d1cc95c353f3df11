/**
 * The two placement strategies. Both put the largest buffers first and give each the lowest
 * offset free of every already-placed buffer whose lifetime overlaps; they differ in tie order
 * and, for 'tflm', follow TFLite Micro's GreedyMemoryPlanner step by step.
 */
import type { BufferRequest, PlannedBuffer } from './types.js';

export function lifetimesOverlap(a: BufferRequest, b: BufferRequest): boolean {
  return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}

/**
 * For each buffer, the indexes of the others alive at some common step. A sweep by first step:
 * two lifetimes overlap iff one starts while the other is alive, so the cost is the sum of the
 * live-set sizes, not n^2.
 */
export function overlapLists(items: readonly BufferRequest[]): number[][] {
  const lists: number[][] = items.map(() => []);
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.firstStep ?? 0) - (items[b]?.firstStep ?? 0));
  let active: number[] = [];
  for (const i of order) {
    const x = items[i];
    if (!x) continue;
    active = active.filter((j) => (items[j]?.lastStep ?? -1) >= x.firstStep);
    for (const j of active) {
      lists[i]?.push(j);
      lists[j]?.push(i);
    }
    active.push(i);
  }
  return lists;
}

function planned(r: BufferRequest, offset: number): PlannedBuffer {
  return { tensor: r.tensor, kind: r.kind, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep, offset };
}

/**
 * First fit: walk the placed, simultaneously alive buffers in offset order (ties: placement
 * order, as TFLM's offset-sorted list keeps them) and take the first gap after the furthest end
 * seen so far that holds `size` bytes (GreedyMemoryPlanner::CalculateOffsetsIfNeeded's loop).
 */
function firstFit(size: number, live: { offset: number; size: number; seq: number }[]): number {
  live.sort((a, b) => a.offset - b.offset || a.seq - b.seq);
  let candidate = 0;
  for (const e of live) {
    if (e.offset - candidate >= size) break;
    candidate = Math.max(candidate, e.offset + e.size);
  }
  return candidate;
}

function placeInOrder(requests: readonly BufferRequest[], order: readonly number[]): PlannedBuffer[] {
  const overlaps = overlapLists(requests);
  const result: (PlannedBuffer | undefined)[] = new Array<PlannedBuffer | undefined>(requests.length).fill(undefined);
  const seqOf = new Array<number>(requests.length).fill(-1);
  order.forEach((id, seq) => {
    const r = requests[id];
    if (!r) return;
    const live: { offset: number; size: number; seq: number }[] = [];
    for (const j of overlaps[id] ?? []) {
      const p = result[j];
      if (p) live.push({ offset: p.offset, size: p.size, seq: seqOf[j] ?? 0 });
    }
    result[id] = planned(r, firstFit(r.size, live));
    seqOf[id] = seq;
  });
  return result.filter((b): b is PlannedBuffer => b !== undefined);
}

/**
 * ST-like: tensors first, then scratch areas (alive one step each, they fill the gaps the
 * tensors leave); each group by size descending, ties by first step, then request order.
 * Scratch last reaches stedgeai's 10,116 B on str_ww_ref_model (size order alone: 12,932).
 */
export function placeSt(requests: readonly BufferRequest[]): PlannedBuffer[] {
  const late = (r: BufferRequest) => (r.kind === 'scratch' ? 1 : 0);
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => late(a.r) - late(b.r) || b.r.size - a.r.size || a.r.firstStep - b.r.firstStep || a.i - b.i)
    .map((x) => x.i);
  return placeInOrder(requests, order);
}

/**
 * TFLM: buffers are listed in reverse of the order they were added, then stably sorted by size
 * descending (ReverseSortInPlace), so equal sizes go latest-added first; the first lands at 0.
 */
export function placeTflm(requests: readonly BufferRequest[]): PlannedBuffer[] {
  const order = requests.map((_, i) => i).reverse();
  order.sort((a, b) => (requests[b]?.size ?? 0) - (requests[a]?.size ?? 0));
  return placeInOrder(requests, order);
}
