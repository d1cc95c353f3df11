/**
 * Integer I/O of a quantized ONNX model (METRICS.md "Activations"): ST Edge AI Core runs a QDQ
 * model's input QuantizeLinear and output DequantizeLinear outside the network, so the network's
 * input and output buffers are the int8 tensors (the packetqc-ai c_info.json: input `embeddings`
 * s8 [256, 32] flagged INPUTS, output s8 [374, 32] flagged OUTPUTS). A graph input read only by
 * one QuantizeLinear is replaced by that node's output; a graph output written by a
 * DequantizeLinear whose integer input nothing else reads is replaced by that input.
 */
import type { Graph } from '../ir/graph.js';
import { buildUseIndex, type UseIndex } from '../passes/graph-edit.js';

export interface BoundaryQdq {
  /** Float graph input -> the int8 tensor that stands for it. */
  inputs: Map<string, string>;
  /** Float graph output -> the int8 tensor that stands for it. */
  outputs: Map<string, string>;
}

const INTEGER = new Set(['int8', 'uint8', 'int16', 'uint16']);

export function boundaryQdq(graph: Graph, index?: UseIndex): BoundaryQdq {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a shortcut: without a Q or DQ node the loops below find no boundary either
  if (!graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear')) return { inputs: new Map(), outputs: new Map() };
  const { consumers: readers, producer } = index ?? buildUseIndex(graph);
  const outputs = new Set(graph.outputs);
  const inputs = new Set(graph.inputs);
  const out: BoundaryQdq = { inputs: new Map(), outputs: new Map() };
  for (const name of graph.inputs) {
    const r = readers.get(name);
    const q = r?.length === 1 ? r[0] : undefined;
    // Stryker disable next-line StringLiteral: equivalent, the fallback is read only when q is missing, and the next test then fails on q?.op
    const y = q?.outputs[0] ?? '';
    // Stryker disable next-line StringLiteral: equivalent, a tensor without a dtype is in no integer set under either fallback name
    if (q?.op === 'QuantizeLinear' && q.inputs[0] === name && y !== '' && !outputs.has(y) && INTEGER.has(graph.tensors.get(y)?.dtype ?? '')) out.inputs.set(name, y);
  }
  for (const name of graph.outputs) {
    const dq = producer.get(name);
    // Stryker disable next-line StringLiteral: equivalent, the fallback is read only when dq is missing, and the next test then fails on dq?.op
    const z = dq?.inputs[0] ?? '';
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted DQ input ('') has no tensor, so the integer test below fails for it too
    if (dq?.op !== 'DequantizeLinear' || z === '' || inputs.has(z) || outputs.has(z) || graph.tensors.get(z)?.data !== undefined) continue;
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, z is read by the DQ, so it has a reader list; a tensor without a dtype is in no integer set under either fallback
    if (readers.get(z)?.length === 1 && INTEGER.has(graph.tensors.get(z)?.dtype ?? '')) out.outputs.set(name, z);
  }
  return out;
}
