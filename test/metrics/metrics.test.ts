import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { computeMetrics, floatComparison } from '../../src/metrics/metrics.js';
import { alignUp, weightBytes } from '../../src/metrics/weights.js';
import { fakeRules } from './fake-rules.js';

const rules = fakeRules;

/** Seed 001's worked example: 3x3 conv, 1 -> 16 channels, 32x32 "same" output, float, bias. */
function seed001(activation?: 'Relu') {
  const g = new GraphBuilder('test');
  const x = g.input('input_1', 'float32', [1, 1, 32, 32]);
  const w = g.constant('w', 'float32', [16, 1, 3, 3]);
  const b = g.constant('b', 'float32', [16]);
  const y = g.node('Conv', [x, w, b], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'quant_conv2d', outShapes: [[1, 16, 32, 32]], outDType: 'float32' });
  if (activation) {
    const n = g.graph.nodes[0];
    if (n) n.activation = activation;
  }
  g.output(y);
  return g;
}

describe('weights and params (METRICS.md "Parameters and weights")', () => {
  it('reproduces the seed 001 conv: 144 + 16 params, 576 + 64 = 640 B, MACC 147,456 + 16', () => {
    const m = computeMetrics(seed001().graph, { rules });
    expect(m.totals.params).toBe(160);
    expect(m.totals.weightsBytes).toBe(640);
    expect(m.totals.macc).toBe(147_472);
    expect(m.totals.maccPure).toBe(147_456);
    // all float32 already: the float model is the same size
    expect(m.totals.floatWeightsBytes).toBe(640);
    expect(m.layers[0]?.connectedTo).toEqual(['input_1']);
    expect(m.layers[0]?.operationType).toBe('smul_f32_f32');
  });

  it('with the real operator table: same seed 001 figures, and a fused Relu adds 16*32*32', () => {
    const plain = computeMetrics(seed001().graph);
    expect(plain.totals.macc).toBe(147_472);
    expect(plain.totals.weightsBytes).toBe(640);
    const fused = computeMetrics(seed001('Relu').graph);
    expect(fused.totals.macc).toBe(147_472 + 16_384);
    expect(fused.totals.maccPure).toBe(147_456);
  });

  it('aligns each constant array to 4 bytes at its storage width', () => {
    expect(alignUp(3, 4)).toBe(4);
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 2]);
    const w = g.constant('w', 'int8', [3, 1]); // 3 B -> 4 B
    const b = g.constant('b', 'float16', [3]); // 6 B -> 8 B
    const b32 = g.constant('b32', 'int32', [3]); // 12 B
    g.output(g.node('Conv', [x, w, b], {}, { outShapes: [[1, 3]], outDType: 'int8' }));
    g.output(g.node('Add', [x, b32], {}, { outShapes: [[1, 3]], outDType: 'int32' }));
    expect(weightBytes(g.get('w'))).toBe(4);
    expect(weightBytes(g.get('b'))).toBe(8);
    const m = computeMetrics(g.graph, { rules });
    expect(m.layers[0]?.params).toBe(6);
    expect(m.layers[0]?.weightsBytes).toBe(4 + 8);
    expect(m.layers[0]?.paramsBytes).toBe(3 + 6);
    expect(m.totals.weightsBytes).toBe(4 + 8 + 12);
    // float model: 3 + 3 + 3 items as float32 = 36 B
    expect(m.totals.floatWeightsBytes).toBe(36);
  });

  it('counts a constant shared by two nodes once, on the first', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const w = g.constant('w', 'float32', [4, 4]);
    const a = g.node('MatMul', [x, w], {}, { name: 'mm1', outShapes: [[1, 4]], outDType: 'float32' });
    const b = g.node('MatMul', [a, w], {}, { name: 'mm2', outShapes: [[1, 4]], outDType: 'float32' });
    g.output(b);
    const m = computeMetrics(g.graph, { rules });
    expect(m.layers.map((l) => l.params)).toEqual([16, 0]);
    expect(m.totals.params).toBe(16);
    expect(m.totals.weightsBytes).toBe(64);
    expect(m.layers[1]?.connectedTo).toEqual(['mm1']);
  });

  it('skips shape inputs (Reshape target shape) and standalone Q/DQ parameters', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 2, 3]);
    const shape = g.values('shape', 'int64', [1, 6]);
    const r = g.node('Reshape', [x, shape], {}, { outShapes: [[1, 6]], outDType: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    const zp = g.values('zp', 'int8', [0], []);
    g.output(g.node('DequantizeLinear', [r, s, zp], {}, { outShapes: [[1, 6]], outDType: 'float32' }));
    const m = computeMetrics(g.graph, { rules });
    expect(m.totals.params).toBe(0);
    expect(m.totals.weightsBytes).toBe(0);
    // scale float32 (4 B) + zero point int8 (1 B -> 4 B)
    expect(m.totals.quantParamsBytes).toBe(8);
    expect(m.layers[1]?.operationType).toBe('conv_s8_f32');
    expect(m.layers[1]?.macc).toBe(12); // 2 * O, O = 6
  });

  it('a hybrid layer (float activations, int8 weights) stores its weights dequantized, as stedgeai does', () => {
    // the dynamic-range Gemm of model_vbp5_quantization.tflite's first layer: 4 -> 128, per-channel int8 weights, float bias
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const w = g.constant('w', 'int8', [128, 4], { scale: new Array<number>(128).fill(0.01), zeroPoint: new Array<number>(128).fill(0), axis: 0 });
    const b = g.constant('b', 'float32', [128]);
    g.output(g.node('Gemm', [x, w, b], { transB: 1 }, { outShapes: [[1, 128]], outDType: 'float32' }));
    const m = computeMetrics(g.graph, { rules });
    // in the file: 512 int8 + 128 float32 = 512 + 512 B; in ROM: (512 + 128) float32 = 2,560 B, no quantization parameters
    expect(m.totals.paramsBytes).toBe(1_024);
    expect(m.totals.weightsBytes).toBe(2_560);
    expect(m.totals.quantParamsBytes).toBe(0);
    expect(m.totals.floatWeightsBytes).toBe(2_560);
  });

  it('reports per-channel scales/zero points apart from the weights', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 1, 1, 2], { scale: [0.1], zeroPoint: [-128] });
    const w = g.constant('w', 'int8', [4, 1, 1, 2], { scale: [0.1, 0.2, 0.3, 0.4], zeroPoint: [0, 0, 0, 0], axis: 0 });
    const b = g.constant('b', 'int32', [4]);
    g.output(g.node('Conv', [x, w, b], {}, { outShapes: [[1, 1, 1, 4]], outDType: 'int8' }));
    const m = computeMetrics(g.graph, { rules });
    // weights: 8 int8 (8 B) + 4 int32 (16 B) = 24 B
    expect(m.totals.weightsBytes).toBe(24);
    // scales: 4 float32 = 16 B; zero points: 4 int8 = 4 B
    expect(m.totals.quantParamsBytes).toBe(20);
    // float model: 12 items * 4 B = 48 B -> -24 (-50%)
    expect(m.totals.floatWeightsBytes).toBe(48);
    expect(floatComparison(24, 48)).toEqual({ delta: -24, percent: -50 });
    // 4 outputs * 2 weights per output + 4 bias
    expect(m.totals.macc).toBe(12);
    expect(m.layers[0]?.operationType).toBe('smul_s8_s8');
  });

  it("matches the sww reference's float-model comparison: -138,120 (-73.7%)", () => {
    // sww: 46,883 params; float model = 46,883 * 4 = 187,532 B; weights 49,412 B
    const c = floatComparison(49_412, 187_532);
    expect(c.delta).toBe(-138_120);
    expect(c.percent.toFixed(1)).toBe('-73.7');
  });
});

describe('operation types and connections', () => {
  it('buckets MACC by data types, with shares', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], { scale: [0.1], zeroPoint: [0] });
    const w = g.constant('w', 'int8', [2, 4], { scale: [0.1], zeroPoint: [0] });
    const fc = g.node('Gemm', [x, w], {}, { name: 'fc', outShapes: [[1, 2]], outDType: 'int8' });
    const sm = g.node('Softmax', [fc], {}, { name: 'sm', outShapes: [[1, 2]], outDType: 'int8' });
    g.output(sm);
    const m = computeMetrics(g.graph, { rules });
    // Gemm: 2 outputs * 4 = 8; Softmax: 15 * 2 = 30
    expect(m.operationTypes).toEqual([
      { type: 'smul_s8_s8', macc: 8, share: 8 / 38 },
      { type: 'op_s8_s8', macc: 30, share: 30 / 38 },
    ]);
  });

  it('lists producers in a diamond and graph inputs by name', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [4]);
    const a = g.node('Relu', [x], {}, { name: 'a', outShapes: [[4]], outDType: 'float32' });
    const b = g.node('Relu', [a], {}, { name: 'b', outShapes: [[4]], outDType: 'float32' });
    const c = g.node('Relu', [a], {}, { name: 'c', outShapes: [[4]], outDType: 'float32' });
    g.output(g.node('Add', [b, c], {}, { name: 'd', outShapes: [[4]], outDType: 'float32' }));
    const m = computeMetrics(g.graph, { rules });
    expect(m.layers.map((l) => l.connectedTo)).toEqual([['x'], ['a'], ['a'], ['b', 'c']]);
    expect(m.totals.macc).toBe(16);
  });

  it('counts an unpriceable node as 0 MACC with a W_SHAPE diagnostic', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', ['N', 4]);
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [['N', 4]], outDType: 'float32' }));
    const m = computeMetrics(g.graph, { rules });
    expect(m.totals.macc).toBe(0);
    expect(m.diagnostics).toHaveLength(1);
    expect(m.diagnostics[0]).toMatchObject({ code: 'W_SHAPE', node: 'r', severity: 'warning' });
  });
});
