/**
 * Channel-first I/O (METRICS.md "Activations"): ST Edge AI Core computes in channel-last layout
 * and, for a channel-first (ONNX) model, keeps the model's NCHW inputs and outputs by adding a
 * Transpose after each such input and before each such output (the packetqc-ai c_info.json:
 * `embeddings_Transpose` after the s8 [256, 32] input, `..._Transpose_0` before the output, each
 * its own buffer). This returns a planning copy of the graph with those Transposes; the model's
 * own graph is unchanged. An I/O tensor needs one when its layout differs in memory: rank >= 3,
 * more than one channel (axis 1) and more than one spatial element. Applied when the graph has a
 * channel-first spatial operator; the integer I/O rule (boundary-qdq.ts) picks the tensor.
 */
import type { Graph, Node } from '../ir/graph.js';
import { hasTrait } from '../ops/traits.js';
import { layoutOf } from '../ops/util/attrs.js';
import type { BoundaryQdq } from './boundary-qdq.js';
import { LayeredMap } from '../ir/layered-map.js';

/** Suffix of the channel-last copy a Transpose reads or writes. */
export const CHANNEL_LAST = '#chlast';

/** More than one channel (axis 1) and more than one spatial element (axes 2...): rank 3 or more, as a lower rank has no spatial axis (their product is 1). */
function needsTranspose(graph: Graph, name: string): boolean {
  // Stryker disable next-line OptionalChaining: equivalent, name is a graph input or output, which has a tensor in every verified graph
  const s = graph.tensors.get(name)?.shape;
  if (!s || !s.every((d) => typeof d === 'number')) return false;
  const dims = s as number[];
  return (dims[1] ?? 1) > 1 && dims.slice(2).reduce((a, b) => a * b, 1) > 1;
}

export function withChannelLastIo(graph: Graph, boundary: BoundaryQdq): Graph {
  if (!graph.nodes.some((n) => hasTrait(n.op, 'spatial') && layoutOf(n) === 'NCHW')) return graph;
  const ins = graph.inputs.map((x) => boundary.inputs.get(x) ?? x).filter((x) => needsTranspose(graph, x));
  const outs = graph.outputs.map((y) => boundary.outputs.get(y) ?? y).filter((y) => needsTranspose(graph, y));
  if (ins.length === 0 && outs.length === 0) return graph;
  // the model's tensors under the few this copy adds, not copied (ir/layered-map.ts)
  const tensors = new LayeredMap(graph.tensors);
  const copy = (name: string): string => {
    const t = tensors.get(name);
    const c = `${name}${CHANNEL_LAST}`;
    // Stryker disable next-line ConditionalExpression: equivalent, only tensors with a static shape need a Transpose (needsTranspose), so t exists
    if (t) tensors.set(c, { ...t, name: c });
    return c;
  };
  const rename = (names: string[], from: string, to: string) => names.map((n) => (n === from ? to : n));
  // the nodes that change are copied; the others are the model's own (nothing in planning writes to a node)
  const nodes: Node[] = graph.nodes.slice();
  for (const x of ins) {
    const c = copy(x);
    const t: Node = { name: `${x}${CHANNEL_LAST}/transpose`, op: 'Transpose', sourceOp: 'Transpose', inputs: [x], outputs: [c], attrs: {} };
    const producer = nodes.findIndex((n) => n.outputs.includes(x));
    nodes.forEach((n, i) => { if (n.inputs.includes(x)) nodes[i] = { ...n, inputs: rename(n.inputs, x, c) }; });
    nodes.splice(producer + 1, 0, t);
  }
  for (const y of outs) {
    const c = copy(y);
    const producer = nodes.findIndex((n) => n.outputs.includes(y));
    if (producer < 0) continue;
    const p = nodes[producer] as Node;
    nodes[producer] = { ...p, outputs: rename(p.outputs, y, c) };
    nodes.splice(producer + 1, 0, { name: `${y}${CHANNEL_LAST}/transpose`, op: 'Transpose', sourceOp: 'Transpose', inputs: [c], outputs: [y], attrs: {} });
  }
  return { ...graph, nodes, tensors };
}
