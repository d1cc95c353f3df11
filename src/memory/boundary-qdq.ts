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
    const y = q?.outputs[0] ?? '';
    if (q?.op === 'QuantizeLinear' && q.inputs[0] === name && y !== '' && !outputs.has(y) && INTEGER.has(graph.tensors.get(y)?.dtype ?? '')) out.inputs.set(name, y);
  }
  for (const name of graph.outputs) {
    const dq = producer.get(name);
    const z = dq?.inputs[0] ?? '';
    if (dq?.op !== 'DequantizeLinear' || z === '' || inputs.has(z) || outputs.has(z) || graph.tensors.get(z)?.data !== undefined) continue;
    if (readers.get(z)?.length === 1 && INTEGER.has(graph.tensors.get(z)?.dtype ?? '')) out.outputs.set(name, z);
  }
  return out;
}
