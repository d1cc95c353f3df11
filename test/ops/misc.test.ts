import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer, single } from './run.js';

describe('quantization', () => {
  it('QuantizeLinear costs 2 * O and takes the zero point type', () => {
    const g = new GraphBuilder();
    const r = single(g, 'QuantizeLinear', [g.input('x', 'float32', [1, 100]), g.values('s', 'float32', [0.1], []), g.values('z', 'int8', [0], [])]);
    expect(g.get(r.out)).toMatchObject({ shape: [1, 100], dtype: 'int8' });
    // 2 * 100
    expect(r.cost).toEqual({ macc: 200, pure: 0 });
  });

  it('DequantizeLinear costs 2 * O and gives float', () => {
    const g = new GraphBuilder();
    const r = single(g, 'DequantizeLinear', [g.input('x', 'int8', [4, 8]), g.values('s', 'float32', [0.1], [])]);
    expect(g.get(r.out)).toMatchObject({ shape: [4, 8], dtype: 'float32' });
    expect(r.cost.macc).toBe(64);
  });
});

describe('Resize', () => {
  it.each([['nearest', 0], ['linear', 4], ['cubic', 8]] as const)('scales x2, mode %s costs %i * O', (mode, factor) => {
    const g = new GraphBuilder();
    const r = single(g, 'Resize', [g.input('x', 'float32', [1, 3, 8, 8]), '', g.values('sc', 'float32', [1, 1, 2, 2])], { mode });
    expect(r.shape).toEqual([1, 3, 16, 16]);
    // O = 3*16*16 = 768
    expect(r.cost).toEqual({ macc: factor * 768, pure: 0 });
  });

  it('opset 10 two-input form (X, scales)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Resize', [g.input('x', 'float32', [1, 3, 8, 8]), g.values('sc', 'float32', [1, 1, 0.5, 1.5])], {}, { opset: 10 });
    expect(r.shape).toEqual([1, 3, 4, 12]);
  });

  it('sizes input, with an empty scales tensor', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Resize', [g.input('x', 'float32', [1, 3, 8, 8]), '', g.values('sc', 'float32', [], [0]), g.values('sz', 'int64', [1, 3, 5, 7])]);
    expect(r.shape).toEqual([1, 3, 5, 7]);
  });
});

describe('shape math and data-dependent ops', () => {
  it('Shape, Size, Range, ConstantOfShape, NonZero, TopK, OneHot', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 5]);
    const sh = g.node('Shape', [x]);
    const nz = g.node('NonZero', [x]);
    g.node('TopK', [x, g.values('k', 'int64', [3])], { axis: 1 }, { name: 'tk', outputs: 2 });
    const oh = g.node('OneHot', [g.input('i', 'int64', [4]), g.values('d', 'int64', [10], []), g.values('v', 'float32', [0, 1])]);
    infer(g);
    expect(g.get(sh)).toMatchObject({ shape: [2], data: { kind: 'values', values: [2, 5] } });
    expect(g.get(nz).shape).toEqual([2, '?']);
    expect(g.get('tk_out1')).toMatchObject({ shape: [2, 3], dtype: 'int64' });
    expect(g.get(oh).shape).toEqual([4, 10]);
  });

  it('DepthToSpace and SpaceToDepth', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8, 2, 3]);
    const d = g.node('DepthToSpace', [x], { blocksize: 2 });
    const s = g.node('SpaceToDepth', [g.input('y', 'float32', [1, 2, 4, 6])], { blocksize: 2 });
    infer(g);
    expect(g.get(d).shape).toEqual([1, 2, 4, 6]);
    expect(g.get(s).shape).toEqual([1, 8, 2, 3]);
  });
});
