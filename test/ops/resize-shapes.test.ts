/**
 * Resize (src/ops/resize.ts): output shapes from scales or sizes, axes, the aspect-ratio policies
 * of opset 18 (not_larger / not_smaller: one scale for every axis, the output rounded), the
 * two-input form of opset 10, TFLite's spatial-only sizes, and MACC per output element by mode
 * (METRICS.md: nearest 0, linear 4, cubic 8). Every expected shape is worked by hand from the
 * ONNX Resize spec.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

type Arg = number[] | '' | 'computed' | 'empty';
function run(x: Shape, ins: Arg[], attrs: Attrs = {}, opset = 18) {
  const g = new GraphBuilder();
  const args = ins.map((a, i) => (a === '' ? '' : a === 'computed' ? g.input(`a${i}`, 'float32', [4]) : a === 'empty' ? g.values(`a${i}`, 'float32', [], [0]) : g.values(`a${i}`, i === 2 && ins.length === 3 ? 'int64' : 'float32', a)));
  const out = g.node('Resize', [g.input('x', 'float32', x), ...args], attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g, opset).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, macc: costOf(g, 'n', opset).macc, messages };
}

describe('shapes', () => {
  it('scales floor the product; sizes are taken as given (roi empty)', () => {
    expect(run([1, 3, 5, 5], ['', [1, 1, 1.5, 2.2]]).shape).toEqual([1, 3, 7, 11]);
    expect(run([1, 3, 5, 5], ['', 'empty', [1, 3, 8, 9]]).shape).toEqual([1, 3, 8, 9]);
  });

  it('axes (opset 18) name the dimensions the scales apply to; a negative axis counts from the end', () => {
    expect(run([1, 3, 4, 4], ['', [2, 3]], { axes: [2, -1] }).shape).toEqual([1, 3, 8, 12]);
  });

  it('keep_aspect_ratio_policy: not_larger takes the smallest ratio, not_smaller the largest, for every axis', () => {
    expect(run([1, 3, 4, 8], ['', 'empty', [1, 3, 8, 8]], { keep_aspect_ratio_policy: 'not_larger' }).shape).toEqual([1, 3, 4, 8]);
    // Without axes the policy's one scale (max of 1, 1, 2, 1) applies to every axis, batch and channels too.
    expect(run([1, 3, 4, 8], ['', 'empty', [1, 3, 8, 8]], { keep_aspect_ratio_policy: 'not_smaller' }).shape).toEqual([2, 6, 8, 16]);
    expect(run([1, 3, 4, 8], ['', 'empty', [6, 6]], { keep_aspect_ratio_policy: 'not_larger', axes: [2, 3] }).shape).toEqual([1, 3, 3, 6]);
  });

  it('two sizes on a rank-4 input are the spatial axes: H, W in NCHW; after the batch in NHWC', () => {
    expect(run([1, 3, 4, 4], ['', 'empty', [8, 6]]).shape).toEqual([1, 3, 8, 6]);
    expect(run([1, 4, 4, 3], ['', 'empty', [8, 6]], { layout: 'NHWC' }).shape).toEqual([1, 8, 6, 3]);
    expect(run([1, 3, 4, 4], ['', 'empty', [8, 6, 2]]).messages).toContain('3 scales/sizes for a rank-4 input');
  });

  it('opset 10: the second input is the scales', () => {
    expect(run([1, 3, 4, 4], [[1, 1, 2, 0.5]], {}, 10).shape).toEqual([1, 3, 8, 2]);
  });

  it('computed scales or sizes keep only the rank; a symbolic dimension survives a scale of 1 only', () => {
    const c = run([1, 3, 4, 4], ['', 'computed']).shape;
    expect(c?.length).toBe(4);
    expect(c?.every((d) => typeof d === 'string')).toBe(true);
    const s = run(['N', 3, 4, 4], ['', [1, 1, 2, 2]]).shape;
    expect(s?.slice(1)).toEqual([3, 8, 8]);
    expect(s?.[0]).toBe('N');
    expect(run([1, 3, 'h', 4], ['', [1, 1, 2, 2]]).shape?.[2]).not.toBe('h');
  });
});

describe('MACC per output element by mode', () => {
  it.each<[string | undefined, number]>([[undefined, 0], ['nearest', 0], ['linear', 4], ['cubic', 8], ['bilinear', 4], ['bicubic', 8]])('mode %s: %i x 1x3x8x8', (mode, f) => {
    expect(run([1, 3, 4, 4], ['', [1, 1, 2, 2]], mode ? { mode } : {}).macc).toBe(f * 192);
  });
});

describe('attribute forms and the aspect-ratio policy on dims it cannot scale', () => {
  it('sizes, scales and axes given as attributes (TFLite RESIZE_* sets sizes: [H, W] after the batch in NHWC)', () => {
    expect(run([1, 4, 5, 3], [], { sizes: [8, 10], layout: 'NHWC' }).shape).toEqual([1, 8, 10, 3]);
    expect(run([1, 3, 4, 5], [], { scales: [2, 2] }).shape).toEqual([1, 3, 8, 10]);
    // one scale for axis 3 alone: without the axes attribute, one scale for a rank-4 input is refused
    expect(run([1, 3, 4, 5], ['', [2]], { axes: [3] }).shape).toEqual([1, 3, 4, 10]);
  });

  it('two inputs at opset 18: the second is read as the scales, as in the two-input form; at opset 10 the second is the scales whatever follows', () => {
    expect(run([1, 3, 4, 5], [[1, 1, 2, 2]], {}, 18).shape).toEqual([1, 3, 8, 10]);
    expect(run([1, 3, 4, 5], [[1, 1, 2, 2], [1, 1, 3, 3]], {}, 10).shape).toEqual([1, 3, 8, 10]);
  });

  it('an axis out of range is refused, named as the resize axis', () => {
    expect(run([1, 3, 4, 5], ['', [2]], { axes: [4] }).messages).toContain('resize axis 4 is out of range for rank 4');
  });

  it('not_larger over an axis of unknown or zero size: those axes unknown, not scaled by the other ratios', () => {
    expect(run([1, 3, 'H', 8], ['', '', [10, 10]], { axes: [2, 3], keep_aspect_ratio_policy: 'not_larger' }).shape).toEqual([1, 3, '?', '?']);
    expect(run([1, 3, 0, 8], ['', '', [10, 10]], { axes: [2, 3], keep_aspect_ratio_policy: 'not_larger' }).shape).toEqual([1, 3, '?', '?']);
  });
});
