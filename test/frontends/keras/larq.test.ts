/**
 * Larq binary layers, lowered as ST Edge AI Core does (passes/binary.ts, METRICS.md "Binary
 * layers"). The figures are seed 001's two stedgeai 1.0 reports (../shared/seeds/001_*.txt, a
 * user's forum thread; the numbers are quoted here), for the models its test.py builds, rebuilt
 * with the project's Keras builder: a 32x32x1 input and QuantConv2D(16, 3x3, ste_sign input and
 * kernel quantizers, no bias, padding same, pad_values 0), once or twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel, loadFormats } from '../../../src/analyze.js';
import type { Report } from '../../../src/report/index.js';
import { memoryInput } from '../../builders/onnx-bytes.js';
import { functional, input, kerasH5, layer, type Json, type Weight } from '../../builders/keras.js';
import { stResnet8HybridH5 } from '../../builders/keras-hybrid.js';
import { k, row } from './helpers.js';
import { footprintError } from '../../helpers/errors.js';

beforeAll(() => loadFormats());

const STE = { class_name: 'SteSign', config: { clip_value: 1.0 } };
const quantConv = (name: string, from: string, extra: Record<string, Json> = {}) => layer('QuantConv2D', name, {
  filters: 16, kernel_size: [3, 3], strides: [1, 1], padding: 'same', pad_values: 0, groups: 1, use_bias: false,
  input_quantizer: STE, kernel_quantizer: STE, activation: 'linear', ...extra,
}, from);

/** seed 001's test.py, with `n` QuantConv2D layers (the second reads 16 channels). */
function seedModel(n: number, extra: Record<string, Json> = {}, shape: [number, number, number] = [32, 32, 1]): Report {
  const names = ['quant_conv2d', 'quant_conv2d_1'].slice(0, n);
  const layers = [input('input_1', shape), ...names.map((name, i) => quantConv(name, i === 0 ? 'input_1' : names[i - 1] as string, extra))];
  const ks = (extra['kernel_size'] as number[] | undefined) ?? [3, 3];
  const groups = (extra['groups'] as number | undefined) ?? 1;
  const weights = Object.assign({}, ...names.map((name, i) => k(name, ['kernel', [...ks, (i === 0 ? shape[2] : 16) / groups, 16]]))) as Record<string, Weight[]>;
  return analyzeModel(memoryInput('test.h5', kerasH5({ config: functional(layers, ['input_1'], [names.at(-1) as string]), weights })));
}

const codes = (r: Report, code: string) => r.diagnostics.filter((d) => d.code === code);


describe("seed 001's two reports, reproduced", () => {
  it('one layer: the input is binary (int1, 1b-32bpacked), the 3x3 conv runs in float behind a conversion', () => {
    const r = seedModel(1);
    // "params #: 144 items (576 B)", "macc: 149,520", "weights (ro): 640 B ... +64(+11.1%) vs float
    // model", "activations (rw): 69,668 B", "model_fmt: float"
    expect(r.totals).toMatchObject({ params: 144, paramsBytes: 576, macc: 149_520, weightsBytes: 640, floatWeightsBytes: 576, activationsBytes: 69_668 });
    expect(r.model.fmt).toBe('float');
    // "input 1/1: 'input_1', int1(1x32x32x1), 4.00 KBytes, 1b-32bpacked"
    expect(r.inputs[0]).toMatchObject({ name: 'input_1', dtype: 'int1', bytes: 4_096 });
    expect(r.outputs[0]).toMatchObject({ dtype: 'float32', bytes: 65_536 });
    // C-layers: input_1_0_conversion (Conversion, 2048, smul_s1_f32), quant_conv2d (Conv2D, 147472, rom 640, smul_f32_f32)
    expect(r.layers.map((l) => [l.name, l.macc, l.weightsBytes, l.operationType])).toEqual([
      ['input_1_0_conversion', 2 * 32 * 32, 0, 'smul_s1_f32'],
      ['quant_conv2d', 32 * 32 * 16 * 9 + 16, 16 * 9 * 4 + 16 * 4, 'smul_f32_f32'],
    ]);
    // "quant_conv2d_scratch0 9/36": one im2col column of 3 x 3 x 1 floats
    expect(r.memory.buffers.filter((b) => b.kind === 'scratch').map((b) => b.size)).toEqual([36]);
    const why = codes(r, 'W_BINARY_FALLBACK');
    expect(why.map((d) => d.node)).toEqual(['quant_conv2d']);
    expect(why[0]?.message).toMatch(/writes f32: .* write s1, s8, s16/);
    expect(why[0]?.message).toContain("input_quantizer='ste_sign'");
  });

  it('two layers: the first runs sxor_s1_s1 with the second\'s sign as its threshold; the second in float', () => {
    const r = seedModel(2);
    // "params #: 2,448 items (9.56 KiB)", "macc: 2,539,536", "weights (ro): 9,920 B ... +128(+1.3%)
    // vs float model", "activations (rw): 70,400 B", "model_fmt: dqnn"
    expect(r.totals).toMatchObject({ params: 2_448, paramsBytes: 9_792, macc: 2_539_536, weightsBytes: 9_920, floatWeightsBytes: 9_792, activationsBytes: 70_400 });
    expect(r.model.fmt).toBe('dqnn');
    // C-layers: quant_conv2d 147456 rom 640 (weights int1 16x3x3x1: 144 words = 576 B, threshold
    // f32 16 = 64 B); quant_conv2d_0_conversion 32768; quant_conv2d_1 2359312 rom 9280
    expect(r.layers.map((l) => [l.name, l.macc, l.weightsBytes, l.operationType])).toEqual([
      ['quant_conv2d', 32 * 32 * 16 * 9, 16 * 9 * 4 + 16 * 4, 'sxor_s1_s1'],
      ['quant_conv2d_0_conversion', 2 * 32 * 32 * 16, 0, 'smul_s1_f32'],
      ['quant_conv2d_1', 32 * 32 * 16 * 9 * 16 + 16, 16 * 9 * 16 * 4 + 16 * 4, 'smul_f32_f32'],
    ]);
    // "Number of operation types": sxor_s1_s1 147,456 5.8%, smul_s1_f32 32,768 1.3%, smul_f32_f32 2,359,312 92.9%
    expect(r.operationTypes.map((t) => [t.type, t.macc, Math.round(t.share * 1000) / 10])).toEqual([
      ['sxor_s1_s1', 147_456, 5.8], ['smul_s1_f32', 32_768, 1.3], ['smul_f32_f32', 2_359_312, 92.9],
    ]);
    // "quant_conv2d_scratch0 18/72", "quant_conv2d_1_scratch0 144/576"
    expect(r.memory.buffers.filter((b) => b.kind === 'scratch').map((b) => b.size)).toEqual([72, 576]);
    expect(codes(r, 'I_BINARY').find((d) => d.node === 'quant_conv2d')?.message).toContain('forward_conv2d_is1os1ws1_bn_pad0');
    expect(codes(r, 'W_BINARY_FALLBACK').map((d) => d.node)).toEqual(['quant_conv2d_1']);
    expect(row(r, 'quant_conv2d').fused).toContain('quant_conv2d_1_conv');
  });

  it('pad_values=1 (or -1) on a layer that writes float: NOT IMPLEMENTED, naming the parameter, its value and what works', () => {
    for (const v of [1, -1]) {
      const e = footprintError(() => seedModel(1, { pad_values: v }));
      expect(e.code).toBe('E_NOT_IMPLEMENTED');
      expect(e.category).toBe('NOT IMPLEMENTED');
      expect(e.node).toBe('quant_conv2d');
      expect(e.message).toContain(`padded with ${v}`);
      expect(e.message).toContain('input s1, weights s1, output f32');
      expect(e.message).toMatch(/Set pad_values=0 .*padding='valid'/);
    }
    // the binary first layer has a -1/+1 padding kernel: the error is the second layer's
    expect(footprintError(() => seedModel(2, { pad_values: 1 })).node).toBe('quant_conv2d_1');
  });
});

describe('binary layers beyond the seed', () => {
  it('padding valid needs no pad value: pad_values=1 then runs in float like pad_values=0', () => {
    const r = seedModel(1, { padding: 'valid', pad_values: 1 });
    expect(row(r, 'quant_conv2d').macc).toBe(30 * 30 * 16 * 9 + 16);
    expect(codes(r, 'W_BINARY_FALLBACK').length).toBe(1);
  });

  it('binary input and weights packed 32 channels to a word: at, below and above 32 channels', () => {
    // the first layer binary (its output binarized by the second): weights Cout x 3 x 3 x ceil(Cin/32) words + a threshold
    for (const [cin, words] of [[31, 1], [32, 1], [33, 2]] as const) {
      const r = seedModel(2, {}, [8, 8, cin]);
      expect(r.inputs[0]?.bytes, `${cin}`).toBe(8 * 8 * words * 4);
      expect(row(r, 'quant_conv2d').weightsBytes, `${cin}`).toBe(16 * 9 * words * 4 + 16 * 4);
      // its binary output: 16 channels in one word per pixel
      expect(r.memory.buffers.find((b) => b.tensor === 'quant_conv2d_1_conv')?.size ?? r.memory.buffers.find((b) => b.tensor.startsWith('quant_conv2d') && b.size === 8 * 8 * 4)?.size).toBe(8 * 8 * 4);
    }
  });

  it('no input quantizer: binary weights with a float input run in float, and the message says to add one', () => {
    const r = seedModel(2, { input_quantizer: null });
    const why = codes(r, 'W_BINARY_FALLBACK').map((d) => [d.node, d.message]);
    expect(why.map(([n]) => n)).toEqual(['quant_conv2d', 'quant_conv2d_1']);
    expect(why[0]?.[1]).toMatch(/its input is f32: the K x K kernels padding with 0 read s1/);
    expect(r.inputs[0]?.dtype).toBe('float32');
    // float weights, a bias each: 16*9*1 + 16 and 16*9*16 + 16 floats
    expect(r.totals.weightsBytes).toBe((16 * 9 + 16 + 16 * 9 * 16 + 16) * 4);
  });

  it('a float-input layer whose output was binarized runs in float with a sign after it', () => {
    // layer 1: no input quantizer; layer 2's sign fused into it, then undone (no float-input K x K kernel)
    const layers = [input('input_1', [8, 8, 4]), quantConv('q1', 'input_1', { input_quantizer: null }), quantConv('q2', 'q1')];
    const r = analyzeModel(memoryInput('t.h5', kerasH5({ config: functional(layers, ['input_1'], ['q2']), weights: { ...k('q1', ['kernel', [3, 3, 4, 16]]), ...k('q2', ['kernel', [3, 3, 16, 16]]) } })));
    const px = 8 * 8;
    expect(r.layers.map((l) => [l.name, l.macc, l.operationType])).toEqual([
      ['q1', px * 16 * 9 * 4 + 16, 'smul_f32_f32'],
      // the sign after it: 2 MACC an element, f32 -> s1
      ['q1_sign', 2 * px * 16, 'smul_f32_s1'],
      ['q1_0_conversion', 2 * px * 16, 'smul_s1_f32'],
      ['q2', px * 16 * 9 * 16 + 16, 'smul_f32_f32'],
    ]);
    expect(codes(r, 'W_BINARY_FALLBACK').map((d) => d.node)).toEqual(['q1', 'q2']);
  });

  it('QuantDense: a binary input with float output has a kernel (dense_is1of32ws1); its weights pack along the inputs', () => {
    const layers = [input('x', [100]), layer('QuantDense', 'qd', { units: 10, use_bias: true, input_quantizer: 'ste_sign', kernel_quantizer: 'approx_sign', activation: 'linear' }, 'x')];
    const r = analyzeModel(memoryInput('d.h5', kerasH5({ config: functional(layers, ['x'], ['qd']), weights: k('qd', ['kernel', [100, 10]], ['bias', [10]]) })));
    expect(codes(r, 'I_BINARY').find((d) => d.node === 'qd')?.message).toContain('forward_dense_is1of32ws1');
    // 10 outputs x ceil(100 / 32) = 4 words, and the bias
    expect(row(r, 'qd')).toMatchObject({ weightsBytes: 10 * 4 * 4 + 10 * 4, macc: 100 * 10 + 10, operationType: 'sxor_s1_s1' });
    expect(r.inputs[0]).toMatchObject({ dtype: 'int1', bytes: 4 * 4 });
  });

  it('a 1x1 QuantConv2D writing float runs binarized (pw_is1of32ws1); a grouped one cannot', () => {
    const pw = seedModel(1, { kernel_size: [1, 1] }, [8, 8, 64]);
    expect(codes(pw, 'I_BINARY').find((d) => d.node === 'quant_conv2d')?.message).toContain('forward_pw_is1of32ws1_bn');
    expect(codes(pw, 'W_BINARY_FALLBACK')).toEqual([]);
    // 16 outputs x ceil(64 / 32) = 2 words, and the scale and offset the _bn kernel reads (16 floats each)
    expect(row(pw, 'quant_conv2d')).toMatchObject({ weightsBytes: 16 * 2 * 4 + 2 * 16 * 4, macc: 8 * 8 * 16 * 64 + 16, operationType: 'sxor_s1_s1' });
    const grouped = seedModel(1, { groups: 2 }, [8, 8, 64]);
    expect(codes(grouped, 'W_BINARY_FALLBACK')[0]?.message).toContain('grouped convolution');
  });

  it('a quantizer that is not a sign: NOT IMPLEMENTED naming the field and what works', () => {
    const e = footprintError(() => seedModel(1, { input_quantizer: 'ste_heaviside' }));
    expect(e.code).toBe('E_NOT_IMPLEMENTED');
    expect(e.message).toContain("input_quantizer='ste_heaviside' is ste_heaviside (values 0 / 1)");
    expect(e.message).toContain('(ste_sign, approx_sign or swish_sign');
    expect(footprintError(() => seedModel(1, { kernel_quantizer: { class_name: 'SteTern', config: {} } })).message).toContain("kernel_quantizer='SteTern' is ste_tern (values -1 / 0 / +1)");
    expect(footprintError(() => seedModel(1, { kernel_quantizer: { class_name: 'DoReFa', config: { k_bit: 0 } } })).message).toContain('k_bit=0');
  });
});

describe("the ST model zoo's hybrid ResNet-8, rebuilt from its definition (test/builders/keras-hybrid.ts)", () => {
  /**
   * Weights (ROM) of the rebuilt model, counted by hand from METRICS.md "Binary layers", layer by
   * layer: an 8-bit conv K x K x Cin x Cout bytes + a bias of Cout floats (its BN); a binary
   * depthwise 3x3 over C channels 9 x ceil(C / 32) words + a threshold of C floats (the next sign);
   * a binary 1x1 conv over 2C channels Cout x ceil(2C / 32) words + scale and offset (2 Cout floats).
   */
  function handWeights([f0, f1, f2]: [number, number, number]): number {
    const int8 = (k: number, cin: number, cout: number) => k * k * cin * cout + 4 * cout;
    const dw8 = (c: number) => Math.ceil((9 * c) / 4) * 4 + 4 * c;
    const cell = (c: number, f: number) => 9 * Math.ceil(c / 32) * 4 + 4 * c + f * Math.ceil((2 * c) / 32) * 4 + 2 * 4 * f;
    return int8(3, 3, f0)
      + cell(f0, f0) + dw8(f0) + int8(1, f0, f0) + cell(f0, f0) + dw8(f0) + int8(1, f0, f0)
      + cell(f0, f0) + dw8(f0) + int8(1, f0, f1) + cell(f1, f1) + dw8(f1) + int8(1, f1, f1) + int8(1, f0, f1)
      + cell(f1, f1) + dw8(f1) + int8(1, f1, f2) + cell(f2, f2) + dw8(f2) + int8(1, f2, f2) + int8(1, f1, f2)
      + f2 * 10 + 4 * 10;
  }

  for (const [v, filters] of [['v1', [32, 96, 128]], ['v2', [32, 64, 128]]] as const) {
    it(`${v}: binary cells run binarized, 8-bit layers as int8, every weight counted`, () => {
      const r = analyzeModel(memoryInput(`st_resnet_8_hybrid_${v}.h5`, stResnet8HybridH5([...filters])));
      expect(r.totals.weightsBytes).toBe(handWeights([...filters]));
      expect(r.model.fmt).toBe('dqnn');
      expect(r.inputs[0]).toMatchObject({ dtype: 'int8', bytes: 32 * 32 * 3 });
      // 6 cells: a binary depthwise (-1/+1 padding, binary out) and a binary 1x1 conv writing int8 each
      const kernels = codes(r, 'I_BINARY').map((d) => /forward_\w+/.exec(d.message)?.[0]).filter((x) => x !== undefined);
      expect(kernels.filter((x) => x === 'forward_dw_is1os1ws1_bn_pad1').length).toBe(6);
      expect(kernels.filter((x) => x === 'forward_pw_is1os8ws1_bn').length).toBe(6);
      expect(codes(r, 'W_BINARY_FALLBACK')).toEqual([]);
      expect(r.layers.some((l) => l.op === 'Unknown')).toBe(false);
      // the first cell's binary 1x1 conv: 32 x 32 pixels x 32 outputs x 64 inputs, plus the offset
      expect(row(r, 'quant_conv2d_1')).toMatchObject({ macc: 32 * 32 * 32 * 64 + 32, operationType: 'sxor_s1_s1' });
      expect(row(r, 'quant_conv2d').operationType).toBe('smul_s8_s8');
    });
  }
});
