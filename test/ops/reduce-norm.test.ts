import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { single, infer } from './run.js';

describe('reductions', () => {
  it('ReduceMean over H, W is a global average pooling for stedgeai: one MACC per input element (axes attribute, opset 13)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'ReduceMean', [g.input('x', 'float32', [1, 64, 7, 7])], { axes: [2, 3], keepdims: 1 }, { opset: 13 });
    expect(r.shape).toEqual([1, 64, 1, 1]);
    // 64*7*7
    expect(r.cost).toEqual({ macc: 3_136, pure: 0 });
  });

  it('ReduceMean over the channels (NCHW axis 1), or including the batch: 2 * input elements', () => {
    const g = new GraphBuilder();
    expect(single(g, 'ReduceMean', [g.input('x', 'float32', [1, 64, 7, 7])], { axes: [1], keepdims: 1 }, { opset: 13 }).cost).toEqual({ macc: 6_272, pure: 0 });
    const h = new GraphBuilder();
    expect(single(h, 'ReduceMean', [h.input('x', 'float32', [1, 64, 7, 7])], { axes: [0, 2, 3], keepdims: 1 }, { opset: 13 }).cost).toEqual({ macc: 6_272, pure: 0 });
    // channels-last (a TFLite MEAN): over H, W a pooling, over the last axis not
    const n = new GraphBuilder();
    expect(single(n, 'ReduceMean', [n.input('x', 'float32', [1, 7, 7, 64])], { axes: [1, 2], keepdims: 1, layout: 'NHWC' }, { opset: 13 }).cost).toEqual({ macc: 3_136, pure: 0 });
    const m = new GraphBuilder();
    expect(single(m, 'ReduceMean', [m.input('x', 'float32', [1, 7, 7, 64])], { axes: [3], keepdims: 1, layout: 'NHWC' }, { opset: 13 }).cost).toEqual({ macc: 6_272, pure: 0 });
  });

  it('ReduceMean axes as input (opset 18), keepdims 0', () => {
    const g = new GraphBuilder();
    const r = single(g, 'ReduceMean', [g.input('x', 'float32', [2, 3, 4]), g.values('axes', 'int64', [-1])], { keepdims: 0 }, { opset: 18 });
    expect(r.shape).toEqual([2, 3]);
  });

  it('ReduceSum with no axes reduces everything; noop_with_empty_axes keeps it', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 3]);
    const all = g.node('ReduceSum', [x], { keepdims: 0 });
    const noop = g.node('ReduceSum', [x], { noop_with_empty_axes: 1 });
    infer(g);
    expect(g.get(all).shape).toEqual([]);
    expect(g.get(noop).shape).toEqual([2, 3]);
  });

  it('ArgMax gives int64', () => {
    const g = new GraphBuilder();
    const r = single(g, 'ArgMax', [g.input('x', 'float32', [2, 10])], { axis: 1, keepdims: 0 });
    expect(g.get(r.out)).toMatchObject({ shape: [2], dtype: 'int64' });
  });
});

describe('normalization', () => {
  it('BatchNormalization left unfused costs 2 * O', () => {
    const g = new GraphBuilder();
    const c = (n: string) => g.constant(n, 'float32', [16]);
    const r = single(g, 'BatchNormalization', [g.input('x', 'float32', [1, 16, 8, 8]), c('s'), c('b'), c('m'), c('v')], { layout: 'NCHW' });
    expect(r.shape).toEqual([1, 16, 8, 8]);
    // 2 * 1024
    expect(r.cost).toEqual({ macc: 2_048, pure: 0 });
  });

  it('LayerNormalization: 7 * N + 29 * rows', () => {
    const g = new GraphBuilder();
    const r = single(g, 'LayerNormalization', [g.input('x', 'float32', [1, 10, 64]), g.constant('s', 'float32', [64])], { axis: -1 });
    expect(r.shape).toEqual([1, 10, 64]);
    // 7 * 640 + 29 * 10 rows
    expect(r.cost.macc).toBe(4_770);
  });

  it('LRN keeps the shape', () => {
    const g = new GraphBuilder();
    const r = single(g, 'LRN', [g.input('x', 'float32', [1, 8, 4, 4])], { size: 5 });
    expect(r.shape).toEqual([1, 8, 4, 4]);
  });
});
