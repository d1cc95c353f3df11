/**
 * The two placement strategies. Both put the largest buffers first and give each the lowest
 * offset free of every already-placed buffer whose lifetime overlaps; they differ in tie order
 * and, for 'tflm', follow TFLite Micro's GreedyMemoryPlanner step by step.
 */
import type { BufferRequest, PlannedBuffer } from './types.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { bump } from '../arrays.js';

/** A buffer's steps: alive from `firstStep` to `lastStep`, both included. */
export interface Lifetime {
  firstStep: number;
  lastStep: number;
}

export function lifetimesOverlap(a: Lifetime, b: Lifetime): boolean {
  return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}

/**
 * Drops from `live`, in place and in order, the buffers that ended before `step` (no copy, no
 * iterator: sweeps call it once per buffer or per step, 100k times on a 100k-node graph).
 */
export function dropEnded(live: BufferRequest[], step: number): void {
  let kept = 0;
  for (let j = 0; j < live.length; j++) {
    const a = live[j] as BufferRequest;
    if (a.lastStep >= step) live[kept++] = a;
  }
  live.length = kept;
}

/**
 * Pairs of buffers alive at a common step that one plan may have (METRICS.md "Limits"). Every
 * placement walks them (first fit compares a buffer with each placed one alive with it), so they
 * bound its time and the lists' memory: 2,000 buffers alive together make 2 million pairs, planned
 * in about a second; 5,000 made 12.5 million and took 20 s and 700 MiB. The corpus's widest model
 * has 1,259 pairs, a 100k-node chain 333,000.
 */
export const MAX_OVERLAPS = 4_000_000;

/**
 * For each buffer (by request index), the indexes of the others alive at some common step, in one
 * flat list: buffer i's are `others[start[i]]` up to `others[start[i + 1] - 1]`. (A list per
 * buffer held 18 MiB on a 100k-node chain, most of it spare slots; this holds 1.7 MiB.)
 */
export interface OverlapIndex {
  start: Int32Array;
  others: Int32Array;
}

/**
 * The overlap index of `items`. A sweep by first step: two lifetimes overlap iff one starts while
 * the other is alive, so the cost is the sum of the live-set sizes, not n^2. Past MAX_OVERLAPS
 * pairs: E_LIMIT.
 */
export function overlapLists(items: readonly Lifetime[]): OverlapIndex {
  const known = overlapCache.get(items);
  if (known) return known;
  // Stryker disable next-line OptionalChaining: equivalent, a and b are indices of items, so items[a] and items[b] exist
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.firstStep ?? 0) - (items[b]?.firstStep ?? 0));
  // Stryker disable next-line ArrayDeclaration: equivalent, a non-index seed reads no item (lastStep -1) and the first pass drops it
  const active: number[] = [];
  // the pairs as found (alive one, arriving one), two entries each
  let pairs: Int32Array = new Int32Array(1024);
  let n = 0;
  for (const i of order) {
    const x = items[i];
    // Stryker disable next-line ConditionalExpression: equivalent, i is an index of items, so x exists
    if (!x) continue;
    // Drop the buffers that ended before x starts (in place: no array per step).
    let kept = 0;
    // Stryker disable next-line OptionalChaining,UnaryOperator: equivalent, j is an index of items, so the fallback is never read
    for (const j of active) if ((items[j]?.lastStep ?? -1) >= x.firstStep) active[kept++] = j;
    active.length = kept;
    if (n / 2 + kept > MAX_OVERLAPS) throw tooManyOverlaps(kept + 1, x.firstStep);
    if (n + 2 * kept > pairs.length) pairs = grown(pairs, n + 2 * kept);
    for (const j of active) {
      pairs[n++] = j;
      pairs[n++] = i;
    }
    active.push(i);
  }
  const index = indexOfPairs(items.length, pairs, n);
  overlapCache.set(items, index);
  return index;
}

/** `list` copied into one of at least `least` entries (doubling: the copies cost at most the final length). */
function grown(list: Int32Array, least: number): Int32Array {
  const out = new Int32Array(Math.max(least, 2 * list.length));
  out.set(list);
  return out;
}

/** The index of `count` buffers from the first `n` entries of `pairs`; each buffer's others in the order their pairs were found. */
function indexOfPairs(count: number, pairs: Int32Array, n: number): OverlapIndex {
  // pair k is (pairs[2k], pairs[2k + 1]): each end lists the other
  const { start, entries } = listsOfPairs(count, n / 2, (k, side) => pairs[2 * k + side] as number, (k, side) => pairs[2 * k + 1 - side] as number);
  return { start, others: entries };
}

/**
 * Per-item lists from `m` pairs of items, in one flat list: pair k adds `entry(k, 0)` to the list
 * of its end `end(k, 0)` and `entry(k, 1)` to that of `end(k, 1)`; item i's list is `entries[start[i]]`
 * up to `entries[start[i + 1] - 1]`, in pair order.
 */
function listsOfPairs(count: number, m: number, end: (k: number, side: 0 | 1) => number, entry: (k: number, side: 0 | 1) => number): { start: Int32Array; entries: Int32Array } {
  // start[i + 1] counts item i's entries, then the running sum makes it where item i + 1's begin
  const start = new Int32Array(count + 1);
  for (let k = 0; k < m; k++) {
    bump(start, end(k, 0) + 1, 1);
    bump(start, end(k, 1) + 1, 1);
  }
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const next = start.slice(0, count);
  const entries = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    entries[bump(next, end(k, 0), 1) - 1] = entry(k, 0);
    entries[bump(next, end(k, 1), 1) - 1] = entry(k, 1);
  }
  return { start, entries };
}

function tooManyOverlaps(alive: number, step: number): FootprintError {
  return new FootprintError('E_LIMIT', `memory plan: more than ${MAX_OVERLAPS.toLocaleString('en-US')} pairs of activation buffers alive at a common step (${alive.toLocaleString('en-US')} alive at step ${step}), the most a plan may have`);
}

/** The overlap index of one request array (its placements, up to a dozen per plan, share it; requests are never mutated). */
const overlapCache = new WeakMap<readonly Lifetime[], OverlapIndex>();

/** A placed request, its fields in the report's order (the report shares the plan's buffers: analysis/build-report.ts). */
function planned(r: BufferRequest, offset: number): PlannedBuffer {
  return { tensor: r.tensor, kind: r.kind, offset, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep };
}

/**
 * Where a placed buffer forbids the one being placed to start: the open interval (lo, hi). Two
 * plain buffers: (offset - size, offset + placed size). An allowed overlap (memory/streaming.ts)
 * narrows it: an output may start up to `lead` bytes below its input and overlap the rest.
 */
export interface Forbidden { lo: number; hi: number }

/**
 * An allowed overlap (memory/streaming.ts): request `b`, the output, may start up to the rule's
 * `lead` bytes below request `a`, its input, and overlap the rest.
 */
export interface AllowedPair { readonly a: number; readonly b: number; readonly rule: { readonly lead: number } }

/**
 * The allowed overlaps by request, in one flat list: request i's pairs are `pairs[of[k]]` for k
 * from `start[i]` to `start[i + 1] - 1`, in the order of `pairs`. (An object and a list per
 * request and direction held 27 MiB on a 100k-node chain, most of it lists grown to 17 slots for
 * 3 entries; this holds 0.8 MiB beside the pairs.)
 */
export interface Allowances {
  readonly pairs: readonly AllowedPair[];
  readonly start: Int32Array;
  readonly of: Int32Array;
}

/** The allowances of `count` requests (indexes 0 to count - 1) from `pairs`. */
export function indexAllowances(count: number, pairs: readonly AllowedPair[]): Allowances {
  const end = (k: number, side: 0 | 1): number => (side === 0 ? (pairs[k] as AllowedPair).a : (pairs[k] as AllowedPair).b);
  const { start, entries } = listsOfPairs(count, pairs.length, end, (k) => k);
  return { pairs, start, of: entries };
}

/**
 * First fit: walk the forbidden intervals of the placed, simultaneously alive buffers in offset
 * order; take the candidate when it is at or below the next interval's start, else move past that
 * interval (GreedyMemoryPlanner::CalculateOffsetsIfNeeded's loop). Intervals of equal start may be
 * walked in any order: when the candidate fits below their start, the first of them stops the walk
 * at it; when it does not, each of them raises it, to the largest of their ends either way.
 */
export function firstFit(live: Forbidden[], n: number): number {
  // Live sets are small: an insertion sort (Array.prototype.sort allocates a work array per call,
  // which on a 100k-node graph is most of the planner's garbage); a long one is sorted normally.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, both branches sort live[0..n) by lo; the bound only picks the faster one
  if (n > 32) {
    const head = live.slice(0, n).sort((a, b) => a.lo - b.lo);
    for (let i = 0; i < n; i++) live[i] = head[i] as Forbidden;
  } else {
    for (let i = 1; i < n; i++) {
      const e = live[i] as Forbidden;
      let j = i - 1;
      // Stryker disable next-line EqualityOperator: equivalent, intervals with equal lo may be walked in any order (firstFit's header)
      while (j >= 0 && (live[j] as Forbidden).lo > e.lo) {
        live[j + 1] = live[j] as Forbidden;
        j--;
      }
      live[j + 1] = e;
    }
  }
  let candidate = 0;
  for (let i = 0; i < n; i++) {
    const e = live[i] as Forbidden;
    if (candidate <= e.lo) break;
    candidate = Math.max(candidate, e.hi);
  }
  return candidate;
}

/**
 * Sets `into` to the interval where the placed buffer `p` (request j, at `offset`) forbids `r`
 * (request id) to start; the first pair of `id`'s allowances with j narrows it (a loop: no closure
 * per placed pair).
 */
function forbidden(into: Forbidden, r: BufferRequest, p: BufferRequest, offset: number, allow: Allowances | undefined, id: number, j: number): void {
  into.lo = offset - r.size;
  into.hi = offset + p.size;
  if (allow === undefined || allow.pairs.length === 0) return;
  const end = allow.start[id + 1] as number;
  for (let k = allow.start[id] as number; k < end; k++) {
    const pair = allow.pairs[allow.of[k] as number] as AllowedPair;
    // r is the output: it may start at or below offset - lead. r is the input: it starts at or above offset + lead.
    if (pair.b === id && pair.a === j) {
      into.lo = offset - pair.rule.lead;
      return;
    }
    if (pair.a === id && pair.b === j) {
      into.hi = offset + pair.rule.lead;
      return;
    }
  }
}

/**
 * The offset of each request (by index) when they are placed one by one in `order`, each at its
 * first fit; -1 for a request the order leaves out. Plain numbers: a planner tries up to a dozen
 * placements of the same requests and turns only the one it keeps into buffers (plannedAt).
 */
export function offsetsInOrder(requests: readonly BufferRequest[], order: readonly number[], allowances?: Allowances): Float64Array {
  const overlaps = overlapLists(requests);
  const offsets = new Float64Array(requests.length).fill(-1);
  // Reused from one request to the next: placing allocates nothing per pair.
  const live: Forbidden[] = [];
  // (indexed loops: a placement runs once over every request, and for-of allocated iterator results there)
  for (let k = 0; k < order.length; k++) {
    const id = order[k] as number;
    const r = requests[id];
    if (!r) continue;
    let n = 0;
    // the index holds a range per request, and requests[id] exists (above)
    const last = overlaps.start[id + 1] as number;
    for (let o = overlaps.start[id] as number; o < last; o++) {
      const j = overlaps.others[o] as number;
      const at = offsets[j] as number;
      if (at < 0) continue;
      // Stryker disable next-line ConditionalExpression,ObjectLiteral: equivalent, the pool only grows: an extra entry past n is never read, and forbidden() sets every field
      if (n === live.length) live.push({ lo: 0, hi: 0 });
      forbidden(live[n++] as Forbidden, r, requests[j] as BufferRequest, at, allowances, id, j);
    }
    offsets[id] = firstFit(live, n);
  }
  return offsets;
}

/** The buffers of a placement (offsetsInOrder), in request order. */
export function plannedAt(requests: readonly BufferRequest[], offsets: Float64Array): PlannedBuffer[] {
  const out: PlannedBuffer[] = [];
  requests.forEach((r, i) => {
    const at = offsets[i] as number;
    if (at >= 0) out.push(planned(r, at));
  });
  return out;
}

/** The arena a placement (offsetsInOrder) needs: the highest end of a placed request. */
export function arenaAt(requests: readonly BufferRequest[], offsets: Float64Array): number {
  let arena = 0;
  requests.forEach((r, i) => {
    const at = offsets[i] as number;
    if (at >= 0) arena = Math.max(arena, at + r.size);
  });
  return arena;
}

/** Places the requests one by one in `order`, each at its first fit. */
export function placeInOrder(requests: readonly BufferRequest[], order: readonly number[], allowances?: Allowances): PlannedBuffer[] {
  return plannedAt(requests, offsetsInOrder(requests, order, allowances));
}

/** True when two orders list the same requests in the same sequence. */
export function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The placement with the smallest arena among `orders` (the first on ties), as offsets and arena:
 * only the kept one becomes buffers. An order equal to an earlier one, or to one of `placed` (the
 * caller placed those with the same allowances and keeps an arena at most theirs), is not placed
 * again: first fit gives it the same offsets, which cannot be strictly lower (the 100k-node chain:
 * the search's two offset orders are two of ST's four). Undefined when no order is left to place.
 */
export function lowestOffsets(requests: readonly BufferRequest[], orders: readonly (readonly number[])[], allowances?: Allowances, placed: readonly (readonly number[])[] = []): { offsets: Float64Array; arena: number } | undefined {
  let best: { offsets: Float64Array; arena: number } | undefined;
  const done: (readonly number[])[] = [...placed];
  for (const order of orders) {
    if (done.some((d) => sameOrder(d, order))) continue;
    done.push(order);
    const offsets = offsetsInOrder(requests, order, allowances);
    const arena = arenaAt(requests, offsets);
    if (!best || arena < best.arena) best = { offsets, arena };
  }
  return best;
}

/**
 * ST-like first-fit orders, tensors before scratch areas (alive one step each, they fill the gaps
 * the tensors leave): by size descending (ties: first step, then request order; this alone
 * reaches stedgeai's 10,116 B on str_ww_ref_model with -O time, size order with scratch mixed in:
 * 12,932), and by execution order backwards (latest first step first, then size), which lets a
 * streaming layer's output sit below its input. A third order places every buffer by last step
 * backwards, a fourth by lifetime length descending (then size): the longest-lived buffers first,
 * scratch areas among them. ST does not publish its allocator's order: 'st' keeps the lowest of
 * these (an assumption). The fourth was chosen (FITTED) on ST's own layouts of 87 public
 * c_info.json files (test/memory/st-layouts.test.ts: ST's arena reached exactly on 45 of them
 * with three orders, 59 with four) and checked end to end by `npm run bench`.
 */
export function stOrders(requests: readonly BufferRequest[]): readonly (readonly number[])[] {
  const known = stOrderCache.get(requests);
  if (known) return known;
  const late = (r: BufferRequest) => (r.kind === 'scratch' ? 1 : 0);
  // ties keep request order: the ids start in it and Array.prototype.sort is stable (ES2019)
  const ids = requests.map((_, i) => i);
  const at = (i: number) => requests[i] as BufferRequest;
  const orders = [
    [...ids].sort((a, b) => late(at(a)) - late(at(b)) || at(b).size - at(a).size || at(a).firstStep - at(b).firstStep),
    [...ids].sort((a, b) => late(at(a)) - late(at(b)) || at(b).firstStep - at(a).firstStep || at(b).size - at(a).size),
    [...ids].sort((a, b) => at(b).lastStep - at(a).lastStep || at(b).size - at(a).size),
    [...ids].sort((a, b) => at(b).lastStep - at(b).firstStep - (at(a).lastStep - at(a).firstStep) || at(b).size - at(a).size),
  ];
  stOrderCache.set(requests, orders);
  return orders;
}

/** The orders of one request array (placeSt and the search ask for them; requests are never mutated). */
const stOrderCache = new WeakMap<readonly BufferRequest[], readonly (readonly number[])[]>();

/** The arena a placement needs. */
export function arenaOf(buffers: readonly PlannedBuffer[]): number {
  return buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
}

/** Places `requests` in each order and keeps the placement with the smallest arena (first on ties). */
export function placeLowest(requests: readonly BufferRequest[], orders: readonly (readonly number[])[], allowances?: Allowances): PlannedBuffer[] {
  const best = lowestOffsets(requests, orders, allowances);
  return best ? plannedAt(requests, best.offsets) : [];
}

/** ST-like: the lowest of stOrders (with overlaps when allowed); only the first (size) order when `single`. */
export function placeSt(requests: readonly BufferRequest[], allowances?: Allowances, single = false): PlannedBuffer[] {
  const orders = stOrders(requests);
  return placeLowest(requests, single ? orders.slice(0, 1) : orders, allowances);
}

/**
 * TFLM: buffers are listed in reverse of the order they were added, then stably sorted by size
 * descending (ReverseSortInPlace), so equal sizes go latest-added first; the first lands at 0.
 */
export function placeTflm(requests: readonly BufferRequest[]): PlannedBuffer[] {
  return placeInOrder(requests, tflmOrder(requests));
}

/** TFLite Micro's placement order of `requests` (placeTflm). */
export function tflmOrder(requests: readonly BufferRequest[]): number[] {
  const order = requests.map((_, i) => i).reverse();
  // Stryker disable next-line OptionalChaining: equivalent, a and b are indices of requests
  order.sort((a, b) => (requests[b]?.size ?? 0) - (requests[a]?.size ?? 0));
  return order;
}
