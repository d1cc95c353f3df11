/**
 * Memory planning over tensor lifetimes (METRICS.md "Activations").
 *   const plan = planMemory(graph, { planner: 'tflm', ioInsideActivations: false });
 * The planner's traits (memory/profiles.ts) say how: alignment, lifetimes, scratch rules, pad
 * folding, streaming overlap, and for 'best' a search over execution and offset orders
 * (memory/best.ts). Every plan is checked before it is returned.
 */
import type { Graph } from '../ir/graph.js';
import { assertPlan } from './check.js';
import { collectRequests, graphFacts, tensorBytes, type Requests } from './lifetimes.js';
import { arenaOf, placeSt, placeTflm } from './place.js';
import { kernelScratchRules, noKernelScratch, noScratch } from './scratch.js';
import { withNestedScratch, type NestedNotes } from './nested.js';
import { plannerTraits, type PlannerTraits } from './profiles.js';
import { searchBest, type KnownPlacements } from './best.js';
import { boundaryQdq } from './boundary-qdq.js';
import { withChannelLastIo } from './channel-first-io.js';
import { withDeepConvPads } from './deep-conv-pad.js';
import type { MemoryPlan, PlannedBuffer, PlanOptions } from './types.js';
import { byPosition } from '../arrays.js';

/** The rules 'best' searches under: ST's kernels and TFLite Micro's, each with streaming overlap. */
export const BEST_BASES = ['st', 'tflm'] as const;

interface Prepared {
  planner: MemoryPlan['planner'];
  traits: PlannerTraits;
  /** The graph the runtime runs (a planning copy with ST's channel-first I/O Transposes). */
  graph: Graph;
  model: Graph;
  ioInside: boolean;
  notes: NestedNotes;
  collect: (order?: readonly number[]) => Requests;
}

/** What every placement of one graph under one planner's rules shares. */
function prepare(model: Graph, opts: PlanOptions, planner: Exclude<MemoryPlan['planner'], 'best'>): Prepared {
  const base = plannerTraits(planner);
  const overridden = opts.overlap === undefined ? base : { ...base, overlap: opts.overlap };
  // a nested graph's inputs and outputs are the model's intermediate tensors: no I/O conventions
  const traits = opts.nested === true ? { ...overridden, integerIo: false, channelFirstIo: false } : overridden;
  // the graph the runtime runs: ST adds Transposes at channel-first I/O (a planning copy)
  const io = traits.channelFirstIo ? withChannelLastIo(model, boundaryQdq(model)) : model;
  // ST's deep int8 convolutions (DSP cores) get their padding from a Pad layer of their own
  const deepPads = traits.scratch === 'st' && opts.simd !== 'helium';
  const graph = deepPads ? withDeepConvPads(io) : io;
  const ioInside = opts.ioInsideActivations ?? true;
  const notes: NestedNotes = { nested: [], unsized: [] };
  const kernel = opts.kernelScratch === false ? noKernelScratch : (opts.kernelScratch ?? kernelScratchRules(planner, opts.simd));
  // nested graphs: the same rules, their own order (no search)
  const scratch = withNestedScratch(opts.scratchSize ?? noScratch, { planner, kernelScratch: kernel, overlap: opts.overlap, simd: opts.simd }, planMemory, notes);
  const facts = graphFacts(graph, traits, { deepPads, ioInside });
  const collect = (order?: readonly number[]) => collectRequests(graph, { traits, ioInside, scratchSize: scratch, kernelScratch: kernel, order: order ?? opts.order, facts });
  return { planner, traits, graph, model, ioInside, notes, collect };
}

/** The runtime's own placement of the graph's order. */
function place(p: Prepared, req: Requests): PlannedBuffer[] {
  return p.traits.steps === 'scopes' ? placeTflm(req.requests) : placeSt(req.requests, req.allowances);
}

/** The runtime's placement of the graph's order, handed to the search as its strategy's known placement. */
function knownPlacement(p: Prepared, buffers: PlannedBuffer[]): KnownPlacements {
  if (p.traits.steps !== 'scopes') return { st: buffers };
  // Stryker disable next-line ObjectLiteral: equivalent, without it the search places TFLite Micro's order again, to the same buffers, and the plan is finished again from them
  return { tflm: buffers };
}

/** The searched plan; when the search keeps the runtime's own placement (`own`), that plan is reused. */
function searched(p: Prepared, first?: Requests, own?: { buffers: PlannedBuffer[]; plan: MemoryPlan }): MemoryPlan {
  const known = own === undefined ? {} : knownPlacement(p, own.buffers);
  const s = searchBest(p.graph, p.collect, first, known);
  // the search kept the runtime's placement (which it is given for the graph's order only)
  const kept = own !== undefined && s.buffers === own.buffers;
  // (without this return the plan is finished again from the same requests and buffers: the same plan)
  if (kept) return { ...own.plan, searchMethod: s.method };
  const plan = finish(p, s.req, s.buffers);
  plan.searchMethod = s.method;
  return plan;
}

export function planMemory(model: Graph, opts: PlanOptions = {}): MemoryPlan {
  const planner = opts.planner ?? 'st';
  if (planner === 'best') return planBest(model, opts);
  const p = prepare(model, opts, planner);
  if (opts.search === true && !opts.order) return searched(p);
  const req = p.collect();
  return finish(p, req, place(p, req));
}

/**
 * The planner's own plan and the searched one ("could be"), sharing one preparation and the
 * graph-order requests; for 'best' both are its plan.
 */
export function planAndSearch(model: Graph, opts: PlanOptions = {}): { plan: MemoryPlan; searched: MemoryPlan } {
  const planner = opts.planner ?? 'st';
  if (planner === 'best' || opts.order) {
    const plan = planMemory(model, opts);
    return { plan, searched: plan };
  }
  const p = prepare(model, opts, planner);
  const req = p.collect();
  const buffers = place(p, req);
  const plan = finish(p, req, buffers);
  return { plan, searched: searched(p, req, { buffers, plan }) };
}

function planBest(model: Graph, opts: PlanOptions): MemoryPlan {
  let best: MemoryPlan | undefined;
  for (const basis of BEST_BASES) {
    const p = planMemory(model, { ...opts, planner: basis, search: true, overlap: true });
    if (!best || p.arenaBytes < best.arenaBytes) best = { ...p, planner: 'best', basis };
  }
  return best as MemoryPlan;
}

function finish(p: Prepared, req: Requests, buffers: PlannedBuffer[]): MemoryPlan {
  const plan = finishPlan(p.graph, p.planner, p.ioInside, req, buffers, p.notes);
  // Stryker disable next-line ConditionalExpression: equivalent, on the model's own graph every node is its own and the added steps are []
  if (p.graph !== p.model) {
    const own = new Set(p.model.nodes.map((n) => n.name));
    plan.addedSteps = p.graph.nodes.filter((n) => !own.has(n.name)).map((n) => ({ name: n.name, inputs: [...n.inputs], outputs: [...n.outputs] }));
  }
  return plan;
}

function finishPlan(graph: Graph, planner: MemoryPlan['planner'], ioInside: boolean, req: Requests, buffers: PlannedBuffer[], notes: NestedNotes): MemoryPlan {
  const arenaBytes = arenaOf(buffers);
  // the buffers are in request order (every order places every request): a pair's request indices are their places
  const bufferOf = byPosition(buffers, (b) => b.tensor);
  const overlaps = req.pairs.flatMap((pair) => {
    const rule = pair.rule;
    // both are requests (addAllowances pairs two of them), so both are placed
    const [a, b] = [bufferOf(rule.input, pair.a) as PlannedBuffer, bufferOf(rule.output, pair.b) as PlannedBuffer];
    const shared = Math.min(a.offset + a.size, b.offset + b.size) - Math.max(a.offset, b.offset);
    // (written out, not spread from the rule: each spread copy got a hidden class of its own, 33k on the 100k-node chain, 9 MiB)
    return shared > 0 ? [{ node: rule.node, input: rule.input, output: rule.output, lead: rule.lead, sharedBytes: shared }] : [];
  });
  const folds = req.folded.map((f) => {
    const t = graph.tensors.get(f.output);
    return { pad: f.pad, into: f.into, input: f.input, savedBytes: (t && tensorBytes(t)) ?? 0 };
  });
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, the order holds node indices of this graph, so the node exists
  const order = req.order.map((i) => graph.nodes[i]?.name ?? '');
  const plan: MemoryPlan = {
    planner,
    arenaBytes,
    buffers,
    persistent: req.persistent,
    persistentBytes: req.persistent.reduce((s, p) => s + p.size, 0),
    inputsBytes: req.inputsBytes,
    outputsBytes: req.outputsBytes,
    ramTotalBytes: arenaBytes + req.inputsBytes + req.outputsBytes,
    ioInsideActivations: ioInside,
    unsized: [...req.unsized, ...notes.unsized],
    overlaps,
    folds,
    order,
    reordered: req.order.some((n, i) => n !== i),
    ioTensors: req.ioTensors,
    addedSteps: [],
  };
  if (notes.nested.length > 0) plan.nested = notes.nested;
  assertPlan(plan);
  return plan;
}

/** A lower bound for a plan without overlaps: the largest total size of buffers alive at one step. */
export function peakLiveBytes(plan: Pick<MemoryPlan, 'buffers'>): number {
  const steps = new Set<number>();
  for (const b of plan.buffers) steps.add(b.firstStep);
  let peak = 0;
  for (const s of steps) {
    let sum = 0;
    for (const b of plan.buffers) if (b.firstStep <= s && s <= b.lastStep) sum += b.size;
    peak = Math.max(peak, sum);
  }
  return peak;
}
