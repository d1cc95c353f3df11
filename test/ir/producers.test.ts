/**
 * Who writes a tensor (src/ir/producers.ts): found among the NEAR_PRODUCERS nodes before the
 * reader, else none for a graph input or a constant no node writes, else in the map of every
 * output. Every way must give what a scan of the whole graph gives: the one writer, wherever it is.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { NEAR_PRODUCERS, producersOf } from '../../src/ir/producers.js';
import type { Graph, Node } from '../../src/ir/graph.js';

const opts = { outShapes: [[4]], outDType: 'float32' as const };

/** The writer by a scan of every node (the last one, were there two). */
function scanned(g: Graph, name: string): number | undefined {
  let found: number | undefined;
  g.nodes.forEach((n, j) => {
    if (n.outputs.includes(name)) found = j;
  });
  return found;
}

/** x -> n0 -> ... -> n<count - 1> (Add of the previous output and a constant weight each). */
function chain(count: number): { g: GraphBuilder; outs: string[] } {
  const g = new GraphBuilder('chain');
  let t = g.input('x', 'float32', [4]);
  const outs: string[] = [];
  for (let i = 0; i < count; i++) outs.push((t = g.node('Add', [t, g.constant(`w${i}`, 'float32', [4])], {}, { name: `n${i}`, ...opts })));
  return { g, outs };
}

describe('producersOf: the writer of what a node reads', () => {
  it('every read of a chain three windows long, and each output read from every later node, as a scan finds it', () => {
    const { g, outs } = chain(NEAR_PRODUCERS * 3);
    const graph = g.graph;
    const writers = producersOf(graph);
    graph.nodes.forEach((n, at) => {
      for (const x of n.inputs) expect(writers.find(x, at), `${x} read by node ${at}`).toBe(scanned(graph, x));
    });
    // from every node after each output's writer: near, at the window's edge, just past it, far
    for (let at = 1; at < outs.length; at++) {
      for (let k = 0; k < at; k++) expect(writers.find(outs[k] as string, at), `n${k}'s output read at ${at}`).toBe(k);
    }
    expect(writers.find('x', 5)).toBeUndefined();
    expect(writers.find('w3', NEAR_PRODUCERS * 2)).toBeUndefined();
    expect(writers.find('nowhere', 2)).toBeUndefined();
  });

  it('a constant or a graph input that a node writes too: that node, read before it, near it and far after it', () => {
    const { g } = chain(NEAR_PRODUCERS * 2 + 4);
    const nodes = g.graph.nodes as Node[];
    // node 3 writes w0 (a folded value whose node stays) and the last node writes x again
    (nodes[3] as Node).outputs.push('w0');
    (nodes.at(-1) as Node).outputs.push('x');
    const last = nodes.length - 1;
    for (const at of [0, 1, 4, 5, NEAR_PRODUCERS + 4, last]) {
      const writers = producersOf(g.graph);
      expect(writers.find('w0', at), `w0 read at ${at}`).toBe(3);
      expect(writers.find('x', at), `x read at ${at}`).toBe(last);
      // the graph input asked first (the inputs and the constants written are found apart)
      const fresh = producersOf(g.graph);
      expect(fresh.find('x', at), `x read first at ${at}`).toBe(last);
      expect(fresh.find('w0', at), `w0 read after x at ${at}`).toBe(3);
    }
    // the other constants are still written by nobody
    expect(producersOf(g.graph).find('w1', last)).toBeUndefined();
  });
});
