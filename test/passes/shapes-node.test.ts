/**
 * The shapes pass's per-node edges (passes/shapes/node.ts, shapes/subgraph.ts): omitted outputs and
 * inputs, a rule that rejects constant inputs, fewer inferred outputs than the node has, the
 * W_SHAPE sentences with several names, and malformed Loop, Scan and If nodes. Nothing may throw.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from '../ops/run.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Graph } from '../../src/ir/graph.js';

const wshape = (d: Diagnostic[]) => d.filter((x) => x.code === 'W_SHAPE').map((x) => x.message);

describe('outputs and inputs', () => {
  it('an omitted output gets no tensor in the graph', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'drop', op: 'Dropout', sourceOp: 'Dropout', inputs: [g.input('x', 'float32', [2, 3])], outputs: ['y', ''], attrs: {} });
    infer(g);
    expect(g.graph.tensors.has('')).toBe(false);
    expect(g.get('y').shape).toEqual([2, 3]);
  });

  it('a node whose rule rejects its constant inputs keeps its place (it is not folded)', () => {
    const g = new GraphBuilder();
    g.node('Add', [g.values('a', 'float32', [1, 2]), g.values('b', 'float32', [1, 2, 3])], {}, { name: 'bad' });
    const d = infer(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['bad']);
    expect(wshape(d)).toHaveLength(1);
  });

  it('a node with more outputs than its rule infers: the extra one stays unknown, nothing throws', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'r', op: 'Relu', sourceOp: 'Relu', inputs: [g.input('x', 'float32', [4])], outputs: ['y', 'extra'], attrs: {} });
    infer(g);
    expect(g.get('y').shape).toEqual([4]);
    expect(g.get('extra').shape).toBeUndefined();
  });

  it('the sentence names every unknown input, and only named outputs', () => {
    const g = new GraphBuilder();
    const bad = g.node('Add', [g.input('p', 'float32', [2]), g.input('q', 'float32', [3])], {}, { name: 'bad' });
    const u = g.tensor('u', 'float32');
    g.graph.inputs.push(u);
    g.node('Add', [bad, u], {}, { name: 'both' });
    const v = g.tensor('v', 'float32');
    g.graph.inputs.push(v);
    g.graph.nodes.push({ name: 'drop', op: 'Dropout', sourceOp: 'Dropout', inputs: [v], outputs: ['dy', ''], attrs: {} });
    g.tensor('dy', 'float32');
    const w = wshape(infer(g));
    // 'both' reads the unknown output of 'bad' (already reported) and a fresh unknown input: it is reported, naming both
    expect(w.slice(1)).toEqual([
      "Add 'both': cannot infer the shape of 'both_out': input 'bad_out', 'u' has an unknown shape",
      "Dropout 'drop': cannot infer the shape of 'dy': input 'v' has an unknown shape",
    ]);
  });

  it('two unknown outputs are both named', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    g.node('Split', [x], { axis: 0 }, { name: 'split', outputs: 2 });
    expect(wshape(infer(g))).toEqual(["Split 'split': cannot infer the shape of 'split_out0', 'split_out1': input 'x' has an unknown shape"]);
  });
});

describe('malformed Loop, Scan and If nodes', () => {
  function withBody(op: 'Loop' | 'Scan' | 'If', inputs: string[], bodyInputs: string[], build: (g: GraphBuilder) => void = () => undefined, outputs = 1): { g: GraphBuilder; body: Graph } {
    const g = new GraphBuilder();
    build(g);
    const body = new GraphBuilder('body');
    body.graph.inputs.push(...bodyInputs);
    body.output(body.node('Identity', [bodyInputs[0] ?? 'missing'], {}, { name: 'inner' }));
    g.node(op, inputs, op === 'Scan' ? { num_scan_inputs: 1 } : {}, { name: 'n', outputs });
    const node = g.graph.nodes[g.graph.nodes.length - 1];
    if (node) node.subgraphs = op === 'If' ? { then_branch: body.graph, else_branch: body.graph } : { body: body.graph };
    return { g, body: body.graph };
  }

  it('a Loop with fewer inputs than its body: the extra body input is not invented', () => {
    const { g, body } = withBody('Loop', [], ['i', 'c', 'acc'], (b) => {
      b.values('M', 'int64', [2], []);
    });
    const node = g.graph.nodes[0];
    if (node) node.inputs = ['M', ''];
    infer(g);
    expect(body.tensors.has('acc')).toBe(false);
  });

  it('a Scan with an omitted or shapeless state, an omitted scan input, or more body inputs than node inputs', () => {
    const { g, body } = withBody('Scan', ['s0', '', 'extra'], ['s', 'x', 'y', 'z'], (b) => {
      b.tensor('s0', 'float32');
      b.input('extra', 'float32', [3, 2]);
    });
    infer(g, 11);
    expect(body.tensors.get('s')).toEqual({ name: 's', dtype: 'float32' });
    expect(body.tensors.has('z')).toBe(false);
    const omitted = withBody('Scan', ['', 'xs'], ['s', 'x'], (b) => {
      b.input('xs', 'float32', [3, 2]);
    });
    infer(omitted.g, 11);
    expect(omitted.body.tensors.get('x')?.shape).toEqual([2]);
  });

  it('an If without a condition, or with two outputs of which a branch passes an outer activation through, is not inlined', () => {
    const none = withBody('If', [''], [], (b) => {
      b.input('x', 'float32', [2]);
    });
    infer(none.g);
    expect(none.g.graph.nodes.map((n) => n.op)).toEqual(['If']);
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2]);
    const branch = new GraphBuilder('then');
    branch.output(branch.node('Relu', [x], {}, { name: 'r' }));
    branch.output(x);
    g.node('If', [g.values('c', 'bool', [1], [])], {}, { name: 'if', outputs: 2 });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { then_branch: branch.graph, else_branch: branch.graph };
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['If']);
  });
});
