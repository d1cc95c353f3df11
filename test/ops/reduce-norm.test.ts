import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { single, infer } from './run.js';

describe('reductions', () => {
  it('ReduceMean costs 2 * input elements (axes attribute, opset 13)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'ReduceMean', [g.input('x', 'float32', [1, 64, 7, 7])], { axes: [2, 3], keepdims: 1 }, { opset: 13 });
    expect(r.shape).toEqual([1, 64, 1, 1]);
    // 2 * 64*7*7
    expect(r.cost).toEqual({ macc: 6_272, pure: 0 });
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
