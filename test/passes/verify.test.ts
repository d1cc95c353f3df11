import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { verifyGraph, verifyPass } from '../../src/passes/verify.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { contextFor } from './context.js';
import { footprintError } from '../helpers/errors.js';

/** A node written out by hand (output names of its own: a cycle's back edge, an omitted output). */
const raw = (name: string, op: Node['op'], inputs: string[], outputs: string[]): Node => ({ name, op, sourceOp: op, inputs, outputs, attrs: {} });

function chain(): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 4]);
  const a = g.node('Relu', [x], {}, { name: 'a' });
  const b = g.node('Sigmoid', [a], {}, { name: 'b' });
  const c = g.node('Tanh', [b], {}, { name: 'c' });
  g.output(c);
  return g;
}


describe('verify', () => {
  it('keeps a valid order as it is', () => {
    const g = chain();
    const before = [...g.graph.nodes];
    verifyPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes).toEqual(before);
  });

  it('sorts shuffled nodes topologically, stable on file order for independent nodes', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const a = g.node('Relu', [x], {}, { name: 'a' });
    const p = g.node('Sigmoid', [x], {}, { name: 'p' });
    const b = g.node('Add', [a, p], {}, { name: 'b' });
    g.output(b);
    const [na, np, nb] = g.graph.nodes;
    g.graph.nodes = [nb!, np!, na!];
    verifyGraph(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['p', 'a', 'b']);
  });

  it('sorts a reversed 10k-node chain without deep recursion', () => {
    const g = new GraphBuilder();
    let t = g.input('x', 'float32', [1]);
    for (let i = 0; i < 10_000; i++) t = g.node('Relu', [t], {}, { name: `n${i}` });
    g.output(t);
    g.graph.nodes.reverse();
    verifyGraph(g.graph);
    expect(g.graph.nodes[0]?.name).toBe('n0');
    expect(g.graph.nodes[9_999]?.name).toBe('n9999');
  });

  it('names the nodes of a cycle, in data-flow order', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1]);
    g.tensor('loop', 'float32', [1]);
    const a = g.node('Add', [x, 'loop'], {}, { name: 'A' });
    const b = g.node('Relu', [a], {}, { name: 'B' });
    g.graph.nodes.push(raw('C', 'Relu', [b], ['loop']));
    g.output(b);
    const e = footprintError(() => verifyGraph(g.graph, 'm.onnx'));
    expect(e.code).toBe('E_GRAPH');
    expect(e.file).toBe('m.onnx');
    expect(e.message).toMatch(/cycle between nodes/);
    for (const n of ["'A'", "'B'", "'C'"]) expect(e.message).toContain(n);
    // data-flow order, from the producer of the first node left: A is left first; walking back
    // A <- C <- B <- A and reversing gives the flow B -> C -> A
    expect(e.message).toBe("cycle between nodes 'B' -> 'C' -> 'A' -> 'B'");
    expect(e.node).toBe('B');
  });

  it('a node leading out of a cycle is not named in it', () => {
    const g = new GraphBuilder();
    g.tensor('loop', 'float32', [1]);
    g.tensor('c1', 'float32', [1]);
    g.tensor('t', 'float32', [1]);
    // T reads C1; C1 and C2 read each other. T is left first: the walk goes T <- C1 <- C2 <- C1,
    // the loop is C1, C2 (without T), reversed to the flow C2 -> C1
    g.graph.nodes.push(
      raw('T', 'Relu', ['c1'], ['t']),
      raw('C1', 'Relu', ['loop'], ['c1']),
      raw('C2', 'Relu', ['c1'], ['loop']),
    );
    const e = footprintError(() => verifyGraph(g.graph));
    expect(e.message).toBe("cycle between nodes 'C2' -> 'C1' -> 'C2'");
    expect(e.node).toBe('C2');
  });

  it('a node sorted before the cycle, and read by it first, is not named in it', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1]);
    g.tensor('loop', 'float32', [1]);
    g.tensor('b', 'float32', [1]);
    // A runs (it reads the input); B reads A's output first, then C's; C reads B. A is done when
    // the walk starts: it begins at B, the first node left, and steps to C, not back to A
    const a = g.node('Relu', [x], {}, { name: 'A' });
    g.graph.nodes.push(
      raw('B', 'Add', [a, 'loop'], ['b']),
      raw('C', 'Relu', ['b'], ['loop']),
    );
    const e = footprintError(() => verifyGraph(g.graph));
    expect(e.message).toBe("cycle between nodes 'C' -> 'B' -> 'C'");
    expect(e.node).toBe('C');
  });

  it('omitted outputs ("") of several nodes are not duplicates', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [4]);
    g.tensor('a', 'float32', [4]);
    g.tensor('b', 'float32', [4]);
    g.graph.nodes.push(
      raw('d1', 'Dropout', [x], ['a', '']),
      raw('d2', 'Dropout', ['a'], ['b', '']),
    );
    verifyGraph(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['d1', 'd2']);
  });

  it('a subgraph sees the outer inputs, constants and node outputs, two levels down; not an undeclared name', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1]);
    g.values('k', 'float32', [2]);
    g.tensor('orphan', 'float32', [1]);
    const r = g.node('Relu', [x], {}, { name: 'r' });
    const inner = (reads: string[]): Graph => ({
      name: 'inner', tensors: new Map([['z', { name: 'z', dtype: 'float32' }]]), inputs: [], outputs: ['z'],
      nodes: [{ name: 'sum', op: 'Sum', sourceOp: 'Sum', inputs: reads, outputs: ['z'], attrs: {} }],
    });
    const middle: Graph = {
      name: 'middle', tensors: new Map([['m', { name: 'm', dtype: 'float32' }]]), inputs: [], outputs: ['m'],
      nodes: [{ name: 'mid_if', op: 'If', sourceOp: 'If', inputs: [x], outputs: ['m'], attrs: {}, subgraphs: { then_branch: inner([x, 'k', r]) } }],
    };
    g.tensor('y', 'float32', [1]);
    g.graph.nodes.push({ name: 'top_if', op: 'If', sourceOp: 'If', inputs: [x], outputs: ['y'], attrs: {}, subgraphs: { then_branch: middle } });
    verifyGraph(g.graph);
    const mid = middle.nodes[0];
    if (mid) mid.subgraphs = { then_branch: inner([x, 'orphan']) };
    const e = footprintError(() => verifyGraph(g.graph));
    expect([e.code, e.node]).toEqual(['E_GRAPH', 'sum']);
    expect(e.message).toContain("'orphan'");
    expect(e.message).toContain("in graph 'inner'");
  });

  it('accepts an omitted input, a constant graph output, and sorts a graph whose subgraph reads a graph input', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [4]);
    g.output(g.values('k', 'float32', [1, 2]));
    const body: Graph = {
      name: 'then', tensors: new Map([['b', { name: 'b', dtype: 'float32' }]]), inputs: [], outputs: ['b'],
      nodes: [raw('inner', 'Abs', [x], ['b'])],
    };
    g.tensor('if_out', 'float32', [4]);
    g.tensor('r1', 'float32', [4]);
    g.tensor('r2', 'float32', [4]);
    g.graph.nodes.push(
      { name: 'if', op: 'If', sourceOp: 'If', inputs: [g.input('c', 'bool', [])], outputs: ['if_out'], attrs: {}, subgraphs: { then_branch: body } },
      raw('relu2', 'Relu', ['r1'], ['r2']),
      raw('clip', 'Clip', [x, '', 'k'], ['r1']),
    );
    g.output('if_out');
    g.output('r2');
    verifyGraph(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['if', 'clip', 'relu2']);
  });

  it('rejects a dangling input, naming node and tensor', () => {
    const g = chain();
    g.graph.nodes[1]!.inputs = ['nowhere'];
    const e = footprintError(() => verifyGraph(g.graph));
    expect(e.code).toBe('E_GRAPH');
    expect(e.node).toBe('b');
    expect(e.message).toContain("'nowhere'");
  });

  it('rejects a tensor that exists but has no producer', () => {
    const g = chain();
    g.tensor('orphan', 'float32', [1]);
    g.graph.nodes[1]!.inputs = ['orphan'];
    expect(footprintError(() => verifyGraph(g.graph)).message).toMatch(/'orphan', which no node produces/);
  });

  it('rejects a tensor produced twice', () => {
    const g = chain();
    g.graph.nodes[2]!.outputs = ['a_out'];
    const e = footprintError(() => verifyGraph(g.graph));
    expect(e.code).toBe('E_GRAPH');
    expect(e.message).toBe("tensor 'a_out' is produced twice: by node 'a' and by node 'c'");
  });

  it('rejects a graph output nobody produces', () => {
    const g = chain();
    g.tensor('ghost', 'float32', [1]);
    g.output('ghost');
    expect(footprintError(() => verifyGraph(g.graph)).message).toMatch(/graph output 'ghost'/);
  });

  it('accepts outer-scope references inside subgraphs and checks the subgraph', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1]);
    const cond = g.input('cond', 'bool', [1]);
    const outer = g.node('Relu', [x], {}, { name: 'outer' });
    const body: Graph = {
      name: 'then', tensors: new Map([['y', { name: 'y', dtype: 'float32' }]]), inputs: [], outputs: ['y'],
      nodes: [raw('inner', 'Sigmoid', [outer], ['y'])],
    };
    const r = g.node('If', [cond], {}, { name: 'if' });
    g.graph.nodes.find((n) => n.name === 'if')!.subgraphs = { then_branch: body };
    g.output(r);
    // The If reads `outer` only through its subgraph: sorting must keep that dependency.
    g.graph.nodes.reverse();
    verifyGraph(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['outer', 'if']);
    body.nodes[0]!.inputs = ['missing'];
    const e = footprintError(() => verifyGraph(g.graph));
    expect(e.node).toBe('inner');
    expect(e.message).toContain("in graph 'then'");
  });
});

describe('verifyInvariants', () => {
  it('passes omitted outputs of two nodes, a constant graph output, and a subgraph reading an outer constant; names the node it blames', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [4]);
    const k = g.values('k', 'float32', [1, 2, 3, 4]);
    g.tensor('a', 'float32', [4]);
    g.tensor('b', 'float32', [4]);
    g.tensor('y', 'float32', [4]);
    const body: Graph = {
      name: 'then', tensors: new Map([['z', { name: 'z', dtype: 'float32' }]]), inputs: [], outputs: ['z'],
      nodes: [raw('inner', 'Add', [k, 'a'], ['z'])],
    };
    g.graph.nodes.push(
      raw('d1', 'Dropout', [x], ['a', '']),
      raw('d2', 'Dropout', ['a'], ['b', '']),
      { name: 'if', op: 'If', sourceOp: 'If', inputs: [g.input('c', 'bool', [])], outputs: ['y'], attrs: {}, subgraphs: { then_branch: body } },
    );
    g.output(k);
    g.output('y');
    expect(() => verifyInvariants(g.graph, 'p')).not.toThrow();
    // an inner node reading what nothing provides: blamed by name, in its graph
    body.nodes[0]!.inputs = ['nowhere'];
    const e = footprintError(() => verifyInvariants(g.graph, 'p'));
    expect([e.code, e.node, e.message]).toEqual(['E_INTERNAL', 'inner', "after pass 'p' (graph 'then'): node 'inner' reads 'nowhere', which has no tensor entry"]);
  });

  it('passes on a valid graph and names the pass that broke one', () => {
    const g = chain();
    expect(() => verifyInvariants(g.graph, 'p')).not.toThrow();
    g.graph.nodes[2]!.name = 'a';
    const e = footprintError(() => verifyInvariants(g.graph, 'my-pass'));
    expect(e.code).toBe('E_INTERNAL');
    expect(e.message).toBe("after pass 'my-pass': two nodes are named 'a'");
  });

  it('two problems: the one the walk meets first is reported, a repeated name or a bad read', () => {
    // x -> n0 -> n1 -> ... -> n7: names apart in the list, every order of the two problems
    const make = () => {
      const g = new GraphBuilder();
      let t = g.input('x', 'float32', [1, 4]);
      for (let i = 0; i < 8; i++) t = g.node('Relu', [t], {}, { name: `n${i}` });
      g.output(t);
      return g.graph;
    };
    const repeatAt5 = (g: Graph) => { (g.nodes[5] as Node).name = 'n1'; };
    const badReadAt = (k: number) => (g: Graph) => { (g.nodes[k] as Node).inputs = ['nowhere']; };
    const first = (...breaks: ((g: Graph) => void)[]) => {
      const g = make();
      for (const b of breaks) b(g);
      return footprintError(() => verifyInvariants(g, 'p')).message;
    };
    expect(first(repeatAt5)).toBe("after pass 'p': two nodes are named 'n1'");
    expect(first(repeatAt5, badReadAt(7))).toBe("after pass 'p': two nodes are named 'n1'");
    expect(first(repeatAt5, badReadAt(3))).toBe("after pass 'p': node 'n3' reads 'nowhere', which has no tensor entry");
    // the repeated name on the last node, far from its first use
    expect(first((g) => { (g.nodes[7] as Node).name = 'n0'; })).toBe("after pass 'p': two nodes are named 'n0'");
  });

  it('catches a read of a tensor that a removed node produced', () => {
    const g = chain();
    g.graph.nodes.splice(0, 1);
    expect(footprintError(() => verifyInvariants(g.graph, 'cleanup')).message).toBe("after pass 'cleanup': node 'b' reads 'a_out' before any node produces it");
  });
});
