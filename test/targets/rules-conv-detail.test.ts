/**
 * The convolution rules (src/targets/rules/conv.ts) in the cases StrykerJS found untested: the
 * output-channel axis of every weight layout, per-channel zero points, the default limits, the
 * 40-bit bias, the depth multiplier in both layouts, and the guards that make a rule hold when a
 * value is unknown. Every expected value is computed in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Quantization } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import type { DType } from '../../src/ir/dtype.js';
import { GraphBuilder } from '../builders/ir.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { layer, oneRule, q } from './helpers.js';

/** Layer 'l' = op(x, w[, b]) with explicit weight values; output shape `out`. */
function weighted(op: OpKind, w: { shape: Shape; values: number[]; quant?: Quantization; dtype?: DType }, attrs: Attrs = {}, opts: { x?: Shape; out?: Shape; bias?: { dtype: DType; values: number[]; shape?: Shape } } = {}): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', opts.x ?? [1, 4], q(0.1, 0));
  const wt = g.values('w', w.dtype ?? 'int8', w.values, w.shape);
  if (w.quant) g.get(wt).quant = w.quant;
  const inputs = [x, wt];
  if (opts.bias) inputs.push(g.values('b', opts.bias.dtype, opts.bias.values, opts.bias.shape ?? [opts.bias.values.length]));
  g.output(g.node(op, inputs, attrs, { name: 'l', outShapes: [opts.out ?? [1, 2]], outDType: 'int8' }));
  return g;
}

const sum = (limit: number) => oneRule('Conv', { rule: 'weights-sum', limit });

/** The layer's unit and the warnings of the whole mapping (a rule that threw is a warning). */
function mapped(g: GraphBuilder, t: ReturnType<typeof oneRule>): { unit: string; warnings: string[] } {
  const m = mapToTarget(g.graph, t);
  return { unit: m.layers.find((l) => l.name === 'l')?.unit ?? '', warnings: m.warnings.map((w) => w.message) };
}

describe('weights-sum: the output-channel axis of each layout', () => {
  // Two output channels, three values each: channel 0 holds 50, 50, 50 (sum 150), channel 1 holds
  // 30, 30, 30 (90). Grouped along another axis the sums are 50 + 30 = 80 (under the limit of 100),
  // and all together 240: only the right axis reports 150.
  const big = (axisFirst: boolean) => (axisFirst ? [50, 50, 50, 30, 30, 30] : [50, 30, 50, 30, 50, 30]);
  it.each([
    ['Conv OIHW (ONNX)', 'Conv', [2, 3, 1, 1], true, {}],
    ['Conv OHWI (TFLite)', 'Conv', [2, 1, 1, 3], true, { weight_layout: 'OHWI' }],
    ['depthwise IHWO (TFLite)', 'Conv', [3, 1, 1, 2], false, { weight_layout: 'IHWO' }],
    ['Conv HWIO (Keras)', 'Conv', [1, 1, 3, 2], false, { weight_layout: 'HWIO' }],
    ['ConvTranspose IOHW (ONNX)', 'ConvTranspose', [3, 2, 1, 1], false, { weight_layout: 'IOHW' }],
    ['ConvTranspose, layout not given (ONNX default IOHW)', 'ConvTranspose', [3, 2, 1, 1], false, {}],
    ['Gemm transB=1 ([out, in])', 'Gemm', [2, 3], true, { transB: 1 }],
    ['Gemm ([in, out])', 'Gemm', [3, 2], false, {}],
    ['MatMul ([in, out])', 'MatMul', [3, 2], false, {}],
  ] as const)('%s: channel 0 sums to 150 > 100', (_what, op, shape, axisFirst, attrs) => {
    const l = layer(weighted(op, { shape: [...shape], values: big(axisFirst) }, { ...attrs }), oneRule(op, { rule: 'weights-sum', limit: 100 }), 'l');
    expect(l.reasons[0]).toMatchObject({ rule: 'weights-sum', value: 150 });
    expect(l.reasons[0]?.message).toBe(`${op} 'l': the sum of absolute weights of one output channel is 150; the limit is 100.`);
    expect(l.reasons[0]?.hint).toBe('Retrain or re-quantize with smaller weight magnitudes, or split the layer.');
  });

  it('per-channel zero points: each channel is measured from its own zero point', () => {
    // channel 0: 10, 10, 10 with zero point 10 -> 0; channel 1: 60, 60, 60 with zero point 60 -> 0.
    // With channel 0's zero point for both, channel 1 would sum to 150.
    const g = weighted('Conv', { shape: [2, 3, 1, 1], values: [10, 10, 10, 60, 60, 60], quant: { scale: [0.1, 0.1], zeroPoint: [10, 60], axis: 0 } });
    expect(layer(g, sum(100), 'l').unit).toBe('HW');
    // A per-tensor zero point 5 applies to every channel: channel 1 |60 - 5| * 3 = 165 (not 180).
    const t = weighted('Conv', { shape: [2, 3, 1, 1], values: [50, 50, 50, 60, 60, 60], quant: { scale: [0.1], zeroPoint: [5] } });
    expect(layer(t, sum(100), 'l').reasons[0]?.value).toBe(165);
    // Negative weights count by their magnitude: |-40| * 3 = 120.
    const n = weighted('Conv', { shape: [2, 3, 1, 1], values: [-40, -40, -40, 0, 0, 0] });
    expect(layer(n, sum(100), 'l').reasons[0]?.value).toBe(120);
  });

  it('the default limit is 127 x 65536 = 8,323,072 (Vela): one channel of 65,537 weights of 127 exceeds it by 127', () => {
    const count = 65_537;
    const g = weighted('Conv', { shape: [1, count, 1, 1], values: new Array<number>(count).fill(127) }, {}, { out: [1, 1] });
    const l = layer(g, oneRule('Conv', { rule: 'weights-sum' }), 'l');
    expect(l.reasons[0]?.value).toBe(127 * count);
    expect(l.reasons[0]?.message).toContain('the limit is 8,323,072.');
    const under = weighted('Conv', { shape: [1, count - 1, 1, 1], values: new Array<number>(count - 1).fill(127) }, {}, { out: [1, 1] });
    expect(layer(under, oneRule('Conv', { rule: 'weights-sum' }), 'l').unit).toBe('HW'); // 127 * 65,536: at the limit
  });

  it('holds when the weights cannot be read: no data, or a symbolic dimension', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], q(0.1, 0));
    g.output(g.node('Conv', [x, g.tensor('w', 'int8', [2, 3, 1, 1])], {}, { name: 'l', outShapes: [[1, 2]], outDType: 'int8' }));
    expect(layer(g, sum(0), 'l').unit).toBe('HW');
    const sym = weighted('Conv', { shape: [2, 'n', 1, 1], values: [50, 50, 50, 0, 0, 0] });
    expect(layer(sym, sum(0), 'l').unit).toBe('HW');
  });
});

describe('bias-type', () => {
  const rule = oneRule('Conv', { rule: 'bias-type', limit: ['int32', 'int64'] });
  const withBias = (dtype: DType, values: number[], shape?: Shape) => weighted('Conv', { shape: [2, 3, 1, 1], values: [0, 0, 0, 0, 0, 0] }, {}, { bias: { dtype, values, ...(shape ? { shape } : {}) } });

  it('a bias of another type names the type and the accepted ones', () => {
    const l = layer(withBias('float32', [0, 0]), rule, 'l');
    expect(l.reasons[0]).toMatchObject({ rule: 'bias-type', value: 'float32', message: "Conv 'l': bias 'b' is float32; NPU needs int32 or int64." });
  });

  it('a bias of rank 2 is refused with its rank', () => {
    expect(layer(withBias('int32', [0, 0], [1, 2]), rule, 'l').reasons[0]).toMatchObject({ value: 2, message: "Conv 'l': bias 'b' has rank 2; it must be 1-D." });
  });

  it('values must fit in 40 bits: 2^39 - 1 and -(2^39 - 1) fit, 2^39 and -2^39 do not', () => {
    const max = 2 ** 39 - 1;
    expect(layer(withBias('int64', [max, -max]), rule, 'l').unit).toBe('HW');
    expect(layer(withBias('int64', [0, 2 ** 39]), rule, 'l').reasons[0]).toMatchObject({ value: 2 ** 39, message: `Conv 'l': bias value ${2 ** 39} does not fit in 40 bits.` });
    expect(layer(withBias('int64', [-(2 ** 39), 0]), rule, 'l').reasons[0]?.value).toBe(-(2 ** 39));
  });

  it('a layer without a bias holds, and the rule does not fail on the missing input (no warning)', () => {
    expect(mapped(weighted('Conv', { shape: [2, 3, 1, 1], values: [0, 0, 0, 0, 0, 0] }), rule)).toEqual({ unit: 'HW', warnings: [] });
  });
});

describe('depth-multiplier', () => {
  const rule = oneRule('Conv', { rule: 'depth-multiplier' });
  function dw(x: Shape, out: Shape, attrs: Attrs): GraphBuilder {
    const g = new GraphBuilder();
    const input = g.input('x', 'int8', x, q(0.1, 0));
    g.output(g.node('Conv', [input, g.constant('w', 'int8', [1, 3, 3, 16])], attrs, { name: 'l', outShapes: [out], outDType: 'int8' }));
    return g;
  }

  it('NHWC: 8 input channels to 16 is a multiplier of 2, refused; the value is out / in', () => {
    const l = layer(dw([1, 8, 8, 8], [1, 8, 8, 16], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 2 }), rule, 'l');
    expect(l.reasons[0]).toMatchObject({ rule: 'depth-multiplier', value: 2, limit: '1 (or 1 input channel)' });
    expect(l.reasons[0]?.message).toBe("Conv 'l': depth multiplier 2 with 8 input channels; a multiplier above 1 needs exactly 1 input channel.");
  });

  it('NCHW (group = input channels): 4 -> 12 is a multiplier of 3', () => {
    const l = layer(dw([1, 4, 8, 8], [1, 12, 8, 8], { group: 4 }), rule, 'l');
    expect(l.reasons[0]?.value).toBe(3);
  });

  it('an unknown output shape holds without a warning', () => {
    const g = new GraphBuilder();
    const input = g.input('x', 'int8', [1, 8, 8, 8], q(0.1, 0));
    g.output(g.node('Conv', [input, g.constant('w', 'int8', [1, 3, 3, 16])], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 2 }, { name: 'l', outDType: 'int8' }));
    expect(mapped(g, rule)).toEqual({ unit: 'HW', warnings: [] });
  });

  it('one input channel, or no multiplier (out = in), or unknown shapes: holds', () => {
    expect(layer(dw([1, 8, 8, 1], [1, 8, 8, 16], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 16 }), rule, 'l').unit).toBe('HW');
    expect(layer(dw([1, 8, 8, 8], [1, 8, 8, 8], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 1 }), rule, 'l').unit).toBe('HW');
    expect(layer(dw([1, 8, 8, 'c'], [1, 8, 8, 16], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 2 }), rule, 'l').unit).toBe('HW');
    expect(layer(dw([1, 8, 8, 8], [1, 8, 8, 'c'], { layout: 'NHWC', weight_layout: 'IHWO', depth_multiplier: 2 }), rule, 'l').unit).toBe('HW');
  });
});

describe('kernel, stride and dilation readings', () => {
  function conv(attrs: Attrs, wShape: Shape = [8, 8, 3, 3], op: OpKind = 'Conv'): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8, 16, 16], q(0.1, 0));
    g.output(g.node(op, [x, g.constant('w', 'int8', wShape)], attrs, { name: 'l', outShapes: [[1, 8, 16, 16]], outDType: 'int8' }));
    return g;
  }

  it('without strides the stride is 1: refused by a range starting at 2, with the value 1', () => {
    expect(layer(conv({}), oneRule('Conv', { rule: 'stride-range', limit: [2, 3] }), 'l').reasons[0]).toMatchObject({ value: 1, message: "Conv 'l': stride H is 1; NPU accepts 2..3." });
  });

  it('a kernel_shape with a non-number is ignored: the kernel comes from the weights (5x1 -> height 5, not the 9 given)', () => {
    const l = layer(conv({ kernel_shape: [9, 'b'] as unknown as number[] }, [8, 8, 5, 1]), oneRule('Conv', { rule: 'dilated-kernel-height', limit: 4 }), 'l');
    expect(l.reasons[0]).toMatchObject({ value: 5, message: "Conv 'l': dilated kernel height is 5; the limit is 4." });
  });

  it('a symbolic kernel dimension, missing weights, or a Gemm: the kernel rules hold without a warning', () => {
    const height = oneRule('Conv', { rule: 'dilated-kernel-height', limit: 0 });
    expect(mapped(conv({}, [8, 8, 'k', 3]), height)).toEqual({ unit: 'HW', warnings: [] });
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8, 16, 16], q(0.1, 0));
    g.output(g.node('Conv', [x], {}, { name: 'l', outShapes: [[1, 8, 16, 16]], outDType: 'int8' }));
    expect(mapped(g, height)).toEqual({ unit: 'HW', warnings: [] });
    expect(mapped(g, oneRule('Conv', { rule: 'dilated-kernel-area', limit: 0 }))).toEqual({ unit: 'HW', warnings: [] });
    expect(mapped(conv({}, [8, 8], 'Gemm'), oneRule('Gemm', { rule: 'dilated-kernel-area', limit: 0 }))).toEqual({ unit: 'HW', warnings: [] });
  });

  it('stride-range without a limit accepts 1..3 (Vela): 3 runs, 4 falls back', () => {
    const rule = oneRule('Conv', { rule: 'stride-range' });
    expect(layer(conv({ strides: [3, 1] }), rule, 'l').unit).toBe('HW');
    expect(layer(conv({ strides: [4, 1] }), rule, 'l').reasons[0]?.message).toBe("Conv 'l': stride H is 4; NPU accepts 1..3.");
  });

  it('ConvTranspose reads its kernel from IOHW weights; Gemm has no kernel (the rules hold)', () => {
    expect(layer(conv({}, [8, 8, 7, 2], 'ConvTranspose'), oneRule('ConvTranspose', { rule: 'dilated-kernel-area', limit: 13 }), 'l').reasons[0]).toMatchObject({ value: 14, message: "ConvTranspose 'l': dilated kernel area is 14 (7x2); the limit is 13." });
    expect(layer(conv({}, [8, 8], 'Gemm'), oneRule('Gemm', { rule: 'dilated-kernel-height', limit: 0 }), 'l').unit).toBe('HW');
  });

  it('the default limits: height 64 and area 4,096 (Vela)', () => {
    expect(layer(conv({ kernel_shape: [65, 1] }), oneRule('Conv', { rule: 'dilated-kernel-height' }), 'l').reasons[0]?.message).toBe("Conv 'l': dilated kernel height is 65; the limit is 64.");
    expect(layer(conv({ kernel_shape: [64, 1] }), oneRule('Conv', { rule: 'dilated-kernel-height' }), 'l').unit).toBe('HW');
    expect(layer(conv({ kernel_shape: [1, 4097] }), oneRule('Conv', { rule: 'dilated-kernel-area' }), 'l').reasons[0]?.message).toBe("Conv 'l': dilated kernel area is 4,097 (1x4097); the limit is 4,096.");
  });

  it('tconv-stride: the default accepts 1x1 and 2x2; 3x3 and a non-square 2x1 are refused', () => {
    const rule = oneRule('ConvTranspose', { rule: 'tconv-stride' });
    expect(layer(conv({ strides: [2, 2] }, [8, 8, 3, 3], 'ConvTranspose'), rule, 'l').unit).toBe('HW');
    expect(layer(conv({ strides: [3, 3] }, [8, 8, 3, 3], 'ConvTranspose'), rule, 'l').reasons[0]).toMatchObject({ value: '3x3', message: "ConvTranspose 'l': stride 3x3; NPU accepts 1x1, 2x2." });
    expect(layer(conv({ strides: [2, 1] }, [8, 8, 3, 3], 'ConvTranspose'), rule, 'l').reasons[0]?.value).toBe('2x1');
  });
});
