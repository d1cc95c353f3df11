/**
 * Operation types, like stedgeai's "Number of operation types": each layer's MACC goes in one
 * bucket named after what it computes and the data types it computes with.
 *   smul_<in>_<weights>  multiply-accumulate (Conv, Gemm, MatMul, RNN cells)
 *   conv_<in>_<out>      conversion (QuantizeLinear, DequantizeLinear, Requantize, Cast)
 *   op_<in>_<out>        anything else (nonlinearity, elementwise, pooling, normalization)
 */
import { shortDType, type DType } from '../ir/dtype.js';
import type { Graph, Node } from '../ir/graph.js';
import type { OpRole } from '../ops/rule.js';

export interface OperationTypeShare {
  type: string;
  macc: number;
  /** Fraction of the model's MACC in [0, 1]. */
  share: number;
}

function dtypeAt(graph: Graph, names: string[], i: number): DType | undefined {
  const name = names[i];
  return name ? graph.tensors.get(name)?.dtype : undefined;
}

function short(d: DType | undefined): string {
  return d === undefined ? 'unknown' : shortDType(d);
}

export function operationType(graph: Graph, node: Node, role: OpRole): string {
  const input = dtypeAt(graph, node.inputs, 0);
  const output = dtypeAt(graph, node.outputs, 0);
  if (role === 'quantization' || node.op === 'Cast') return `conv_${short(input)}_${short(output)}`;
  if (role === 'compute') {
    const second = dtypeAt(graph, node.inputs, 1) ?? input;
    return `smul_${short(input)}_${short(second)}`;
  }
  return `op_${short(input ?? output)}_${short(output ?? input)}`;
}

/** Buckets by type in order of first appearance; layers with 0 MACC are left out. */
export function operationTypes(layers: readonly { macc: number; operationType: string }[]): OperationTypeShare[] {
  const byType = new Map<string, number>();
  let total = 0;
  for (const l of layers) {
    if (l.macc <= 0) continue;
    byType.set(l.operationType, (byType.get(l.operationType) ?? 0) + l.macc);
    total += l.macc;
  }
  return [...byType].map(([type, macc]) => ({ type, macc, share: total > 0 ? macc / total : 0 }));
}
