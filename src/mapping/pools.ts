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
  placements: PlacedInPool[];
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
function placeActivations(plan: MemoryPlan, actPools: readonly Pool[], alignment: number, placements: PlacedInPool[], unplaced: PoolsResult['unplaced']): void {
  const buffers = plan.buffers;
  const nb = buffers.length;
  const items: Item[] = [...buffers, ...plan.persistent.map((p) => ({ tensor: p.tensor, kind: 'persistent' as const, size: p.size }))];
  // a persistent tensor is alive before the first step and after the last: it sorts as first step -1
  const first = (i: number): number => (i < nb ? (buffers[i] as PlannedBuffer).firstStep : -1);
  const at = (i: number): Item => items[i] as Item;
  const order = items.map((_, i) => i).sort((a, b) => at(b).size - at(a).size || first(a) - first(b) || at(a).tensor.localeCompare(at(b).tensor));
  const overlaps = overlapLists(buffers);
  const np = items.length - nb;
  // a persistent tensor meets every buffer and every other persistent tensor
  const pairs = overlaps.others.length / 2 + np * nb + (np * (np - 1)) / 2;
  if (pairs > MAX_OVERLAPS) throw tooManyPairs(np, nb);
  // per item: its pool's index in actPools (-1: not placed yet, or in none) and its offset there
  const poolOf = new Int32Array(items.length).fill(-1);
  const offsetOf = new Float64Array(items.length);
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
    placements.push({ tensor: it.tensor, kind: it.kind, pool: pool.name, offset, size: it.size });
  }
}

function tooManyPairs(persistent: number, buffers: number): FootprintError {
  return new FootprintError('E_LIMIT', `memory pools: more than ${thousands(MAX_OVERLAPS)} pairs of buffers alive at a common step (${thousands(persistent)} persistent tensors, alive at every step, with ${thousands(buffers)} activation buffers), the most a placement may have`);
}

/** Places activations (from the MemoryPlan) and weights into the target's pools. */
export function placePools(plan: MemoryPlan, weights: number | readonly WeightSegment[], pools: readonly Pool[], alignment = 4): PoolsResult {
  const placements: PlacedInPool[] = [];
  const unplaced: PoolsResult['unplaced'] = [];
  const actPools = pools.filter((p) => p.use.includes('activations'));
  const first = actPools[0];
  const keep = first !== undefined && plan.persistent.length === 0 && plan.arenaBytes <= usableBytes(first);
  if (keep) {
    for (const b of plan.buffers) placements.push({ tensor: b.tensor, kind: b.kind, pool: first.name, offset: b.offset, size: b.size });
  } else placeActivations(plan, actPools, alignment, placements, unplaced);

  const segments = typeof weights === 'number' ? (weights > 0 ? [{ name: 'weights', size: weights }] : []) : weights;
  const wPools = pools.filter((p) => p.use.includes('weights'));
  const fill = new Map<string, number>();
  for (const s of segments) {
    const home = wPools.find((p) => alignUp(fill.get(p.name) ?? 0, alignment) + s.size <= usableBytes(p));
    if (!home) {
      if (wPools.length > 0) unplaced.push({ tensor: s.name, size: s.size, kind: 'weights' });
      continue;
    }
    const off = alignUp(fill.get(home.name) ?? 0, alignment);
    fill.set(home.name, off + s.size);
    placements.push({ tensor: s.name, kind: 'weights', pool: home.name, offset: off, size: s.size });
  }

  const usage = pools.map((p): PoolUsage => {
    const mine = placements.filter((x) => x.pool === p.name);
    const used = mine.reduce((m, x) => Math.max(m, x.offset + x.size), 0);
    const usable = usableBytes(p);
    const u: PoolUsage = {
      name: p.name, access: p.access, external: p.external === true, holds: [...p.use],
      usableBytes: Number.isFinite(usable) ? usable : null,
      usedBytes: used,
      percent: Number.isFinite(usable) && usable > 0 ? Math.round((used / usable) * 1000) / 10 : null,
      buffers: mine.length,
    };
    if (p.address !== undefined) u.address = p.address;
    return u;
  });
  // an external pool holding activations (a read-only pool cannot: src/targets/validate-pool.ts)
  const spills = usage.filter((u) => u.external && placements.some((x) => x.pool === u.name && x.kind !== 'weights'));
  const spillPools = spills.map((u) => u.name);
  const warnings: string[] = [];
  for (const u of spills) {
    warnings.push(`activations spill to external memory ${u.name} (${binarySize(u.usedBytes)}): the internal pools are too small; expect slower inference.`);
  }
  append(warnings, unplacedWarnings(unplaced));
  return { method: keep ? 'plan-offsets' : 'first-fit', pools: usage, placements, unplaced, spilled: spillPools.length > 0, spillPools, warnings };
}


/**
 * The most unplaced buffers of one kind (weight or activation) warned about one by one: beyond,
 * one warning names the first UNPLACED_NAMED and counts the rest (a 100k-layer chain's weights
 * overflowing the flash made 92,719 warning lines); `unplaced` still lists every one.
 */
export const UNPLACED_NAMED = NAMED_BEFORE_COUNTING;

function unplacedWarnings(unplaced: PoolsResult['unplaced']): string[] {
  const out: string[] = [];
  for (const family of ['activation', 'weight'] as const) {
    const mine = unplaced.filter((x) => (x.kind === 'weights') === (family === 'weight'));
    const named = mine.slice(0, UNPLACED_NAMED).map((x) => `${x.kind} '${x.tensor}' (${binarySize(x.size)})`);
    if (mine.length <= UNPLACED_NAMED) {
      for (const n of named) out.push(`${n} fits in no ${family} pool.`);
      continue;
    }
    const bytes = mine.reduce((s, x) => s + x.size, 0);
    out.push(`${thousands(mine.length)} ${family === 'weight' ? 'weight segments' : 'activation buffers'} (${binarySize(bytes)}) fit in no ${family} pool: ${named.join(', ')} and ${thousands(mine.length - UNPLACED_NAMED)} more (the JSON report's pools.unplaced lists every one).`);
  }
  return out;
}
