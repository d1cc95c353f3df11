/**
 * Concat, Split, Slice and Pad (src/ops/indexing.ts): output shapes and folded values worked by
 * hand from the ONNX operator specs (numpy's concatenate, array_split as opset 18 splits, slicing
 * and pad on the same inputs), and each refusal as a W_SHAPE naming the numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Tensor } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

function run(op: OpKind, ins: (g: GraphBuilder) => string[], attrs: Attrs = {}, outputs = 1, opset?: number): { outs: Tensor[]; messages: string } {
  const g = new GraphBuilder();
  g.node(op, ins(g), attrs, { name: 'n', outputs });
  const names = outputs === 1 ? ['n_out'] : Array.from({ length: outputs }, (_, i) => `n_out${i}`);
  for (const n of names) g.output(n);
  const d = infer(g, opset);
  return { outs: names.map((n) => g.get(n)), messages: d.map((x) => x.message).join(' | ') };
}
const vals = (t: Tensor | undefined): number[] | undefined => (t?.data?.kind === 'values' ? t.data.values : undefined);
const xin = (shape: Shape) => (g: GraphBuilder) => [g.input('x', 'float32', shape)];

describe('Concat', () => {
  it('sums the axis, keeps the rest; a negative axis counts from the end; a symbol on the axis makes the sum unknown', () => {
    const c = (a: Shape, b: Shape, axis: number) => run('Concat', (g) => [g.input('a', 'float32', a), g.input('b', 'float32', b)], { axis }).outs[0];
    expect(c([2, 3], [2, 5], 1)?.shape).toEqual([2, 8]);
    expect(c([2, 3], [4, 3], -2)?.shape).toEqual([6, 3]);
    expect(c(['N', 3], [2, 3], 1)?.shape).toEqual([2, 6]); // the symbol meets 2 off the axis: 2 is kept
    expect(typeof c([2, 'k'], [2, 3], 1)?.shape?.[1]).toBe('string');
  });

  it('refuses different ranks and different sizes off the axis', () => {
    expect(run('Concat', (g) => [g.input('a', 'float32', [2, 3]), g.input('b', 'float32', [2, 3, 1])], { axis: 0 }).messages).toContain('inputs have ranks 2 and 3');
    expect(run('Concat', (g) => [g.input('a', 'float32', [2, 3]), g.input('b', 'float32', [4, 4])], { axis: 0 }).messages).toContain('dim 1 differs between inputs: 3 vs 4');
  });

  it('folds constants slab by slab (np.concatenate([[1,2],[3,4]], [[5],[6]], axis=1) = [[1,2,5],[3,4,6]])', () => {
    const r = run('Concat', (g) => [g.values('a', 'int64', [1, 2, 3, 4], [2, 2]), g.values('b', 'int64', [5, 6], [2, 1])], { axis: 1 });
    expect(vals(r.outs[0])).toEqual([1, 2, 5, 3, 4, 6]);
    expect(vals(run('Concat', (g) => [g.values('a', 'int64', [1, 2]), g.values('b', 'int64', [3])], { axis: 0 }).outs[0])).toEqual([1, 2, 3]);
  });
});

describe('Split', () => {
  it('given sizes (attribute or input); equal parts, the last smaller when the axis does not divide (opset 18)', () => {
    expect(run('Split', xin([2, 10]), { axis: 1, split: [3, 7] }, 2).outs.map((t) => t.shape)).toEqual([[2, 3], [2, 7]]);
    expect(run('Split', (g) => [g.input('x', 'float32', [2, 10]), g.values('s', 'int64', [4, 6])], { axis: -1 }, 2).outs.map((t) => t.shape)).toEqual([[2, 4], [2, 6]]);
    expect(run('Split', xin([10, 2]), {}, 3).outs.map((t) => t.shape)).toEqual([[4, 2], [4, 2], [2, 2]]);
    expect(run('Split', xin([9, 2]), { num_outputs: 3 }, 3, 18).outs.map((t) => t.shape)).toEqual([[3, 2], [3, 2], [3, 2]]);
  });

  it('refuses sizes of another count or sum; a symbolic axis splits into unknown parts', () => {
    expect(run('Split', xin([2, 10]), { axis: 1, split: [3, 3, 4] }, 2).messages).toContain('split has 3 sizes for 2 outputs');
    expect(run('Split', xin([2, 10]), { axis: 1, split: [3, 6] }, 2).messages).toContain('split sizes [3,6] do not add up to 10');
    const s = run('Split', xin([2, 'W']), { axis: 1 }, 2).outs.map((t) => t.shape);
    expect(s.map((x) => x?.[0])).toEqual([2, 2]);
    expect(s.every((x) => typeof x?.[1] === 'string')).toBe(true);
  });
});

describe('Slice', () => {
  const slice = (x: Shape, starts: number[], ends: number[], axes?: number[], steps?: number[]) => run('Slice', (g) => [
    g.input('x', 'float32', x), g.values('st', 'int64', starts), g.values('en', 'int64', ends),
    ...(axes ? [g.values('ax', 'int64', axes)] : steps ? [''] : []), ...(steps ? [g.values('sp', 'int64', steps)] : []),
  ]).outs[0];

  it('starts/ends/axes/steps with clamping and negative steps (x[1:3, ::-2] on 4x5 -> 2x3)', () => {
    expect(slice([4, 5], [1, -1], [3, -100], [0, 1], [1, -2])?.shape).toEqual([2, 3]);
    expect(slice([4, 5], [0], [100], [1])?.shape).toEqual([4, 5]);
    expect(slice([4, 5], [-2], [4])?.shape).toEqual([2, 5]);
    expect(slice([4, 5], [1], [2], [-1])?.shape).toEqual([4, 1]);
  });

  it('a symbolic dimension survives only on an axis not sliced', () => {
    const s = slice(['N', 5], [1], [3], [1])?.shape;
    expect(s).toEqual(['N', 2]);
    expect(typeof slice(['N', 5], [1], [3], [0])?.shape?.[0]).toBe('string');
    expect(slice(['N', 5], [1], [3], [0])?.shape?.[0]).not.toBe('N');
  });

  it('folds constant vectors (np.arange(10)[2:9:3] = [2, 5, 8]); a step of 0 is refused', () => {
    const r = run('Slice', (g) => [g.values('x', 'int64', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), g.values('st', 'int64', [2]), g.values('en', 'int64', [9]), g.values('ax', 'int64', [0]), g.values('sp', 'int64', [3])]);
    expect(vals(r.outs[0])).toEqual([2, 5, 8]);
    const m = run('Slice', (g) => [g.values('x', 'int64', [1, 2, 3, 4, 5, 6], [2, 3]), g.values('st', 'int64', [0, 2]), g.values('en', 'int64', [2, 0]), g.values('ax', 'int64', [0, 1]), g.values('sp', 'int64', [1, -1])]);
    expect(vals(m.outs[0])).toEqual([3, 2, 6, 5]);
    expect(run('Slice', (g) => [g.input('x', 'float32', [4]), g.values('st', 'int64', [0]), g.values('en', 'int64', [4]), g.values('ax', 'int64', [0]), g.values('sp', 'int64', [0])]).messages).toContain('slice step must not be 0');
  });
});

describe('Pad', () => {
  it('adds before and after per axis; axes (opset 18) select which; computed pads keep only the rank', () => {
    expect(run('Pad', (g) => [g.input('x', 'float32', [1, 3, 4, 4]), g.values('p', 'int64', [0, 0, 1, 2, 0, 0, 3, 4])]).outs[0]?.shape).toEqual([1, 3, 8, 10]);
    expect(run('Pad', (g) => [g.input('x', 'float32', [1, 3, 4, 4]), g.values('p', 'int64', [1, 2, 3, 4]), '', g.values('a', 'int64', [-2, 3])], {}, 1, 18).outs[0]?.shape).toEqual([1, 3, 8, 10]);
    expect(run('Pad', xin([2, 2]), { pads: [1, 0, 1, 0] }, 1, 10).outs[0]?.shape).toEqual([4, 2]);
    const c = run('Pad', (g) => [g.input('x', 'float32', [2, 2]), g.input('p', 'int64', [4])]).outs[0]?.shape;
    expect(c?.length).toBe(2);
    expect(c?.every((d) => typeof d === 'string')).toBe(true);
  });

  it('refuses pads of the wrong length', () => {
    expect(run('Pad', (g) => [g.input('x', 'float32', [2, 2]), g.values('p', 'int64', [1, 1])]).messages).toContain('pads has 2 entries, expected 4');
  });
});

describe('Split sizes not known when the graph is read', () => {
  it('sizes from a graph input, or a symbolic dim to share: each output\'s size on the axis unknown', () => {
    expect(run('Split', (g) => [g.input('x', 'float32', [2, 10]), g.input('s', 'int64', [2])], { axis: 1 }, 2).outs.map((t) => t.shape)).toEqual([[2, '?'], [2, '?']]);
    expect(run('Split', xin(['N', 2]), {}, 2).outs.map((t) => t.shape)).toEqual([['?', 2], ['?', 2]]);
  });

  it('an axis out of range is refused as the split axis', () => {
    expect(run('Split', xin([2, 10]), { axis: 2 }, 2).messages).toContain('split axis 2 is out of range for rank 2');
  });
});

describe('operands known only at run time, and the attribute forms (opset 1 to 9)', () => {
  const unknownOfRank = (s: Shape | undefined, rank: number) => s?.length === rank && s.every((d) => d === '?');

  it('Concat folds only when every input is a constant: a graph input among them leaves the values unknown', () => {
    const r = run('Concat', (g) => [g.values('a', 'int64', [1, 2]), g.input('b', 'int64', [1])], { axis: 0 });
    expect(r.outs[0]?.shape).toEqual([3]);
    expect(vals(r.outs[0])).toBeUndefined();
    expect(r.messages).toBe('');
  });

  it('Concat keeps the first symbol on an axis two symbols share (np.concatenate of (N, 3) and (M, 5) on axis 1: (N, 8))', () => {
    expect(run('Concat', (g) => [g.input('a', 'float32', ['N', 3]), g.input('b', 'float32', ['M', 5])], { axis: 1 }).outs[0]?.shape).toEqual(['N', 8]);
  });

  it('Concat takes the type of the first input there is: an omitted first input does not make it unknown', () => {
    expect(run('Concat', (g) => ['', g.input('b', 'int8', [2])], { axis: 0 }).outs[0]?.dtype).toBe('int8');
  });

  it('Slice: starts, ends, axes or steps computed at run time leave every dim unknown, the rank kept, and nothing folded', () => {
    const x = (g: GraphBuilder) => g.input('x', 'float32', [4, 5]);
    const c = (g: GraphBuilder, n: string, v: number[]) => g.values(n, 'int64', v);
    const rt = (g: GraphBuilder, n: string) => g.input(n, 'int64', [1]);
    const cases: ((g: GraphBuilder) => string[])[] = [
      (g) => [x(g), rt(g, 'st'), c(g, 'en', [3])],
      (g) => [x(g), c(g, 'st', [1]), rt(g, 'en')],
      (g) => [x(g), c(g, 'st', [1]), c(g, 'en', [3]), rt(g, 'ax')],
      (g) => [x(g), c(g, 'st', [1]), c(g, 'en', [3]), c(g, 'ax', [1]), rt(g, 'sp')],
    ];
    for (const ins of cases) {
      const r = run('Slice', ins);
      expect(unknownOfRank(r.outs[0]?.shape, 2)).toBe(true);
      expect(r.messages).toBe('');
    }
    // a constant input sliced at positions known only at run time: no values either
    const f = run('Slice', (g) => [g.values('x', 'int64', [1, 2, 3]), rt(g, 'st'), c(g, 'en', [3])]);
    expect(vals(f.outs[0])).toBeUndefined();
    expect(f.messages).toBe('');
  });

  it('Slice of a graph input folds nothing and warns of nothing', () => {
    const r = run('Slice', (g) => [g.input('x', 'int64', [4]), g.values('st', 'int64', [1]), g.values('en', 'int64', [3])]);
    expect(r.outs[0]?.shape).toEqual([2]);
    expect(vals(r.outs[0])).toBeUndefined();
    expect(r.messages).toBe('');
  });

  it('Slice folds a constant sliced on one axis of two (np.arange(6).reshape(2, 3)[:, 1:] = [[1, 2], [4, 5]])', () => {
    const r = run('Slice', (g) => [g.values('x', 'int64', [0, 1, 2, 3, 4, 5], [2, 3]), g.values('st', 'int64', [1]), g.values('en', 'int64', [3]), g.values('ax', 'int64', [1])]);
    expect(r.outs[0]?.shape).toEqual([2, 2]);
    expect(vals(r.outs[0])).toEqual([1, 2, 4, 5]);
  });

  it('Slice in the attribute form (opset 9): starts, ends and axes attributes; a symbolic dim kept only off the sliced axes', () => {
    expect(run('Slice', xin(['N', 4]), { starts: [1], ends: [3], axes: [1] }, 1, 9).outs[0]?.shape).toEqual(['N', 2]);
    // without axes, the first entries address the first axes: N is sliced, 4 is not
    expect(run('Slice', xin(['N', 4]), { starts: [0], ends: [1] }, 1, 9).outs[0]?.shape).toEqual(['?', 4]);
  });

  it('Slice: a negative axis and two sliced symbolic axes make those dims unknown (x[:, :, 0:1] and x[0:1, 0:1] on (2, N, M))', () => {
    const s = (starts: number[], ends: number[], axes: number[]) => run('Slice', (g) => [g.input('x', 'float32', [2, 'N', 'M']), g.values('st', 'int64', starts), g.values('en', 'int64', ends), g.values('ax', 'int64', axes)]).outs[0]?.shape;
    expect(s([0], [1], [-1])).toEqual([2, 'N', '?']);
    expect(s([0, 0], [1, 1], [1, 2])).toEqual([2, '?', '?']);
  });

  it('Slice refuses an axis out of range, named as the slice axis', () => {
    expect(run('Slice', (g) => [g.input('x', 'float32', [4, 5]), g.values('st', 'int64', [0]), g.values('en', 'int64', [1]), g.values('ax', 'int64', [2])]).messages).toContain('slice axis 2 is out of range for rank 2');
  });

  it('Pad: the opset 1 attribute `paddings`; axes computed at run time leave every dim unknown; an axis out of range is named', () => {
    expect(run('Pad', xin([2, 2]), { paddings: [1, 0, 1, 0] }, 1, 1).outs[0]?.shape).toEqual([4, 2]);
    const r = run('Pad', (g) => [g.input('x', 'float32', [2, 3]), g.values('p', 'int64', [1, 1]), '', g.input('a', 'int64', [1])], {}, 1, 18);
    expect(unknownOfRank(r.outs[0]?.shape, 2)).toBe(true);
    expect(r.messages).toBe('');
    expect(run('Pad', (g) => [g.input('x', 'float32', [2, 3]), g.values('p', 'int64', [1, 1]), '', g.values('a', 'int64', [2])], {}, 1, 18).messages).toContain('pad axis 2 is out of range for rank 2');
  });
});
