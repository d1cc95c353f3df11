/**
 * Memory-pool placement (TARGETS.md "Memory pools").
 *
 * Method, activations: when the whole activations buffer of the MemoryPlan fits the first
 * activation pool, the plan's offsets are kept as they are. Otherwise every planned buffer (and
 * each persistent state tensor, alive for the whole run) is placed again, largest first (ties:
 * earlier first step), into the first pool in preference order where a first-fit offset exists:
 * the lowest aligned offset that overlaps no buffer of that pool alive at the same time and ends
 * within the pool's usable size. A buffer no pool can hold is listed in `unplaced`. I/O buffers
 * the plan keeps outside the activations (ioInsideActivations false) are user memory: not placed.
 * Method, weights: weight segments (or one blob) fill the weight pools in order, first fit.
 */
import type { MemoryPlan, PlannedBuffer } from '../memory/types.js';
import { MAX_OVERLAPS, firstFit, overlapLists, type Forbidden } from '../memory/place.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { alignUp } from '../metrics/weights.js';
import type { Pool } from '../targets/types.js';
import { usableBytes } from '../targets/validate-pool.js';
import { binarySize, thousands } from '../units/format.js';
import { append } from '../arrays.js';
import { NAMED_BEFORE_COUNTING } from '../diagnostics/listing.js';
import { compareNames } from '../ir/names.js';
import { familyOf, familyUnit } from './family.js';

export interface PlacedInPool {
  tensor: string;
  kind: 'activation' | 'input' | 'output' | 'scratch' | 'persistent' | 'weights';
  pool: string;
  offset: number;
  size: number;
}

export interface PoolUsage {
  name: string;
  address?: number;
  access: 'rw' | 'ro';
  external: boolean;
  holds: ('activations' | 'weights')[];
  /** null for an unbounded pool. */
  usableBytes: number | null;
  usedBytes: number;
  /** used / usable * 100 (one decimal); null for an unbounded pool. */
  percent: number | null;
  buffers: number;
}

export interface PoolsResult {
  method: 'plan-offsets' | 'first-fit';
  pools: PoolUsage[];
  /**
   * Where each buffer and weight segment went, in the order they were placed (activations, then
   * weights), made when asked: the analysis reads only the usage above, and a 100k-layer chain's
   * list was 100k objects held to the end of the analysis (8 MiB).
   */
  placements(): PlacedInPool[];
  /** Buffers no pool could hold. */
  unplaced: { tensor: string; size: number; kind: PlacedInPool['kind'] }[];
  /** True when any activation landed in an external pool (PSRAM): slower inference. */
  spilled: boolean;
  spillPools: string[];
  /** Sentences for the report (spill, buffers that fit nowhere). */
  warnings: string[];
}

export interface WeightSegment {
  name: string;
  size: number;
}

interface Item {
  tensor: string;
  kind: PlacedInPool['kind'];
  size: number;
}

/**
 * The plan's buffers, then its persistent tensors (alive for the whole run), in the order they
 * are placed: largest first, then earlier first step, then name. A buffer is compared only with
 * the placed ones alive with it (the plan's overlap index, memory/place.ts): each placement used
 * to scan every buffer already in the pool, and a 100k-node chain spilling its first pool took
 * more than 5 minutes. The pairs compared are bounded as the plan's (MAX_OVERLAPS): past it, E_LIMIT.
 */
function placeActivations(plan: MemoryPlan, actPools: readonly Pool[], alignment: number, unplaced: PoolsResult['unplaced']): Placed {
  const buffers = plan.buffers;
  const nb = buffers.length;
  const items: Item[] = [...buffers, ...plan.persistent.map((p) => ({ tensor: p.tensor, kind: 'persistent' as const, size: p.size }))];
  // a persistent tensor is alive before the first step and after the last: it sorts as first step -1
  const first = (i: number): number => (i < nb ? (buffers[i] as PlannedBuffer).firstStep : -1);
  const at = (i: number): Item => items[i] as Item;
  const order = items.map((_, i) => i).sort((a, b) => at(b).size - at(a).size || first(a) - first(b) || compareNames(at(a).tensor, at(b).tensor));
  const overlaps = overlapLists(buffers);
  const np = items.length - nb;
  // a persistent tensor meets every buffer and every other persistent tensor
  const pairs = overlaps.others.length / 2 + np * nb + (np * (np - 1)) / 2;
  if (pairs > MAX_OVERLAPS) throw tooManyPairs(np, nb);
  // per item: its pool's index in actPools (-1: not placed yet, or in none) and its offset there
  const poolOf = new Int32Array(items.length).fill(-1);
  const offsetOf = new Float64Array(items.length);
  // the items placed, in the order they were
  const placedOrder: number[] = [];
  // the persistent items placed in each pool: alive with every buffer
  const persistentIn: number[][] = actPools.map(() => []);
  const live: Forbidden[] = [];
  let n = 0;
  const forbid = (it: Item, j: number): void => {
    if (n === live.length) live.push({ lo: 0, hi: 0 });
    const e = live[n++] as Forbidden;
    // it fits below j iff it ends at or below j's offset; above j, at j's aligned end
    e.lo = (offsetOf[j] as number) - it.size;
    e.hi = alignUp((offsetOf[j] as number) + at(j).size, alignment);
  };
  /** Fills `live` with where item i may not start in pool p (the items placed there alive with it); returns their count. */
  const forbiddenIn = (i: number, p: number): number => {
    const it = at(i);
    n = 0;
    if (i >= nb) {
      for (let j = 0; j < items.length; j++) if (poolOf[j] === p) forbid(it, j);
      return n;
    }
    const last = overlaps.start[i + 1] as number;
    for (let o = overlaps.start[i] as number; o < last; o++) {
      const j = overlaps.others[o] as number;
      if (poolOf[j] === p) forbid(it, j);
    }
    for (const j of persistentIn[p] as number[]) forbid(it, j);
    return n;
  };
  for (const i of order) {
    const it = at(i);
    // the first pool with a first-fit offset that ends within its usable size
    let p = 0;
    let offset = 0;
    for (; p < actPools.length; p++) {
      offset = firstFit(live, forbiddenIn(i, p));
      if (offset + it.size <= usableBytes(actPools[p] as Pool)) break;
    }
    const pool = actPools[p];
    if (pool === undefined) {
      unplaced.push({ tensor: it.tensor, size: it.size, kind: it.kind });
      continue;
    }
    poolOf[i] = p;
    offsetOf[i] = offset;
    if (i >= nb) (persistentIn[p] as number[]).push(i);
    placedOrder.push(i);
  }
  return placedFrom(at, (i) => at(i).size, placedOrder, poolOf, offsetOf);
}

/** A placement run's items: `order` lists them in the order placed, `poolOf` and `offsetOf` by item. */
function placedFrom(item: (i: number) => Item, size: (i: number) => number, order: readonly number[], poolOf: Int32Array, offsetOf: Float64Array): Placed {
  return { item, size, count: order.length, at: (k) => order[k] as number, pool: (i) => poolOf[i] as number, offset: (i) => offsetOf[i] as number };
}

/**
 * Placed items without an object per placement: the k-th placed is item `at(k)`, in pool
 * `pool(i)` (an index in the list placed into) at `offset(i)`. `size(i)` is `item(i).size`
 * without the item: a weight segment's item is made only when the placements are listed.
 */
interface Placed {
  item(i: number): Item;
  size(i: number): number;
  count: number;
  at(k: number): number;
  pool(i: number): number;
  offset(i: number): number;
}

function tooManyPairs(persistent: number, buffers: number): FootprintError {
  return new FootprintError('E_LIMIT', `memory pools: more than ${thousands(MAX_OVERLAPS)} pairs of buffers alive at a common step (${thousands(persistent)} persistent tensors, alive at every step, with ${thousands(buffers)} activation buffers), the most a placement may have`);
}

/** Places activations (from the MemoryPlan) and weights into the target's pools. */
export function placePools(plan: MemoryPlan, weights: number | readonly WeightSegment[], pools: readonly Pool[], alignment = 4): PoolsResult {
  const unplaced: PoolsResult['unplaced'] = [];
  const actPools = pools.filter((p) => p.use.includes('activations'));
  const first = actPools[0];
  const keep = first !== undefined && plan.persistent.length === 0 && plan.arenaBytes <= usableBytes(first);
  // kept: every buffer at its plan offset in the first pool
  const acts: Placed = keep
    ? { item: (i) => plan.buffers[i] as PlannedBuffer, size: (i) => (plan.buffers[i] as PlannedBuffer).size, count: plan.buffers.length, at: (k) => k, pool: () => 0, offset: (i) => (plan.buffers[i] as PlannedBuffer).offset }
    : placeActivations(plan, actPools, alignment, unplaced);
  const segments = typeof weights === 'number' ? (weights > 0 ? [{ name: 'weights', size: weights }] : []) : weights;
  const wPools = pools.filter((p) => p.use.includes('weights'));
  const wts = placeWeights(segments, wPools, alignment, unplaced);

  // per pool of `pools`: the highest end of what it holds, how many items, and whether an activation
  const used = new Float64Array(pools.length);
  const count = new Int32Array(pools.length);
  const holdsActivation = new Uint8Array(pools.length);
  const tally = (placed: Placed, within: readonly Pool[], activation: boolean): void => {
    const index = within.map((p) => pools.indexOf(p));
    for (let k = 0; k < placed.count; k++) {
      const i = placed.at(k);
      const p = index[placed.pool(i)] as number;
      used[p] = Math.max(used[p] as number, placed.offset(i) + placed.size(i));
      count[p] = (count[p] as number) + 1;
      if (activation) holdsActivation[p] = 1;
    }
  };
  tally(acts, actPools, true);
  tally(wts, wPools, false);
  const usage = pools.map((p, k): PoolUsage => {
    const usable = usableBytes(p);
    const u: PoolUsage = {
      name: p.name, access: p.access, external: p.external === true, holds: [...p.use],
      usableBytes: Number.isFinite(usable) ? usable : null,
      usedBytes: used[k] as number,
      percent: Number.isFinite(usable) && usable > 0 ? Math.round(((used[k] as number) / usable) * 1000) / 10 : null,
      buffers: count[k] as number,
    };
    if (p.address !== undefined) u.address = p.address;
    return u;
  });
  // an external pool holding activations (a read-only pool cannot: src/targets/validate-pool.ts)
  const spills = usage.filter((u, k) => u.external && holdsActivation[k] === 1);
  const spillPools = spills.map((u) => u.name);
  const warnings: string[] = [];
  for (const u of spills) {
    warnings.push(`activations spill to external memory ${u.name} (${binarySize(u.usedBytes)}): the internal pools are too small; expect slower inference.`);
  }
  append(warnings, unplacedWarnings(unplaced));
  const placements = (): PlacedInPool[] => [...listed(acts, actPools), ...listed(wts, wPools)];
  return { method: keep ? 'plan-offsets' : 'first-fit', pools: usage, placements, unplaced, spilled: spillPools.length > 0, spillPools, warnings };
}

/** Weight segments (or one blob) into the weight pools in order, each at the first pool it fits after what that pool holds. */
function placeWeights(segments: readonly WeightSegment[], wPools: readonly Pool[], alignment: number, unplaced: PoolsResult['unplaced']): Placed {
  const fill = new Float64Array(wPools.length);
  const poolOf = new Int32Array(segments.length).fill(-1);
  const offsetOf = new Float64Array(segments.length);
  const placedOrder: number[] = [];
  segments.forEach((s, i) => {
    const home = wPools.findIndex((p, k) => alignUp(fill[k] as number, alignment) + s.size <= usableBytes(p));
    if (home < 0) {
      if (wPools.length > 0) unplaced.push({ tensor: s.name, size: s.size, kind: 'weights' });
      return;
    }
    const off = alignUp(fill[home] as number, alignment);
    fill[home] = off + s.size;
    poolOf[i] = home;
    offsetOf[i] = off;
    placedOrder.push(i);
  });
  const item = (i: number): Item => {
    const s = segments[i] as WeightSegment;
    return { tensor: s.name, kind: 'weights', size: s.size };
  };
  return placedFrom(item, (i) => (segments[i] as WeightSegment).size, placedOrder, poolOf, offsetOf);
}

/** The placements of `placed`, in the order they were made. */
function listed(placed: Placed, within: readonly Pool[]): PlacedInPool[] {
  const out: PlacedInPool[] = [];
  for (let k = 0; k < placed.count; k++) {
    const i = placed.at(k);
    const it = placed.item(i);
    out.push({ tensor: it.tensor, kind: it.kind, pool: (within[placed.pool(i)] as Pool).name, offset: placed.offset(i), size: it.size });
  }
  return out;
}

/**
 * The most unplaced buffers of one kind (weight or activation) warned about one by one: beyond,
 * one warning names the first UNPLACED_NAMED and counts the rest (a 100k-layer chain's weights
 * overflowing the flash made 92,719 warning lines); `unplaced` still lists every one.
 */
export const UNPLACED_NAMED = NAMED_BEFORE_COUNTING;

function unplacedWarnings(unplaced: PoolsResult['unplaced']): string[] {
  const out: string[] = [];
  for (const holds of ['activations', 'weights'] as const) {
    const family = holds === 'weights' ? 'weight' : 'activation';
    const mine = unplaced.filter((x) => familyOf(x.kind) === holds);
    const named = mine.slice(0, UNPLACED_NAMED).map((x) => `${x.kind} '${x.tensor}' (${binarySize(x.size)})`);
    if (mine.length <= UNPLACED_NAMED) {
      for (const n of named) out.push(`${n} fits in no ${family} pool.`);
      continue;
    }
    const bytes = mine.reduce((s, x) => s + x.size, 0);
    out.push(`${thousands(mine.length)} ${familyUnit(holds)}s (${binarySize(bytes)}) fit in no ${family} pool: ${named.join(', ')} and ${thousands(mine.length - UNPLACED_NAMED)} more (the JSON report's pools.unplaced lists every one).`);
  }
  return out;
}
