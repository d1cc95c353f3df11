/**
 * The data-type and quantization rules (src/targets/rules/dtype.ts) in the cases StrykerJS found
 * untested: which operands each rule examines (a compute op's bias and shape-only inputs are not
 * Vela's ifm/ifm2/weights/ofm), the exact sentences and hints, the "pointwise" test behind
 * Neural-ART's scale-offset limit (kernel from the attribute or from either weight layout), and
 * each limit at, below and above it.
 */
import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/ir/dtype.js';
import type { Attrs, Quantization } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { q, reasonOf } from './helpers.js';

const QUANTIZE_HINT = 'Quantize the model to int8 (post-training quantization: ONNX QDQ or TFLite full-integer).';


/** A tensor with values (a constant operand) of any dtype and quantization. */
function constant(g: GraphBuilder, name: string, dtype: DType, shape: Shape, quant?: Quantization): string {
  return g.tensor(name, dtype, shape, { data: { kind: 'computed', by: 'test' }, ...(quant ? { quant } : {}) });
}

/** Conv x[1,8,4,4] * w -> y, with optional bias; dtypes and quantizations chosen per case. */
function conv(o: { x?: DType; xq?: Quantization; w?: DType; wq?: Quantization; wShape?: Shape; wComputed?: boolean; bias?: DType; y?: DType; yq?: Quantization; yShape?: Shape; attrs?: Attrs; op?: 'Conv' | 'Gemm' | 'ConvTranspose' | 'MatMul' }): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', o.x ?? 'int8', [1, 8, 4, 4], o.xq ?? (o.x === undefined ? q(0.1, 0) : undefined));
  const w = o.wComputed ? g.input('w', o.w ?? 'int8', o.wShape ?? [8, 8, 1, 1], o.wq) : constant(g, 'w', o.w ?? 'int8', o.wShape ?? [8, 8, 1, 1], o.wq ?? (o.w === undefined ? q(0.01, 0) : undefined));
  const ins = [x, w];
  if (o.bias) ins.push(constant(g, 'b', o.bias, [8]));
  const y = g.node(o.op ?? 'Conv', ins, o.attrs ?? { kernel_shape: [1, 1] }, { name: 'n', outShapes: [o.yShape ?? [1, 8, 4, 4]], outDType: o.y ?? 'int8' });
  const yq = o.yq ?? (o.y === undefined ? q(0.2, 0) : undefined);
  if (yq) g.get(y).quant = yq;
  g.output(y);
  return g;
}

describe('examined operands: the bias and shape-only inputs are left out', () => {
  it('an int32 bias passes an int8-only tensor-dtype on Conv, Gemm and ConvTranspose', () => {
    for (const op of ['Conv', 'Gemm', 'ConvTranspose'] as const) {
      expect(reasonOf(conv({ bias: 'int32', op }), op, { rule: 'tensor-dtype', limit: ['int8'] })).toBeUndefined();
    }
    // MatMul has no bias: a third constant operand is examined.
    expect(reasonOf(conv({ bias: 'int32', op: 'MatMul' }), 'MatMul', { rule: 'tensor-dtype', limit: ['int8'] })?.value).toBe('int32');
  });

  it('Pad: the pads (input 1) are not examined, the constant value (input 2) is', () => {
    const pad = (cv: DType) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', [1, 8, 4, 4], q(0.1, 0));
      const y = g.node('Pad', [x, g.values('pads', 'int64', [0, 0, 1, 1, 0, 0, 1, 1]), constant(g, 'cv', cv, [], q(0.1, 0))], {}, { name: 'n', outShapes: [[1, 8, 6, 6]], outDType: 'int8' });
      g.get(y).quant = q(0.1, 0);
      g.output(y);
      return g;
    };
    expect(reasonOf(pad('int8'), 'Pad', { rule: 'tensor-dtype', limit: ['int8'] })).toBeUndefined();
    expect(reasonOf(pad('float32'), 'Pad', { rule: 'tensor-dtype', limit: ['int8'] })).toMatchObject({
      value: 'float32', message: "Pad 'n': tensor 'cv' has type float32; NPU accepts int8.", hint: QUANTIZE_HINT,
    });
    expect(reasonOf(pad('int32'), 'Pad', { rule: 'int32-ops', limit: ['Add'] })).toMatchObject({
      value: 'int32', message: "Pad 'n': tensor 'cv' is int32; NPU accepts int32 tensors only on Add.",
    });
  });
});

describe('activation-dtype and tensor-dtype: sentences, hints, unknown types', () => {
  it('activation-dtype hints quantization for float and uint8 tensors, not for int16; unknown is not judged', () => {
    const r = (x: DType) => reasonOf(conv({ x, xq: q(0.1, 0) }), 'Conv', { rule: 'activation-dtype', limit: ['int8'] });
    expect(r('float16')).toMatchObject({ value: 'float16', hint: QUANTIZE_HINT, message: "Conv 'n': tensor 'x' is float16; NPU accepts activations of int8 only." });
    expect(r('uint8')?.hint).toBe(QUANTIZE_HINT);
    expect(r('int16')?.value).toBe('int16');
    expect(r('int16')?.hint).toBeUndefined();
    expect(r('unknown')).toBeUndefined();
    // Several accepted types are listed, comma-separated.
    expect(reasonOf(conv({ x: 'float32' }), 'Conv', { rule: 'activation-dtype', limit: ['int8', 'int16'] })?.message).toBe("Conv 'n': tensor 'x' is float32; NPU accepts activations of int8, int16 only.");
    // The weights are not activations.
    expect(reasonOf(conv({ w: 'float32' }), 'Conv', { rule: 'activation-dtype', limit: ['int8'] })).toBeUndefined();
  });

  it('tensor-dtype examines the weights; only float types get the hint; unknown is not judged', () => {
    const r = reasonOf(conv({ w: 'int4', wq: q(0.1, 0) }), 'Conv', { rule: 'tensor-dtype', limit: ['int8', 'int16'] });
    expect(r).toMatchObject({ value: 'int4', message: "Conv 'n': tensor 'w' has type int4; NPU accepts int8, int16." });
    expect(r?.hint).toBeUndefined();
    expect(reasonOf(conv({ y: 'unknown', yq: q(0.1, 0) }), 'Conv', { rule: 'tensor-dtype', limit: ['int8'] })).toBeUndefined();
  });

  it('int32-ops: a listed operator may hold int32 tensors', () => {
    expect(reasonOf(conv({ x: 'int32', xq: q(0.1, 0) }), 'Conv', { rule: 'int32-ops', limit: ['Conv'] })).toBeUndefined();
    expect(reasonOf(conv({ x: 'int32', xq: q(0.1, 0) }), 'Conv', { rule: 'int32-ops', limit: ['Add', 'Mul'] })?.message).toBe("Conv 'n': tensor 'x' is int32; NPU accepts int32 tensors only on Add, Mul.");
    expect(reasonOf(conv({ bias: 'int32' }), 'Conv', { rule: 'int32-ops', limit: [] })).toBeUndefined();
  });
});

describe('weight-dtype and symmetric-weights read constant weights only', () => {
  it('weight-dtype: computed weights are not judged; the sentence lists the accepted types', () => {
    expect(reasonOf(conv({ w: 'float32', wComputed: true }), 'Conv', { rule: 'weight-dtype', limit: ['int8'] })).toBeUndefined();
    expect(reasonOf(conv({ w: 'uint8', wq: q(0.1, 128) }), 'Conv', { rule: 'weight-dtype', limit: ['int8', 'int4'] })).toMatchObject({
      value: 'uint8', hint: QUANTIZE_HINT, message: "Conv 'n': weights 'w' are uint8; NPU needs int8, int4 weights.",
    });
  });

  it('symmetric-weights: the first non-zero zero point of constant weights; computed weights are not judged', () => {
    const perChannel: Quantization = { scale: [0.1, 0.1, 0.1], zeroPoint: [0, 3, 5] };
    expect(reasonOf(conv({ wq: perChannel }), 'Conv', { rule: 'symmetric-weights' })).toMatchObject({
      value: 3, limit: 'zero point 0',
      message: "Conv 'n': weights 'w' are asymmetric (zero point 3); NPU needs zero point 0.",
      hint: 'Quantize weights symmetrically (the default of TFLite and of onnxruntime for int8 weights).',
    });
    expect(reasonOf(conv({ wq: q(0.1, 7), wComputed: true }), 'Conv', { rule: 'symmetric-weights' })).toBeUndefined();
    expect(reasonOf(conv({ wq: { scale: [0.1, 0.1], zeroPoint: [0, 0] } }), 'Conv', { rule: 'symmetric-weights' })).toBeUndefined();
    // Constant weights without quantization have no zero point to judge.
    expect(reasonOf(conv({ w: 'int8', wq: undefined, x: 'int8', xq: q(0.1, 0) }), 'Conv', { rule: 'symmetric-weights' })).toBeUndefined();
  });
});

describe('no-hybrid', () => {
  it.each(['Conv', 'ConvTranspose', 'Gemm', 'MatMul'] as const)('%s: quantized int8 activations with float32 constant weights are hybrid', (op) => {
    expect(reasonOf(conv({ op, w: 'float32' }), op, { rule: 'no-hybrid' })).toMatchObject({ value: 'float32+int8', message: `${op} 'n' is hybrid: 'w' is float32 while 'x' is quantized int8; NPU runs fully quantized layers only.` });
  });

  it('float activations with quantized constant weights on a compute op: both named', () => {
    expect(reasonOf(conv({ x: 'float32', y: 'float32', w: 'int8', wq: q(0.01, 0) }), 'Conv', { rule: 'no-hybrid' })).toMatchObject({
      value: 'float32+int8', limit: 'fully quantized',
      message: "Conv 'n' is hybrid: 'x' is float32 while 'w' is quantized int8; NPU runs fully quantized layers only.",
      hint: 'Quantize the whole layer (inputs, weights and output), or keep it float on purpose.',
    });
  });

  it('integer tensors without quantization do not make a layer hybrid; weights count only for compute ops', () => {
    // int8 weights with no quantization parameters: an integer operand, not a quantized one.
    expect(reasonOf(conv({ x: 'float32', y: 'float32', w: 'int8' }), 'Conv', { rule: 'no-hybrid' })).toBeUndefined();
    // Computed weights are an activation: float32 with a quantized int8 output is hybrid.
    expect(reasonOf(conv({ x: 'float32', y: 'int8', yq: q(0.1, 0), w: 'float32', wComputed: true }), 'Conv', { rule: 'no-hybrid' })?.value).toBe('float32+int8');
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    g.output(g.node('Add', [x, constant(g, 'c', 'int8', [8], q(0.1, 0))], {}, { name: 'n', outShapes: [[1, 8]], outDType: 'float32' }));
    expect(reasonOf(g, 'Add', { rule: 'no-hybrid' })).toBeUndefined();
    const h = new GraphBuilder();
    const hx = h.input('x', 'float32', [1, 8]);
    h.output(h.node('Gather', [hx, h.input('i', 'int32', [2])], {}, { name: 'n', outShapes: [[2]], outDType: 'float32' }));
    expect(reasonOf(h, 'Gather', { rule: 'no-hybrid' })).toBeUndefined();
  });
});

describe('quant-params and per-axis-ops', () => {
  it('an int8/uint8/int16 tensor without scales is named; float and int32 are not judged', () => {
    const none = conv({ x: 'int16', xq: { scale: [], zeroPoint: [] } });
    expect(reasonOf(none, 'Conv', { rule: 'quant-params' })).toMatchObject({
      value: 'none', limit: 'scale and zero point', hint: QUANTIZE_HINT,
      message: "Conv 'n': int16 tensor 'x' has no quantization parameters; NPU needs scale and zero point.",
    });
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('x', 'uint8', [1, 8])], {}, { name: 'n', outShapes: [[1, 8]], outDType: 'int32' }));
    expect(reasonOf(g, 'Relu', { rule: 'quant-params' })?.message).toBe("Relu 'n': uint8 tensor 'x' has no quantization parameters; NPU needs scale and zero point.");
    const ok = new GraphBuilder();
    ok.output(ok.node('Relu', [ok.input('x', 'float32', [1, 8])], {}, { name: 'n', outShapes: [[1, 8]], outDType: 'int32' }));
    expect(reasonOf(ok, 'Relu', { rule: 'quant-params' })).toBeUndefined();
  });

  it('a non-finite scale is named unless the compiler chooses it', () => {
    expect(reasonOf(conv({ xq: { scale: [Infinity], zeroPoint: [0] } }), 'Conv', { rule: 'quant-params' })).toMatchObject({
      value: 'Infinity', message: "Conv 'n': tensor 'x' has a non-finite scale (Infinity).",
    });
    expect(reasonOf(conv({ xq: { scale: [NaN], zeroPoint: [0], byCompiler: true } }), 'Conv', { rule: 'quant-params' })).toBeUndefined();
  });

  it('per-axis-ops: the scale count, the listed operators, the hint', () => {
    const pc: Quantization = { scale: [0.1, 0.2, 0.3], zeroPoint: [0, 0, 0] };
    expect(reasonOf(conv({ wq: pc }), 'Conv', { rule: 'per-axis-ops', limit: ['Gemm', 'MatMul'] })).toMatchObject({
      value: 'per-axis (3 scales)', hint: 'Quantize this tensor per tensor.',
      message: "Conv 'n': tensor 'w' is quantized per axis; NPU accepts per-axis quantization only on Gemm, MatMul.",
    });
    expect(reasonOf(conv({ wq: pc }), 'Conv', { rule: 'per-axis-ops', limit: ['Conv'] })).toBeUndefined();
    expect(reasonOf(conv({}), 'Conv', { rule: 'per-axis-ops', limit: [] })).toBeUndefined();
  });
});

describe('symmetric-output-1x1: pointwise layers with a prime channel count above the limit', () => {
  const ref = (limit: number): RuleRef => ({ rule: 'symmetric-output-1x1', limit });
  const pw = (c: number, o: { zp?: number; attrs?: Attrs; wShape?: Shape; scales?: number; op?: 'Conv' | 'Gemm' | 'MatMul' } = {}) => conv({
    op: o.op ?? 'Conv',
    wShape: o.wShape ?? [c, 8, 1, 1],
    attrs: o.attrs ?? { kernel_shape: [1, 1] },
    yShape: o.op && o.op !== 'Conv' ? [1, c] : [1, c, 4, 4],
    yq: { scale: new Array<number>(o.scales ?? 1).fill(0.1), zeroPoint: new Array<number>(o.scales ?? 1).fill(o.zp ?? 3) },
  });

  it('17 channels: above a limit of 16 refused, at a limit of 17 accepted; 16 channels are not prime', () => {
    expect(reasonOf(pw(17), 'Conv', ref(16))).toMatchObject({
      value: 'zero point 3', limit: 'zero point 0',
      message: "Conv 'n': output tensor 'n_out' has scale-offset format (per-tensor asymmetric int8, zero point 3) on a 1x1 convolution with 17 output channels (a prime above 16); the HW lowering needs a symmetric output (zero point 0).",
      hint: 'Requantize this output with zero point 0 (symmetric activations, e.g. onnxruntime ActivationSymmetric=True), or use a channel count that is not prime (e.g. 256).',
    });
    expect(reasonOf(pw(17), 'Conv', ref(17))).toBeUndefined();
    expect(reasonOf(pw(16), 'Conv', ref(2))).toBeUndefined();
    expect(reasonOf(pw(17, { zp: 0 }), 'Conv', ref(16))).toBeUndefined();
    expect(reasonOf(pw(17, { scales: 2 }), 'Conv', ref(16))).toBeUndefined();
  });

  it('the kernel from kernel_shape, else from OIHW or OHWI weights; a 3x3 kernel is not pointwise', () => {
    expect(reasonOf(pw(17, { attrs: {} }), 'Conv', ref(16))?.value).toBe('zero point 3');
    expect(reasonOf(pw(17, { attrs: { weight_layout: 'OHWI' }, wShape: [17, 1, 1, 8] }), 'Conv', ref(16))?.value).toBe('zero point 3');
    expect(reasonOf(pw(17, { attrs: { weight_layout: 'OHWI' }, wShape: [17, 3, 3, 8] }), 'Conv', ref(16))).toBeUndefined();
    expect(reasonOf(pw(17, { attrs: {}, wShape: [17, 8, 3, 3] }), 'Conv', ref(16))).toBeUndefined();
    expect(reasonOf(pw(17, { attrs: { kernel_shape: [3, 3] } }), 'Conv', ref(16))).toBeUndefined();
  });

  it('a 1 x 3 kernel, a Conv without weights or kernel_shape, and a non-pointwise operator hold', () => {
    expect(reasonOf(pw(17, { attrs: { kernel_shape: [1, 3] } }), 'Conv', ref(16))).toBeUndefined();
    const g = new GraphBuilder();
    const y = g.node('Conv', [g.input('x', 'int8', [1, 8, 4, 4], q(0.1, 0))], {}, { name: 'n', outShapes: [[1, 17, 4, 4]], outDType: 'int8' });
    g.get(y).quant = q(0.1, 3);
    g.output(y);
    expect(reasonOf(g, 'Conv', ref(16))).toBeUndefined();
    const a = new GraphBuilder();
    const x = a.input('x', 'int8', [1, 17], q(0.1, 0));
    const s = a.node('Add', [x, a.input('z', 'int8', [1, 17], q(0.1, 0))], {}, { name: 'n', outShapes: [[1, 17]], outDType: 'int8' });
    a.get(s).quant = q(0.1, 3);
    a.output(s);
    expect(reasonOf(a, 'Add', ref(16))).toBeUndefined();
  });

  it('Gemm and MatMul are pointwise and named by their operator', () => {
    expect(reasonOf(pw(17, { op: 'Gemm', wShape: [8, 17], attrs: {} }), 'Gemm', ref(16))?.message).toContain('on a Gemm with 17 output channels');
    expect(reasonOf(pw(19, { op: 'MatMul', wShape: [8, 19], attrs: {} }), 'MatMul', ref(16))?.message).toContain('on a MatMul with 19 output channels');
  });
});

describe('output-dtype', () => {
  it('a listed output type runs; another is named; unknown is not judged', () => {
    const cast = (to: DType) => {
      const g = new GraphBuilder();
      g.output(g.node('Cast', [g.input('x', 'float32', [1, 8])], {}, { name: 'n', outShapes: [[1, 8]], outDType: to }));
      return g;
    };
    expect(reasonOf(cast('int8'), 'Cast', { rule: 'output-dtype', limit: ['int8', 'uint8'] })).toBeUndefined();
    expect(reasonOf(cast('int64'), 'Cast', { rule: 'output-dtype', limit: ['int8', 'uint8'] })).toMatchObject({
      value: 'int64', message: "Cast 'n': produces int64; NPU produces int8, uint8 only.",
    });
    expect(reasonOf(cast('unknown'), 'Cast', { rule: 'output-dtype', limit: ['int8'] })).toBeUndefined();
  });
});
