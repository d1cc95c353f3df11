import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Graph, Model } from '../../src/ir/graph.js';
import { OP_KINDS } from '../../src/ir/op-kinds.js';
import { RULES, getRule } from '../../src/ops/table.js';
import { shapesPass } from '../../src/passes/shapes.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from '../ops/run.js';

function runPass(graph: Graph, opset = 17): Diagnostic[] {
  const model: Model = { format: 'onnx', path: 't.onnx', graph, meta: {}, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  shapesPass.run(graph, { model, options: {}, diagnostics, opset });
  return diagnostics;
}

describe('operator table', () => {
  it('has exactly one rule per OpKind', () => {
    expect(RULES.size).toBe(OP_KINDS.length);
    for (const k of OP_KINDS) expect(getRule(k).kind).toBe(k);
  });

  it('unknown and custom ops: unknown outputs, 0 MACC, no throw', () => {
    const g = new GraphBuilder();
    const u = g.node('Unknown', [g.input('x', 'float32', [1, 4])], {}, { name: 'u' });
    const d = runPass(g.graph);
    expect(g.get(u).shape).toBeUndefined();
    expect(costOf(g, 'u')).toEqual({ macc: 0, pure: 0 });
    expect(d.filter((x) => x.code === 'W_SHAPE' && x.node === 'u')).toEqual([]);
  });
});

describe('shapes pass: constant folding', () => {
  it('collapses a PyTorch Shape -> Gather -> Unsqueeze -> Concat -> Reshape chain', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 224, 224]);
    const sh = g.node('Shape', [x]);
    const n0 = g.node('Gather', [sh, g.values('i0', 'int64', [0], [])], { axis: 0 });
    const u = g.node('Unsqueeze', [n0, g.values('ax', 'int64', [0])]);
    const cat = g.node('Concat', [u, g.values('m1', 'int64', [-1])], { axis: 0 });
    const y = g.node('Reshape', [x, cat], {}, { name: 'flat' });
    g.output(y);
    const d = runPass(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['flat']);
    expect(g.get(cat)).toMatchObject({ shape: [2], data: { kind: 'values', values: [1, -1] } });
    // 3*224*224 = 150528
    expect(g.get(y).shape).toEqual([1, 150_528]);
    expect(d.find((x) => x.code === 'I_FOLDED')?.message).toMatch(/4 constant node/);
  });

  it('ConstantOfShape with a constant shape becomes a computed constant, and so do ops over it', () => {
    const g = new GraphBuilder();
    const w = g.node('ConstantOfShape', [g.values('s', 'int64', [64, 128])], {}, { name: 'cos' });
    const c = g.node('Cast', [w], { to: 'float16' }, { name: 'cast' }); // ONNX code 10, as the frontend gives it
    const t = g.node('Transpose', [c], {}, { name: 'tr' });
    const y = g.node('MatMul', [g.input('x', 'float16', [1, 128]), t], {}, { name: 'mm' });
    g.output(y);
    runPass(g.graph);
    expect(g.get(w)).toMatchObject({ shape: [64, 128], dtype: 'float32', data: { kind: 'computed', by: 'cos' } });
    expect(g.get(t)).toMatchObject({ shape: [128, 64], dtype: 'float16', data: { kind: 'computed', by: 'tr' } });
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['mm']);
    expect(g.get(y).shape).toEqual([1, 64]);
  });

  it('small ConstantOfShape outputs get values', () => {
    const g = new GraphBuilder();
    const w = g.node('ConstantOfShape', [g.values('s', 'int64', [3])], { value: { name: 'v', dtype: 'int64', shape: [1], data: { kind: 'values', values: [7] } } });
    runPass(g.graph);
    expect(g.get(w).data).toEqual({ kind: 'values', values: [7, 7, 7] });
  });

  it('DequantizeLinear of constant weights is kept for QDQ fusion', () => {
    const g = new GraphBuilder();
    g.node('DequantizeLinear', [g.constant('w', 'int8', [4, 4]), g.values('s', 'float32', [0.1], [])], {}, { name: 'dq' });
    runPass(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['dq']);
  });
});

describe('shapes pass: diagnostics', () => {
  it('an unknown input shape gives one W_SHAPE naming node and input, and the rest goes on', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    const a = g.node('Relu', [x], {}, { name: 'first' });
    const b = g.node('Sigmoid', [a], {}, { name: 'second' });
    const z = g.node('Relu', [g.input('z', 'float32', [2, 2])], {}, { name: 'ok' });
    const d = runPass(g.graph);
    expect(g.get(b).shape).toBeUndefined();
    expect(g.get(z).shape).toEqual([2, 2]);
    const w = d.filter((x) => x.code === 'W_SHAPE');
    expect(w[0]).toMatchObject({ node: 'first' });
    expect(w[0]?.message).toMatch(/input 'x' has an unknown shape/);
    expect(w.some((x) => x.node === 'second')).toBe(false);
  });

  it('inferred shapes win over declared ones, with a W_SHAPE naming both', () => {
    const g = new GraphBuilder();
    const y = g.node('Relu', [g.input('x', 'float32', [2, 3])], {}, { name: 'r', outShapes: [[3, 2]] });
    const d = runPass(g.graph);
    expect(g.get(y).shape).toEqual([2, 3]);
    expect(d[0]).toMatchObject({ code: 'W_SHAPE', node: 'r' });
    expect(d[0]?.message).toMatch(/inferred as 2x3 but the file declares 3x2/);
  });

  it('declared dims fill in what inference cannot tell', () => {
    const g = new GraphBuilder();
    const y = g.node('Reshape', [g.input('x', 'float32', [2, 3]), g.input('s', 'int64', [2])], {}, { outShapes: [[3, 2]] });
    runPass(g.graph);
    expect(g.get(y).shape).toEqual([3, 2]);
  });

  it('running twice does not repeat diagnostics', () => {
    const g = new GraphBuilder();
    g.node('Add', [g.input('a', 'float32', [2]), g.input('b', 'float32', [3])], {}, { name: 'bad' });
    const d = runPass(g.graph);
    const before = d.length;
    shapesPass.run(g.graph, { model: { format: 'onnx', path: '', graph: g.graph, meta: {}, diagnostics: [] }, options: {}, diagnostics: d, opset: 17 });
    expect(d.length).toBe(before);
  });

  it('a 2^40 dim does not produce NaN or Infinity; products beyond 2^53 are capped', () => {
    const big = 2 ** 40;
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [big, big]);
    g.node('Add', [x, x], {}, { name: 'add' });
    const r = g.node('Reshape', [g.input('y', 'float32', [big, 4]), g.values('s', 'int64', [-1])], {}, { name: 'rs' });
    g.node('MatMul', [g.input('v', 'float32', [1, big]), g.constant('w', 'float32', [big, 1024])], {}, { name: 'mm' });
    const d = infer(g);
    expect(g.get(r).shape).toEqual([big * 4]);
    const c = costOf(g, 'add');
    expect(Number.isFinite(c.macc)).toBe(true);
    expect(c.macc).toBe(Number.MAX_SAFE_INTEGER);
    // 1 * 1024 outputs * K 2^40 = 2^50: exact
    expect(costOf(g, 'mm').macc).toBe(2 ** 50);
    expect(d.some((x) => x.code === 'W_SHAPE' && x.node === 'add' && /2\^53/.test(x.message))).toBe(true);
  });
});
