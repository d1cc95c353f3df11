/**
 * "This layer computes on integers": every activation it reads (non-constant input) is a quantized
 * integer tensor. Frontends and the QDQ pass set `Node.integer` from it once; the MACC rules (a
 * fused clamp is the requantization's saturation) and the target mapping read the property.
 */
import { isInteger } from './dtype.js';
import type { Graph, Node } from './graph.js';

export function readsQuantizedIntegers(g: Graph, n: Node): boolean {
  // (a loop: every node of a graph is asked, and a float one answers at its first activation)
  let acts = 0;
  for (const i of n.inputs) {
    const t = i === '' ? undefined : g.tensors.get(i);
    if (t === undefined || t.data !== undefined) continue;
    if (t.quant === undefined || !isInteger(t.dtype)) return false;
    acts++;
  }
  return acts > 0;
}
