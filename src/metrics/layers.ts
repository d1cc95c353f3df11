/**
 * Per-layer metrics of an optimized graph: parameters, weights (ROM), MACC, connections
 * (METRICS.md). One layer per remaining node, in execution order. A node with nested graphs
 * (If/Loop/Scan) gets its subgraphs' layers too, and its row includes them: every branch's
 * constants, and each branch's MACC times its repeat (src/metrics/nested.ts).
 */
import type { DType } from '../ir/dtype.js';
import type { Graph, Node, Tensor } from '../ir/graph.js';
import type { Shape } from '../ir/shape.js';
import type { OpKind } from '../ir/op-kinds.js';
import type { Cost, OpRole, OpRuleContext } from '../ops/rule.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createRuleContext } from '../ops/context.js';
import type { RuleLookup } from './rules.js';
import { floatWeightBytes, itemCount, quantParamBytes, rawBytes, weightBytes } from './weights.js';
import { isFloat, isInteger } from '../ir/dtype.js';
import { operationType } from './optypes.js';
import { branchRepeats, withBranches } from './nested.js';
import { NONE, sortedHasRepeat } from '../arrays.js';
import { producersOf } from '../ir/producers.js';

export interface LayerMetrics {
  name: string;
  op: OpKind;
  sourceOp: string;
  /** Shape of the first output; undefined when unknown. */
  outputShape: Shape | undefined;
  dtype: DType;
  /** Items in the constants first used by this layer (shape inputs excluded); with its subgraphs'. */
  params: number;
  /** Those items at storage width, not aligned. */
  paramsBytes: number;
  /** Sum of alignUp(storage bytes, 4) per constant array. */
  weightsBytes: number;
  /** The same constants if they were float32. */
  floatWeightsBytes: number;
  /** Per-channel scales/zero points and constant Q/DQ parameters, not part of weightsBytes. */
  quantParamsBytes: number;
  /** With nested graphs: the node's own cost plus each subgraph's times its repeat. */
  macc: number;
  maccPure: number;
  /** Original operators absorbed into this layer. */
  fused: readonly string[];
  /** Producer layers, or graph input names, of the non-constant inputs. */
  connectedTo: readonly string[];
  activation: OpKind | undefined;
  /** Operation-type bucket (smul_f32_f32, op_s8_s8, conv_s8_f32...). */
  operationType: string;
  /** Nested graphs (If branches, Loop/Scan bodies), when the node has any. */
  subgraphs?: SubgraphMetrics[];
}

export interface SubgraphMetrics {
  /** The attribute holding the graph: then_branch, else_branch, body... */
  name: string;
  /** How many times the subgraph's MACC counts in the node's row (0 for an If branch not counted). */
  repeat: number;
  layers: LayerMetrics[];
}

export interface LayerOptions {
  rules: RuleLookup;
  opset?: number | undefined;
}

/** What a graph's layers see: names resolve through enclosing graphs; constants count once. */
interface Scope {
  opts: LayerOptions;
  diagnostics: Diagnostic[];
  lookup: (name: string) => Tensor | undefined;
  producer: (name: string) => string | undefined;
  /**
   * Constants already counted, anywhere in the model: by identity (branch names may repeat); and
   * the parameter sets already generated (parameterSetKey). A constant in the file's bytes is
   * remembered only when `rangesRepeat`: else no byte range is read twice, so none can be counted
   * twice or belong to a set already generated (on the 100k-node chain, its 66k weights and 33k
   * sets' keys were 5 MiB of set and 3 MiB of keys, outliving the young generation).
   */
  seen: Set<Tensor | string>;
  rangesRepeat: boolean;
}

type Bytes = Pick<LayerMetrics, 'params' | 'paramsBytes' | 'weightsBytes' | 'floatWeightsBytes' | 'quantParamsBytes'>;
const BYTE_KEYS = ['params', 'paramsBytes', 'weightsBytes', 'floatWeightsBytes', 'quantParamsBytes'] as const;

const ZERO: Cost = { macc: 0, pure: 0 };

/**
 * A layer's parameter set, by the file ranges of its constants; undefined when one of them has no
 * bytes in the file. A TFLite converter points the identical constants of an unrolled RNN's steps
 * at one buffer, and stedgeai generates one set of arrays for the steps that share them all
 * (ablation_rnn_int8.tflite's report: 48 steps share their weights tensor and their biases' buffer,
 * one gemm_8_weights + gemm_8_bias; weights 2,848 B, while params, 4,304 items, and the float
 * model, 17,216 B, count every tensor). Layers sharing only a buffer keep their own arrays (the
 * sww report: conv2d_4 and conv2d_6 each count their bias, 49,412 B).
 */
function parameterSetKey(ctx: OpRuleContext, shapeInputs: ReadonlySet<number>): string | undefined {
  const keys: string[] = [];
  for (let i = 0; i < ctx.node.inputs.length; i++) {
    const t = ctx.input(i);
    if (!isConstant(t) || shapeInputs.has(i)) continue;
    const d = t.data;
    if (d?.kind !== 'bytes') return undefined;
    keys.push(`${i}:${d.source.name}:${d.offset}:${d.length}:${d.encoding}:${t.dtype}`);
  }
  return keys.length > 0 ? `${ctx.node.op}|${keys.join('|')}` : undefined;
}

const NO_SHAPE_INPUTS: ReadonlySet<number> = new Set();
/** One set per rule's shape inputs, made once (not one per node). */
const shapeInputSets = new WeakMap<readonly number[], ReadonlySet<number>>();

function shapeInputSet(indexes: readonly number[] | undefined): ReadonlySet<number> {
  if (indexes === undefined) return NO_SHAPE_INPUTS;
  let set = shapeInputSets.get(indexes);
  if (set === undefined) shapeInputSets.set(indexes, (set = new Set(indexes)));
  return set;
}

function isConstant(t: Tensor | undefined): t is Tensor {
  return t !== undefined && t.data !== undefined && t.variable !== true;
}

function nodeCost(ctx: OpRuleContext, scope: Scope): Cost {
  const node = ctx.node;
  const rule = scope.opts.rules(node.op);
  if (!rule) return ZERO;
  try {
    return rule.cost(ctx);
  } catch (e: unknown) {
    const msg = e instanceof Error ? e.message : String(e);
    scope.diagnostics.push(diag('W_SHAPE', `MACC of ${node.op} counted as 0: ${msg}`, node.name));
    return ZERO;
  }
}

/** The node's own constants (inputs) and connections. */
function inputsOf(ctx: OpRuleContext, role: OpRole, shapeInputs: ReadonlySet<number>, scope: Scope) {
  const node = ctx.node;
  const m: Bytes = { params: 0, paramsBytes: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0 };
  const connectedTo: string[] = [];
  // A hybrid (dynamic-range) layer: float activations, quantized integer weights. stedgeai
  // dequantizes those weights when it generates the model and stores them as float32
  // (METRICS.md "Weights": the model_vbp5_quantization.tflite report, 53,764 B of int8 weights
  // in the file, rom_size 201,220 B).
  // (each operand comes from the node's one rule context, which looks it up once)
  const hybrid = role !== 'quantization' && node.inputs.some((_, i) => {
    const x = ctx.input(i);
    return x !== undefined && x.data === undefined && x.variable !== true && isFloat(x.dtype);
  });
  // a layer whose constants are, byte range for byte range, those of a layer before it reuses
  // their arrays: its items are the model's params, the arrays are not generated again
  const key = scope.rangesRepeat ? parameterSetKey(ctx, shapeInputs) : undefined;
  const shared = key !== undefined && scope.seen.has(key);
  if (key !== undefined) scope.seen.add(key);
  node.inputs.forEach((name, i) => {
    if (!name) return;
    const t = ctx.input(i);
    if (t?.variable === true) return; // state: persistent memory, neither a weight nor a layer
    if (!isConstant(t)) {
      // a producer layer, else a graph input (or a dangling tensor) by its own name
      const from = scope.producer(name) ?? name;
      if (!connectedTo.includes(from)) connectedTo.push(from);
      return;
    }
    const remembered = scope.rangesRepeat || t.data?.kind !== 'bytes';
    if (shapeInputs.has(i) || (remembered && scope.seen.has(t))) return;
    if (remembered) scope.seen.add(t);
    if (role === 'quantization' && i >= 1) {
      if (shared) return;
      // scale / zero point of a standalone Q/DQ: quantization parameters, not weights
      m.quantParamsBytes += weightBytes(t);
      return;
    }
    if (t.byCompiler) {
      m.weightsBytes += weightBytes(t);
      return;
    }
    m.params += itemCount(t);
    m.paramsBytes += rawBytes(t);
    m.floatWeightsBytes += floatWeightBytes(t);
    if (shared || t.paramsOnly) return;
    if (hybrid && isInteger(t.dtype) && t.quant !== undefined) {
      m.weightsBytes += floatWeightBytes(t);
      return;
    }
    m.weightsBytes += weightBytes(t);
    m.quantParamsBytes += quantParamBytes(t);
  });
  return { m, connectedTo };
}

/** Layers of a nested graph, then the node's cost with them (repeats per nested.ts). */
function nested(ctx: OpRuleContext, own: Cost, m: Bytes, scope: Scope): { cost: Cost; subgraphs: SubgraphMetrics[] } {
  const node = ctx.node;
  const subs = Object.entries(node.subgraphs ?? {}).map(([name, g]) => ({ name, layers: layersOf(g, scope) }));
  const branches = subs.map((s) => ({
    name: s.name,
    macc: s.layers.reduce((a, l) => a + l.macc, 0),
    pure: s.layers.reduce((a, l) => a + l.maccPure, 0),
  }));
  const repeats = branchRepeats(ctx, branches, scope.diagnostics);
  for (const s of subs) for (const l of s.layers) for (const k of BYTE_KEYS) m[k] += l[k];
  return {
    cost: withBranches(own, branches, repeats),
    subgraphs: subs.map((s, i) => ({ name: s.name, repeat: repeats[i] ?? 0, layers: s.layers })),
  };
}

function layersOf(graph: Graph, outer: Scope): LayerMetrics[] {
  // the layer being measured: what it reads is searched among the nodes just before it first
  let at = 0;
  const writers = producersOf(graph);
  const local = (name: string): string | undefined => {
    const p = writers.find(name, at);
    return p === undefined ? undefined : (graph.nodes[p] as Node).name;
  };
  const scope: Scope = {
    ...outer,
    lookup: (name) => graph.tensors.get(name) ?? outer.lookup(name),
    producer: (name) => local(name) ?? (graph.tensors.has(name) ? undefined : outer.producer(name)),
  };

  return graph.nodes.map((node, k) => {
    at = k;
    const rule = scope.opts.rules(node.op);
    const role: OpRole = rule?.role ?? 'unknown';
    // one context per node: its operands are looked up once for the constants, the cost and the output
    const ctx = createRuleContext(graph, node, scope.opts.opset, scope.lookup);
    const { m, connectedTo } = inputsOf(ctx, role, shapeInputSet(rule?.shapeInputs), scope);
    let cost = nodeCost(ctx, scope);
    let subgraphs: SubgraphMetrics[] | undefined;
    if (node.subgraphs && Object.keys(node.subgraphs).length > 0) ({ cost, subgraphs } = nested(ctx, cost, m, scope));
    const out = ctx.output(0);
    const layer: LayerMetrics = {
      name: node.name,
      op: node.op,
      sourceOp: node.sourceOp,
      outputShape: out?.shape,
      dtype: out?.dtype ?? 'unknown',
      // written out, not spread: the properties after a spread were kept outside the object (100k layers: 4 MiB)
      params: m.params,
      paramsBytes: m.paramsBytes,
      weightsBytes: m.weightsBytes,
      floatWeightsBytes: m.floatWeightsBytes,
      quantParamsBytes: m.quantParamsBytes,
      macc: cost.macc,
      maccPure: cost.pure,
      // the node's own list, not a copy (readonly on both sides; a pass that fuses more makes a new one, graph-edit.ts absorb)
      fused: node.fused ?? NONE,
      // lists of their own length: lists grown by push keep 17 spare slots (100k layers: 14 MiB)
      connectedTo: connectedTo.slice(),
      activation: node.activation,
      operationType: operationType(ctx, role),
    };
    if (subgraphs) layer.subgraphs = subgraphs;
    return layer;
  });
}

/** Computes one LayerMetrics per node (nested graphs under their node). Shared constants count once. */
export function computeLayers(graph: Graph, opts: LayerOptions, diagnostics: Diagnostic[]): LayerMetrics[] {
  return layersOf(graph, { opts, diagnostics, lookup: () => undefined, producer: () => undefined, seen: new Set(), rangesRepeat: byteRangesRepeat(graph) });
}

/**
 * Whether two reads of constants in the file's bytes start at one offset (a constant read twice,
 * or two constants over one buffer, as a TFLite converter makes for an unrolled RNN's steps), or
 * the model has nested graphs (their reads resolve through the enclosing graphs): then the
 * constants are remembered as they are counted.
 */
function byteRangesRepeat(graph: Graph): boolean {
  const offsets: number[] = [];
  for (const n of graph.nodes) {
    if (n.subgraphs !== undefined) return true;
    for (const x of n.inputs) {
      const d = x === '' ? undefined : graph.tensors.get(x)?.data;
      if (d?.kind === 'bytes') offsets.push(d.offset);
    }
  }
  return sortedHasRepeat(Float64Array.from(offsets));
}
