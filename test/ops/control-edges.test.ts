/**
 * Control-flow rules (ops/control.ts) at their edges: the Loop trip count at, below and above its
 * bounds (0; 2^31 - 1; 2^31, where exporters' "run until cond" INT64_MAX starts; negative or
 * fractional counts), the dtype an If takes from its branches, branches found by position, the
 * carried values' dims, and Scan's output axes with and without opset 8's batch axis.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';
import { joinShapes } from '../../src/ops/control.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Graph } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';

/** Loop(M, '', init) whose body passes the carried value through and scans a [4] tensor. */
function loop(m: number | undefined, init: Shape = [4], bodyCarried?: Shape, initDType: DType = 'float32'): GraphBuilder {
  const g = new GraphBuilder();
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('c', 'bool', []);
  if (bodyCarried) body.input('acc', 'float32', bodyCarried);
  else {
    body.tensor('acc', 'float32');
    body.graph.inputs.push('acc');
  }
  body.output(body.node('Identity', ['c'], {}, { name: 'cond_out' }));
  body.output(body.node('Identity', ['acc'], {}, { name: 'carry' }));
  body.output(body.node('Relu', [body.input('w', 'float32', [4])], {}, { name: 'scan' }));
  const mName = m === undefined ? '' : g.values('M', 'int64', [m], []);
  g.node('Loop', [mName, '', g.input('init', initDType, init)], {}, { name: 'loop', outputs: 2 });
  const node = g.graph.nodes[0];
  if (node) node.subgraphs = { body: body.graph };
  return g;
}

describe('Loop trip count', () => {
  it.each([
    [0, 0], [3, 3], [2 ** 31 - 1, 2 ** 31 - 1], [2 ** 31, '?'], [-1, '?'], [2.5, '?'], [undefined, '?'],
  ] as const)('M = %s stacks the scan output %s times', (m, count) => {
    const g = loop(m);
    infer(g);
    expect(g.get('loop_out1').shape).toEqual([count, 4]);
  });
});

describe('Loop carried values', () => {
  it.each([
    [['?', 4], [2, 4], [2, 4]],
    [[3, 4], [2, 4], ['?', 4]],
    [[3], [3, 4], [3]],
    [[4, 5], [3], [4, 5]],
    [['n', 4], ['n', 4], ['n', 4]],
  ] as const)('body %j, initial %j: %j', (body, init, out) => {
    const g = loop(3, [...init], [...body]);
    infer(g);
    expect(g.get('loop_out0').shape).toEqual(out);
  });

  it('the carried value takes the initial value\'s dtype', () => {
    const g = loop(3, [4], undefined, 'float16');
    infer(g);
    expect(g.get('loop_out0').dtype).toBe('float16');
  });
});

describe('If branches', () => {
  function ifOf(thenB: Graph, elseB: Graph, keys: [string, string] = ['then_branch', 'else_branch']): GraphBuilder {
    const g = new GraphBuilder();
    g.node('If', [g.input('c', 'bool', [])], {}, { name: 'if' });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { [keys[0]]: thenB, [keys[1]]: elseB };
    return g;
  }
  const branch = (dtype: DType, shape: Shape): Graph => {
    const b = new GraphBuilder('b');
    b.output(b.tensor('o', dtype, shape));
    b.graph.inputs.push('o');
    return b.graph;
  };

  it('the first branch that knows its dtype gives it', () => {
    const a = ifOf(branch('unknown', [2]), branch('float16', [2]));
    infer(a);
    expect(a.get('if_out')).toMatchObject({ dtype: 'float16', shape: [2] });
    const b = ifOf(branch('int8', [2]), branch('float16', [2]));
    infer(b);
    expect(b.get('if_out').dtype).toBe('int8');
  });

  it('branches are found by their names whatever their order: else_branch stored first is still the else branch', () => {
    const g = ifOf(branch('float16', [2]), branch('int8', [2]), ['else_branch', 'then_branch']);
    infer(g);
    // then_branch (int8) gives the dtype: it is the second stored
    expect(g.get('if_out').dtype).toBe('int8');
    // an untyped then_branch: the dtype is else_branch's, stored first
    const h = ifOf(branch('float16', [2]), branch('unknown', [2]), ['else_branch', 'then_branch']);
    infer(h);
    expect(h.get('if_out').dtype).toBe('float16');
  });

  it('joinShapes: same rank joined dim by dim; an unknown side or another rank is unknown', () => {
    expect(joinShapes([2, 3], [2, 5])).toEqual([2, '?']);
    expect(joinShapes([2], undefined)).toBeUndefined();
    expect(joinShapes(undefined, [2])).toBeUndefined();
    expect(joinShapes([2], [2, 1])).toBeUndefined();
  });

  it('branches under other names are taken by position', () => {
    const g = ifOf(branch('float32', [2, 3]), branch('float32', [2, 5]), ['first', 'second']);
    infer(g);
    expect(g.get('if_out').shape).toEqual([2, '?']);
  });
});

describe('Scan outputs', () => {
  function scan(opset: number, attrs: Record<string, number[] | number>, lens: boolean, shapeless = false): GraphBuilder {
    const g = new GraphBuilder();
    const body = new GraphBuilder('body');
    body.input('s', 'float32', [2]);
    body.input('x', 'float32', [2]);
    const sum = body.node('Add', ['s', 'x'], {}, { name: 'add' });
    body.output(sum);
    body.output(body.node('Identity', [sum], {}, { name: 'out' }));
    const xs = shapeless ? g.tensor('xs', 'float32') : lens ? g.input('xs', 'float32', [1, 5, 2]) : g.input('xs', 'float32', [2, 5]);
    if (shapeless) g.graph.inputs.push(xs);
    const ins = lens ? [g.input('lens', 'int64', [1]), g.input('s0', 'float32', [1, 2]), xs] : [g.input('s0', 'float32', [2]), xs];
    g.node('Scan', ins, { num_scan_inputs: 1, ...attrs }, { name: 'scan', outputs: 2 });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { body: body.graph };
    infer(g, opset);
    return g;
  }

  it('opset 9+: the sequence length from the scan input axis, inserted at scan_output_axes', () => {
    const g = scan(11, { scan_input_axes: [1], scan_output_axes: [1] }, false);
    expect([g.get('scan_out0').shape, g.get('scan_out1').shape]).toEqual([[2], [2, 5]]);
    // opset 9 is the first without the batch axis
    const nine = scan(9, { scan_input_axes: [1], scan_output_axes: [1] }, false);
    expect([nine.get('scan_out0').shape, nine.get('scan_out1').shape]).toEqual([[2], [2, 5]]);
    const d = scan(11, { scan_input_axes: [1] }, false);
    expect(d.get('scan_out1').shape).toEqual([5, 2]);
  });

  it('opset 8: a batch axis on every output, the sequence on axis 1 of the scan outputs', () => {
    const g = scan(8, {}, true);
    expect([g.get('scan_out0').shape, g.get('scan_out1').shape]).toEqual([[1, 2], [1, 5, 2]]);
  });

  it('opset 8, a scan input of unknown shape: the batch and the sequence are unknown', () => {
    const g = scan(8, {}, true, true);
    expect([g.get('scan_out0').shape, g.get('scan_out1').shape]).toEqual([['?', 2], ['?', '?', 2]]);
  });

  it('a scan output axis out of range is refused, named', () => {
    const g = new GraphBuilder();
    const body = new GraphBuilder('body');
    body.input('x', 'float32', [2]);
    body.output(body.node('Identity', ['x'], {}, { name: 'out' }));
    g.node('Scan', [g.input('xs', 'float32', [5, 2])], { num_scan_inputs: 1, scan_output_axes: [3] }, { name: 'scan' });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { body: body.graph };
    // the output has rank 2 (the body's [2] with the sequence inserted)
    expect(infer(g, 11).map((d) => d.message)).toContain("Scan 'scan': scan output axis 3 is out of range for rank 2");
  });
});
