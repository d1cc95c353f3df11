/**
 * Activations of nested graphs (METRICS.md "Nested graphs"). The planner lays out the top-level
 * graph; while a control node (If/Loop/Scan) runs, its subgraph needs its own intermediate
 * tensors. Each such node gets a scratch area the size of its largest subgraph's own plan (I/O
 * inside, its own nested graphs likewise), so the arena is not understated. The outer tensors a
 * subgraph reads stay alive until the node runs (lifetimes.ts).
 */
import type { Graph, Node } from '../ir/graph.js';
import type { MemoryPlan, NestedScratch, PlanOptions, ScratchSizeFn } from './types.js';
import { append } from '../arrays.js';

export type PlanFn = (graph: Graph, opts: PlanOptions) => MemoryPlan;

export interface NestedNotes {
  nested: NestedScratch[];
  /** Tensors of unknown size inside the subgraphs. */
  unsized: string[];
}

/**
 * `base` plus, for a node with subgraphs, its largest subgraph's arena (recorded in `notes`).
 * Each node's subgraphs are planned once, however many execution orders ask (memory/best.ts);
 * a node without any is `base` alone, not remembered (a map of every node: 6.6 MiB on a
 * 100k-node chain).
 */
export function withNestedScratch(base: ScratchSizeFn, opts: PlanOptions, plan: PlanFn, notes: NestedNotes): ScratchSizeFn {
  const known = new Map<Node, number>();
  return (node: Node, graph: Graph): number => {
    if (!node.subgraphs) return base(node, graph);
    const seen = known.get(node);
    if (seen !== undefined) return seen;
    const bytes = nestedBytes(node, graph, node.subgraphs);
    known.set(node, bytes);
    return bytes;
  };

  function nestedBytes(node: Node, graph: Graph, subgraphs: Record<string, Graph>): number {
    const own = base(node, graph);
    let best: NestedScratch | undefined;
    for (const [name, sub] of Object.entries(subgraphs)) {
      const p = plan(sub, { ...opts, ioInsideActivations: true, scratchSize: base, nested: true });
      append(notes.unsized, p.unsized);
      if (!best || p.arenaBytes > best.bytes) best = { node: node.name, subgraph: name, bytes: p.arenaBytes };
    }
    if (!best || best.bytes === 0) return own;
    notes.nested.push(best);
    return own + best.bytes;
  }
}
