/**
 * The rearranging and data-dependent operators (src/ops/misc.ts): NonZero, TopK, CumSum, OneHot,
 * DepthToSpace/SpaceToDepth in both layouts, Pack/Unpack and TFLite's BatchToSpace/SpaceToBatch,
 * shapes worked by hand from the ONNX and TFLite specs, with the MACC of the provisional
 * conventions (TopK one comparison per input element, CumSum one add per output element).
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(op: OpKind, x: Shape, more: (g: GraphBuilder) => string[] = () => [], attrs: Attrs = {}, outputs = 1, extraInputs = 0) {
  const g = new GraphBuilder();
  const ins = [g.input('x', 'float32', x), ...Array.from({ length: extraInputs }, (_, i) => g.input(`p${i}`, 'float32', x)), ...more(g)];
  g.node(op, ins, attrs, { name: 'n', outputs });
  const names = outputs === 1 ? ['n_out'] : Array.from({ length: outputs }, (_, i) => `n_out${i}`);
  for (const n of names) g.output(n);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shapes: names.map((n) => g.get(n).shape), dtypes: names.map((n) => g.get(n).dtype), macc: costOf(g, 'n').macc, messages };
}

describe('data-dependent', () => {
  it('NonZero: [rank, unknown] int64', () => {
    const r = run('NonZero', [3, 4]);
    expect(r.shapes[0]?.[0]).toBe(2);
    expect(typeof r.shapes[0]?.[1]).toBe('string');
    expect(r.dtypes).toEqual(['int64']);
  });

  it('TopK: k from the input replaces the axis (last by default) in both outputs, values and int64 indices; one MACC per input element', () => {
    const r = run('TopK', [3, 10], (g) => [g.values('k', 'int64', [4])], {}, 2);
    expect(r.shapes).toEqual([[3, 4], [3, 4]]);
    expect(r.dtypes).toEqual(['float32', 'int64']);
    expect(r.macc).toBe(30);
    expect(run('TopK', [3, 10], () => [], { k: 2, axis: 0 }, 2).shapes[0]).toEqual([2, 10]);
  });

  it('CumSum keeps the shape, one MACC per element; OneHot inserts the depth at the axis', () => {
    expect(run('CumSum', [3, 4], (g) => [g.values('a', 'int64', [1], [])])).toMatchObject({ shapes: [[3, 4]], macc: 12 });
    const oh = (attrs: Attrs) => {
      const g = new GraphBuilder();
      g.node('OneHot', [g.input('i', 'int64', [2, 3]), g.values('d', 'int64', [5], []), g.values('v', 'float32', [0, 1])], attrs, { name: 'n' });
      g.output('n_out');
      infer(g);
      return g.get('n_out');
    };
    expect(oh({})).toMatchObject({ shape: [2, 3, 5], dtype: 'float32' });
    expect(oh({ axis: 0 }).shape).toEqual([5, 2, 3]);
    expect(oh({ axis: -2 }).shape).toEqual([2, 5, 3]);
  });
});

describe('rearranging', () => {
  it('DepthToSpace / SpaceToDepth, NCHW and NHWC', () => {
    expect(run('DepthToSpace', [1, 8, 3, 4], () => [], { blocksize: 2 }).shapes[0]).toEqual([1, 2, 6, 8]);
    expect(run('SpaceToDepth', [1, 2, 6, 8], () => [], { blocksize: 2 }).shapes[0]).toEqual([1, 8, 3, 4]);
    expect(run('DepthToSpace', [1, 3, 4, 8], () => [], { blocksize: 2, layout: 'NHWC' }).shapes[0]).toEqual([1, 6, 8, 2]);
    expect(run('SpaceToDepth', [1, 6, 8, 2], () => [], { blocksize: 2, layout: 'NHWC' }).shapes[0]).toEqual([1, 3, 4, 8]);
    expect(run('DepthToSpace', [8, 3, 4], () => [], { blocksize: 2 }).messages).toContain('expected a 4-D input, got rank 3');
  });

  it('Pack stacks n inputs at the axis; Unpack removes it from each output', () => {
    expect(run('Pack', [3, 4], () => [], { axis: 1 }, 1, 2).shapes[0]).toEqual([3, 3, 4]);
    expect(run('Pack', [3, 4], () => [], { axis: -1 }, 1, 1).shapes[0]).toEqual([3, 4, 2]);
    expect(run('Unpack', [3, 4, 5], () => [], { axis: 1 }, 4).shapes).toEqual([[3, 5], [3, 5], [3, 5], [3, 5]]);
  });

  it('TFLite BatchToSpace / SpaceToBatch (NHWC): the batch by the block product, each spatial axis by its block, minus crops or plus paddings', () => {
    const bs = (op: 'BatchToSpace' | 'SpaceToBatch', x: Shape, block: number[], pads: number[]) =>
      run(op, x, (g) => [g.values('b', 'int32', block), g.values('p', 'int32', pads, [block.length, 2])]).shapes[0];
    expect(bs('BatchToSpace', [4, 3, 5, 8], [2, 2], [0, 1, 1, 1])).toEqual([1, 5, 8, 8]);
    expect(bs('SpaceToBatch', [1, 5, 8, 8], [2, 2], [0, 1, 1, 1])).toEqual([4, 3, 5, 8]);
    const c = run('BatchToSpace', [4, 3, 5, 8], (g) => [g.input('b', 'int32', [2]), g.values('p', 'int32', [0, 0, 0, 0], [2, 2])]).shapes[0];
    expect(c?.every((d) => typeof d === 'string')).toBe(true);
  });
});

describe('defaults, run-time operands and refusals', () => {
  it('TopK over the last axis by default, on a rank-3 input: [2, 5, 7], k 3 -> [2, 5, 3]', () => {
    expect(run('TopK', [2, 5, 7], (g) => [g.values('k', 'int64', [3])], {}, 2).shapes).toEqual([[2, 5, 3], [2, 5, 3]]);
  });

  it('TopK with k from a graph input: that axis unknown; OneHot with a run-time depth likewise', () => {
    expect(run('TopK', [2, 5], (g) => [g.input('k', 'int64', [1])], {}, 2).shapes).toEqual([[2, '?'], [2, '?']]);
    expect(run('OneHot', [3], (g) => [g.input('depth', 'int64', []), g.values('v', 'float32', [0, 1])]).shapes).toEqual([[3, '?']]);
  });

  it('BatchToSpace crops and SpaceToBatch pads the first spatial axis too ([1, 1] on H of 3 and 4, block 2)', () => {
    const bs = (op: 'BatchToSpace' | 'SpaceToBatch', x: Shape, pads: number[]) =>
      run(op, x, (g) => [g.values('b', 'int32', [2, 2]), g.values('p', 'int32', pads, [2, 2])]).shapes[0];
    // H: 3 x 2 - 2 = 4; W: 5 x 2 - 0 = 10
    expect(bs('BatchToSpace', [4, 3, 5, 8], [1, 1, 0, 0])).toEqual([1, 4, 10, 8]);
    // H: (4 + 2) / 2 = 3; W: 6 / 2 = 3
    expect(bs('SpaceToBatch', [1, 4, 6, 8], [1, 1, 0, 0])).toEqual([4, 3, 3, 8]);
  });

  it('an axis out of range is refused naming the operator\'s axis', () => {
    expect(run('TopK', [2, 5], (g) => [g.values('k', 'int64', [1])], { axis: 4 }, 2).messages).toContain('topk axis 4 is out of range for rank 2');
    expect(run('OneHot', [3], (g) => [g.values('depth', 'int64', [4]), g.values('v', 'float32', [0, 1])], { axis: 5 }).messages).toContain('one-hot axis 5 is out of range for rank 2');
    expect(run('Pack', [2, 3], () => [], { axis: 4 }).messages).toContain('pack axis 4 is out of range for rank 3');
    expect(run('Unpack', [2, 3], () => [], { axis: 3 }, 2).messages).toContain('unpack axis 3 is out of range for rank 2');
  });
});
