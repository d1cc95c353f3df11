/**
 * Gemm, FullyConnected and MatMul (src/ops/gemm.ts) at the edges gemm-shapes.test.ts leaves out:
 * symbolic and zero sizes (no division by zero, an unknown M rather than a wrong one), a scalar
 * FullyConnected input, B of the wrong rank, a binary layer's threshold (no bias term), the dtype
 * when a shape is unknown, and a 1-D B whose K is the only known one. Figures worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(op: 'Gemm' | 'MatMul', a: Shape | undefined, b: Shape | undefined, attrs: Attrs = {}, bias?: Shape) {
  const g = new GraphBuilder();
  const ins = [a ? g.input('a', 'int8', a) : g.tensor('a', 'int8'), b ? g.constant('b', 'float32', b) : g.tensor('b', 'float32')];
  if (bias) ins.push(g.constant('c', 'float32', bias));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  // a refused node has no cost; an unknown shape (the only message then: its input has none) has 0
  return { shape: g.get(out).shape, dtype: g.get(out).dtype, macc: messages.includes('needs') ? undefined : costOf(g, 'n').macc, messages };
}

const FC = { keep_num_dims: 0, transB: 1 };

describe('FullyConnected sizes', () => {
  it('a symbolic input size: M unknown, no refusal, 0 MACC (not a guess)', () => {
    expect(run('Gemm', ['N', 8], [4, 8], FC)).toMatchObject({ shape: ['?', 4], macc: 0, messages: '' });
  });

  it('K = 0 (empty weights): no division by zero, M unknown', () => {
    expect(run('Gemm', [2, 8], [4, 0], FC)).toMatchObject({ shape: ['?', 4], messages: '' });
  });

  it('an input without a shape, keep_num_dims=1: no shape out, the dtype still A\'s', () => {
    expect(run('Gemm', undefined, [4, 8], { keep_num_dims: 1, transB: 1 })).toMatchObject({ shape: undefined, dtype: 'int8', macc: 0 });
  });

  it('a scalar input with keep_num_dims=1: read as [1, K] of one element, [1, N] out', () => {
    expect(run('Gemm', [], [4, 1], { keep_num_dims: 1, transB: 1 })).toMatchObject({ shape: [1, 4], macc: 4 });
  });
});

describe('Gemm', () => {
  it('refuses a B that is not 2-D, naming both', () => {
    expect(run('Gemm', [3, 4], [4, 5, 1]).messages).toContain('Gemm needs 2-D inputs, got A [3,4] and B [4,5,1]');
  });

  it('without keep_num_dims an ONNX Gemm is no FullyConnected: a 3-D A is refused', () => {
    expect(run('Gemm', [2, 3, 4], [4, 5]).messages).toContain('Gemm needs 2-D inputs');
  });

  it('a binary layer\'s third input is its threshold: no bias term (60, not 65)', () => {
    expect(run('Gemm', [3, 4], [5, 4], { transB: 1, threshold: true }, [5]).macc).toBe(60);
    expect(run('Gemm', [3, 4], [5, 4], { transB: 1, threshold: false }, [5]).macc).toBe(65);
  });

  it('an input without a shape: no shape out, the dtype still A\'s', () => {
    expect(run('Gemm', undefined, [4, 5])).toMatchObject({ shape: undefined, dtype: 'int8', macc: 0 });
  });
});

describe('MatMul', () => {
  it('an operand without a shape: no shape out, the dtype still A\'s, 0 MACC', () => {
    expect(run('MatMul', undefined, [4, 5])).toMatchObject({ shape: undefined, dtype: 'int8', macc: 0 });
    expect(run('MatMul', [3, 4], undefined)).toMatchObject({ shape: undefined, dtype: 'int8', macc: 0 });
  });

  it('a 1-D B is [K, 1]: its K counts when A\'s is symbolic ([3, K] x [4] = [3], 3 x 4 MACC)', () => {
    expect(run('MatMul', [3, 'K'], [4])).toMatchObject({ shape: [3], macc: 12 });
  });
});

describe('FullyConnected without transB, MatMul with a scalar B', () => {
  it('keep_num_dims 0, weights [K, N] = [4, 10]: [2, 4] -> [2, 10], 80 MACC', () => {
    expect(run('Gemm', [2, 4], [4, 10], { keep_num_dims: 0 })).toMatchObject({ shape: [2, 10], macc: 80 });
  });

  it('a scalar B is refused like a scalar A', () => {
    expect(run('MatMul', [3, 4], []).messages).toContain('MatMul operands must not be scalars');
  });
});
