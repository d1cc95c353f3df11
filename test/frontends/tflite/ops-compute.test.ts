/** One test per compute operator: built in code, read, run through the pipeline; shape and MACC by hand (METRICS.md). */
import { describe, expect, it } from 'vitest';
import { TfliteBuilder, conv2d, depthwise, fullyConnected, pool2d, transposeConv, svdf, lstm } from '../../builders/tflite.js';
import { analyzeBuilt, layer, shapeAndMacc } from './helpers.js';

const q = { scale: [0.5], zeroPoint: [0] };

describe('TFLite compute operators', () => {
  it('CONV_2D SAME with bias: O*Cin*K + Cout', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 8, 8, 3]);
    const w = b.constant('w', 'float32', [4, 3, 3, 3]);
    const bias = b.constant('b', 'float32', [4]);
    b.output(b.op('CONV_2D', [x, w, bias], { out: ['y', 'float32', [1, 8, 8, 4]], options: conv2d() }));
    // 8*8*4 = 256 outputs * 3 * 9 + 4 = 6916
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 8, 8, 4], macc: 6916, op: 'Conv' });
  });

  it('CONV_2D VALID stride 2 without bias', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 9, 9, 2]);
    const w = b.constant('w', 'float32', [3, 3, 3, 2]);
    b.output(b.op('CONV_2D', [x, w, ''], { out: ['y', 'float32', [1, 4, 4, 3]], options: conv2d({ padding: 'VALID', stride: [2, 2] }) }));
    // (9-3)/2+1 = 4; 4*4*3 = 48 * 2 * 9 = 864, plus Cout = 3 for the bias stedgeai gives a layer without one (passes/bias.ts)
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 4, 4, 3], macc: 864 + 3, op: 'Conv' });
  });

  it('fused RELU: + O in a float layer, 0 in an int8 layer (requantization clamp)', () => {
    for (const [dtype, extra] of [['float32', 256], ['int8', 0]] as const) {
      const b = new TfliteBuilder();
      const opts = dtype === 'int8' ? { quant: q } : {};
      const x = b.input('x', dtype, [1, 8, 8, 3], opts);
      const w = b.constant('w', dtype, [4, 3, 3, 3], opts);
      const bias = b.constant('b', dtype === 'int8' ? 'int32' : 'float32', [4]);
      b.output(b.op('CONV_2D', [x, w, bias], { out: ['y', dtype, [1, 8, 8, 4], opts], options: conv2d({ activation: 'RELU' }) }));
      const l = layer(analyzeBuilt(b), 'y');
      expect(l.activation).toBe('Relu');
      expect(l.macc).toBe(6916 + extra);
    }
  });

  it('DEPTHWISE_CONV_2D: weights 1xKHxKWxCout, group = Cin, O*K + Cout', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 6, 6, 4]);
    const w = b.constant('w', 'float32', [1, 3, 3, 4]);
    const bias = b.constant('b', 'float32', [4]);
    b.output(b.op('DEPTHWISE_CONV_2D', [x, w, bias], { out: ['y', 'float32', [1, 4, 4, 4]], options: depthwise({ padding: 'VALID' }) }));
    // 64 outputs * 9 + 4 = 580
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 4, 4, 4], macc: 580, op: 'Conv' });
  });

  it('DEPTHWISE_CONV_2D with depth_multiplier 2', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 5, 5, 2]);
    const w = b.constant('w', 'float32', [1, 3, 3, 4]);
    b.output(b.op('DEPTHWISE_CONV_2D', [x, w, ''], { out: ['y', 'float32', [1, 5, 5, 4]], options: depthwise({ depthMultiplier: 2 }) }));
    // 5*5*4 = 100 * 9 = 900, plus Cout = 4 for the bias stedgeai gives it (passes/bias.ts)
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 5, 5, 4], macc: 900 + 4, op: 'Conv' });
  });

  it('FULLY_CONNECTED: weights [out, in] (Gemm transB=1), M*N*K + N', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 32]);
    const w = b.constant('w', 'float32', [3, 32]);
    const bias = b.constant('b', 'float32', [3]);
    b.output(b.op('FULLY_CONNECTED', [x, w, bias], { out: ['y', 'float32', [1, 3]], options: fullyConnected() }));
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 3], macc: 99, op: 'Gemm' });
  });

  it('FULLY_CONNECTED keep_num_dims keeps the leading dims; without it a 4-D input flattens', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 5, 8]);
    const w = b.constant('w', 'float32', [6, 8]);
    b.output(b.op('FULLY_CONNECTED', [x, w, ''], { out: ['y', 'float32', [1, 5, 6]], options: fullyConnected({ keepNumDims: true }) }));
    // M*N*K, plus N = 6 for the bias stedgeai gives it (passes/bias.ts)
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 5, 6], macc: 5 * 6 * 8 + 6, op: 'Gemm' });

    const c = new TfliteBuilder();
    const x2 = c.input('x', 'float32', [1, 2, 2, 8]);
    const w2 = c.constant('w', 'float32', [6, 8]);
    c.output(c.op('FULLY_CONNECTED', [x2, w2, ''], { out: ['y', 'float32', [4, 6]], options: fullyConnected() }));
    expect(shapeAndMacc(c, 'y')).toEqual({ shape: [4, 6], macc: 4 * 6 * 8 + 6, op: 'Gemm' });
  });

  it('TRANSPOSE_CONV(output_shape, weights [Cout,KH,KW,Cin], input): Hin*Win*Cin*Cout*K', () => {
    const b = new TfliteBuilder();
    const shape = b.constant('out_shape', 'int32', [4], { values: [1, 8, 8, 2] });
    const w = b.constant('w', 'float32', [2, 3, 3, 4]);
    const x = b.input('x', 'float32', [1, 4, 4, 4]);
    b.output(b.op('TRANSPOSE_CONV', [shape, w, x], { out: ['y', 'float32', [1, 8, 8, 2]], options: transposeConv({ stride: [2, 2] }) }));
    // 1*4*4*4 = 64 input elements * 2 * 9 = 1152, plus Cout = 2 for the bias stedgeai gives it (passes/bias.ts)
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 8, 8, 2], macc: 1152 + 2, op: 'ConvTranspose' });
  });

  it('AVERAGE_POOL_2D and MAX_POOL_2D: O * kh * kw', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 8, 8, 4]);
    b.output(b.op('AVERAGE_POOL_2D', [x], { out: ['avg', 'float32', [1, 4, 4, 4]], options: pool2d({ filter: [2, 2], stride: [2, 2], padding: 'VALID' }) }));
    expect(shapeAndMacc(b, 'avg')).toEqual({ shape: [1, 4, 4, 4], macc: 64 * 4, op: 'AveragePool' });

    const c = new TfliteBuilder();
    const y = c.input('x', 'float32', [1, 5, 5, 2]);
    c.output(c.op('MAX_POOL_2D', [y], { out: ['max', 'float32', [1, 5, 5, 2]], options: pool2d({ filter: [3, 3] }) }));
    expect(shapeAndMacc(c, 'max')).toEqual({ shape: [1, 5, 5, 2], macc: 50 * 9, op: 'MaxPool' });
  });

  it('SVDF: output [B, F/rank], MACC B*F*(I+M); the state tensor is variable', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 40]);
    const wf = b.constant('wf', 'float32', [64, 40]);
    const wt = b.constant('wt', 'float32', [64, 8]);
    const bias = b.constant('bias', 'float32', [16]);
    const state = b.tensor('state', 'float32', [1, 512], { variable: true });
    b.output(b.op('SVDF', [x, wf, wt, bias, state], { out: ['y', 'float32', [1, 16]], options: svdf(4, 'RELU') }));
    const r = analyzeBuilt(b);
    // 1 * 64 * (40 + 8) = 3072, + 16 for the fused float RELU
    expect(layer(r, 'y')).toMatchObject({ outputShape: [1, 16], macc: 3072 + 16, op: 'SVDF', params: 64 * 40 + 64 * 8 + 16 });
    expect(r.memory.persistent).toEqual([{ tensor: 'state', size: 2048 }]);
  });

  it('UNIDIRECTIONAL_SEQUENCE_LSTM: 24 inputs, [B,T,I] -> [B,T,H], T*H*(4*(I+H)+3)', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 5, 3]);
    const ins: string[] = [x];
    for (let g = 0; g < 4; g++) ins.push(b.constant(`wi${g}`, 'float32', [4, 3]));
    for (let g = 0; g < 4; g++) ins.push(b.constant(`wr${g}`, 'float32', [4, 4]));
    ins.push('', '', '');
    for (let g = 0; g < 4; g++) ins.push(b.constant(`bias${g}`, 'float32', [4]));
    ins.push('', '');
    ins.push(b.tensor('h_state', 'float32', [1, 4], { variable: true }), b.tensor('c_state', 'float32', [1, 4], { variable: true }));
    ins.push('', '', '', '');
    expect(ins).toHaveLength(24);
    b.output(b.op('UNIDIRECTIONAL_SEQUENCE_LSTM', ins, { out: ['y', 'float32', [1, 5, 4]], options: lstm() }));
    const r = analyzeBuilt(b);
    // 5 * 4 * (4 * (3 + 4) + 3) = 620; params 4*12 + 4*16 + 4*4 = 128 (states are not weights)
    expect(layer(r, 'y')).toMatchObject({ outputShape: [1, 5, 4], macc: 620, op: 'LSTM', params: 128 });
    expect(r.memory.persistent.map((p) => p.tensor).sort()).toEqual(['c_state', 'h_state']);
    expect(r.diagnostics.filter((d) => d.code === 'W_SHAPE')).toEqual([]);
  });
});
