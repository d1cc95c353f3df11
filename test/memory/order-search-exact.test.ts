/**
 * The execution-order search (memory/best.ts searchOrder) against brute force: on small random
 * DAGs (test/helpers/random-graph.ts, at most 7 nodes) every topological order is planned and its
 * peak of live bytes measured (plan.ts peakLiveBytes: the bytes of the buffers alive at each step);
 * the exact search's order must reach the lowest of them, and the greedy one (past the bounds) is
 * a valid order no lower than it.
 */
import { describe, expect, it } from 'vitest';
import type { Graph, Node } from '../../src/ir/graph.js';
import { searchOrder } from '../../src/memory/best.js';
import { collectRequests } from '../../src/memory/lifetimes.js';
import { planMemory, peakLiveBytes } from '../../src/memory/plan.js';
import { plannerTraits } from '../../src/memory/profiles.js';
import { noKernelScratch, noScratch } from '../../src/memory/scratch.js';
import { randomGraph } from '../helpers/random-graph.js';
import { GraphBuilder } from '../builders/ir.js';

/** Every topological order of the graph's nodes (a node after the producers of what it reads). */
function topologicalOrders(g: Graph): number[][] {
  const producer = new Map<string, number>();
  g.nodes.forEach((n, i) => n.outputs.forEach((o) => producer.set(o, i)));
  const preds = g.nodes.map((n) => new Set(n.inputs.map((x) => producer.get(x)).filter((p): p is number => p !== undefined)));
  const out: number[][] = [];
  const walk = (order: number[], done: Set<number>): void => {
    if (order.length === g.nodes.length) {
      out.push([...order]);
      return;
    }
    g.nodes.forEach((_, i) => {
      if (done.has(i) || ![...(preds[i] ?? [])].every((p) => done.has(p))) return;
      done.add(i);
      order.push(i);
      walk(order, done);
      order.pop();
      done.delete(i);
    });
  };
  walk([], new Set());
  return out;
}

/** Two kernel scratch buffers for every third node (by the index in its name), so that the search weighs scratch too. */
const kernelScratch = (node: Node): number[] => (Number(node.name.slice(1)) % 3 === 0 ? [160, 200] : []);
/** The graph with each node output renamed `<node>#<k>`, the form of a scratch buffer's name (ONNX allows '#'). */
function hashNames(g: Graph): Graph {
  const to = new Map<string, string>();
  g.nodes.forEach((n) => n.outputs.forEach((o, k) => to.set(o, `${n.name}#${k}`)));
  const name = (x: string) => to.get(x) ?? x;
  return {
    ...g,
    tensors: new Map([...g.tensors].map(([k, t]) => [name(k), { ...t, name: name(k) }])),
    nodes: g.nodes.map((n) => ({ ...n, inputs: n.inputs.map(name), outputs: n.outputs.map(name) })),
    outputs: g.outputs.map(name),
  };
}

const peakOf = (g: Graph, order: readonly number[], scratch: boolean): number =>
  peakLiveBytes(planMemory(g, { planner: 'st', order, kernelScratch: scratch ? kernelScratch : false }));

describe('the execution-order search against every order', () => {
  it.each([[false, false], [true, false], [false, true]])('reaches the lowest peak of live bytes of all topological orders (random DAGs of up to 7 nodes; scratch areas: %s, tensors named like scratch: %s)', (scratch, hashed) => {
    const traits = plannerTraits('st');
    let graphs = 0;
    let better = 0;
    for (let seed = 1; graphs < 60; seed++) {
      const g = hashed ? hashNames(randomGraph(seed).graph) : randomGraph(seed).graph;
      if (g.nodes.length > 7 || g.nodes.length < 3) continue;
      graphs++;
      const req = collectRequests(g, { traits, ioInside: true, scratchSize: noScratch, kernelScratch: scratch ? kernelScratch : noKernelScratch });
      const { order, method } = searchOrder(g, req);
      expect(method).toBe('exact');
      const orders = topologicalOrders(g);
      // a valid order first (seed 108: a 0-byte tensor has no buffer, yet its reader runs after its producer)
      expect(orders.map((o) => o.join()), `seed ${seed}`).toContain(order?.join());
      const lowest = Math.min(...orders.map((o) => peakOf(g, o, scratch)));
      expect(order && peakOf(g, order, scratch), `seed ${seed}, order ${String(order)}`).toBe(lowest);
      if (lowest < peakOf(g, g.nodes.map((_, i) => i), scratch)) better++;
    }
    // the graph's own order is not already the best everywhere, or the check would mean little
    expect(better).toBeGreaterThan(5);
  });
});

describe('dependencies the buffers do not show', () => {
  it('an omitted operand orders nothing: a node reading \'\' does not wait for a node with an omitted output', () => {
    const b = new GraphBuilder('omitted');
    const x = b.input('x', 'int8', [16]);
    const y0 = b.node('Add', [x, ''], {}, { name: 'n0', outShapes: [[16]], outDType: 'int8' });
    b.graph.nodes.push({ name: 'n1', op: 'Add', sourceOp: 'Add', inputs: [y0], outputs: ['', 'y1'], attrs: {} });
    b.tensor('y1', 'int8', [8]);
    b.output('y1');
    const g = b.graph;
    const req = collectRequests(g, { traits: plannerTraits('st'), ioInside: true, scratchSize: noScratch, kernelScratch: noKernelScratch });
    expect(searchOrder(g, req)).toEqual({ order: [0, 1], method: 'exact' });
  });
});

describe('a folded Pad in the order search', () => {
  it("the padded tensor's buffer is the Pad's input, alive until the convolution reads it: the search keeps the conv next to its Pad", () => {
    // x int8 [1, 8, 8, 4] (256 B) -> Pad (zero, SAME-like: folds into the conv; 4 channels, below ST's deep
    // kernel, which would keep the Pad) -> Conv 3x3 -> y [1, 8, 8, 1] (64 B);
    // s [1, 16] -> B -> b [1, 2000] (2,000 B); F reads y and b and writes 1 B (a stand-in: only sizes matter here).
    const b = new GraphBuilder('pad-order');
    const x = b.input('x', 'int8', [1, 8, 8, 4], { scale: [0.1], zeroPoint: [0] });
    const s = b.input('s', 'int8', [1, 16]);
    const pad = b.node('Pad', [x, b.values('pads', 'int64', [0, 1, 1, 0, 0, 1, 1, 0])], {}, { name: 'P', outShapes: [[1, 10, 10, 4]], outDType: 'int8' });
    const w = b.constant('w', 'int8', [1, 3, 3, 4], { scale: [0.1], zeroPoint: [0] });
    const y = b.node('Conv', [pad, w], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'C', outShapes: [[1, 8, 8, 1]], outDType: 'int8' });
    const big = b.node('Relu', [s], {}, { name: 'B', outShapes: [[1, 2000]], outDType: 'int8' });
    b.output(b.node('Add', [y, big], {}, { name: 'F', outShapes: [[1, 1]], outDType: 'int8' }));
    const g = b.graph;
    const req = collectRequests(g, { traits: plannerTraits('st'), ioInside: true, scratchSize: noScratch, kernelScratch: noKernelScratch });
    expect(req.folded.map((f) => f.pad)).toEqual(['P']);
    const { order } = searchOrder(g, req);
    const lowest = Math.min(...topologicalOrders(g).map((o) => peakOf(g, o, false)));
    expect(order && peakOf(g, order, false)).toBe(lowest);
    // by hand: P, C, B, F peaks at B with y + s + b = 64 + 16 + 2,000 B; P, B, C, F would hold x (256 B) there too
    expect(order?.map((i) => g.nodes[i]?.name)).not.toEqual(['P', 'B', 'C', 'F']);
  });
});
