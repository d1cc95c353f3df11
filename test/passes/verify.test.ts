import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { verifyGraph, verifyPass } from '../../src/passes/verify.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import type { Graph } from '../../src/ir/graph.js';
import { contextFor } from './context.js';
import { footprintError } from '../helpers/errors.js';

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
    g.graph.nodes.push({ name: 'C', op: 'Relu', sourceOp: 'Relu', inputs: [b], outputs: ['loop'], attrs: {} });
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
      nodes: [{ name: 'inner', op: 'Sigmoid', sourceOp: 'Sigmoid', inputs: [outer], outputs: ['y'], attrs: {} }],
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
  it('passes on a valid graph and names the pass that broke one', () => {
    const g = chain();
    expect(() => verifyInvariants(g.graph, 'p')).not.toThrow();
    g.graph.nodes[2]!.name = 'a';
    const e = footprintError(() => verifyInvariants(g.graph, 'my-pass'));
    expect(e.code).toBe('E_INTERNAL');
    expect(e.message).toBe("after pass 'my-pass': two nodes are named 'a'");
  });

  it('catches a read of a tensor that a removed node produced', () => {
    const g = chain();
    g.graph.nodes.splice(0, 1);
    expect(footprintError(() => verifyInvariants(g.graph, 'cleanup')).message).toBe("after pass 'cleanup': node 'b' reads 'a_out' before any node produces it");
  });
});
