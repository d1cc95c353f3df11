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

describe('Einsum on what it cannot read', () => {
  const messages = (g: GraphBuilder) => infer(g).map((d) => d.message).join(' | ');

  it('no equation: the empty term does not match the input, named', () => {
    const g = new GraphBuilder();
    g.node('Einsum', [g.input('x', 'float32', [3, 4])], {}, { name: 'n' });
    expect(messages(g)).toContain("term '' does not match input rank 2");
  });

  it('a later operand broadcast with 1 does not replace a known extent', () => {
    expect(run('ij,ij->ij', [3, 4], [1, 4]).shape).toEqual([3, 4]);
  });

  it('an input of unknown shape or a missing one: no shape, the first input\'s type, 0 MACC, no crash', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float16');
    g.graph.inputs.push(x);
    const a = g.node('Einsum', [x, g.input('y', 'float16', [4, 5])], { equation: 'ij,jk->ik' }, { name: 'a' });
    const b = g.node('Einsum', [g.input('z', 'int8', [3, 4])], { equation: 'ij,jk->ik' }, { name: 'b' });
    const c = g.node('Einsum', [], { equation: 'ij->ji' }, { name: 'c' });
    const text = messages(g);
    expect(text).not.toMatch(/Cannot read|undefined/);
    expect([g.get(a).dtype, g.get(b).dtype]).toEqual(['float16', 'int8']);
    expect([g.get(a).shape, g.get(b).shape, g.get(c).shape]).toEqual([undefined, undefined, undefined]);
    expect([costOf(g, 'a').macc, costOf(g, 'b').macc]).toEqual([0, 0]);
  });
});
