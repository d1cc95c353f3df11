/**
 * A private copy of a graph for the pipeline to rewrite, so the Model a frontend returned stays
 * as read. Tensors, nodes and nested graphs are copied; constant data descriptors (which hold a
 * ByteSource, never bytes) and attribute values other than nested graphs are shared, read-only.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';

export function cloneGraph(g: Graph): Graph {
  const out: Graph = { ...g, tensors: new Map(), nodes: g.nodes.map(cloneNode), inputs: [...g.inputs], outputs: [...g.outputs] };
  if (g.outerRefs !== undefined) out.outerRefs = [...g.outerRefs];
  for (const [name, t] of g.tensors) out.tensors.set(name, cloneTensor(t));
  return out;
}

function cloneTensor(t: Tensor): Tensor {
  const c: Tensor = { ...t };
  if (t.shape !== undefined) c.shape = [...t.shape];
  if (t.quant !== undefined) c.quant = { ...t.quant, scale: [...t.quant.scale], zeroPoint: [...t.quant.zeroPoint] };
  return c;
}

function cloneNode(n: Node): Node {
  const c: Node = { ...n, inputs: [...n.inputs], outputs: [...n.outputs], attrs: { ...n.attrs } };
  if (n.fused !== undefined) c.fused = [...n.fused];
  if (n.activationAttrs !== undefined) c.activationAttrs = { ...n.activationAttrs };
  if (n.subgraphs !== undefined) {
    const subs: Record<string, Graph> = {};
    for (const [k, sg] of Object.entries(n.subgraphs)) subs[k] = cloneGraph(sg);
    c.subgraphs = subs;
  }
  return c;
}
