/**
 * A layer's `connectedTo` (src/metrics/layers.ts): the producers of what it reads, found among the
 * NEAR_PRODUCERS nodes before it or, from further back, in a map of every output. Both ways must
 * name the same producer: here at the window's edge and past it, for a graph input read late,
 * for a graph input a node writes (read before and after that node), and from a nested graph.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { computeMetrics } from '../../src/metrics/metrics.js';
import { NEAR_PRODUCERS } from '../../src/ir/producers.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { fakeRules as rules } from './fake-rules.js';

const opts = { outShapes: [[4]], outDType: 'float32' as const };

/** x -> n0 -> n1 -> ... -> n<count - 1>, each a Relu. */
function chain(count: number): { g: GraphBuilder; outs: string[]; x: string } {
  const g = new GraphBuilder('chain');
  const x = g.input('x', 'float32', [4]);
  const outs: string[] = [];
  let t = x;
  for (let i = 0; i < count; i++) outs.push((t = g.node('Relu', [t], {}, { name: `n${i}`, ...opts })));
  return { g, outs, x };
}

const connected = (g: Graph, name: string): readonly string[] | undefined => computeMetrics(g, { rules }).layers.find((l) => l.name === name)?.connectedTo;

describe('connectedTo: producers near and far', () => {
  it("a read from the window's last node, one from just past it, and one from the start of the chain", () => {
    const n = NEAR_PRODUCERS + 4;
    const { g, outs } = chain(n);
    // the Add is node n: node n - NEAR_PRODUCERS is the window's last, n - NEAR_PRODUCERS - 1 just past it
    const edge = outs[n - NEAR_PRODUCERS] as string;
    const past = outs[n - NEAR_PRODUCERS - 1] as string;
    g.output(g.node('Add', [edge, past], {}, { name: 'add', ...opts }));
    g.output(g.node('Add', [outs[0] as string, 'add_out'], {}, { name: 'far', ...opts }));
    expect(connected(g.graph, 'add')).toEqual([`n${n - NEAR_PRODUCERS}`, `n${n - NEAR_PRODUCERS - 1}`]);
    expect(connected(g.graph, 'far')).toEqual(['n0', 'add']);
  });

  it('a graph input read late is named by itself; every node of the chain by its producer', () => {
    const { g, outs, x } = chain(NEAR_PRODUCERS * 2);
    g.output(g.node('Add', [x, outs.at(-1) as string], {}, { name: 'late', ...opts }));
    const m = computeMetrics(g.graph, { rules });
    expect(m.layers.map((l) => l.connectedTo)).toEqual([['x'], ...outs.slice(0, -1).map((_, i) => [`n${i}`]), ['x', `n${NEAR_PRODUCERS * 2 - 1}`]]);
  });

  it('a graph input a node writes: its readers, before and after that node, are connected to the writer', () => {
    const { g } = chain(3);
    const nodes = g.graph.nodes as Node[];
    // n2 writes x again (the invariants allow one such writer); n1 reads x before it, a late Add after it
    (nodes[2] as Node).outputs = ['x'];
    (nodes[1] as Node).inputs = ['x'];
    g.graph.outputs = [];
    g.output(g.node('Add', ['x', 'n1_out'], {}, { name: 'after', ...opts }));
    expect(connected(g.graph, 'n1')).toEqual(['n2']);
    expect(connected(g.graph, 'after')).toEqual(['n2', 'n1']);
  });

  it("a nested graph reads its enclosing graph's tensors from their producer there", () => {
    const { g, outs } = chain(NEAR_PRODUCERS + 2);
    const body: Graph = { name: 'body', tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    body.nodes.push({ name: 'inner', op: 'Relu', sourceOp: 'Relu', inputs: [outs[0] as string], outputs: ['inner_out'], attrs: {} });
    body.tensors.set('inner_out', { name: 'inner_out', dtype: 'float32', shape: [4] });
    body.outputs.push('inner_out');
    const loop = g.node('Identity', [outs.at(-1) as string], {}, { name: 'holder', ...opts });
    (g.graph.nodes.at(-1) as Node).subgraphs = { body };
    g.output(loop);
    const layers = computeMetrics(g.graph, { rules }).layers;
    const holder = layers.find((l) => l.name === 'holder');
    expect(holder?.connectedTo).toEqual([`n${NEAR_PRODUCERS + 1}`]);
    expect(holder?.subgraphs?.[0]?.layers[0]?.connectedTo).toEqual(['n0']);
  });
});
