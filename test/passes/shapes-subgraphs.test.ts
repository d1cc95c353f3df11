import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/ir/graph.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from '../ops/run.js';

/** A branch computing Relu(outer x) (shape [2, 3]) or Transpose(outer x) ([3, 2]). */
function branch(name: string, op: 'Relu' | 'Transpose' | 'Sigmoid'): Graph {
  const b = new GraphBuilder(name);
  const y = b.node(op, ['x'], {}, { name: `${name}_${op}` });
  b.output(y);
  return b.graph;
}

function ifGraph(cond: 'const-true' | 'input', thenOp: 'Relu' | 'Transpose', elseOp: 'Sigmoid' | 'Transpose'): GraphBuilder {
  const g = new GraphBuilder();
  g.input('x', 'float32', [2, 3]);
  const c = cond === 'const-true' ? g.values('c', 'bool', [1], []) : g.input('c', 'bool', []);
  g.node('If', [c], {}, { name: 'if' });
  const node = g.graph.nodes[0];
  if (node) node.subgraphs = { then_branch: branch('then', thenOp), else_branch: branch('else', elseOp) };
  g.output('if_out');
  return g;
}

describe('shapes pass: subgraphs', () => {
  it('If with a non-constant condition takes the shape both branches agree on', () => {
    const g = ifGraph('input', 'Relu', 'Sigmoid');
    infer(g);
    expect(g.get('if_out').shape).toEqual([2, 3]);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['If']);
  });

  it('If branches that disagree give unknown dims of the common rank', () => {
    const g = ifGraph('input', 'Relu', 'Transpose');
    infer(g);
    expect(g.get('if_out').shape).toEqual(['?', '?']);
  });

  it('If with a constant condition is replaced by the taken branch', () => {
    const g = ifGraph('const-true', 'Transpose', 'Sigmoid');
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['Transpose']);
    expect(g.graph.nodes[0]?.outputs).toEqual(['if_out']);
    expect(g.get('if_out').shape).toEqual([3, 2]);
  });

  it('Loop body sees outer tensors; carried and scan outputs get shapes', () => {
    const { g, body } = loopGraph(5);
    infer(g);
    expect(body.get('acc_in').shape).toEqual([4]);
    expect(g.get('loop_out0').shape).toEqual([4]);
    // trip count 5 stacked over the scan output [4]
    expect(g.get('loop_out1').shape).toEqual([5, 4]);
  });

  it('a "run until cond" Loop (M = INT64_MAX as exporters write it) stacks an unknown count, not 9.2e18', () => {
    const { g } = loopGraph(2 ** 63);
    infer(g);
    const stacked = g.get('loop_out1').shape;
    expect(stacked?.[1]).toBe(4);
    expect(typeof stacked?.[0]).toBe('string');
  });

  function loopGraph(trips: number): { g: GraphBuilder; body: GraphBuilder } {
    const g = new GraphBuilder();
    g.input('w', 'float32', [4]);
    const body = new GraphBuilder('body');
    body.input('i', 'int64', []);
    body.input('cond_in', 'bool', []);
    body.tensor('acc_in', 'float32');
    body.graph.inputs.push('acc_in');
    const cond = body.node('Identity', ['cond_in']);
    const acc = body.node('Add', ['acc_in', 'w']);
    const scan = body.node('Mul', ['w', 'w']);
    for (const o of [cond, acc, scan]) body.output(o);
    g.node('Loop', [g.values('M', 'int64', [trips], []), '', g.input('acc0', 'float32', [4])], {}, { name: 'loop', outputs: 2 });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { body: body.graph };
    return { g, body };
  }

  it('Scan (opset 9+) slices scan inputs for the body and stacks outputs', () => {
    const g = new GraphBuilder();
    const body = new GraphBuilder('body');
    body.tensor('s_in', 'float32');
    body.tensor('x_in', 'float32');
    body.graph.inputs.push('s_in', 'x_in');
    const s = body.node('Add', ['s_in', 'x_in']);
    const y = body.node('Identity', [s]);
    body.output(s);
    body.output(y);
    g.node('Scan', [g.input('s0', 'float32', [2]), g.input('xs', 'float32', [3, 2])], { num_scan_inputs: 1 }, { name: 'scan', outputs: 2 });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { body: body.graph };
    infer(g, 11);
    expect(body.get('x_in').shape).toEqual([2]);
    expect(g.get('scan_out0').shape).toEqual([2]);
    expect(g.get('scan_out1').shape).toEqual([3, 2]);
  });
});
