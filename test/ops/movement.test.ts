import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer, single } from './run.js';

describe('movement (0 MACC except Transpose)', () => {
  it('Transpose costs O / 2', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Transpose', [g.input('x', 'float32', [1, 3, 4, 5])], { perm: [0, 2, 3, 1] });
    expect(r.shape).toEqual([1, 4, 5, 3]);
    // 60 / 2
    expect(r.cost).toEqual({ macc: 30, pure: 0 });
  });

  it('Reshape with 0 and -1, Flatten', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 3, 4]);
    const a = g.node('Reshape', [x, g.values('s', 'int64', [0, -1])]);
    const f = g.node('Flatten', [x], { axis: 2 });
    infer(g);
    expect(g.get(a).shape).toEqual([2, 12]);
    expect(g.get(f).shape).toEqual([6, 4]);
  });

  it('Squeeze: axes attribute (opset 11) and input (opset 13)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Squeeze', [g.input('x', 'float32', [1, 3, 1, 5])], { axes: [0, 2] }, { opset: 11 });
    expect(r.shape).toEqual([3, 5]);
    const g2 = new GraphBuilder();
    const r2 = single(g2, 'Squeeze', [g2.input('x', 'float32', [1, 3, 1, 5]), g2.values('axes', 'int64', [-2])], {}, { opset: 13 });
    expect(r2.shape).toEqual([1, 3, 5]);
    expect(r2.cost).toEqual({ macc: 0, pure: 0 });
  });

  it('Unsqueeze: axes attribute and input', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [3, 4]);
    const a = g.node('Unsqueeze', [x], { axes: [0, 3] });
    const b = g.node('Unsqueeze', [x, g.values('axes', 'int64', [-1])]);
    infer(g);
    expect(g.get(a).shape).toEqual([1, 3, 4, 1]);
    expect(g.get(b).shape).toEqual([3, 4, 1]);
  });

  it('Split: `split` attribute (opset 11), input (opset 13), equal parts', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 10]);
    g.node('Split', [x], { axis: 1, split: [3, 7] }, { name: 'a', outputs: 2 });
    g.node('Split', [x, g.values('sp', 'int64', [4, 6])], { axis: 1 }, { name: 'b', outputs: 2 });
    g.node('Split', [x], { axis: 1 }, { name: 'c', outputs: 2 });
    infer(g);
    expect([g.get('a_out0').shape, g.get('a_out1').shape]).toEqual([[2, 3], [2, 7]]);
    expect([g.get('b_out0').shape, g.get('b_out1').shape]).toEqual([[2, 4], [2, 6]]);
    expect([g.get('c_out0').shape, g.get('c_out1').shape]).toEqual([[2, 5], [2, 5]]);
  });

  it('Slice: attributes (opset 1) and inputs with steps (opset 10+)', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [4, 10]);
    const a = g.node('Slice', [x], { starts: [1], ends: [1000], axes: [1] });
    const b = g.node('Slice', [x, g.values('st', 'int64', [-1]), g.values('en', 'int64', [-1e19]), g.values('ax', 'int64', [1]), g.values('sp', 'int64', [-2])]);
    infer(g);
    expect(g.get(a).shape).toEqual([4, 9]);
    // from 9 down to 0 by -2: 9,7,5,3,1
    expect(g.get(b).shape).toEqual([4, 5]);
  });

  it('Pad: pads attribute (opset 2) and input (opset 11)', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 4, 4]);
    const a = g.node('Pad', [x], { pads: [0, 0, 1, 1, 0, 0, 1, 1] });
    const b = g.node('Pad', [x, g.values('p', 'int64', [0, 0, 2, 0, 0, 0, 0, 3])]);
    infer(g);
    expect(g.get(a).shape).toEqual([1, 3, 6, 6]);
    expect(g.get(b).shape).toEqual([1, 3, 6, 7]);
  });

  it('Concat, Gather, Tile, Expand', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 3]);
    const c = g.node('Concat', [x, g.input('y', 'float32', [2, 5])], { axis: -1 });
    const ga = g.node('Gather', [g.constant('emb', 'float32', [100, 16]), g.input('ids', 'int64', [1, 7])], { axis: 0 });
    const t = g.node('Tile', [x, g.values('r', 'int64', [2, 2])]);
    const e = g.node('Expand', [g.input('z', 'float32', [3, 1]), g.values('sh', 'int64', [2, 1, 6])]);
    infer(g);
    expect(g.get(c).shape).toEqual([2, 8]);
    expect(g.get(ga).shape).toEqual([1, 7, 16]);
    expect(g.get(t).shape).toEqual([4, 6]);
    expect(g.get(e).shape).toEqual([2, 3, 6]);
  });

  it('Identity, Dropout (with mask), Cast', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 3]);
    const i = g.node('Identity', [x]);
    g.node('Dropout', [x], {}, { name: 'd', outputs: 2 });
    const c = g.node('Cast', [x], { to: 'int64' }); // the IR's dtype names (the ONNX frontend converts code 7)
    infer(g);
    expect(g.get(i).shape).toEqual([2, 3]);
    expect(g.get('d_out1')).toMatchObject({ shape: [2, 3], dtype: 'bool' });
    expect(g.get(c)).toMatchObject({ shape: [2, 3], dtype: 'int64' });
  });
});
