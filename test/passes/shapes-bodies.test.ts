/**
 * Loop and Scan bodies get their input shapes from the outer node (ONNX's Loop/Scan signatures),
 * and an If on a constant condition is replaced by its branch (passes/shapes/subgraph.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/ir/graph.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from '../ops/run.js';

/** A body whose inputs are listed by name only (no tensors, as some exporters write them). */
function openBody(inputs: string[], outputs: (b: GraphBuilder) => string[]): GraphBuilder {
  const b = new GraphBuilder('body');
  b.graph.inputs.push(...inputs);
  for (const o of outputs(b)) b.output(o);
  return b;
}

function attach(g: GraphBuilder, body: Graph, key = 'body'): void {
  const node = g.graph.nodes[g.graph.nodes.length - 1];
  if (node) node.subgraphs = { [key]: body };
}

describe('shapes pass: Loop body inputs', () => {
  it('iteration and condition are scalars int64 / bool; carried values take the outer shape and dtype', () => {
    const g = new GraphBuilder();
    const body = openBody(['i', 'c', 'acc'], (b) => [b.node('Identity', ['c']), b.node('Neg', ['acc'])]);
    g.node('Loop', [g.values('M', 'int64', [3], []), '', g.input('a0', 'float16', [2, 7])], {}, { name: 'loop' });
    attach(g, body.graph);
    infer(g);
    expect(body.get('i')).toEqual({ name: 'i', dtype: 'int64', shape: [] });
    expect(body.get('c')).toEqual({ name: 'c', dtype: 'bool', shape: [] });
    expect(body.get('acc')).toEqual({ name: 'acc', dtype: 'float16', shape: [2, 7] });
    expect(g.get('loop_out')).toMatchObject({ dtype: 'float16', shape: [2, 7] });
  });

  it('what the body declares stays', () => {
    const g = new GraphBuilder();
    const body = new GraphBuilder('body');
    body.input('i', 'int64', []);
    body.input('c', 'bool', []);
    body.input('acc', 'float32', ['n', 7]);
    body.output(body.node('Identity', ['c']));
    body.output(body.node('Neg', ['acc']));
    g.node('Loop', [g.values('M', 'int64', [3], []), '', g.input('a0', 'float16', [2, 7])], {}, { name: 'loop' });
    attach(g, body.graph);
    infer(g);
    expect(body.get('acc')).toEqual({ name: 'acc', dtype: 'float32', shape: ['n', 7] });
  });

  it('an omitted outer input leaves the body input open; a body with fewer inputs than the node is not read past its end', () => {
    const g = new GraphBuilder();
    const body = openBody(['i', 'c', 'acc'], (b) => [b.node('Identity', ['c'])]);
    g.node('Loop', [g.values('M', 'int64', [3], []), '', '', g.input('extra', 'float32', [4])], {}, { name: 'loop' });
    attach(g, body.graph);
    infer(g);
    expect(body.get('acc')).toEqual({ name: 'acc', dtype: 'unknown' });
    expect(body.graph.tensors.size).toBe(4);
  });
});

describe('shapes pass: Scan body inputs', () => {
  /** Scan over state s0 [2] and scan input xs; the body adds the slice to the state. */
  function scan(xs: number[], attrs: Record<string, number | number[]>, opset: number, lens = false): GraphBuilder {
    const g = new GraphBuilder();
    const body = openBody(['s_in', 'x_in'], (b) => {
      const s = b.node('Add', ['s_in', 'x_in']);
      return [s, b.node('Identity', [s])];
    });
    const ins = [g.input('s0', 'float32', lens ? [1, 2] : [2]), g.input('xs', 'float32', xs)];
    g.node('Scan', lens ? [g.input('lens', 'int64', [1]), ...ins] : ins, { num_scan_inputs: 1, ...attrs }, { name: 'scan', outputs: 2 });
    attach(g, body.graph);
    infer(g, opset);
    return body;
  }

  it('opset 9+: the scan input loses its scan axis (default 0)', () => {
    expect(scan([5, 2], {}, 11).get('x_in').shape).toEqual([2]);
    expect(scan([5, 2], {}, 9).get('x_in').shape).toEqual([2]);
  });

  it('scan_input_axes picks the axis; a negative one counts from the end', () => {
    expect(scan([2, 5], { scan_input_axes: [1] }, 11).get('x_in').shape).toEqual([2]);
    expect(scan([2, 5], { scan_input_axes: [-1] }, 11).get('x_in').shape).toEqual([2]);
    expect(scan([5, 2], { scan_input_axes: [-2] }, 11).get('x_in').shape).toEqual([2]);
  });

  it('the state input keeps its whole shape and dtype', () => {
    expect(scan([5, 2], {}, 11).get('s_in')).toEqual({ name: 's_in', dtype: 'float32', shape: [2] });
  });

  it('opset 8: input 0 is sequence_lens, every input has a batch axis 0 and scans axis 1', () => {
    const body = scan([1, 5, 2], {}, 8, true);
    expect(body.get('s_in').shape).toEqual([2]);
    expect(body.get('x_in').shape).toEqual([2]);
  });
});

describe('shapes pass: If on a constant condition', () => {
  function ifOn(cond: number, thenB: Graph, elseB: Graph, outputs = 1): GraphBuilder {
    const g = new GraphBuilder();
    g.input('x', 'float32', [2, 3]);
    g.node('If', [g.values('c', 'bool', [cond], [])], {}, { name: 'if', outputs });
    attach(g, thenB, 'then_branch');
    const node = g.graph.nodes[0];
    if (node?.subgraphs) node.subgraphs['else_branch'] = elseB;
    return g;
  }

  function chain(name: string): Graph {
    const b = new GraphBuilder(name);
    const r = b.node('Relu', ['x'], {}, { name: `${name}_relu` });
    b.output(b.node('Transpose', [r], {}, { name: `${name}_tr` }));
    return b.graph;
  }

  it('false takes else_branch; its nodes write the If output, its inner tensors join the graph', () => {
    const g = ifOn(0, chain('then'), chain('else'));
    infer(g);
    expect(g.graph.nodes.map((n) => [n.name, n.inputs, n.outputs])).toEqual([
      ['else_relu', ['x'], ['else_relu_out']],
      ['else_tr', ['else_relu_out'], ['if_out']],
    ]);
    expect(g.get('else_relu_out').shape).toEqual([2, 3]);
    expect(g.get('if_out').shape).toEqual([3, 2]);
    expect(g.graph.tensors.has('else_tr_out')).toBe(false);
  });

  it('a branch node named like an outer node is prefixed with the If name', () => {
    const g = ifOn(1, chain('then'), chain('else'));
    g.node('Sigmoid', ['x'], {}, { name: 'then_relu' });
    g.graph.nodes.reverse();
    infer(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['then_relu', 'if/then_relu', 'then_tr']);
  });

  it('a branch passing a constant straight through becomes that constant, without a node', () => {
    const b = new GraphBuilder('then');
    b.output(b.values('k', 'int64', [4, 5]));
    const g = ifOn(1, b.graph, chain('else'));
    infer(g);
    expect(g.graph.nodes).toEqual([]);
    expect(g.get('if_out')).toMatchObject({ name: 'if_out', shape: [2], data: { kind: 'values', values: [4, 5] } });
  });

  it('a branch passing an outer activation straight through is not inlined', () => {
    const b = new GraphBuilder('then');
    b.output('x');
    const g = ifOn(1, b.graph, chain('else'));
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['If']);
  });

  it('a branch with a different number of outputs than the If is not inlined', () => {
    const g = ifOn(1, chain('then'), chain('else'), 2);
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['If']);
  });

  it('a condition without values (a computed constant) is not inlined', () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [2, 3]);
    g.node('If', [g.constant('c', 'bool', [])], {}, { name: 'if' });
    attach(g, chain('then'), 'then_branch');
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['If']);
  });

  it('only If is inlined: a Loop on a constant trip count stays', () => {
    const g = new GraphBuilder();
    const body = openBody(['i', 'c'], (b) => [b.node('Identity', ['c'])]);
    g.node('Loop', [g.values('M', 'int64', [1], []), g.values('c0', 'bool', [1], [])], {}, { name: 'loop' });
    attach(g, body.graph, 'then_branch');
    infer(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['Loop']);
  });
});
