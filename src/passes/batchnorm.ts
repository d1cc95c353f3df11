/**
 * `batchnorm`: folds an inference BatchNormalization into the Conv / ConvTranspose / Gemm right
 * before it, as every deployment tool does. Conditions: the BN reads the op's first output, is its
 * only reader, that output is not a graph output, the op has no fused activation yet, and the BN's
 * scale, B, mean and var are constants. Then the op writes the BN's output directly, the BN's name
 * goes into the op's `fused`, and an op without bias gains one: a new constant shaped [Cout]
 * ('computed' data: values are not recomputed, only sizes are counted) with the weights' dtype
 * (int32 when the weights are 8-bit or narrower integers, as quantized biases are).
 * The BN's own constants are no longer read; `cleanup` drops them, so they are not counted.
 */
import { hasTrait } from '../ops/traits.js';
import type { Graph, Node, Tensor } from '../ir/graph.js';
import type { DType } from '../ir/dtype.js';
import { DTYPE_BITS, isInteger } from '../ir/dtype.js';
import type { Pass } from './pass.js';
import { absorb, buildUseIndex, foldFollower, freshTensorName, readersOf, removeNodes, type UseIndex } from './graph-edit.js';
import { outChannelCount } from '../ops/conv.js';
import { tensorNamed } from '../ir/tensor-named.js';


export const batchnormPass: Pass = {
  name: 'batchnorm',
  run(graph) {
    foldBatchNorms(graph, intoProducer);
    return graph;
  },
};

/** One BatchNormalization into the layer before it, when it can (the header's conditions). */
export const intoProducer: Fold = (graph, bn, x, out, idx, dead) => {
  const op = idx.producer.get(x);
  if (op === undefined || !hasTrait(op.op, 'absorbs-batchnorm') || op.activation !== undefined || op.outputs[0] !== x) return;
  if (idx.graphOutputs.has(x) || readersOf(idx, x).some((c) => c !== bn)) return;
  const cout = channels(graph, bn, op);
  if (cout === undefined) return;
  if ((op.inputs[2] ?? '') === '') addBias(graph, op, bn, cout);
  foldFollower(graph, idx, op, bn, x, out, dead);
};

/** A fold of one BatchNormalization (input `x`, output `out`): adds it to `dead` when it folds, keeping `idx` up to date. */
export type Fold = (graph: Graph, bn: Node, x: string, out: string, idx: UseIndex, dead: Set<Node>) => void;

/**
 * Both folds' walk: every foldable BatchNormalization is handed to `fold`; the dead nodes are
 * removed at the end. Returns the use index the folds kept (none when there is no BatchNormalization).
 */
export function foldBatchNorms(graph: Graph, fold: Fold): UseIndex | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: without a BatchNormalization the walk below folds nothing either
  if (!graph.nodes.some((n) => n.op === 'BatchNormalization')) return undefined;
  const idx = buildUseIndex(graph);
  const dead = new Set<Node>();
  for (const bn of graph.nodes) {
    if (!foldableBatchNorm(graph, idx, bn)) continue;
    const outputs = [...bn.outputs];
    // Stryker disable next-line StringLiteral: equivalent, nothing produces '' or the mutant's text: neither fold finds a layer there
    fold(graph, bn, bn.inputs[0] ?? '', bn.outputs[0] as string, idx, dead); // output 0 checked by foldableBatchNorm
    // a folded BN produces nothing any more (its unread statistics outputs included)
    if (dead.has(bn)) for (const o of outputs) if (idx.producer.get(o) === bn) idx.producer.delete(o);
  }
  removeNodes(graph, dead);
  return idx;
}

/**
 * An inference BatchNormalization that can fold: one output read (its others unused), and its
 * scale, B, mean and var constants.
 */
function foldableBatchNorm(g: Graph, idx: UseIndex, bn: Node): boolean {
  if (bn.op !== 'BatchNormalization' || bn.attrs['training_mode'] === 1 || (bn.outputs[0] ?? '') === '') return false;
  // an omitted output ('') has no readers and is no graph output; an omitted operand names no tensor
  if (bn.outputs.slice(1).some((o) => (idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o))) return false;
  return bn.inputs.slice(1, 5).every((i) => g.tensors.get(i)?.data !== undefined);
}

/** The channel count of the BN's 1-D scale. */
function bnChannels(g: Graph, bn: Node): number | undefined {
  const scale = tensorNamed(g, bn.inputs[1]);
  // Stryker disable next-line OptionalChaining: equivalent, a foldable BN's scale is a constant the graph holds (foldableBatchNorm)
  const s0 = scale?.shape?.length === 1 ? scale.shape[0] : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent, without the typeof test a symbolic dim (a string) still fails `s0 > 0` (a string that is no number compares false)
  return typeof s0 === 'number' && s0 > 0 ? s0 : undefined;
}

/** Output channels: the BN scale's length, else the weights' output dim. */
function channels(g: Graph, bn: Node, op: Node): number | undefined {
  const w = tensorNamed(g, op.inputs[1])?.shape;
  const d = bnChannels(g, bn) ?? (w === undefined ? undefined : outChannelCount(op, w));
  return (d ?? 0) > 0 ? d : undefined;
}

function addBias(g: Graph, op: Node, bn: Node, cout: number): void {
  const w = tensorNamed(g, op.inputs[1]);
  const wd: DType = w?.dtype ?? 'float32';
  const dtype: DType = isInteger(wd) && DTYPE_BITS[wd] <= 8 ? 'int32' : wd === 'unknown' ? 'float32' : wd;
  const name = freshTensorName(g, `${bn.name}_folded_bias`);
  const bias: Tensor = { name, dtype, shape: [cout], data: { kind: 'computed', by: bn.name } };
  g.tensors.set(name, bias);
  // Stryker disable next-line EqualityOperator: equivalent, at length 2 `<=` pushes a '' that the bias then replaces at index 2
  while (op.inputs.length < 2) op.inputs.push('');
  op.inputs[2] = name;
}

/**
 * `batchnorm-forward`: a BatchNormalization that could not fold into the layer before it (a ReLU
 * in between, or a graph input before it) folds into the layer after it, as stedgeai does: a Conv
 * that pads nothing, or a Gemm, that alone reads it (its scale multiplies the layer's weights per
 * input channel, its offset moves into the bias). The BN costs nothing any more and has no array
 * of its own; the model's params keep its scale and offset (2 x C items, stedgeai's ScaleBias) as a
 * `paramsOnly` constant on that layer. Source: the activity tracker's our_model.h5 and its ST Edge AI
 * Core 2.2 report (4 BNs after ReLUs and on the input: ScaleBias 2/8, 64/256, 64/256, 128/512 in the
 * model, all folded in the C model: macc 1,363,984, weights 66,228 B, params 16,815).
 */
export const batchnormForwardPass: Pass = {
  name: 'batchnorm-forward',
  run(graph) {
    foldBatchNorms(graph, intoReader);
    return graph;
  },
};

/** One BatchNormalization into the layer after it, when it can (the pass's conditions above). */
export const intoReader: Fold = (graph, bn, x, out, idx, dead) => {
  const readers = readersOf(idx, out);
  const next = readers[0];
  // the layer reads the BN's output as its data input (position 0) and nowhere else: a Gemm or Conv
  // (checked next) has no subgraph, so a reader that reads it past position 0 is the only other case
  if (readers.length !== 1 || !next || idx.graphOutputs.has(out) || next.inputs.indexOf(out, 1) !== -1) return;
  if (!(next.op === 'Gemm' || (next.op === 'Conv' && padsNothing(next)))) return;
  const c = bnChannels(graph, bn);
  if (c === undefined) return;
  const name = freshTensorName(graph, `${bn.name}_scale_bias`);
  graph.tensors.set(name, { name, dtype: 'float32', shape: [2, c], data: { kind: 'computed', by: bn.name }, paramsOnly: true });
  next.inputs[0] = x;
  while (next.inputs.length < 3) next.inputs.push('');
  next.inputs.push(name);
  // the layer reads x where the BN did; nothing reads the BN's output any more
  idx.consumers.set(x, [...readersOf(idx, x).filter((c) => c !== bn && c !== next), next]);
  idx.consumers.delete(out);
  absorb(next, bn);
  dead.add(bn);
};

/** A Conv whose window never reads outside its input (zero padding would not be the BN of zero). */
function padsNothing(n: Node): boolean {
  const auto = n.attrs['auto_pad'];
  if (auto === 'VALID') return true;
  if (auto !== undefined && auto !== 'NOTSET') return false;
  const pads = n.attrs['pads'];
  return pads === undefined || (Array.isArray(pads) && pads.every((p) => p === 0));
}
