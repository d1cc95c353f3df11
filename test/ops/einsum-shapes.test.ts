/**
 * Einsum (src/ops/einsum.ts): output shapes as numpy.einsum gives them for the same equations, the
 * implicit output (letters used once, sorted), ellipses broadcast, size-1 extents replaced by
 * larger ones, and MACC = the product of every index's extent (naive loops, METRICS.md).
 */
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(equation: string, ...shapes: Shape[]) {
  const g = new GraphBuilder();
  const out = g.node('Einsum', shapes.map((s, i) => g.input(`x${i}`, 'float32', s)), { equation }, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, macc: messages ? undefined : costOf(g, 'n').macc, messages };
}

describe('Einsum', () => {
  it.each<[string, Shape[], Shape, number]>([
    ['bij,bjk->bik', [[2, 3, 4], [2, 4, 5]], [2, 3, 5], 2 * 3 * 4 * 5],
    ['ij->ji', [[3, 4]], [4, 3], 12],
    ['ii->i', [[4, 4]], [4], 4],
    ['ij,ij->', [[3, 4], [3, 4]], [], 12],
    ['i,j->ij', [[3], [5]], [3, 5], 15],
    ['...ij,...jk->...ik', [[2, 1, 3, 4], [6, 4, 5]], [2, 6, 3, 5], 2 * 6 * 3 * 4 * 5],
    ['bhqd, bhkd -> bhqk', [[1, 2, 8, 16], [1, 2, 8, 16]], [1, 2, 8, 8], 1 * 2 * 8 * 16 * 8],
  ])('%s', (eq, shapes, want, macc) => {
    expect(run(eq, ...shapes)).toMatchObject({ shape: want, macc });
  });

  it('the implicit output keeps the letters used once, sorted (np.einsum("ba,ac", ...) -> "bc")', () => {
    expect(run('ba,ac', [2, 3], [3, 4]).shape).toEqual([2, 4]);
    expect(run('kj,ji', [2, 3], [3, 4]).shape).toEqual([4, 2]);
    expect(run('...j,j', [5, 2, 3], [3]).shape).toEqual([5, 2]);
  });

  it('an extent of 1 is replaced by a larger one from another operand (broadcast letters)', () => {
    expect(run('ij,ij->ij', [1, 4], [3, 4]).shape).toEqual([3, 4]);
  });

  it('refuses a term whose letters do not match the input rank', () => {
    expect(run('ijk,jk->ik', [3, 4], [4, 5]).messages).toContain("term 'ijk' does not match input rank 2");
    expect(run('ij,jk->ik', [3, 4, 2], [4, 5]).messages).toContain("term 'ij' does not match input rank 3");
  });
});
