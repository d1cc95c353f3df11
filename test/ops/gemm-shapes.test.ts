/**
 * Gemm, TFLite's FullyConnected (keep_num_dims) and MatMul (src/ops/gemm.ts): shapes from the
 * ONNX and TFLite specs worked by hand (numpy.matmul for MatMul), MACC = M x N x K (+ N for a bias,
 * METRICS.md), and each refusal naming the numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(op: 'Gemm' | 'MatMul', a: Shape, b: Shape, attrs: Attrs = {}, bias?: Shape) {
  const g = new GraphBuilder();
  const ins = [g.input('a', 'float32', a), g.constant('b', 'float32', b)];
  if (bias) ins.push(g.constant('c', 'float32', bias));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, macc: messages ? undefined : costOf(g, 'n').macc, messages };
}

describe('Gemm', () => {
  it('transA and transB choose M, K and N; the bias adds N', () => {
    expect(run('Gemm', [3, 4], [4, 5])).toMatchObject({ shape: [3, 5], macc: 60 });
    expect(run('Gemm', [4, 3], [4, 5], { transA: 1 })).toMatchObject({ shape: [3, 5], macc: 60 });
    expect(run('Gemm', [3, 4], [5, 4], { transB: 1 }, [5])).toMatchObject({ shape: [3, 5], macc: 65 });
  });

  it('refuses inputs that are not 2-D and inner dims that differ, naming both', () => {
    expect(run('Gemm', [1, 3, 4], [4, 5]).messages).toContain('Gemm needs 2-D inputs, got A [1,3,4] and B [4,5]');
    expect(run('Gemm', [3, 4], [5, 4]).messages).toContain('inner dims differ: A gives K=4, B gives K=5 (transA=0, transB=0)');
  });
});

describe('FullyConnected (keep_num_dims present)', () => {
  it('A of any rank is read as [size / K, K]; keep_num_dims=1 keeps the leading dims', () => {
    expect(run('Gemm', [2, 3, 4], [10, 4], { keep_num_dims: 0, transB: 1 })).toMatchObject({ shape: [6, 10], macc: 240 });
    expect(run('Gemm', [2, 3, 4], [10, 4], { keep_num_dims: 1, transB: 1 })).toMatchObject({ shape: [2, 3, 10], macc: 240 });
    // keep_num_dims=1 with a last dim other than K: the flattened [size / K, N].
    expect(run('Gemm', [2, 6], [10, 4], { keep_num_dims: 1, transB: 1 }).shape).toEqual([3, 10]);
  });

  it('refuses weights that are not 2-D and inputs whose size is not a multiple of K', () => {
    expect(run('Gemm', [2, 4], [10, 4, 1], { keep_num_dims: 0, transB: 1 }).messages).toContain('FullyConnected weights must be 2-D, got [10,4,1]');
    expect(run('Gemm', [2, 5], [10, 4], { keep_num_dims: 0, transB: 1 }).messages).toContain('input of 10 elements is not a multiple of K=4');
  });
});

describe('MatMul (numpy.matmul)', () => {
  it.each<[Shape, Shape, Shape, number]>([
    [[3, 4], [4, 5], [3, 5], 60],
    [[2, 1, 3, 4], [5, 4, 6], [2, 5, 3, 6], 2 * 5 * 3 * 6 * 4],
    [[4], [4, 5], [5], 20],
    [[3, 4], [4], [3], 12],
    [[4], [4], [], 4],
  ])('%j x %j = %j, %i MACC', (a, b, shape, macc) => {
    expect(run('MatMul', a, b)).toMatchObject({ shape, macc });
  });

  it('refuses scalars and mismatched inner dims', () => {
    expect(run('MatMul', [], [4]).messages).toContain('MatMul operands must not be scalars');
    expect(run('MatMul', [3, 4], [5, 6]).messages).toContain('inner dims differ: [3,4] x [5,6] (K 4 vs 5)');
  });
});
