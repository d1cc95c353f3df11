/**
 * What stedgeai's C model folds away (METRICS.md): a QDQ model's input Quantize and output
 * Dequantize (passes/io-boundary.ts) and a BatchNormalization after a ReLU, folded into the layer
 * after it (passes/batchnorm.ts, batchnormForwardPass). Every figure by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OnnxBuilder, memoryInput } from '../builders/onnx.js';
import { analyzeModel, loadFormats } from '../../src/analyze.js';
import { functional, input, kerasH5, layer } from '../builders/keras.js';
import { k, row } from '../frontends/keras/helpers.js';

beforeAll(() => loadFormats());

/** x [1,1,4,4] -> Reshape [1,16] -> Q -> DQ -> Gemm 16->8 (int8) -> Q -> DQ -> y. */
function qdqMlp(): Uint8Array {
  const b = new OnnxBuilder({ opset: 13 });
  const x = b.input('x', 'float32', [1, 1, 4, 4]);
  const flat = b.node('Reshape', [x, b.initializer('shape', 'int64', [2], { values: [1, 16] })], {}, { name: 'reshape' });
  const xq = b.qdq(flat, 0.1, 0, 'int8');
  const w = b.dequantizedWeight('w', [8, 16], [0.05]);
  const bias = b.initializer('bias', 'int32', [8]);
  const bdq = b.node('DequantizeLinear', [bias, b.initializer('bias_scale', 'float32', [], { values: [0.005] }), b.initializer('bias_zp', 'int32', [], { values: [0] })], {}, { name: 'bias_dq' });
  const y = b.node('Gemm', [xq, w, bdq], { transB: 1 }, { name: 'fc' });
  b.output(b.qdq(y, 0.2, 0, 'int8'), 'float32');
  return b.build();
}

describe('the network I/O of a QDQ ONNX model', () => {
  it('the input Quantize (behind a Reshape) and the output Dequantize cost nothing; quantizedIo: false keeps them', () => {
    const r = analyzeModel(memoryInput('mlp.onnx', qdqMlp()));
    // the Gemm: 16 x 8 + 8
    expect(r.totals.macc).toBe(16 * 8 + 8);
    const kept = analyzeModel(memoryInput('mlp.onnx', qdqMlp()), { quantizedIo: false });
    // + 2 x 16 (Quantize of the input) + 2 x 8 (Dequantize of the output)
    expect(kept.totals.macc).toBe(16 * 8 + 8 + 2 * 16 + 2 * 8);
  });
});

describe('a BatchNormalization after a ReLU folds into the next layer', () => {
  const bn = (name: string, c: number) => k(name, ['gamma', [c]], ['beta', [c]], ['moving_mean', [c]], ['moving_variance', [c]]);
  const model = (padding: string) => {
    const layers = [
      input('x', [10, 10, 4]),
      layer('Conv2D', 'c1', { filters: 8, kernel_size: [3, 3], strides: [1, 1], padding: 'valid', activation: 'relu', use_bias: true }, 'x'),
      layer('BatchNormalization', 'bn', { axis: [3], epsilon: 0.001, center: true, scale: true }, 'c1'),
      layer('Conv2D', 'c2', { filters: 8, kernel_size: [3, 3], strides: [1, 1], padding, activation: 'linear', use_bias: true }, 'bn'),
    ];
    const weights = { ...k('c1', ['kernel', [3, 3, 4, 8]], ['bias', [8]]), ...bn('bn', 8), ...k('c2', ['kernel', [3, 3, 8, 8]], ['bias', [8]]) };
    return analyzeModel(memoryInput('m.h5', kerasH5({ config: functional(layers, ['x'], ['c2']), weights })));
  };

  it('into a conv that pads nothing: no MACC and no array of its own; its scale and offset stay in params (2 x C)', () => {
    const r = model('valid');
    expect(r.layers.map((l) => l.name)).toEqual(['c1', 'c2']);
    expect(row(r, 'c2').fused).toContain('bn');
    // c1: 8x8x8 outputs x 36 + 8 bias + 512 ReLU; c2: 6x6x8 x 72 + 8
    expect(r.totals.macc).toBe(8 * 8 * 8 * 36 + 8 + 512 + 6 * 6 * 8 * 72 + 8);
    // weights: (288 + 8) + (576 + 8) floats; params also count the BN's scale and offset
    expect(r.totals.weightsBytes).toBe((288 + 8 + 576 + 8) * 4);
    expect(r.totals.params).toBe(288 + 8 + 576 + 8 + 2 * 8);
  });

  it('not into a conv that pads with zeros (a padded zero is not the BN of zero): the BN stays, 2 x O MACC', () => {
    const r = model('same');
    expect(r.layers.map((l) => l.name)).toEqual(['c1', 'bn', 'c2']);
    expect(row(r, 'bn').macc).toBe(2 * 8 * 8 * 8);
  });
});
