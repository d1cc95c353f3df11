/**
 * The 'best' planner (METRICS.md "Activations", best): the lowest arena found over several
 * execution orders and several offset orders, with streaming overlap and pad folding.
 * - Execution orders: the graph's; one that minimises the peak of live bytes, exact (dynamic
 *   programming over the sets of executed nodes, as Serenity and HMCOS do) while the number of
 *   such sets stays under MAX_STATES, else a greedy one (run the ready node that leaves the fewest
 *   live bytes). A graph with only one order (onlyOrder: a sequential model) is not searched.
 * - Offset orders, each placed first-fit: ST's four (memory/place.ts stOrders, the longest
 *   lifetime first among them), size only, most conflicts first, TFLite Micro's.
 * Every candidate is checked by planMemory; the search is bounded, so planning stays linear-ish.
 */
import type { Graph, Node } from '../ir/graph.js';
import { outerReads } from '../passes/graph-edit.js';
import type { Requests } from './lifetimes.js';
import { arenaAt, arenaOf, lowestOffsets, offsetsInOrder, overlapLists, plannedAt, placeSt, stOrders, tflmOrder } from './place.js';
import type { BufferRequest, PlannedBuffer } from './types.js';
import { MinHeap } from '../passes/min-heap.js';
import { bump } from '../arrays.js';
import { producersOf } from '../ir/producers.js';

/** Bound on the exact search: the number of distinct executed-node sets it may visit. */
export const MAX_STATES = 20_000;
/** Graphs larger than this skip the exact search. */
export const MAX_EXACT_NODES = 120;

type Collect = (order?: readonly number[]) => Requests;

interface Costs {
  /** Per node: the bytes of the tensors it produces that need a buffer. */
  out: number[];
  /** Per node: scratch bytes while it runs. */
  scratch: number[];
  /** Per node: the tensors it reads (request ids). */
  reads: number[][];
  size: number[];
  /** Per tensor: the readers still to run before it can be freed (including a virtual end reader for graph outputs). */
  readers: number[];
  preds: number[][];
  /** Per node: the nodes that depend on it (preds reversed). */
  succ: number[][];
}

/**
 * What orders a node after others, for costs() and onlyOrder alike: its inputs, then the outer
 * tensors its nested graphs read. Dependencies come from these names, not from the buffers: a
 * tensor without a buffer (0 bytes, unsized) still orders its producer before its readers.
 */
function orderingReads(node: Node): readonly string[] {
  return node.subgraphs ? [...node.inputs, ...outerReads(node)] : node.inputs;
}

/**
 * The ids of `names` (`idOf`; a name without one is left out), each once: `stamp[id]` holds the
 * list, plus one, that last took the id (`list`: a node's index), so no set is made per list.
 */
function idsOnce(names: readonly string[], idOf: (name: string) => number | undefined, stamp: Int32Array, list: number): number[] {
  const out: number[] = [];
  for (const x of names) {
    const t = idOf(x);
    if (t === undefined || stamp[t] === list + 1) continue;
    stamp[t] = list + 1;
    out.push(t);
  }
  return out;
}

function costs(graph: Graph, req: Requests): Costs {
  const id = new Map<string, number>();
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry before the first request's is no request's id (ids count from the list's length)
  const size: number[] = [];
  req.requests.forEach((r) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a scratch name (`node#...`) is no node's input or output: as a tensor no node writes or reads, it would count nowhere
    if (r.kind === 'scratch') return;
    id.set(r.tensor, size.length);
    size.push(r.size);
  });
  const aliasOf = new Map(req.folded.map((f) => [f.output, f.input]));
  const writers = producersOf(graph);
  // (lists filled below: every node's outputs are summed; scratch and readers read as 0 where nothing was added)
  // Stryker disable next-line ArrayDeclaration: equivalent, a string seeded in a successor list names no node: counting under it sets a named property of a count list, no node's count
  const succ: number[][] = graph.nodes.map(() => []);
  const c: Costs = { out: [], scratch: [], reads: [], size, readers: [], preds: [], succ };
  const byName = new Map(graph.nodes.map((node, i) => [node.name, i]));
  for (const r of req.requests) {
    if (r.kind !== 'scratch') continue;
    const i = byName.get(r.tensor.slice(0, r.tensor.lastIndexOf('#')));
    if (i !== undefined) c.scratch[i] = (c.scratch[i] ?? 0) + r.size;
  }
  graph.nodes.forEach((node, i) => {
    let out = 0;
    for (const o of node.outputs) {
      const t = id.get(o);
      // (an output without a buffer adds nothing; it still orders its readers, by name, below)
      if (t !== undefined) out += size[t] ?? 0;
    }
    c.out[i] = out;
  });
  const listed = new Int32Array(size.length);
  const bufferOf = (x: string): number | undefined => id.get(aliasOf.get(x) ?? x);
  graph.nodes.forEach((node, v) => {
    const r = idsOnce(node.inputs, bufferOf, listed, v);
    c.reads.push(r);
    for (const t of r) c.readers[t] = (c.readers[t] ?? 0) + 1;
  });
  for (const o of graph.outputs) {
    const t = id.get(o);
    if (t !== undefined) c.readers[t] = (c.readers[t] ?? 0) + 1; // never freed
  }
  const linked = new Int32Array(graph.nodes.length);
  // an omitted operand ('') is nobody's output
  graph.nodes.forEach((node, v) => {
    // (a predecessor listed twice would be a successor listed twice too: the node's count of
    // predecessors left would reach 0 at the same step; listed once, as the buffers read are)
    const p = idsOnce(orderingReads(node), (x) => (x === '' ? undefined : writers.find(x, v)), linked, v);
    c.preds.push(p);
    for (const q of p) (c.succ[q] as number[]).push(v);
  });
  return c;
}

/**
 * True when the graph's own order is the only one its dependencies allow (orderingReads, as costs()
 * orders by): every node reads an output of the node just before it, and nothing of a later node.
 * A sequential model (a chain, a residual chain) is one; its search needs no costs, however long it is.
 */
export function onlyOrder(graph: Graph): boolean {
  const nodes = graph.nodes;
  // first what fails soonest on a graph with a choice: each node reads an output of the one before
  // (an omitted operand, '', is nobody's output)
  for (let i = 1; i < nodes.length; i++) {
    const before = (nodes[i - 1] as Node).outputs;
    let linked = false;
    for (const x of orderingReads(nodes[i] as Node)) if (x !== '' && before.includes(x)) linked = true;
    if (!linked) return false;
  }
  // then nothing a node reads comes from itself or a later node (the order is a topological one)
  const writers = producersOf(graph);
  for (let i = 0; i < nodes.length; i++) {
    for (const x of orderingReads(nodes[i] as Node)) if (x !== '' && (writers.find(x, i) ?? -1) >= i) return false;
  }
  return true;
}

/**
 * Greedy: repeatedly run the ready node with the lowest peak while it runs, ties: most bytes freed,
 * then the lowest index. The bytes live before a step are the same for every candidate, so only
 * what the node adds (its outputs and scratch) decides. Ready nodes wait in a heap by that key; a
 * node's key only improves (the bytes it frees grow when it becomes a tensor's last reader), so an
 * improved key is pushed again, comes up before the node's older entries, and those are skipped.
 */
function greedyOrder(c: Costs, n: number): number[] {
  const missing = c.preds.map((p) => p.length);
  // (node indices index succ, reads and preds below: each has a list per node)
  const left = [...c.readers];
  // each tensor's reading nodes: the last one left is found when the tensor's count reaches 1
  const readersOf: number[][] = c.size.map(() => []);
  c.reads.forEach((ts, v) => { for (const t of ts) (readersOf[t] as number[]).push(v); });
  // a node is ready once missing[v] is 0, and run once done[v] is 1
  const done = new Uint8Array(n);
  const freed = new Float64Array(n);
  // heap entries: the node and its key (peak while it runs, out - freed) when it was pushed; smallest first, then the lowest node
  const keyA: number[] = [];
  const keyB: number[] = [];
  const node: number[] = [];
  const heap = new MinHeap((x, y) => {
    const [ax, ay, bx, by] = [keyA[x] as number, keyA[y] as number, keyB[x] as number, keyB[y] as number];
    return ax !== ay ? ax < ay : bx !== by ? bx < by : (node[x] as number) < (node[y] as number);
  });
  const peak = (v: number): number => (c.out[v] ?? 0) + (c.scratch[v] ?? 0);
  const push = (v: number): void => {
    keyA.push(peak(v));
    keyB.push((c.out[v] ?? 0) - (freed[v] as number));
    heap.push(node.push(v) - 1);
  };
  const makeReady = (v: number): void => {
    freed[v] = (c.reads[v] as number[]).reduce((s, t) => s + ((left[t] ?? 0) === 1 ? (c.size[t] ?? 0) : 0), 0);
    push(v);
  };
  for (let i = 0; i < n; i++) if (missing[i] === 0) makeReady(i);
  const order: number[] = [];
  while (heap.size > 0) {
    const v = node[heap.pop()] as number;
    // an entry pushed before the node's key improved: the improved one came up first
    if (done[v] === 1) continue;
    done[v] = 1;
    order.push(v);
    for (const t of c.reads[v] as number[]) {
      left[t] = (left[t] ?? 0) - 1;
      if (left[t] !== 1) continue;
      // the one reader left (none for a graph output: its last reader is the graph's end) now frees t
      for (const w of readersOf[t] as number[]) {
        if (done[w] === 1) continue;
        if (missing[w] === 0) {
          freed[w] = (freed[w] as number) + (c.size[t] ?? 0);
          push(w);
        }
        break;
      }
    }
    for (const s of c.succ[v] as number[]) {
      missing[s] = (missing[s] ?? 0) - 1;
      if (missing[s] === 0) makeReady(s);
    }
  }
  return order;
}

/**
 * Exact: the order with the lowest peak of live bytes, or undefined past `maxStates` executed-node
 * sets. Live bytes are counted from 0: the graph inputs, live from the start, add the same bytes to
 * every order's peak. The walk keeps the executed set's state as it goes down and back up (each
 * node's predecessors still to run, -1 once it has run; each buffer's readers still to run), so a node's readiness and
 * the bytes it frees cost its own edges, not a pass over the set; the set itself (a bigint) only
 * keys the memo.
 */
function exactOrder(c: Costs, n: number, maxStates: number): number[] | undefined {
  if (n > MAX_EXACT_NODES) return undefined;
  // keyed by the set's digits: V8 hashes a bigint by its lowest 64 bits only, so sets differing
  // above them (every late state of a graph past 64 nodes) would share one hash bucket
  const memo = new Map<string, { peak: number; next: number }>();
  const key = (done: bigint): string => done.toString(36);
  const bits = Array.from({ length: n }, (_, i) => 1n << BigInt(i));
  const full = (1n << BigInt(n)) - 1n;
  let visited = 0;
  // each node's predecessors still to run; -1 once it has run
  const missing = Int32Array.from(c.preds, (p) => p.length);
  // a buffer is freed once its last reader has run; a graph output (a reader beyond the nodes) never is
  const toRun = new Int32Array(c.size.length);
  c.reads.forEach((ts) => ts.forEach((t) => bump(toRun, t, 1)));
  const kept = c.size.map((_, t) => (c.readers[t] ?? 0) > (toRun[t] as number));
  const run = (v: number): number => {
    bump(missing, v, -1);
    for (const s of c.succ[v] as number[]) bump(missing, s, -1);
    let freed = 0;
    for (const t of c.reads[v] as number[]) if (bump(toRun, t, -1) === 0 && kept[t] !== true) freed += c.size[t] ?? 0;
    return freed;
  };
  const undo = (v: number): void => {
    bump(missing, v, 1);
    for (const s of c.succ[v] as number[]) bump(missing, s, 1);
    for (const t of c.reads[v] as number[]) bump(toRun, t, 1);
  };
  const solve = (done: bigint, live: number): number => {
    if (done === full) return 0;
    const k = key(done);
    const hit = memo.get(k);
    if (hit) return hit.peak;
    if (++visited > maxStates) throw new SearchBound();
    // Stryker disable next-line UnaryOperator: equivalent, a set short of the full one has a ready node, and the first is never cut off (its peak beats Infinity): next is replaced
    let best = { peak: Infinity, next: -1 };
    for (let v = 0; v < n; v++) {
      if (missing[v] !== 0) continue; // waiting for a predecessor, or run
      const during = live + (c.out[v] ?? 0) + (c.scratch[v] ?? 0);
      if (during >= best.peak) continue;
      const freed = run(v);
      // (a search past its bound throws through here: its state is dropped with it, nothing to undo)
      const after = solve(done | (bits[v] as bigint), live + (c.out[v] ?? 0) - freed);
      undo(v);
      const peak = Math.max(during, after);
      if (peak < best.peak) best = { peak, next: v };
    }
    memo.set(k, best);
    return best.peak;
  };
  try {
    solve(0n, 0);
  } catch (e: unknown) {
    if (e instanceof SearchBound) return undefined;
    throw e;
  }
  const order: number[] = [];
  let done = 0n;
  while (done !== full) {
    // the walk from the empty set follows `next`: solve memoized every state it chose as next (the full set ends the walk)
    const next = (memo.get(key(done)) as { next: number }).next;
    order.push(next);
    done |= bits[next] as bigint;
  }
  return order;
}

class SearchBound extends Error {}

/**
 * Offset orders tried on each execution order, besides ST's (placeSt) and TFLite Micro's: by size,
 * and by conflict degree (a buffer's size plus the sizes of the buffers alive with it), then size.
 * Ties keep request order (the ids start in it; Array.prototype.sort is stable).
 */
export function offsetOrders(requests: readonly BufferRequest[]): number[][] {
  const ids = requests.map((_, i) => i);
  // Stryker disable next-line OptionalChaining,LogicalOperator: equivalent, only indices of requests are asked for
  const size = (i: number) => requests[i]?.size ?? 0;
  const { start, others } = overlapLists(requests);
  const conflicts = ids.map((i) => {
    let sum = size(i);
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) sum += size(others[k] as number);
    return sum;
  });
  // Stryker disable next-line LogicalOperator: equivalent, conflicts holds one degree per request
  const degree = (i: number) => conflicts[i] ?? 0;
  return [
    [...ids].sort((a, b) => size(b) - size(a)),
    [...ids].sort((a, b) => degree(b) - degree(a) || size(b) - size(a)),
  ];
}

/** How the execution order was searched: exactly, greedily (past the bounds), or not at all. */
export type SearchMethod = 'exact' | 'greedy' | 'none';

/**
 * The execution order with the lowest peak of live bytes for `req`'s buffers (exact within the
 * bounds: MAX_EXACT_NODES nodes, `maxStates` executed-node sets; else greedy), and how it was
 * found; no order for a graph of one node or none.
 */
export function searchOrder(graph: Graph, req: Requests, maxStates = MAX_STATES): { order: number[] | undefined; method: SearchMethod } {
  const n = graph.nodes.length;
  if (n <= 1) return { order: undefined, method: 'none' };
  // the graph's own order is its only one: the lowest, found without a search, at any size
  if (onlyOrder(graph)) return { order: graph.nodes.map((_, i) => i), method: 'exact' };
  const c = costs(graph, req);
  const exact = exactOrder(c, n, maxStates);
  return exact ? { order: exact, method: 'exact' } : { order: greedyOrder(c, n), method: 'greedy' };
}

/** Placements of `first` the caller has made already (the runtime's own plan), by strategy. */
export interface KnownPlacements { st?: PlannedBuffer[]; tflm?: PlannedBuffer[] }

/**
 * `first`: the requests of the graph's own order, when the caller has them already; `known`: its
 * placements already made, used instead of placing again (the result is then that very array).
 */
export function searchBest(graph: Graph, collect: Collect, first: Requests = collect(), known: KnownPlacements = {}): { req: Requests; buffers: PlannedBuffer[]; method: SearchMethod } {
  const orders: (readonly number[])[] = [first.order];
  const { order: searched, method } = searchOrder(graph, first);
  // (a searched order equal to the graph's is not planned again)
  if (searched?.some((v, i) => v !== i)) orders.push(searched);
  // the kept placement's arena is held with it: each comparison reads it, not the buffers again
  let best: { req: Requests; buffers: PlannedBuffer[]; arena: number } | undefined;
  for (const order of orders) {
    const req = order === first.order ? first : collect(order);
    const mine = req === first ? known : {};
    // a placement made as offsets becomes buffers only when it is kept (strictly lower: the first wins ties)
    const keepLower = (arena: number, buffers: () => PlannedBuffer[]): void => {
      if (!best || arena < best.arena) best = { req, buffers: buffers(), arena };
    };
    const st = mine.st ?? placeSt(req.requests, req.allowances);
    keepLower(arenaOf(st), () => st);
    const tflm = mine.tflm;
    if (tflm !== undefined) {
      keepLower(arenaOf(tflm), () => tflm);
    } else {
      const offsets = offsetsInOrder(req.requests, tflmOrder(req.requests));
      keepLower(arenaAt(req.requests, offsets), () => plannedAt(req.requests, offsets));
    }
    // one offset order equal to an order of ST's, placed just above with the same allowances, is not placed again
    const lowest = lowestOffsets(req.requests, offsetOrders(req.requests), req.allowances, stOrders(req.requests));
    if (lowest) keepLower(lowest.arena, () => plannedAt(req.requests, lowest.offsets));
  }
  // best is set: there is at least one order and one placement tried
  const { req, buffers } = best as { req: Requests; buffers: PlannedBuffer[] };
  return { req, buffers, method };
}
