/**
 * Which tensors need activation memory, and from which step to which step (METRICS.md
 * "Activations"). Constants are not activations; variable tensors are persistent. A folded Pad's
 * output has no buffer (memory/pad-fold.ts); allowed overlaps come from memory/streaming.ts.
 */
import type { Graph, Node } from '../ir/graph.js';
import { buildUseIndex, outerReads } from '../passes/graph-edit.js';
import { hasTrait } from '../ops/traits.js';
import { alignUp } from '../metrics/weights.js';
import type { BufferKind, BufferRequest, KernelScratchFn, PersistentBuffer, ScratchSizeFn } from './types.js';
import type { PlannerTraits } from './profiles.js';
import { tensorBytes } from './tensor-bytes.js';
import { foldedPads, type FoldedPad } from './pad-fold.js';
import { usesDeepKernel } from './deep-conv-pad.js';
import { POOLS, fusedPoolRows, fusedPools, type FusedPool } from './pool-fusion.js';
import { overlapRules, type OverlapRule } from './streaming.js';
import { boundaryQdq, type BoundaryQdq } from './boundary-qdq.js';
import { indexAllowances, type Allowances } from './place.js';

export { tensorBytes } from './tensor-bytes.js';

export interface Requests {
  requests: BufferRequest[];
  persistent: PersistentBuffer[];
  inputsBytes: number;
  outputsBytes: number;
  unsized: string[];
  /** Allowed overlaps by request index (both directions), from `pairs`. */
  allowances: Allowances;
  /** The overlap rules the allowances came from: input request a, output request b. */
  pairs: { a: number; b: number; rule: OverlapRule }[];
  folded: FoldedPad[];
  /** Step -> node index (the execution order). */
  order: number[];
  /** Graph I/O name -> the tensor whose buffer stands for it (memory/boundary-qdq.ts). */
  ioTensors: Record<string, string>;
}

/**
 * The tensors' steps, by span index (`of` gives a tensor's): first and last step, and the index of
 * its buffer request (-1: none). Lists, not an object per tensor (the 100k-node chain: 100k
 * objects, 4 MiB outliving the young generation).
 */
interface Spans {
  of: Map<string, number>;
  first: Int32Array;
  last: Int32Array;
  request: Int32Array;
}

/** The request of tensor `name`'s span; -1 when it has no span or no request. */
function requestOf(life: Spans, name: string): number {
  const i = life.of.get(name);
  return i === undefined ? -1 : (life.request[i] as number);
}

/** A plan without allowed overlaps (no request has a pair). */
const NO_ALLOWANCES: Allowances = indexAllowances(0, []);

/** What a node reads: its inputs, and the outer tensors its nested graphs read (alive until it runs). */
function reads(node: Node): string[] {
  const shape = node.attrs['shape_reads'];
  // Stryker disable next-line MethodExpression,ConditionalExpression,ArrayDeclaration: equivalent, a name that is no tensor (a non-string, or a stray entry) has no span, so reading it changes nothing
  const extra = Array.isArray(shape) ? shape.filter((s): s is string => typeof s === 'string') : [];
  return node.subgraphs ? [...node.inputs, ...extra, ...outerReads(node)] : extra.length ? [...node.inputs, ...extra] : node.inputs;
}

/**
 * Lifetimes in steps ('nodes': the step of a node is its position in `order`): produced at i ->
 * alive from i; last read at j -> alive to j; graph inputs from 0; graph outputs to the last step.
 * 'scopes' (TFLM's AllocationInfoBuilder): scope 0 before the first op, op i runs in scope i + 1;
 * inputs and outputs are created at 0, an op's outputs at its scope, each read or write extends
 * last_used; graph outputs last until the final scope.
 */
function spans(graph: Graph, order: readonly number[], steps: 'nodes' | 'scopes', alias: (name: string) => string): Spans {
  const shift = steps === 'scopes' ? 1 : 0;
  const end = steps === 'scopes' ? graph.nodes.length : Math.max(graph.nodes.length - 1, 0);
  // at most a span per name set below (a name set again keeps its index)
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent, a graph output that is no input and no node output is a constant: it gets no buffer, so its span is never read
  let most = graph.inputs.length + (steps === 'scopes' ? graph.outputs.length : 0);
  for (const idx of order) most += graph.nodes[idx]?.outputs.length ?? 0;
  const out: Spans = { of: new Map(), first: new Int32Array(most), last: new Int32Array(most), request: new Int32Array(most).fill(-1) };
  const start = (name: string, step: number): void => {
    let i = out.of.get(name);
    if (i === undefined) out.of.set(name, (i = out.of.size));
    out.first[i] = step;
    out.last[i] = step;
  };
  const reach = (name: string, step: number): void => {
    const i = out.of.get(name);
    if (i !== undefined) out.last[i] = Math.max(out.last[i] as number, step);
  };
  for (const name of graph.inputs) start(name, 0);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a graph output is a node output (set again when its node runs) or an input (set above); constants get no buffer
  if (steps === 'scopes') for (const name of graph.outputs) start(name, 0);
  order.forEach((idx, i) => {
    const node = graph.nodes[idx];
    // Stryker disable next-line ConditionalExpression: equivalent, the order holds node indices of this graph
    if (!node) return;
    const step = i + shift;
    // Stryker disable next-line ConditionalExpression: equivalent, a span for the omitted name '' is never looked up for a buffer
    for (const o of node.outputs) if (o) start(o, step);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, an output was just given {step, step}, and its alias is itself: folds are off under TFLM's scopes and on for ST's nodes
    const touched = steps === 'scopes' ? [...reads(node), ...node.outputs] : reads(node);
    for (const name of touched) if (name) reach(alias(name), step);
  });
  for (const name of graph.outputs) reach(name, end);
  return out;
}

export interface CollectOptions {
  traits: PlannerTraits;
  ioInside: boolean;
  scratchSize: ScratchSizeFn;
  kernelScratch?: KernelScratchFn | undefined;
  /** Execution order (node indexes); default: the graph's. */
  order?: readonly number[] | undefined;
  /** What does not depend on the order, computed once per graph by the caller (default: here). */
  facts?: GraphFacts | undefined;
}

/** The operators the facts look at (pad folding, pool fusion, integer I/O); any other graph has none. */
const FACT_OPS: ReadonlySet<string> = new Set(['Pad', ...POOLS, 'QuantizeLinear', 'DequantizeLinear']);

/**
 * The order-independent facts collectRequests needs: folded pads, fused pools and their row
 * buffers, integer I/O, reshapes of outside inputs, and the overlap rules.
 */
export interface GraphFacts {
  folds: Map<string, FoldedPad>;
  pools: Map<string, FusedPool>;
  /** Bytes of each fused convolution's pool-row buffer, by convolution name (memory/pool-fusion.ts). */
  poolRows: Map<string, number>;
  boundary: BoundaryQdq;
  /** Reshapes of inputs kept outside the activations: the caller's buffers (no request). */
  views: Set<string>;
  /** Overlaps the layers allow (memory/streaming.ts); empty when the planner does not overlap. */
  rules: OverlapRule[];
}

/**
 * The facts of `graph` under `traits`, from one producer/consumer index. `deepPads`: ST's deep
 * convolutions take no padding (memory/deep-conv-pad.ts), so no pad folds into them.
 */
export function graphFacts(graph: Graph, traits: PlannerTraits, opts: { deepPads?: boolean; ioInside?: boolean } = {}): GraphFacts {
  // Only a graph with a pad, a pooling or a Q/DQ node has anything to fold, fuse or stand in for I/O.
  const relevant = graph.nodes.some((n) => FACT_OPS.has(n.op));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, every profile has foldPads, fusePools and integerIo all on or all off (memory/profiles.ts), and the index only saves work
  const idx = relevant && (traits.foldPads || traits.fusePools || traits.integerIo) ? buildUseIndex(graph, factTensors(graph)) : undefined;
  // Stryker disable next-line LogicalOperator: equivalent, idx exists exactly when a profile with foldPads meets a graph that has a Pad, pooling or Q/DQ; without one foldedPads finds nothing
  const folds: Map<string, FoldedPad> = idx && traits.foldPads ? foldedPads(graph, idx, true, opts.deepPads ? (c) => !usesDeepKernel(graph, c) : undefined) : new Map();
  // Stryker disable next-line LogicalOperator: equivalent, idx exists exactly when a profile with fusePools meets a graph that has a Pad, pooling or Q/DQ; without one fusedPools finds nothing
  const pools: Map<string, FusedPool> = idx && traits.fusePools ? fusedPools(graph, idx) : new Map();
  const poolRows = new Map<string, number>();
  for (const f of pools.values()) {
    const b = fusedPoolRows(graph, f);
    if ((b ?? 0) > 0) poolRows.set(f.conv, b as number);
  }
  return {
    folds, pools, poolRows,
    boundary: idx && traits.integerIo ? boundaryQdq(graph, idx) : { inputs: new Map(), outputs: new Map() },
    views: opts.ioInside === false && traits.userViews ? userViews(graph, new Set(graph.inputs)) : new Set(),
    // Stryker disable next-line ArrayDeclaration: equivalent, the rules are read by addAllowances only, which runs only when traits.overlap
    rules: traits.overlap ? overlapRules(graph, folds, traits.alignment, pools) : [],
  };
}

/**
 * The tensors the facts ask the index about: a Pad's output (its readers), a pooling's input (the
 * readers of the convolution output it may fuse with), a DQ's input (its readers, when the DQ writes
 * a graph output), the graph's inputs (their readers) and outputs (their writers).
 */
function factTensors(graph: Graph): Set<string> {
  const names = new Set([...graph.inputs, ...graph.outputs]);
  for (const n of graph.nodes) {
    if (n.op === 'Pad') names.add(n.outputs[0] ?? '');
    else if (POOLS.has(n.op) || n.op === 'DequantizeLinear') names.add(n.inputs[0] ?? '');
  }
  return names;
}

/**
 * Buffer requests in tensor order (graph.tensors), then scratch areas in execution order: a node's
 * kernel buffers (`<node>#scratch0`, `#scratch1`... in request order, as TFLM appends them after
 * the tensors) and then its `scratchSize` area (`<node>#scratch`, nested graphs).
 */
export function collectRequests(graph: Graph, opts: CollectOptions): Requests {
  const { traits, ioInside, scratchSize, kernelScratch } = opts;
  const align = traits.alignment;
  const order = opts.order ? [...opts.order] : graph.nodes.map((_, i) => i);
  const { folds, pools, poolRows, boundary, views, rules } = opts.facts ?? graphFacts(graph, traits, { ioInside });
  const alias = (name: string): string => folds.get(name)?.input ?? name;
  const life = spans(graph, order, traits.steps, alias);
  // a fused pooling's output is written while its convolution runs
  for (const f of pools.values()) {
    const [c, p] = [life.of.get(f.convOutput), life.of.get(f.poolOutput)];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both are node outputs (the convolution's and the pooling's), so both have spans
    if (c !== undefined && p !== undefined) life.first[p] = Math.min(life.first[p] as number, life.first[c] as number);
  }
  const inputs = new Set(graph.inputs);
  const outputs = new Set(graph.outputs);
  const out: Requests = { requests: [], persistent: [], inputsBytes: 0, outputsBytes: 0, unsized: [], allowances: NO_ALLOWANCES, pairs: [], folded: [...folds.values()], order, ioTensors: {} };
  // integer I/O: the int8 tensors stand for the float graph inputs and outputs (memory/boundary-qdq.ts)
  for (const [k, v] of [...boundary.inputs, ...boundary.outputs]) out.ioTensors[k] = v;
  const asInput = new Set(boundary.inputs.values());
  const asOutput = new Set(boundary.outputs.values());
  const end = Math.max(order.length - 1, 0);

  // (forEach: iterating the planning copy's layered map allocated an entry and a result per tensor)
  graph.tensors.forEach((t, name) => {
    const span = life.of.get(name);
    if (t.variable === true) {
      const bytes = tensorBytes(t);
      if (bytes === undefined) out.unsized.push(name);
      else out.persistent.push({ tensor: name, size: alignUp(bytes, align) });
      return;
    }
    if (t.data !== undefined || span === undefined || folds.has(name) || pools.has(name) || views.has(name)) return;
    if (boundary.inputs.has(name) || boundary.outputs.has(name)) return;
    const bytes = traits.int64As32 && (t.dtype === 'int64' || t.dtype === 'uint64') ? tensorBytes({ ...t, dtype: 'int32' }) : tensorBytes(t);
    if (bytes === undefined) {
      out.unsized.push(name);
      return;
    }
    if (asInput.has(name)) life.first[span] = 0;
    if (asOutput.has(name)) life.last[span] = end;
    const kind: BufferKind = inputs.has(name) || asInput.has(name) ? 'input' : outputs.has(name) || asOutput.has(name) ? 'output' : 'activation';
    if (!ioInside && kind !== 'activation') {
      if (kind === 'input') out.inputsBytes += bytes;
      else out.outputsBytes += bytes;
      return;
    }
    if (bytes === 0) return;
    life.request[span] = out.requests.length;
    out.requests.push({ tensor: name, kind, size: alignUp(bytes, align), firstStep: life.first[span] as number, lastStep: life.last[span] as number });
  });

  const shift = traits.steps === 'scopes' ? 1 : 0;
  // step by node index (-1: not in the order)
  const stepAt = new Int32Array(graph.nodes.length).fill(-1);
  order.forEach((idx, i) => {
    const node = graph.nodes[idx];
    // Stryker disable next-line ConditionalExpression: equivalent, the order holds node indices of this graph
    if (!node) return;
    const step = i + shift;
    stepAt[idx] = step;
    // Stryker disable next-line ArrayDeclaration: equivalent, a non-number entry is not > 0 and adds no request
    (kernelScratch?.(node, graph) ?? []).forEach((bytes, k) => {
      if (bytes > 0) out.requests.push({ tensor: `${node.name}#scratch${k}`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
    });
    // a fused convolution + pooling keeps pool-kernel rows of the convolution's output
    const rows = poolRows.get(node.name);
    if (rows !== undefined) out.requests.push({ tensor: `${node.name}#pool-rows`, kind: 'scratch', size: alignUp(rows, align), firstStep: step, lastStep: step });
    const bytes = scratchSize(node, graph);
    if (bytes <= 0) return;
    out.requests.push({ tensor: `${node.name}#scratch`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
  });

  // Stryker disable next-line ConditionalExpression: equivalent, without the overlap trait the rules are [] and addAllowances adds nothing
  if (traits.overlap) addAllowances(out, rules, life, stepAt, outputs);
  return out;
}

/**
 * With the I/O out of the activations, a reshape ('data-movement' trait: the same bytes in the same
 * order) of a graph input, or of such a view, is the caller's buffer under another shape: ST's C
 * graph has no copy for it (a stm32ai 5.2 report: Flatten of the (28, 28, 1) input, dense_1 reads
 * input_0_output in user memory, activations 512 B). Views that are graph outputs keep their buffer.
 */
function userViews(graph: Graph, inputs: ReadonlySet<string>): Set<string> {
  const views = new Set<string>();
  const outputs = new Set(graph.outputs);
  for (const node of graph.nodes) {
    const [x] = node.inputs;
    const [y] = node.outputs;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, a data-movement node has one data input and one output, so the first tests only repeat the last
    if (!x || !y || node.outputs.length !== 1 || outputs.has(y) || !hasTrait(node.op, 'data-movement')) continue;
    if (inputs.has(x) || views.has(x)) views.add(y);
  }
  return views;
}

/** Keeps the rules whose input is last read by the layer that writes the output. */
function addAllowances(out: Requests, rules: readonly OverlapRule[], life: Spans, stepAt: Int32Array, outputs: ReadonlySet<string>): void {
  for (const rule of rules) {
    // (-1: the tensor has no request)
    const [a, b] = [requestOf(life, rule.input), requestOf(life, rule.output)];
    const ra = a < 0 ? undefined : out.requests[a];
    const rb = b < 0 ? undefined : out.requests[b];
    if (!ra || !rb || outputs.has(rule.input)) continue;
    // Stryker disable next-line ConditionalExpression: equivalent, for the output's test: a rule's output is written by the rule's node and starts at its step
    if (ra.lastStep !== stepAt[rule.at] || rb.firstStep !== stepAt[rule.at]) continue;
    out.pairs.push({ a, b, rule });
  }
  out.allowances = indexAllowances(out.requests.length, out.pairs);
}
