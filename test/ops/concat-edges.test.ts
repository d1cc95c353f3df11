/**
 * Concat (ops/indexing.ts) at its edges: the output type from the first input that knows its own,
 * a shapeless input, no inputs at all, a negative or out-of-range axis, and a symbolic dim that a
 * later input fixes. Shapes worked out by hand (np.concatenate).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { foldOf, infer } from './run.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';

function concat(inputs: [DType, Shape | undefined][], axis: number): { g: GraphBuilder; out: string; warnings: string[] } {
  const g = new GraphBuilder();
  const names = inputs.map(([dtype, shape], i) => {
    if (shape) return g.input(`i${i}`, dtype, shape);
    const t = g.tensor(`i${i}`, dtype);
    g.graph.inputs.push(t);
    return t;
  });
  const out = g.node('Concat', names, { axis }, { name: 'cat' });
  const warnings = infer(g).filter((d) => d.code === 'W_SHAPE' && d.node === 'cat').map((d) => d.message);
  return { g, out, warnings };
}

describe('Concat', () => {
  it('the type of the first input that knows it: unknown then float16 gives float16', () => {
    const { g, out } = concat([['unknown', [2, 3]], ['float16', [4, 3]]], 0);
    expect(g.get(out)).toMatchObject({ shape: [6, 3], dtype: 'float16' });
  });

  it('a shapeless input: the type, no shape (the W_SHAPE names that input); no inputs at all: neither, and no error', () => {
    const { g, out, warnings } = concat([['float32', [2, 3]], ['float32', undefined]], 0);
    expect(g.get(out).dtype).toBe('float32');
    expect(g.get(out).shape).toBeUndefined();
    expect(warnings).toEqual(["Concat 'cat': cannot infer the shape of 'cat_out': input 'i1' has an unknown shape"]);
    const none = concat([], 0);
    expect(none.g.get(none.out).shape).toBeUndefined();
    expect(none.warnings.join(' | ')).not.toContain('out of range'); // no axis of a rank-0 output is looked up
  });

  it('axis -1 is the last; an axis past the rank is refused naming the concat axis', () => {
    expect(concat([['float32', [2, 3]], ['float32', [2, 5]]], -1).g.get('cat_out').shape).toEqual([2, 8]);
    const bad = concat([['float32', [2, 3]], ['float32', [2, 5]]], 5);
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]).toContain('concat axis');
  });

  it('a symbolic dim off the axis takes the number a later input gives', () => {
    expect(concat([['float32', ['N', 3]], ['float32', [2, 4]]], 1).g.get('cat_out').shape).toEqual([2, 7]);
  });
});

describe('Concat dims, known and unknown', () => {
  it('a known dim is kept when a later input has it symbolic: [2, 3] and [N, 5] on axis 1 give [2, 8]', () => {
    const { g, out } = concat([['float32', [2, 3]], ['float32', ['N', 5]]], 1);
    expect(g.get(out).shape).toEqual([2, 8]);
  });

  it('a symbolic size on the axis makes the sum unknown: [2, 3] and [2, K] on axis 1 give [2, ?]', () => {
    const { g, out } = concat([['float32', [2, 3]], ['float32', [2, 'K']]], 1);
    expect(g.get(out).shape).toEqual([2, '?']);
  });
});

describe('Concat and Slice folds asked directly (as any caller of OpRule.fold may)', () => {
  it('Concat: values of every input and static shapes fold; a missing value or a symbolic shape does not', () => {
    const g = new GraphBuilder();
    g.node('Concat', [g.input('a', 'int64', [2]), g.input('b', 'int64', [1])], { axis: 0 }, { name: 'n' });
    g.node('Concat', [g.input('c', 'int64', ['k']), g.input('d', 'int64', [1])], { axis: 0 }, { name: 'sym' });
    expect(foldOf(g, 'n', [[1, 2], [3]])).toEqual([[1, 2, 3]]);
    expect(foldOf(g, 'n', [[1, 2], undefined])).toBeUndefined();
    expect(foldOf(g, 'sym', [[1, 2], [3]])).toBeUndefined();
  });

  it('Slice: values and a static shape fold (x[1:3] of [5, 6, 7, 8] = [6, 7]); without values, a static shape, or a known plan, nothing', () => {
    const g = new GraphBuilder();
    const starts = g.values('s', 'int64', [1]);
    const ends = g.values('e', 'int64', [3]);
    g.node('Slice', [g.input('x', 'int64', [4]), starts, ends], {}, { name: 'n' });
    g.node('Slice', [g.input('y', 'int64', ['k']), starts, ends], {}, { name: 'sym' });
    // ends known only at run time: no plan
    g.node('Slice', [g.input('z', 'int64', [4]), starts, g.input('late', 'int64', [1])], {}, { name: 'late' });
    expect(foldOf(g, 'n', [[5, 6, 7, 8], [1], [3]])).toEqual([[6, 7]]);
    expect(foldOf(g, 'n', [undefined, [1], [3]])).toBeUndefined();
    expect(foldOf(g, 'sym', [[5, 6, 7, 8], [1], [3]])).toBeUndefined();
    expect(foldOf(g, 'late', [[5, 6, 7, 8], [1], [3]])).toBeUndefined();
  });
});
