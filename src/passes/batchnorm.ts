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
import { buildUseIndex, foldFollower, freshTensorName, removeNodes } from './graph-edit.js';


export const batchnormPass: Pass = {
  name: 'batchnorm',
  run(graph) {
    if (!graph.nodes.some((n) => n.op === 'BatchNormalization')) return graph;
    const idx = buildUseIndex(graph);
    const dead = new Set<Node>();
    for (const bn of graph.nodes) {
      if (bn.op !== 'BatchNormalization' || bn.attrs['training_mode'] === 1) continue;
      const x = bn.inputs[0] ?? '';
      const out = bn.outputs[0] ?? '';
      const op = idx.producer.get(x);
      if (op === undefined || !hasTrait(op.op, 'absorbs-batchnorm') || op.activation !== undefined || op.outputs[0] !== x) continue;
      if (idx.graphOutputs.has(x) || (idx.consumers.get(x) ?? []).some((c) => c !== bn)) continue;
      if (out === '' || bn.outputs.slice(1).some((o) => o !== '' && ((idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o)))) continue;
      if (!bn.inputs.slice(1, 5).every((i) => i !== '' && graph.tensors.get(i)?.data !== undefined)) continue;
      const cout = channels(graph, bn, op);
      if (cout === undefined) continue;

      if ((op.inputs[2] ?? '') === '') addBias(graph, op, bn, cout);
      foldFollower(graph, idx, op, bn, x, out, dead);
    }
    removeNodes(graph, dead);
    return graph;
  },
};

/** Output channels: the BN scale's length, else the weights' output dim. */
function channels(g: Graph, bn: Node, op: Node): number | undefined {
  const scale = g.tensors.get(bn.inputs[1] ?? '');
  const s0 = scale?.shape?.length === 1 ? scale.shape[0] : undefined;
  if (typeof s0 === 'number' && s0 > 0) return s0;
  const w = g.tensors.get(op.inputs[1] ?? '')?.shape;
  if (w === undefined) return undefined;
  let d: number | string | undefined;
  if (op.op === 'Gemm') d = op.attrs['transB'] === 1 ? w[0] : w[1];
  else if (op.op === 'ConvTranspose') d = typeof w[1] === 'number' ? w[1] * (typeof op.attrs['group'] === 'number' ? op.attrs['group'] : 1) : undefined;
  else d = w[0];
  return typeof d === 'number' && d > 0 ? d : undefined;
}

function addBias(g: Graph, op: Node, bn: Node, cout: number): void {
  const w = g.tensors.get(op.inputs[1] ?? '');
  const wd: DType = w?.dtype ?? 'float32';
  const dtype: DType = isInteger(wd) && DTYPE_BITS[wd] <= 8 ? 'int32' : wd === 'unknown' ? 'float32' : wd;
  const name = freshTensorName(g, `${bn.name}_folded_bias`);
  const bias: Tensor = { name, dtype, shape: [cout], data: { kind: 'computed', by: bn.name } };
  g.tensors.set(name, bias);
  while (op.inputs.length < 2) op.inputs.push('');
  op.inputs[2] = name;
}
