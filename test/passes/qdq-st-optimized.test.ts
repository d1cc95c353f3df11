/**
 * ST's optimized ONNX (`_OE_` files, producer "Cube.AI"): activations quantized with Q/DQ pairs,
 * weights stored float, Relu after the DQ and explicit zero Pads before depthwise convolutions
 * (BlazeFace's `_OE_3_3_0.onnx` is written this way). The pipeline must read it as the int8
 * model ST compiles: passes/qdq-weights.ts, the Relu's qdq-transparent trait, the second
 * activation fusion, and pad-fold's real-domain zero.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/passes/pipeline.js';
import { foldedPads } from '../../src/memory/pad-fold.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { GraphBuilder } from '../builders/ir.js';
import { modelOf } from './context.js';

function qdq(g: GraphBuilder, x: string, tag: string, zp: number): string {
  const s = g.values(`${tag}_s`, 'float32', [0.05], []);
  const z = g.values(`${tag}_zp`, 'int8', [zp], []);
  const q = g.node('QuantizeLinear', [x, s, z], {}, { name: `${tag}_q`, outDType: 'int8' });
  return g.node('DequantizeLinear', [q, s, z], {}, { name: `${tag}_dq`, outDType: 'float32' });
}

/** x -> Q/DQ -> Conv(float w [16,3,3,3], float b) -> Q/DQ -> Relu -> Pad(0.0) -> depthwise Conv(float w) -> Q/DQ -> Transpose (graph output). */
function stOptimized(): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 3, 8, 8]);
  const a = qdq(g, x, 'in', -128);
  const c1 = g.node('Conv', [a, g.constant('c1_w', 'float32', [16, 3, 3, 3]), g.constant('c1_b', 'float32', [16])], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: 'c1', outDType: 'float32' });
  const r = g.node('Relu', [qdq(g, c1, 'c1o', -128)], {}, { name: 'relu', outDType: 'float32' });
  const p = g.node('Pad', [r, g.values('pads', 'int64', [0, 0, 0, 0, 0, 0, 2, 2], [8]), g.values('pv', 'float32', [0], [])], { mode: 'constant' }, { name: 'pad', outDType: 'float32' });
  const dw = g.node('Conv', [p, g.constant('dw_w', 'float32', [16, 1, 3, 3])], { kernel_shape: [3, 3], group: 16, strides: [2, 2] }, { name: 'dw', outDType: 'float32' });
  g.output(g.node('Transpose', [qdq(g, dw, 'dwo', 5)], { perm: [0, 2, 3, 1] }, { name: 'tr', outDType: 'float32' }));
  return g;
}

describe("ST's optimized ONNX (float weights between quantized activations)", () => {
  const { graph } = runPipeline(modelOf(stOptimized().graph, { opset: 15 }), {});
  const node = (name: string) => graph.nodes.find((n) => n.name === name);

  it('the convolutions are int8 layers: weights int8 per output channel and bias int32, parameters chosen by the compiler, no bytes held', () => {
    const w = graph.tensors.get('c1_w');
    expect(w?.dtype).toBe('int8');
    expect(w?.quant).toMatchObject({ zeroPoint: new Array(16).fill(0), axis: 0, dtype: 'int8', byCompiler: true });
    expect(w?.quant?.scale).toHaveLength(16);
    expect(w?.data).toEqual({ kind: 'computed', by: 'c1' });
    expect(graph.tensors.get('c1_b')?.dtype).toBe('int32');
    expect(graph.tensors.get('dw_w')?.quant?.scale).toHaveLength(16);
    expect(node('c1')?.integer).toBe(true);
    expect(node('dw')?.integer).toBe(true);
    // 16*3*3*3 int8 + 16 int32 bias; 16*1*3*3 int8 (no bias): the int8 model's bytes, not 4x.
    const m = computeMetrics(graph, { opset: 15 });
    const bytes = (name: string) => m.layers.find((l) => l.name === name)?.paramsBytes;
    expect(bytes('c1')).toBe(16 * 27 + 16 * 4);
    expect(bytes('dw')).toBe(16 * 9);
  });

  it('the Relu after the DQ is the conv\'s fused activation, and the zero Pad (0.0 in the real domain) folds into the depthwise conv', () => {
    expect(node('relu')).toBeUndefined();
    expect(node('c1')?.activation).toBe('Relu');
    const pad = node('pad');
    expect(pad?.integer).toBe(true);
    const folds = [...foldedPads(graph, undefined, false).values()];
    expect(folds.map((f) => [f.pad, f.into])).toEqual([['pad', 'dw']]);
    // The memory planner keeps the buffer: 0/2 is more than SAME pads.
    expect(foldedPads(graph).size).toBe(0);
  });

  it('a DQ into a Transpose that writes the float graph output stays: that conversion is real', () => {
    expect(graph.nodes.map((n) => n.op)).toEqual(['QuantizeLinear', 'Conv', 'Pad', 'Conv', 'DequantizeLinear', 'Transpose']);
    const t = node('tr');
    expect(graph.tensors.get(t?.outputs[0] ?? '')?.dtype).toBe('float32');
  });

  it('weights with their own DequantizeLinear are untouched by the compiler rule', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 8, 8]);
    const w = g.node('DequantizeLinear', [g.constant('w', 'int8', [4, 3, 1, 1]), g.values('ws', 'float32', [0.1], []), g.values('wz', 'int8', [0], [])], {}, { name: 'w_dq', outDType: 'float32' });
    g.output(qdq(g, g.node('Conv', [qdq(g, x, 'i', 0), w], { kernel_shape: [1, 1] }, { name: 'c', outDType: 'float32' }), 'o', 0));
    const out = runPipeline(modelOf(g.graph, { opset: 15 }), {}).graph;
    expect(out.tensors.get('w')?.quant).toEqual({ scale: [0.1], zeroPoint: [0], dtype: 'int8' });
  });

  it('float weights of a float layer (no quantized output) stay float', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 8, 8]);
    g.output(g.node('Conv', [qdq(g, x, 'i', 0), g.constant('w', 'float32', [4, 3, 1, 1])], { kernel_shape: [1, 1] }, { name: 'c', outDType: 'float32' }));
    const out = runPipeline(modelOf(g.graph, { opset: 15 }), {}).graph;
    expect(out.tensors.get('w')?.dtype).toBe('float32');
    expect(out.tensors.get('w')?.quant).toBeUndefined();
  });
});
