/**
 * QONNX (FINN / Brevitas) operators (ops/quant.ts, passes/shapes/fold.ts; METRICS.md "Parameters
 * and weights"): Quant, BipolarQuant and Trunc keep their input's shape, cost 2 x O on activations,
 * and quantize constant weights offline: the weights then count packed at the bit width, once,
 * where they are used. The corpus's MLPerf Tiny KWS-W3A3 QONNX model analyzes end to end.
 */
import { describe, expect, it } from 'vitest';
import { OnnxBuilder } from '../../builders/onnx.js';
import { analyzeModel } from '../../../src/analyze.js';
import { fileModelInput } from '../../../src/node/file-source.js';
import { memoryInput } from '../../builders/onnx.js';
import { HAS_SHARED, sharedModel } from '../../helpers/shared.js';

/** x [1, 16] -> Quant(x) -> MatMul(., Transpose(Quant(W [8, 16], bits))) -> Trunc -> y [1, 8]. */
function model(weightOp: 'Quant' | 'BipolarQuant', bits: number, domain?: string): Uint8Array {
  const b = new OnnxBuilder();
  const opts = domain === undefined ? {} : { domain };
  b.input('x', 'float32', [1, 16]);
  const s = b.initializer('s', 'float32', [], { values: [0.1] });
  const z = b.initializer('z', 'float32', [], { values: [0] });
  const bw = b.initializer('bw', 'float32', [], { values: [bits] });
  const xq = b.node('Quant', ['x', s, z, bw], { signed: 1, narrow: 0 }, { name: 'qx', ...opts });
  b.initializer('W', 'float32', [8, 16]);
  const wq = weightOp === 'Quant' ? b.node('Quant', ['W', s, z, bw], { signed: 1, narrow: 1 }, { name: 'qw', ...opts }) : b.node('BipolarQuant', ['W', s], {}, { name: 'qw', ...opts });
  const wt = b.node('Transpose', [wq], { perm: [1, 0] }, { name: 't' });
  const y = b.node('MatMul', [xq, wt], {}, { name: 'mm' });
  const ib = b.initializer('ib', 'float32', [], { values: [8] });
  const ob = b.initializer('ob', 'float32', [], { values: [4] });
  b.node('Trunc', [y, s, z, ib, ob], {}, { name: 'tr', outputs: ['y'], ...opts });
  b.output('y', 'float32');
  return b.build();
}

describe('QONNX operators', () => {
  it.each([
    ['Quant, 3 bits, default domain', 'Quant', 3, undefined, Math.ceil((128 * 3) / 8)],
    ['Quant, 3 bits, qonnx.custom_op.general', 'Quant', 3, 'qonnx.custom_op.general', 48],
    ['Quant, 8 bits, finn.custom_op.general', 'Quant', 8, 'finn.custom_op.general', 128],
    ['Quant, 5 bits', 'Quant', 5, undefined, 80],
    ['BipolarQuant, 1 bit', 'BipolarQuant', 1, 'qonnx.custom_op.general', 16],
  ] as const)('%s: shapes flow, weights packed at the bit width, counted once', (_, op, bits, domain, weightBytes) => {
    const r = analyzeModel(memoryInput('q.onnx', model(op, bits, domain)), {});
    const byName = new Map(r.layers.map((l) => [l.name, l]));
    // the weight Quant and its Transpose are folded offline: no layer, no activation buffer
    expect(byName.has('qw') || byName.has('t')).toBe(false);
    const mm = byName.get('mm');
    expect(mm?.weightsBytes).toBe(weightBytes);
    expect(mm?.macc).toBe(8 * 16); // [1, 16] x [16, 8]
    // activations: the input Quant and the output Trunc cost 2 x O each, their shapes known
    expect(byName.get('qx')?.macc).toBe(2 * 16);
    expect(byName.get('tr')?.macc).toBe(2 * 8);
    expect(r.totals.weightsBytes).toBe(weightBytes);
    expect(r.diagnostics.filter((d) => d.code === 'W_UNKNOWN_OP' || d.code === 'W_DOMAIN')).toEqual([]);
    // the largest activation is the 16-float input (64 B) and its quantized copy, not the weights
    expect(r.totals.activationsBytes).toBeLessThanOrEqual(2 * 64 + 32);
  });

  it.skipIf(!HAS_SHARED)('the corpus KWS-W3A3 QONNX model (MLPerf Tiny v0.7, hls4ml-finn): known shapes end to end, 3-bit weights', () => {
    const r = analyzeModel(fileModelInput(sharedModel('tiny_results_v0.7/open/hls4ml-finn/code/kws/KWS-W3A3/training/training_checkpoint/QONNX_model.onnx')), {});
    expect(r.layers.every((l) => l.op !== 'Unknown')).toBe(true);
    const mm = r.layers.filter((l) => l.op === 'MatMul');
    // 490 -> 256 -> 256 -> 256 -> 12, weights quantized to 3 bits (the file's bitwidth inputs)
    expect(mm.map((l) => l.macc)).toEqual([490 * 256, 256 * 256, 256 * 256, 256 * 12]);
    expect(mm.map((l) => l.weightsBytes)).toEqual([(490 * 256 * 3) / 8, (256 * 256 * 3) / 8, (256 * 256 * 3) / 8, (256 * 12 * 3) / 8]);
  });
});
