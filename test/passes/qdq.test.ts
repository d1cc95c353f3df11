import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { qdqPass } from '../../src/passes/qdq.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';

const W_SCALES = Array.from({ length: 16 }, (_, i) => 0.01 * (i + 1));

/** Q/DQ pair on activation `x` with per-tensor params; returns the DQ output. */
function qdq(g: GraphBuilder, x: string, tag: string, scale: number, zp: number): string {
  const s = g.values(`${tag}_s`, 'float32', [scale], []);
  const z = g.values(`${tag}_zp`, 'int8', [zp], []);
  const q = g.node('QuantizeLinear', [x, s, z], {}, { name: `${tag}_q`, outDType: 'int8' });
  return g.node('DequantizeLinear', [q, s, z], {}, { name: `${tag}_dq`, outDType: 'float32' });
}

function conv(g: GraphBuilder, x: string, tag: string): string {
  const w = g.constant(`${tag}_w`, 'int8', [16, 3, 3, 3]);
  const ws = g.values(`${tag}_ws`, 'float32', W_SCALES, [16]);
  const wz = g.values(`${tag}_wz`, 'int8', new Array<number>(16).fill(0), [16]);
  const wdq = g.node('DequantizeLinear', [w, ws, wz], { axis: 0 }, { name: `${tag}_w_dq`, outDType: 'float32' });
  const b = g.constant(`${tag}_b`, 'int32', [16]);
  const bs = g.values(`${tag}_bs`, 'float32', W_SCALES.map((v) => v * 0.05), [16]);
  const bz = g.values(`${tag}_bz`, 'int32', new Array<number>(16).fill(0), [16]);
  const bdq = g.node('DequantizeLinear', [b, bs, bz], { axis: 0 }, { name: `${tag}_b_dq`, outDType: 'float32' });
  return g.node('Conv', [x, wdq, bdq], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: tag, outDType: 'float32' });
}

describe('qdq folding', () => {
  it('folds a QDQ Conv: int8 per-axis weights, int32 bias, int8 activations', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 8, 8]);
    const xin = qdq(g, x, 'in', 0.5, -128);
    const y = conv(g, xin, 'conv');
    const out = qdq(g, y, 'out', 0.25, 3);
    g.output(out);

    const ctx = contextFor(g.graph);
    qdqPass.run(g.graph, ctx);
    verifyInvariants(g.graph, 'qdq');

    // The Q at the float graph input is a real conversion; the DQ at the float output too.
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['in_q', 'conv', 'out_dq']);
    const c = g.graph.nodes[1]!;
    expect(c.inputs).toEqual(['in_q_out', 'conv_w', 'conv_b']);
    expect(g.get('conv_w').dtype).toBe('int8');
    expect(g.get('conv_w').quant).toEqual({ scale: W_SCALES, zeroPoint: new Array(16).fill(0), axis: 0, dtype: 'int8' });
    expect(g.get('conv_b').dtype).toBe('int32');
    expect(g.get('conv_b').quant?.scale).toHaveLength(16);
    expect(g.get('conv_b').quant?.dtype).toBe('int32');
    // Activations: the conv reads the int8 output of the input Q and writes int8.
    expect(g.get('in_q_out').dtype).toBe('int8');
    expect(g.get('in_q_out').quant).toEqual({ scale: [0.5], zeroPoint: [-128], dtype: 'int8' });
    expect(c.outputs).toEqual(['conv_out']);
    expect(g.get('conv_out').dtype).toBe('int8');
    expect(g.get('conv_out').quant).toEqual({ scale: [0.25], zeroPoint: [3], dtype: 'int8' });
    expect(g.graph.nodes[2]!.inputs[0]).toBe('conv_out');
    expect([...(c.fused ?? [])].sort()).toEqual(['conv_b_dq', 'conv_w_dq', 'in_dq', 'out_q']);
    expect(c.integer).toBe(true);
  });

  it('folds an activation Q->DQ pair between two quantized ops', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 3, 8, 8], { scale: [0.5], zeroPoint: [0], dtype: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    const z = g.values('z', 'int8', [0], []);
    const xin = g.node('DequantizeLinear', [x, s, z], {}, { name: 'x_dq', outDType: 'float32' });
    const y = conv(g, xin, 'c1');
    const mid = qdq(g, y, 'mid', 0.125, -5);
    const p = g.node('MaxPool', [mid], { kernel_shape: [2, 2] }, { name: 'pool', outDType: 'float32' });
    const q = g.node('QuantizeLinear', [p, s, z], {}, { name: 'final_q', outDType: 'int8' });
    g.output(q);

    qdqPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'qdq');
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['c1', 'pool']);
    expect(g.graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear')).toBe(false);
    expect(g.get('c1_out').quant).toEqual({ scale: [0.125], zeroPoint: [-5], dtype: 'int8' });
    expect(g.graph.nodes[1]!.inputs).toEqual(['c1_out']);
    // The pool's output is a graph output through a Q: the pool writes it, int8, keeping the name.
    expect(g.graph.nodes[0]!.fused).toContain('mid_q');
    expect(g.graph.nodes[0]!.fused).toContain('x_dq');
    expect(g.graph.nodes[1]!.fused).toContain('mid_dq');
    expect(g.graph.outputs).toEqual(['final_q_out']);
    expect(g.graph.nodes[1]!.outputs).toEqual(['final_q_out']);
    expect(g.graph.nodes[1]!.fused).toContain('final_q');
    expect(g.get('final_q_out').dtype).toBe('int8');
    expect(g.graph.nodes[1]!.integer).toBe(true);
  });

  it('turns float weights quantized in the graph into an int8 constant', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], { scale: [0.5], zeroPoint: [0], dtype: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    const z = g.values('z', 'int8', [0], []);
    const xin = g.node('DequantizeLinear', [x, s, z], {}, { name: 'x_dq', outDType: 'float32' });
    const w = g.constant('w_f32', 'float32', [8, 4]);
    const wq = g.node('QuantizeLinear', [w, s, z], {}, { name: 'w_q', outDType: 'int8' });
    const wdq = g.node('DequantizeLinear', [wq, s, z], {}, { name: 'w_dq', outDType: 'float32' });
    const y = g.node('Gemm', [xin, wdq], { transB: 1 }, { name: 'fc', outDType: 'float32' });
    g.output(g.node('QuantizeLinear', [y, s, z], {}, { name: 'y_q', outDType: 'int8' }));
    qdqPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'qdq');
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['fc']);
    const fc = g.graph.nodes[0]!;
    expect(fc.inputs).toEqual(['x', 'w_q_out']);
    expect(fc.outputs).toEqual(['y_q_out']);
    expect(g.get('w_q_out').dtype).toBe('int8');
    expect(g.get('w_q_out').data).toEqual({ kind: 'computed', by: 'w_q' });
    expect([...(fc.fused ?? [])].sort()).toEqual(['w_dq', 'w_q', 'x_dq', 'y_q']);
  });

  it('keeps the Dequantize in front of an op that computes in float (stedgeai: 2*O conversion)', () => {
    // int8 logits -> DQ -> Softmax -> float output: the Softmax runs in float, so the DQ is real.
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], { scale: [0.5], zeroPoint: [0], dtype: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    const z = g.values('z', 'int8', [0], []);
    const xin = g.node('DequantizeLinear', [x, s, z], {}, { name: 'x_dq', outDType: 'float32' });
    g.output(g.node('Softmax', [xin], { axis: -1 }, { name: 'sm', outDType: 'float32' }));
    qdqPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['x_dq', 'sm']);
    expect(g.graph.nodes[1]?.integer).toBeUndefined();
  });

  it('keeps a Quantize after an operator that computes in float (the Q is a real conversion)', () => {
    // float input -> Relu (float: it reads a float activation) -> Q -> int8 output. Folding the Q
    // into the Relu would claim the Relu writes int8, which it does not.
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const r = g.node('Relu', [x], {}, { name: 'relu', outDType: 'float32' });
    const s = g.values('s', 'float32', [0.1], []);
    const z = g.values('z', 'int8', [0], []);
    g.output(g.node('QuantizeLinear', [r, s, z], {}, { name: 'q', outDType: 'int8' }));
    qdqPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'qdq');
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['relu', 'q']);
    expect(g.get('relu_out').dtype).toBe('float32');
    expect(g.get('relu_out').quant).toBeUndefined();
    expect(g.graph.nodes[0]?.fused).toBeUndefined();
    expect(g.graph.nodes[0]?.integer).toBeUndefined();
  });

  it('leaves a standalone Quantize of a float graph input and float ops alone', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const s = g.values('s', 'float32', [0.1], []);
    const z = g.values('z', 'uint8', [128], []);
    const q = g.node('QuantizeLinear', [x, s, z], {}, { name: 'q', outDType: 'uint8' });
    g.output(q);
    qdqPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['QuantizeLinear']);
    expect(g.get('q_out').quant).toEqual({ scale: [0.1], zeroPoint: [128], dtype: 'uint8' });
  });
});
