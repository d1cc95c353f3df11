import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer, single } from './run.js';

const NCHW = { layout: 'NCHW', weight_layout: 'OIHW' } as const;

describe('Conv', () => {
  it('seed 001: 3x3, 1 -> 16 channels, 32x32, SAME, bias: 147,472 MACC', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 1, 32, 32]);
    const r = single(g, 'Conv', [x, g.constant('w', 'float32', [16, 1, 3, 3]), g.constant('b', 'float32', [16])], { ...NCHW, kernel_shape: [3, 3], auto_pad: 'SAME_UPPER' });
    expect(r.shape).toEqual([1, 16, 32, 32]);
    // 32*32*16 outputs * (1 cin / 1 group) * 9 + 16 bias
    expect(r.cost).toEqual({ macc: 147_472, pure: 147_456 });
  });

  it('explicit pads give the same result as SAME', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 1, 32, 32]), g.constant('w', 'float32', [16, 1, 3, 3]), g.constant('b', 'float32', [16])], { ...NCHW, pads: [1, 1, 1, 1] });
    expect(r.shape).toEqual([1, 16, 32, 32]);
    expect(r.cost.macc).toBe(147_472);
  });

  it('1-D conv with bias', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 40, 28]), g.constant('w', 'float32', [128, 40, 1]), g.constant('b', 'float32', [128])], NCHW);
    expect(r.shape).toEqual([1, 128, 28]);
    // 28*1*128 outputs * 40 cin * 1 + 128 bias
    expect(r.cost).toEqual({ macc: 143_488, pure: 143_360 });
  });

  it('grouped conv (group 2)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 8, 16, 16]), g.constant('w', 'float32', [16, 4, 3, 3])], { ...NCHW, group: 2, pads: [1, 1, 1, 1] });
    expect(r.shape).toEqual([1, 16, 16, 16]);
    // 16*16*16 outputs * (8/2) cin per group * 9, no bias
    expect(r.cost).toEqual({ macc: 147_456, pure: 147_456 });
  });

  it('depthwise conv (group = Cin), stride 2, bias', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 32, 10, 10]), g.constant('w', 'float32', [32, 1, 3, 3]), g.constant('b', 'float32', [32])], { ...NCHW, group: 32, strides: [2, 2], pads: [1, 1, 1, 1] });
    // floor((10 + 2 - 3) / 2) + 1 = 5
    expect(r.shape).toEqual([1, 32, 5, 5]);
    // 5*5*32 outputs * 1 * 9 + 32 bias
    expect(r.cost).toEqual({ macc: 7_232, pure: 7_200 });
  });

  it('strided and dilated conv', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 3, 32, 32]), g.constant('w', 'float32', [8, 3, 3, 3])], { ...NCHW, strides: [2, 2], dilations: [2, 2] });
    // extent (3-1)*2+1 = 5; floor((32 - 5) / 2) + 1 = 14
    expect(r.shape).toEqual([1, 8, 14, 14]);
    // 14*14*8 outputs * 3 * 9
    expect(r.cost.macc).toBe(42_336);
  });

  it.each([
    ['VALID', 3], // floor((7 - 3) / 2) + 1
    ['SAME_UPPER', 4], // ceil(7 / 2)
    ['SAME_LOWER', 4],
    ['NOTSET', 3],
  ])('auto_pad %s with stride 2 on 7x7', (autoPad, side) => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 3, 7, 7]), g.constant('w', 'float32', [4, 3, 3, 3])], { ...NCHW, strides: [2, 2], auto_pad: autoPad });
    expect(r.shape).toEqual([1, 4, side, side]);
    // side*side*4 outputs * 3 * 9
    expect(r.cost.macc).toBe(side * side * 4 * 27);
  });

  it('asymmetric pads', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 1, 5, 5]), g.constant('w', 'float32', [1, 1, 3, 3])], { ...NCHW, pads: [0, 1, 2, 0] });
    // H: 5 + 0 + 2 - 3 + 1 = 5; W: 5 + 1 + 0 - 3 + 1 = 4
    expect(r.shape).toEqual([1, 1, 5, 4]);
  });

  it('TFLite CONV_2D (NHWC, OHWI) matches the seed example', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 32, 32, 1]), g.constant('w', 'float32', [16, 3, 3, 1]), g.constant('b', 'float32', [16])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'SAME_UPPER' });
    expect(r.shape).toEqual([1, 32, 32, 16]);
    expect(r.cost).toEqual({ macc: 147_472, pure: 147_456 });
  });

  it('TFLite DEPTHWISE_CONV_2D (IHWO 1xKHxKWxC), group implied', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 10, 10, 32]), g.constant('w', 'float32', [1, 3, 3, 32]), g.constant('b', 'float32', [32])], { layout: 'NHWC', weight_layout: 'IHWO', auto_pad: 'SAME_UPPER' });
    expect(r.shape).toEqual([1, 10, 10, 32]);
    // 10*10*32 outputs * 1 * 9 + 32 bias
    expect(r.cost).toEqual({ macc: 28_832, pure: 28_800 });
  });

  it('Keras Conv2D (NHWC, HWIO), VALID', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 8, 8, 3]), g.constant('w', 'float32', [3, 3, 3, 4])], { layout: 'NHWC', weight_layout: 'HWIO', auto_pad: 'VALID' });
    expect(r.shape).toEqual([1, 6, 6, 4]);
    // 6*6*4 outputs * 3 * 9
    expect(r.cost.macc).toBe(3_888);
  });

  it('a fused activation adds O to the default MACC only', () => {
    const g = new GraphBuilder();
    g.node('Conv', [g.input('x', 'float32', [1, 1, 32, 32]), g.constant('w', 'float32', [16, 1, 3, 3]), g.constant('b', 'float32', [16])], { ...NCHW, pads: [1, 1, 1, 1] }, { name: 'c' });
    const node = g.graph.nodes[0];
    if (node) node.activation = 'Relu';
    infer(g);
    // 147,472 + 16*32*32 Relu outputs
    expect(costOf(g, 'c')).toEqual({ macc: 163_856, pure: 147_456 });
  });

  it('in a quantized layer a fused Relu/Relu6/Clip is the requantization clamp: 0 MACC; Sigmoid still costs', () => {
    const g = new GraphBuilder();
    const q = { scale: [0.1], zeroPoint: [0], dtype: 'int8' as const };
    g.node('Conv', [g.input('x', 'int8', [1, 1, 32, 32], q), g.constant('w', 'int8', [16, 1, 3, 3], q), g.constant('b', 'int32', [16])], { ...NCHW, pads: [1, 1, 1, 1] }, { name: 'c', integer: true });
    const node = g.graph.nodes[0]!;
    infer(g);
    for (const act of ['Relu', 'Relu6', 'Clip'] as const) {
      node.activation = act;
      // the seed 001 conv alone: 16*32*32 outputs * 9 + 16 bias
      expect(costOf(g, 'c').macc).toBe(147_472);
    }
    node.activation = 'Sigmoid';
    // Sigmoid is not a clamp: + 1 * 16*32*32 (in an integer layer it is one table lookup an element)
    expect(costOf(g, 'c').macc).toBe(147_472 + 16_384);
  });

  it('in a float layer a fused Sigmoid costs its float factor, 10 an element (METRICS.md)', () => {
    const g = new GraphBuilder();
    g.node('Conv', [g.input('x', 'float32', [1, 1, 32, 32]), g.constant('w', 'float32', [16, 1, 3, 3]), g.constant('b', 'float32', [16])], { ...NCHW, pads: [1, 1, 1, 1] }, { name: 'c' });
    g.graph.nodes[0]!.activation = 'Sigmoid';
    infer(g);
    expect(costOf(g, 'c').macc).toBe(147_472 + 10 * 16_384);
  });

  it('mismatched channels are a W_SHAPE, not a throw', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Conv', [g.input('x', 'float32', [1, 3, 8, 8]), g.constant('w', 'float32', [4, 2, 3, 3])], NCHW);
    expect(r.shape).toBeUndefined();
    expect(r.diags.map((d) => d.code)).toContain('W_SHAPE');
    expect(r.diags[0]?.message).toMatch(/'n'.*3 channels/);
  });
});

describe('ConvTranspose', () => {
  it('stride 2, IOHW weights, bias', () => {
    const g = new GraphBuilder();
    const r = single(g, 'ConvTranspose', [g.input('x', 'float32', [1, 4, 5, 5]), g.constant('w', 'float32', [4, 2, 3, 3]), g.constant('b', 'float32', [2])], { layout: 'NCHW', weight_layout: 'IOHW', strides: [2, 2] });
    // 2 * (5 - 1) + 3 = 11
    expect(r.shape).toEqual([1, 2, 11, 11]);
    // N*H*W*Cin*(Cout/G)*K = 1*5*5*4*2*9 + 2 bias
    expect(r.cost).toEqual({ macc: 1_802, pure: 1_800 });
  });

  it('grouped, with bias: the bias adds every output channel, Cout = G * (Cout/G)', () => {
    const g = new GraphBuilder();
    // ONNX IOHW weights [Cin=4, Cout/G=2, 3, 3], group 2: Cout = 4 channels, each with a bias.
    const r = single(g, 'ConvTranspose', [g.input('x', 'float32', [1, 4, 5, 5]), g.constant('w', 'float32', [4, 2, 3, 3]), g.constant('b', 'float32', [4])], { layout: 'NCHW', weight_layout: 'IOHW', strides: [2, 2], group: 2 });
    expect(r.shape).toEqual([1, 4, 11, 11]);
    // METRICS.md: N*Hin*Win*Cin*(Cout/G)*K + Cout = 1*5*5*4*2*9 + 4 (not + Cout/G = 2)
    expect(r.cost).toEqual({ macc: 1_804, pure: 1_800 });
  });

  it('output_shape and SAME', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4, 5, 5]);
    const w = g.constant('w', 'float32', [4, 2, 3, 3]);
    const a = g.node('ConvTranspose', [x, w], { strides: [2, 2], output_shape: [10, 10] });
    const b = g.node('ConvTranspose', [x, w], { strides: [2, 2], auto_pad: 'SAME_UPPER', group: 2 });
    infer(g);
    expect(g.get(a).shape).toEqual([1, 2, 10, 10]);
    // group 2: Cout = 2 * 2
    expect(g.get(b).shape).toEqual([1, 4, 10, 10]);
  });
});
