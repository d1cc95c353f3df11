/**
 * stedgeai's `model_fmt`: 'float' for a float model, else '<weights>/<activations> per channel|tensor'
 * where ss = signed symmetric, sa = signed asymmetric, ua = unsigned asymmetric; 'dqnn' when a
 * layer keeps its 1-bit weights (seed 001: 'dqnn' for the two-layer model whose first layer runs
 * binarized, 'float' for the one-layer model whose only layer falls back to float).
 */
import type { DType } from '../ir/dtype.js';
import type { Graph, Tensor } from '../ir/graph.js';

function storage(t: Tensor): DType {
  return t.quant?.dtype ?? t.dtype;
}

export function modelFmt(graph: Graph): string {
  const weights: Tensor[] = [];
  const activations: Tensor[] = [];
  for (const t of graph.tensors.values()) if (t.storageBits === 1 && t.packedAxis !== undefined) return 'dqnn';
  for (const t of graph.tensors.values()) {
    if (!t.quant || t.quant.scale.length === 0) continue;
    (t.data !== undefined ? weights : activations).push(t);
  }
  if (weights.length === 0 && activations.length === 0) return 'float';
  const signed = (ts: Tensor[]) => ts.some((t) => storage(t).startsWith('int'));
  const perChannel = weights.some((t) => (t.quant?.scale.length ?? 0) > 1);
  const w = weights.length === 0 ? 'float' : signed(weights) ? 'ss' : 'ua';
  const a = activations.length === 0 ? 'float' : signed(activations) ? 'sa' : 'ua';
  return `${w}/${a} ${perChannel ? 'per channel' : 'per tensor'}`;
}
