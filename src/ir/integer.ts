/**
 * "This layer computes on integers": every activation it reads (non-constant input) is a quantized
 * integer tensor. Frontends and the QDQ pass set `Node.integer` from it once; the MACC rules (a
 * fused clamp is the requantization's saturation) and the target mapping read the property.
 */
import { isInteger } from './dtype.js';
import type { Graph, Node, Tensor } from './graph.js';

export function readsQuantizedIntegers(g: Graph, n: Node): boolean {
  const acts = n.inputs
    .filter((i) => i !== '')
    .map((i) => g.tensors.get(i))
    .filter((t): t is Tensor => t !== undefined && t.data === undefined);
  return acts.length > 0 && acts.every((t) => t.quant !== undefined && isInteger(t.dtype));
}
