import { describe, expect, it } from 'vitest';
import { OnnxBuilder, memoryInput } from '../../builders/onnx.js';
import { load, tensorOf } from './helpers.js';
import { analyzeModel } from '../../../src/analyze.js';

describe('ONNX QOperator models', () => {
  it('maps QLinearConv onto Conv with per-channel weight quantization', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'uint8', [1, 3, 8, 8]);
    b.initializer('xs', 'float32', [], { values: [0.5] });
    b.initializer('xz', 'uint8', [], { values: [128] });
    b.initializer('w', 'int8', [2, 3, 3, 3]);
    b.initializer('ws', 'float32', [2], { values: [0.25, 0.125] });
    b.initializer('wz', 'int8', [2], { values: [0, 0] });
    b.initializer('ys', 'float32', [], { values: [0.0625] });
    b.initializer('yz', 'uint8', [], { values: [3] });
    b.initializer('bias', 'int32', [2], { values: [10, -10] });
    const y = b.node('QLinearConv', [x, 'xs', 'xz', 'w', 'ws', 'wz', 'ys', 'yz', 'bias'], { kernel_shape: [3, 3] }, { name: 'qconv' });
    b.output(y, 'uint8');
    const m = load(b);
    const conv = m.graph.nodes[0];
    expect(conv).toMatchObject({ op: 'Conv', sourceOp: 'QLinearConv', inputs: ['x', 'w', 'bias'] });
    expect(conv?.attrs).toMatchObject({ kernel_shape: [3, 3], layout: 'NCHW', weight_layout: 'OIHW' });
    expect(tensorOf(m, 'x').quant).toEqual({ scale: [0.5], zeroPoint: [128], dtype: 'uint8' });
    expect(tensorOf(m, 'w').quant).toEqual({ scale: [0.25, 0.125], zeroPoint: [0, 0], axis: 0, dtype: 'int8' });
    expect(tensorOf(m, y).quant).toEqual({ scale: [0.0625], zeroPoint: [3], dtype: 'uint8' });
    for (const p of ['xs', 'xz', 'ws', 'wz', 'ys', 'yz']) expect(m.graph.tensors.has(p)).toBe(false);
    expect(m.diagnostics).toEqual([]);
  });

  it('maps QLinearMatMul, MatMulInteger and ConvInteger', () => {
    const b = new OnnxBuilder();
    const a = b.input('a', 'int8', [1, 4]);
    b.initializer('as', 'float32', [], { values: [2] });
    b.initializer('az', 'int8', [], { values: [-1] });
    b.initializer('bm', 'int8', [4, 3]);
    b.initializer('bs', 'float32', [3], { values: [1, 2, 4] });
    b.initializer('bz', 'int8', [3], { values: [0, 0, 0] });
    b.initializer('ys', 'float32', [], { values: [8] });
    b.initializer('yz', 'int8', [], { values: [0] });
    const y = b.node('QLinearMatMul', [a, 'as', 'az', 'bm', 'bs', 'bz', 'ys', 'yz'], {}, { name: 'qmm' });
    const z = b.node('MatMulInteger', [y, 'bm', 'az'], {}, { name: 'mmi' });
    const img = b.input('img', 'uint8', [1, 1, 4, 4]);
    b.initializer('k', 'uint8', [1, 1, 2, 2]);
    const c = b.node('ConvInteger', [img, 'k'], {}, { name: 'ci' });
    b.output(z, 'int32');
    b.output(c);
    const m = load(b);
    const [qmm, mmi, ci] = m.graph.nodes;
    expect(qmm).toMatchObject({ op: 'MatMul', inputs: ['a', 'bm'] });
    expect(tensorOf(m, 'bm').quant).toEqual({ scale: [1, 2, 4], zeroPoint: [0, 0, 0], axis: 1, dtype: 'int8' });
    expect(tensorOf(m, y).quant).toEqual({ scale: [8], zeroPoint: [0], dtype: 'int8' });
    expect(mmi).toMatchObject({ op: 'MatMul', sourceOp: 'MatMulInteger', inputs: [y, 'bm'] });
    expect(ci).toMatchObject({ op: 'Conv', sourceOp: 'ConvInteger', inputs: ['img', 'k'] });
    expect(ci?.attrs['weight_layout']).toBe('OIHW');
    expect(tensorOf(m, c).dtype).toBe('int32');
    // 'az' still feeds MatMulInteger's quant only: it was consumed, so it is gone too.
    expect(m.graph.tensors.has('az')).toBe(false);
  });

  it('maps com.microsoft QLinearAdd onto Add', () => {
    const b = new OnnxBuilder({ opsets: { 'com.microsoft': 1 } });
    const x = b.input('x', 'uint8', [4]);
    const y = b.input('y', 'uint8', [4]);
    b.initializer('s', 'float32', [], { values: [0.5] });
    b.initializer('z', 'uint8', [], { values: [7] });
    const o = b.node('QLinearAdd', [x, 's', 'z', y, 's', 'z', 's', 'z'], {}, { name: 'qadd', domain: 'com.microsoft' });
    b.output(o, 'uint8');
    const m = load(b);
    expect(m.graph.nodes[0]).toMatchObject({ op: 'Add', domain: 'com.microsoft', inputs: ['x', 'y'] });
    expect(tensorOf(m, o).quant).toEqual({ scale: [0.5], zeroPoint: [7], dtype: 'uint8' });
    expect(m.diagnostics).toEqual([]);
  });

  it('notes a scale that is not a constant instead of guessing', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'uint8', [1, 1, 4, 4]);
    const s = b.input('s', 'float32', []);
    b.initializer('z', 'uint8', [], { values: [0] });
    b.initializer('w', 'uint8', [1, 1, 1, 1]);
    const y = b.node('QLinearConv', [x, s, 'z', 'w', s, 'z', s, 'z'], {}, { name: 'qc' });
    b.output(y, 'uint8');
    const m = load(b);
    expect(tensorOf(m, 'x').quant).toBeUndefined();
    expect(m.diagnostics.map((d) => d.code)).toEqual(['I_ASSUMPTION', 'I_ASSUMPTION', 'I_ASSUMPTION']);
  });

  it('a QLinearConv fed a uint8 graph input (no QuantizeLinear anywhere) computes on integers: its fused Relu is the clamp, 0 MACC', () => {
    // conv 3x3, 3 -> 2 channels on 8x8: 6 x 6 x 2 = 72 outputs; a float fused Relu would add one MACC per output
    const build = (relu: boolean): Uint8Array => {
      const b = new OnnxBuilder();
      const x = b.input('x', 'uint8', [1, 3, 8, 8]);
      b.initializer('xs', 'float32', [], { values: [0.5] });
      b.initializer('xz', 'uint8', [], { values: [128] });
      b.initializer('w', 'int8', [2, 3, 3, 3]);
      b.initializer('ws', 'float32', [], { values: [0.25] });
      b.initializer('wz', 'int8', [], { values: [0] });
      b.initializer('ys', 'float32', [], { values: [0.0625] });
      b.initializer('yz', 'uint8', [], { values: [3] });
      const y = b.node('QLinearConv', [x, 'xs', 'xz', 'w', 'ws', 'wz', 'ys', 'yz'], { kernel_shape: [3, 3] }, { name: 'qconv' });
      b.output(relu ? b.node('Relu', [y], {}, { name: 'relu' }) : y, 'uint8');
      return b.build();
    };
    const withRelu = analyzeModel(memoryInput('qconv-relu.onnx', build(true)));
    const without = analyzeModel(memoryInput('qconv.onnx', build(false)));
    expect(withRelu.layers.map((l) => [l.name, l.activation])).toEqual([['qconv', 'Relu']]);
    expect(withRelu.totals.macc).toBe(without.totals.macc);
  });
});
