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
import type { MemoryPlan } from '../memory/types.js';
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
  first: number;
  last: number;
}

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** An item placed in a pool, at its offset. */
interface Placed extends Item {
  offset: number;
}

function firstFit(item: Item, inPool: readonly Placed[], limit: number, align: number): number | undefined {
  const live = inPool.filter((o) => o.first <= item.last && item.first <= o.last).sort((a, b) => a.offset - b.offset);
  let off = 0;
  for (const o of live) {
    if (off + item.size <= o.offset) break;
    off = Math.max(off, alignUp(o.offset + o.size, align));
  }
  return off + item.size <= limit ? off : undefined;
}

function activationItems(plan: MemoryPlan): Item[] {
  const maxStep = plan.buffers.reduce((m, b) => Math.max(m, b.lastStep), 0);
  return [
    ...plan.buffers.map((b) => ({ tensor: b.tensor, kind: b.kind, size: b.size, first: b.firstStep, last: b.lastStep })),
    ...plan.persistent.map((p) => ({ tensor: p.tensor, kind: 'persistent' as const, size: p.size, first: -1, last: maxStep + 1 })),
  ];
}

/** Places activations (from the MemoryPlan) and weights into the target's pools. */
export function placePools(plan: MemoryPlan, weights: number | readonly WeightSegment[], pools: readonly Pool[], alignment = 4): PoolsResult {
  const placements: PlacedInPool[] = [];
  const unplaced: PoolsResult['unplaced'] = [];
  const actPools = pools.filter((p) => p.use.includes('activations'));
  const items = activationItems(plan);
  const first = actPools[0];
  const keep = first !== undefined && plan.persistent.length === 0 && plan.arenaBytes <= usableBytes(first);
  if (keep) {
    for (const b of plan.buffers) placements.push({ tensor: b.tensor, kind: b.kind, pool: first.name, offset: b.offset, size: b.size });
  } else {
    // Stryker disable next-line ArrayDeclaration: equivalent, a filler string in a pool's list has no lifetime, so it is never live with an item
    const byPool = actPools.map((pool) => ({ pool, placed: [] as Placed[] }));
    const order = [...items].sort((a, b) => b.size - a.size || a.first - b.first || a.tensor.localeCompare(b.tensor));
    for (const it of order) {
      const home = byPool.find(({ pool, placed }) => {
        const off = firstFit(it, placed, usableBytes(pool), alignment);
        if (off === undefined) return false;
        placed.push({ ...it, offset: off });
        placements.push({ tensor: it.tensor, kind: it.kind, pool: pool.name, offset: off, size: it.size });
        return true;
      });
      if (!home) unplaced.push({ tensor: it.tensor, size: it.size, kind: it.kind });
    }
  }

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
