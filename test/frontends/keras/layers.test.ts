/**
 * One Keras layer per case, built in code as a Keras 2 .h5 and analyzed end to end. Expected
 * figures are worked out by hand from docs/METRICS.md (O = output elements, K = kernel size).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { functional, input, layer, sequential } from '../../builders/keras.js';
import { analyzeH5, k, row } from './helpers.js';
import { loadFormats } from '../../../src/analyze.js';

// Keras files need h5wasm, which loads asynchronously once.
beforeAll(() => loadFormats());

const conv = (name: string, filters: number, size: number[], cfg: Record<string, string | number | boolean | number[]> = {}) =>
  layer('Conv2D', name, { filters, kernel_size: size, strides: [1, 1], padding: 'same', dilation_rate: [1, 1], groups: 1, activation: 'linear', use_bias: true, data_format: 'channels_last', ...cfg });

describe('Keras layers', () => {
  it('Dense 16 -> 10: Gemm, params 16*10 + 10 = 170, MACC M*N*K + N = 160 + 10 = 170', () => {
    const r = analyzeH5(sequential([input('x', [16]), layer('Dense', 'dense', { units: 10, activation: 'linear', use_bias: true })]), k('dense', ['kernel', [16, 10]], ['bias', [10]]));
    expect(row(r, 'dense')).toMatchObject({ op: 'Gemm', sourceOp: 'Dense', outputShape: [1, 10], params: 170, macc: 170 });
  });

  it("Dense activation='relu' becomes dense_nl and is fused back: 170 + O (10) = 180", () => {
    const r = analyzeH5(sequential([input('x', [16]), layer('Dense', 'dense', { units: 10, activation: 'relu', use_bias: true })]), k('dense', ['kernel', [16, 10]], ['bias', [10]]));
    expect(row(r, 'dense')).toMatchObject({ activation: 'Relu', fused: ['dense_nl'], macc: 180 });
    expect(r.layers).toHaveLength(1);
  });

  it('Dense on a sequence [5, 16]: MatMul 5*10*16 = 800, then dense_bias Add with O = 50', () => {
    const r = analyzeH5(sequential([input('x', [5, 16]), layer('Dense', 'dense', { units: 10, activation: 'linear', use_bias: true })]), k('dense', ['kernel', [16, 10]], ['bias', [10]]));
    expect(row(r, 'dense')).toMatchObject({ op: 'MatMul', outputShape: [1, 5, 10], params: 160, macc: 800 });
    expect(row(r, 'dense_bias')).toMatchObject({ op: 'Add', params: 10, macc: 50 });
  });

  it('Conv2D 3x3 8->16 on 10x10 same: O = 1,600; MACC 1,600*8*9 + 16 = 115,216; params 1,152 + 16', () => {
    const r = analyzeH5(sequential([input('x', [10, 10, 8]), conv('conv', 16, [3, 3])]), k('conv', ['kernel', [3, 3, 8, 16]], ['bias', [16]]));
    expect(row(r, 'conv')).toMatchObject({ op: 'Conv', sourceOp: 'Conv2D', outputShape: [1, 10, 10, 16], params: 1168, macc: 115_216, weightsBytes: 4672 });
  });

  it('Conv2D 3x3 stride 2 valid on 9x9: floor((9-3)/2)+1 = 4; MACC 4*4*4*2*9 + 4 = 1,156', () => {
    const r = analyzeH5(sequential([input('x', [9, 9, 2]), conv('conv', 4, [3, 3], { strides: [2, 2], padding: 'valid' })]), k('conv', ['kernel', [3, 3, 2, 4]], ['bias', [4]]));
    expect(row(r, 'conv')).toMatchObject({ outputShape: [1, 4, 4, 4], macc: 64 * 2 * 9 + 4 });
  });

  it('Conv1D k=3 3->8 same on 52 steps: O = 416; MACC 416*3*3 + 8 = 3,752; params 72 + 8', () => {
    const c1 = layer('Conv1D', 'c1', { filters: 8, kernel_size: [3], strides: [1], padding: 'same', dilation_rate: [1], groups: 1, activation: 'linear', use_bias: true });
    const r = analyzeH5(sequential([input('x', [52, 3]), c1]), k('c1', ['kernel', [3, 3, 8]], ['bias', [8]]));
    expect(row(r, 'c1')).toMatchObject({ outputShape: [1, 52, 8], params: 80, macc: 3752 });
  });

  it('DepthwiseConv2D 3x3 x2 on 10x10x8 valid: out 8x8x16 (O = 1,024); MACC O*K + Cout = 9,232; params 144 + 16', () => {
    const dw = layer('DepthwiseConv2D', 'dw', { kernel_size: [3, 3], strides: [1, 1], padding: 'valid', depth_multiplier: 2, dilation_rate: [1, 1], activation: 'linear', use_bias: true });
    const r = analyzeH5(sequential([input('x', [10, 10, 8]), dw]), k('dw', ['depthwise_kernel', [3, 3, 8, 2]], ['bias', [16]]));
    expect(row(r, 'dw')).toMatchObject({ op: 'Conv', sourceOp: 'DepthwiseConv2D', outputShape: [1, 8, 8, 16], params: 160, macc: 9232 });
  });

  it('SeparableConv2D 3x3 8->16 same on 10x10: sep (depthwise) 800*9 + 8 = 7,208 (the bias stedgeai gives it); sep_pointwise 1,600*8 + 16 = 12,816', () => {
    const sep = layer('SeparableConv2D', 'sep', { filters: 16, kernel_size: [3, 3], strides: [1, 1], padding: 'same', depth_multiplier: 1, dilation_rate: [1, 1], activation: 'linear', use_bias: true });
    const r = analyzeH5(sequential([input('x', [10, 10, 8]), sep]), k('sep', ['depthwise_kernel', [3, 3, 8, 1]], ['pointwise_kernel', [1, 1, 8, 16]], ['bias', [16]]));
    expect(row(r, 'sep')).toMatchObject({ outputShape: [1, 10, 10, 8], params: 72, macc: 7200 + 8, weightsBytes: (72 + 8) * 4 });
    expect(row(r, 'sep_pointwise')).toMatchObject({ outputShape: [1, 10, 10, 16], params: 144, macc: 12_816 });
  });

  it('BatchNormalization after a bias-free Conv folds: +16 bias items and +16 MACC, the 64 BN items gone', () => {
    const bn = layer('BatchNormalization', 'bn', { axis: [3], epsilon: 0.001, center: true, scale: true });
    const r = analyzeH5(sequential([input('x', [10, 10, 8]), conv('conv', 16, [3, 3], { use_bias: false }), bn]), {
      ...k('conv', ['kernel', [3, 3, 8, 16]]), ...k('bn', ['gamma', [16]], ['beta', [16]], ['moving_mean', [16]], ['moving_variance', [16]]),
    });
    expect(r.layers).toHaveLength(1);
    expect(row(r, 'conv')).toMatchObject({ fused: ['bn'], params: 1152 + 16, macc: 115_200 + 16 });
    expect(r.totals.params).toBe(1168);
  });

  it('BatchNormalization with scale=False (no gamma stored) folds the same way', () => {
    const bn = layer('BatchNormalization', 'bn', { axis: -1, center: true, scale: false });
    const r = analyzeH5(sequential([input('x', [10, 10, 8]), conv('conv', 16, [3, 3], { use_bias: false }), bn]), {
      ...k('conv', ['kernel', [3, 3, 8, 16]]), ...k('bn', ['beta', [16]], ['moving_mean', [16]], ['moving_variance', [16]]),
    });
    expect(row(r, 'conv')).toMatchObject({ fused: ['bn'], params: 1168 });
  });

  it('BatchNormalization on an input stays: 4*8 params, MACC 2*O = 16', () => {
    const r = analyzeH5(sequential([input('x', [8]), layer('BatchNormalization', 'bn', { axis: -1 })]), k('bn', ['gamma', [8]], ['beta', [8]], ['moving_mean', [8]], ['moving_variance', [8]]));
    expect(row(r, 'bn')).toMatchObject({ op: 'BatchNormalization', params: 32, macc: 16 });
  });

  it('Activation relu, ReLU(max_value=6), Softmax: O each, Softmax 15*O', () => {
    const cfg = sequential([input('x', [4]), layer('Activation', 'act', { activation: 'relu' }), layer('ReLU', 'r6', { max_value: 6, negative_slope: 0, threshold: 0 }), layer('Softmax', 'sm', { axis: -1 })]);
    const r = analyzeH5(cfg, {});
    expect(row(r, 'act')).toMatchObject({ op: 'Relu', macc: 4 });
    expect(row(r, 'r6')).toMatchObject({ op: 'Relu6', macc: 4 });
    expect(row(r, 'sm')).toMatchObject({ op: 'Softmax', macc: 60 });
  });

  it('pools on 10x10x16: MaxPool/AveragePool 2x2 -> 5x5x16, 400*4 = 1,600; GlobalAveragePooling2D = input elements 1,600', () => {
    const pool = (cls: string, name: string) => layer(cls, name, { pool_size: [2, 2], strides: [2, 2], padding: 'valid', data_format: 'channels_last' });
    const m = functional([input('x', [10, 10, 16]), pool('MaxPooling2D', 'mp', ), pool('AveragePooling2D', 'ap'), layer('GlobalAveragePooling2D', 'gap', { data_format: 'channels_last' })].map((l, i) => (i === 0 ? l : { ...l, inbound_nodes: [[['x', 0, 0, {}]]] })), ['x'], ['mp', 'ap', 'gap']);
    const r = analyzeH5(m, {});
    expect(row(r, 'mp')).toMatchObject({ op: 'MaxPool', outputShape: [1, 5, 5, 16], macc: 1600 });
    expect(row(r, 'ap')).toMatchObject({ op: 'AveragePool', outputShape: [1, 5, 5, 16], macc: 1600 });
    expect(row(r, 'gap')).toMatchObject({ op: 'GlobalAveragePool', macc: 1600 });
    expect(row(r, 'gap_flatten')).toMatchObject({ outputShape: [1, 16], macc: 0 });
  });

  it('MaxPooling1D 2 on 52x8 -> 26x8: 208*2 = 416', () => {
    const r = analyzeH5(sequential([input('x', [52, 8]), layer('MaxPooling1D', 'mp', { pool_size: [2], strides: [2], padding: 'valid' })]), {});
    expect(row(r, 'mp')).toMatchObject({ outputShape: [1, 26, 8], macc: 416 });
  });

  it('Flatten, Reshape, ZeroPadding2D, Dropout: 0 MACC; Permute is a Transpose (O/2); Dropout is absorbed', () => {
    const cfg = sequential([
      input('x', [4, 4, 3]),
      layer('ZeroPadding2D', 'pad', { padding: [[1, 1], [2, 2]] }),
      layer('Dropout', 'drop', { rate: 0.2 }),
      layer('Permute', 'perm', { dims: [2, 1, 3] }),
      layer('Flatten', 'flat', {}),
      layer('Reshape', 'resh', { target_shape: [8, 18] }),
    ]);
    const r = analyzeH5(cfg, {});
    expect(row(r, 'pad')).toMatchObject({ op: 'Pad', outputShape: [1, 6, 8, 3], macc: 0, fused: ['drop'] });
    expect(row(r, 'perm')).toMatchObject({ op: 'Transpose', outputShape: [1, 8, 6, 3], macc: 144 / 2 });
    expect(row(r, 'flat').outputShape).toEqual([1, 144]);
    expect(row(r, 'resh').outputShape).toEqual([1, 8, 18]);
    expect(r.totals.macc).toBe(72);
  });

  it('Add and Concatenate of two Dense branches: Add MACC O = 4; Concat [1, 8] with 0', () => {
    const m = functional([
      input('x', [8]),
      layer('Dense', 'a', { units: 4, activation: 'linear', use_bias: true }, 'x'),
      layer('Dense', 'b', { units: 4, activation: 'linear', use_bias: true }, 'x'),
      layer('Add', 'add', {}, ['a', 'b']),
      layer('Concatenate', 'cat', { axis: -1 }, ['a', 'b']),
    ], ['x'], ['add', 'cat']);
    const r = analyzeH5(m, { ...k('a', ['kernel', [8, 4]], ['bias', [4]]), ...k('b', ['kernel', [8, 4]], ['bias', [4]]) });
    expect(row(r, 'add')).toMatchObject({ op: 'Add', outputShape: [1, 4], macc: 4 });
    expect(row(r, 'cat')).toMatchObject({ op: 'Concat', outputShape: [1, 8], macc: 0 });
  });

  it('LSTM 8 units on T=5, I=3: MACC T*H*(4*(I+H)+3) = 5*8*47 = 1,880; params 96 + 256 + 32 = 384', () => {
    const lstm = (seq: boolean) => layer('LSTM', 'lstm', { units: 8, activation: 'tanh', recurrent_activation: 'sigmoid', use_bias: true, return_sequences: seq, return_state: false, go_backwards: false });
    const w = { lstm: [['lstm/lstm_cell/kernel:0', [3, 32]], ['lstm/lstm_cell/recurrent_kernel:0', [8, 32]], ['lstm/lstm_cell/bias:0', [32]]] as Array<[string, number[]]> };
    const last = analyzeH5(sequential([input('x', [5, 3]), lstm(false)]), w);
    expect(row(last, 'lstm')).toMatchObject({ op: 'LSTM', params: 384, macc: 1880 });
    expect(row(last, 'lstm_reshape').outputShape).toEqual([1, 8]);
    const seq = analyzeH5(sequential([input('x', [5, 3]), lstm(true)]), w);
    expect(row(seq, 'lstm_reshape').outputShape).toEqual([1, 5, 8]);
  });

  it('GRU 4 units on T=6, I=2 (reset_after): MACC T*H*(3*(I+H)+2) = 6*4*20 = 480; params 24 + 48 + 2*12', () => {
    const gru = layer('GRU', 'gru', { units: 4, use_bias: true, return_sequences: false, reset_after: true });
    const r = analyzeH5(sequential([input('x', [6, 2]), gru]), k('gru', ['kernel', [2, 12]], ['recurrent_kernel', [4, 12]], ['bias', [2, 12]]));
    expect(row(r, 'gru')).toMatchObject({ op: 'GRU', params: 96, macc: 480 });
    expect(row(r, 'gru_reshape').outputShape).toEqual([1, 4]);
  });
});
