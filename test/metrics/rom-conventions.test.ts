/**
 * How stedgeai generates a model's arrays (METRICS.md "Parameters and weights"), on TFLite files
 * built in code; every figure by hand. The sources: ablation_rnn_int8.tflite's ST Edge AI Core 2.2
 * report and seed 001 (test/reference/st-reports.test.ts and test/frontends/keras/larq.test.ts
 * check the real files).
 */
import { describe, expect, it } from 'vitest';
import { TfliteBuilder, fullyConnected } from '../builders/tflite.js';
import { analyzeBuilt, layer } from '../frontends/tflite/helpers.js';

const q = { quant: { scale: [0.5], zeroPoint: [0] } };

/** The buffer index a tensor of the main subgraph reads. */
const bufferOf = (b: TfliteBuilder, name: string): number => b.main.tensors.find((t) => t.name === name)?.buffer ?? -1;

/** x [1,8] -> FC1 -> FC2 (int8, weights [8,8]); `share` picks what the two layers share. */
function twoSteps(share: 'weights-and-bias-buffer' | 'bias-buffer' | 'weights-no-bias') {
  const b = new TfliteBuilder();
  const x = b.input('x', 'int8', [1, 8], q);
  const w1 = b.constant('w1', 'int8', [8, 8], q);
  const w2 = share === 'bias-buffer' ? b.constant('w2', 'int8', [8, 8], q) : w1;
  let b1 = '';
  let b2 = '';
  if (share !== 'weights-no-bias') {
    b1 = b.constant('b1', 'int32', [8]);
    // a second tensor over the first one's buffer, as the TFLite converter writes identical constants
    b2 = b.main.tensor('b2', 'int32', [8], {}, bufferOf(b, b1));
  }
  const h = b.op('FULLY_CONNECTED', [x, w1, b1], { out: ['h', 'int8', [1, 8], q], options: fullyConnected() });
  b.output(b.op('FULLY_CONNECTED', [h, w2, b2], { out: ['y', 'int8', [1, 8], q], options: fullyConnected() }));
  return analyzeBuilt(b);
}

describe('one array per parameter set, a bias for every layer', () => {
  it('two steps sharing their weights and their biases\' buffer: one set of arrays, every tensor in params', () => {
    const r = twoSteps('weights-and-bias-buffer');
    // weights 64 x 1 B + bias 8 x 4 B, once
    expect(r.totals.weightsBytes).toBe(64 + 32);
    // params: w1 (64) + b1 (8) + b2 (8): the shared weights tensor once, each bias tensor
    expect(r.totals.params).toBe(64 + 8 + 8);
    expect(layer(r, 'y').weightsBytes).toBe(0);
  });

  it('two layers sharing only a bias buffer keep their own arrays', () => {
    const r = twoSteps('bias-buffer');
    expect(r.totals.weightsBytes).toBe(2 * (64 + 32));
  });

  it('a FULLY_CONNECTED without bias gets Cout int32 zeros (+ Cout MACC); layers sharing weights share it; not in params', () => {
    const r = twoSteps('weights-no-bias');
    expect(r.totals.params).toBe(64);
    expect(r.totals.weightsBytes).toBe(64 + 8 * 4);
    // 8 x 8 multiply-accumulates and the 8 bias additions, each layer
    expect(layer(r, 'h').macc).toBe(64 + 8);
    expect(layer(r, 'y').macc).toBe(64 + 8);
  });

  it('a float layer without bias gets Cout float32 zeros', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 8]);
    b.output(b.op('FULLY_CONNECTED', [x, b.constant('w', 'float32', [3, 8]), ''], { out: ['y', 'float32', [1, 3]], options: fullyConnected() }));
    const r = analyzeBuilt(b);
    expect(r.totals).toMatchObject({ params: 24, weightsBytes: (24 + 3) * 4, floatWeightsBytes: 24 * 4, macc: 24 + 3 });
  });

  it('FILL is a constant; a FULLY_CONNECTED reading it stays a layer; a TRANSPOSE perm is no weight', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [1, 4, 2], q);
    const dims = b.constant('dims', 'int32', [2], { values: [1, 8] });
    const zero = b.constant('zero', 'int8', [], { values: [0] });
    const state = b.op('FILL', [dims, zero], { out: ['state', 'int8', [1, 8]] });
    const h = b.op('FULLY_CONNECTED', [state, b.constant('w', 'int8', [8, 8], q), b.constant('bias', 'int32', [8])], { out: ['h', 'int8', [1, 8], q], options: fullyConnected() });
    const t = b.op('TRANSPOSE', [x, b.constant('perm', 'int32', [3], { values: [0, 2, 1] })], { out: ['t', 'int8', [1, 2, 4], q] });
    b.output(h, t);
    const r = analyzeBuilt(b);
    // the FULLY_CONNECTED on the FILL's 8 zeros: 64 + 8 MACC; its weights 64 + 32 B and the FILL's 8 B
    expect(layer(r, 'h')).toMatchObject({ op: 'Gemm', macc: 64 + 8, weightsBytes: 64 + 32 + 8 });
    // the Transpose: O / 2 MACC, no weights (its perm is an attribute)
    expect(layer(r, 't')).toMatchObject({ macc: 4, weightsBytes: 0, params: 0 });
  });
});
