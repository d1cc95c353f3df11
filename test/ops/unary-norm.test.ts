/**
 * Unary folds and Clip (src/ops/activation.ts) and the normalizations' shapes and MACC
 * (src/ops/normalization.ts, METRICS.md: BatchNorm 2 O, LayerNorm 7 O + 29 rows, Instance the
 * same with one row per (N, C), LRN size O, L2Normalization 3 O). Expected values are numpy's
 * (np.round rounds half to even) and the METRICS.md formulas, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Tensor } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function fold(op: OpKind, v: number[], more: (g: GraphBuilder) => string[] = () => [], attrs: Attrs = {}, dtype: 'float32' | 'int32' | 'float64' = 'float64'): number[] | undefined {
  const g = new GraphBuilder();
  const out = g.node(op, [g.values('x', dtype, v), ...more(g)], attrs, { name: 'n' });
  g.output(out);
  infer(g, attrs['min'] !== undefined ? 6 : 17);
  const d = g.get(out).data;
  return d?.kind === 'values' ? d.values : undefined;
}

describe('unary folds', () => {
  it('Round is half to even (np.round([0.5, 1.5, 2.5, -0.5, -1.5, 2.4]) = [0, 2, 2, -0, -2, 2])', () => {
    expect(fold('Round', [0.5, 1.5, 2.5, -0.5, -1.5, 2.4])?.map((x) => x + 0)).toEqual([0, 2, 2, 0, -2, 2]);
    // away from the halves it is the nearest integer, odd ones included (np.round([1.2, 2.7, -3.2]) = [1, 3, -3])
    expect(fold('Round', [1.2, 2.7, -3.2])).toEqual([1, 3, -3]);
  });

  it.each<[OpKind, number[], number[]]>([
    ['Relu', [-2, 0, 3], [0, 0, 3]], ['Abs', [-2, 3], [2, 3]], ['Neg', [-2, 3], [2, -3]], ['Sign', [-2, 0, 3], [-1, 0, 1]],
    ['Floor', [-1.5, 1.5], [-2, 1]], ['Ceil', [-1.5, 1.5], [-1, 2]], ['Sqrt', [4, 9], [2, 3]], ['Reciprocal', [4, -0.5], [0.25, -2]],
    ['Square', [-3, 2], [9, 4]], ['Exp', [0], [1]], ['Log', [1], [0]], ['Sin', [0], [0]], ['Cos', [0], [1]], ['Tan', [0], [0]],
  ])('%s of %j = %j', (op, v, want) => {
    expect(fold(op, v)).toEqual(want);
  });

  it('an integer input keeps integer values (Sqrt of int32 [10] = 3)', () => {
    expect(fold('Sqrt', [10], () => [], {}, 'int32')).toEqual([3]);
  });

  it('Clip: bounds from inputs (opset 11+) or attributes (opset 6); a missing bound is open', () => {
    expect(fold('Clip', [-5, 0, 5, 10], (g) => [g.values('lo', 'float64', [-1], []), g.values('hi', 'float64', [6], [])])).toEqual([-1, 0, 5, 6]);
    expect(fold('Clip', [-5, 0, 5, 10], (g) => ['', g.values('hi', 'float64', [6], [])])).toEqual([-5, 0, 5, 6]);
    expect(fold('Clip', [-5, 0, 5, 10], (g) => [g.values('lo', 'float64', [0], [])])).toEqual([0, 0, 5, 10]);
    expect(fold('Clip', [-5, 0, 5, 10], () => [], { min: -2, max: 4 })).toEqual([-2, 0, 4, 4]);
  });
});

describe('normalizations', () => {
  function run(op: OpKind, x: Shape, attrs: Attrs = {}, outputs = 1, extra: (g: GraphBuilder) => string[] = () => []) {
    const g = new GraphBuilder();
    g.node(op, [g.input('x', 'float32', x), ...extra(g)], attrs, { name: 'n', outputs });
    const names = outputs === 1 ? ['n_out'] : Array.from({ length: outputs }, (_, i) => `n_out${i}`);
    for (const n of names) g.output(n);
    infer(g);
    return { outs: names.map((n) => g.get(n)) as Tensor[], macc: costOf(g, 'n').macc };
  }

  it('BatchNormalization: Y as X, running stats [C] (NCHW axis 1, NHWC last); 2 MACC per element', () => {
    const stats = (g: GraphBuilder) => ['s', 'b', 'm', 'v'].map((n) => g.constant(n, 'float32', [8]));
    const r = run('BatchNormalization', [1, 8, 4, 4], {}, 3, stats);
    expect(r.outs.map((t) => t.shape)).toEqual([[1, 8, 4, 4], [8], [8]]);
    expect(r.macc).toBe(256);
    expect(run('BatchNormalization', [1, 4, 4, 8], { layout: 'NHWC' }, 3, stats).outs[1]?.shape).toEqual([8]);
  });

  it('LayerNormalization: Mean and InvStdDev keep the dims before the axis; 7 O + 29 rows', () => {
    const r = run('LayerNormalization', [2, 5, 16], { axis: -1 }, 3);
    expect(r.outs.map((t) => t.shape)).toEqual([[2, 5, 16], [2, 5, 1], [2, 5, 1]]);
    expect(r.macc).toBe(7 * 160 + 29 * 10);
    expect(run('LayerNormalization', [2, 5, 16], { axis: 1 }).macc).toBe(7 * 160 + 29 * 2);
    expect(run('LayerNormalization', [2, 5, 16], { axis: 0 }).macc).toBe(7 * 160 + 29); // one row: the whole tensor
  });

  it('InstanceNormalization: one row per (N, C); LRN size x O; L2Normalization 3 O', () => {
    expect(run('InstanceNormalization', [2, 3, 4, 4]).macc).toBe(7 * 96 + 29 * 6);
    expect(run('LRN', [1, 8, 4, 4], { size: 5 }).macc).toBe(5 * 128);
    expect(run('L2Normalization', [1, 8, 4, 4]).macc).toBe(3 * 128);
  });
});
