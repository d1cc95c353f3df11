import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { single } from './run.js';

describe('elementwise and activations', () => {
  it('Add broadcasts and costs O', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Add', [g.input('a', 'float32', [1, 3, 4, 4]), g.constant('b', 'float32', [3, 1, 1])]);
    expect(r.shape).toEqual([1, 3, 4, 4]);
    // O = 48; pure 0
    expect(r.cost).toEqual({ macc: 48, pure: 0 });
  });

  it('Div costs 5 * O', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Div', [g.input('a', 'float32', [2, 3]), g.constant('b', 'float32', [3])]);
    expect(r.shape).toEqual([2, 3]);
    // 5 * 6
    expect(r.cost).toEqual({ macc: 30, pure: 0 });
  });

  it('Sum is variadic: (n - 1) * O', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Sum', [g.input('a', 'float32', [2, 3]), g.input('b', 'float32', [2, 3]), g.input('c', 'float32', [1, 3])]);
    expect(r.shape).toEqual([2, 3]);
    // 2 additions per element * 6
    expect(r.cost.macc).toBe(12);
  });

  it('comparisons give bool; Where takes the value dtype', () => {
    const g = new GraphBuilder();
    const a = g.input('a', 'float32', [4, 1]);
    const b = g.input('b', 'float32', [1, 5]);
    const c = g.node('Less', [a, b]);
    const w = g.node('Where', [c, a, b]);
    single(g, 'Equal', [a, b]);
    expect(g.get(c)).toMatchObject({ shape: [4, 5], dtype: 'bool' });
    expect(g.get(w)).toMatchObject({ shape: [4, 5], dtype: 'float32' });
  });

  it('incompatible broadcast is a W_SHAPE', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Mul', [g.input('a', 'float32', [2, 3]), g.input('b', 'float32', [4])]);
    expect(r.shape).toBeUndefined();
    expect(r.diags[0]).toMatchObject({ code: 'W_SHAPE', node: 'n' });
  });

  it('Softmax costs 15 * O (axis does not change the shape in any opset)', () => {
    for (const [opset, attrs] of [[11, { axis: 1 }], [13, {}]] as const) {
      const g = new GraphBuilder();
      const r = single(g, 'Softmax', [g.input('x', 'float32', [1, 10])], attrs, { opset });
      expect(r.shape).toEqual([1, 10]);
      // 15 * 10
      expect(r.cost).toEqual({ macc: 150, pure: 0 });
    }
  });

  it.each(['Relu', 'HardSigmoid', 'HardSwish', 'Exp', 'Erf', 'Sqrt', 'Neg', 'LeakyRelu'] as const)('%s keeps the shape and costs O', (op) => {
    const g = new GraphBuilder();
    const r = single(g, op, [g.input('x', 'float32', [2, 8])]);
    expect(r.shape).toEqual([2, 8]);
    // O = 16
    expect(r.cost).toEqual({ macc: 16, pure: 0 });
  });

  // METRICS.md: float Sigmoid / Tanh 10 O, float Elu 11 O (ST reports); one table lookup (O) on integers
  it.each([['Sigmoid', 10], ['Tanh', 10], ['Elu', 11]] as const)('%s costs %i O in float, O on int8', (op, factor) => {
    const g = new GraphBuilder();
    expect(single(g, op, [g.input('x', 'float32', [2, 8])]).cost).toEqual({ macc: factor * 16, pure: 0 });
    const h = new GraphBuilder();
    expect(single(h, op, [h.input('x', 'int8', [2, 8])]).cost).toEqual({ macc: 16, pure: 0 });
  });

  it('Clip: min/max attributes (opset 6) and inputs (opset 11+)', () => {
    const g = new GraphBuilder();
    const old = single(g, 'Clip', [g.input('x', 'float32', [3, 4])], { min: 0, max: 6 }, { opset: 6 });
    expect(old.shape).toEqual([3, 4]);
    const g2 = new GraphBuilder();
    const r = single(g2, 'Clip', [g2.input('x', 'float32', [3, 4]), g2.values('lo', 'float32', [0], []), g2.values('hi', 'float32', [6], [])]);
    expect(r.shape).toEqual([3, 4]);
    // O = 12
    expect(r.cost.macc).toBe(12);
  });

  it('PRelu has the shape of X', () => {
    const g = new GraphBuilder();
    const r = single(g, 'PRelu', [g.input('x', 'float32', [1, 8, 4, 4]), g.constant('s', 'float32', [8, 1, 1])]);
    expect(r.shape).toEqual([1, 8, 4, 4]);
    expect(r.cost.macc).toBe(128);
  });
});

describe('an operator added through the table alone (issue 10: ops table entry + family file + frontends)', () => {
  it('ONNX Tan: shape as its input, 1 per element like the other trigonometric unaries, folded on constants', async () => {
    const g = new GraphBuilder();
    const r = single(g, 'Tan', [g.input('a', 'float32', [2, 3, 4])]);
    expect(r.shape).toEqual([2, 3, 4]);
    expect(r.cost).toEqual({ macc: 24, pure: 0 }); // 2*3*4 elements x 1 (METRICS.md: other unaries, O)
    const { OnnxBuilder, memoryInput } = await import('../builders/onnx.js');
    const { analyzeModel } = await import('../../src/analyze.js');
    const b = new OnnxBuilder();
    b.output(b.node('Tan', [b.input('x', 'float32', [1, 8])]), 'float32');
    const report = analyzeModel(memoryInput('tan.onnx', b.build()));
    expect(report.layers.map((l) => [l.op, l.macc])).toEqual([['Tan', 8]]);
    expect(report.diagnostics.filter((d) => d.code === 'W_UNKNOWN_OP')).toEqual([]);
  });
});
