/**
 * QDQ folding (passes/qdq.ts), the refusals its header lists, each on its own: a Q/DQ that is a
 * real conversion stays (graph output, requantization, a float reader, a weight DQ feeding a Q, a
 * float constant), and data movement passes per-tensor quantization on, not per-channel.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { qdqPass } from '../../src/passes/qdq.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';
import type { Graph } from '../../src/ir/graph.js';

function run(g: Graph): string[] {
  qdqPass.run(g, contextFor(g));
  verifyInvariants(g, 'qdq');
  return g.nodes.map((n) => n.name);
}

/** x -> Q (in) -> DQ -> Relu -> Q (out) -> DQ -> y; `extra` may add readers before the output DQ. */
function chain(extra?: (g: GraphBuilder, names: { inDq: string; relu: string }) => void): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 4]);
  const s = g.values('s', 'float32', [0.5], []);
  const z = g.values('z', 'int8', [0], []);
  const q = g.node('QuantizeLinear', [x, s, z], {}, { name: 'in_q', outShapes: [[1, 4]], outDType: 'int8' });
  const dq = g.node('DequantizeLinear', [q, s, z], {}, { name: 'in_dq', outShapes: [[1, 4]], outDType: 'float32' });
  const r = g.node('Relu', [dq], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' });
  const q2 = g.node('QuantizeLinear', [r, s, z], {}, { name: 'out_q', outShapes: [[1, 4]], outDType: 'int8' });
  g.output(g.node('DequantizeLinear', [q2, s, z], {}, { name: 'out_dq', outShapes: [[1, 4]], outDType: 'float32' }));
  extra?.(g, { inDq: dq, relu: r });
  return g;
}

describe('QDQ folding: what stays', () => {
  it('the usual chain: the input Q and the output DQ stay (real conversions), the Relu computes on int8', () => {
    const g = chain();
    expect(run(g.graph)).toEqual(['in_q', 'relu', 'out_dq']);
    const relu = g.graph.nodes[1];
    expect([relu?.inputs, relu?.outputs, relu?.integer, relu?.fused]).toEqual([['in_q_out'], ['relu_out'], true, ['in_dq', 'out_q']]);
    expect(g.get('relu_out')).toMatchObject({ dtype: 'int8', quant: { scale: [0.5], zeroPoint: [0], dtype: 'int8' } });
  });

  it('a DQ whose output a QuantizeLinear also reads (requantization) stays', () => {
    const g = chain((b, n) => {
      const s2 = b.values('s2', 'float32', [0.25], []);
      b.output(b.node('QuantizeLinear', [n.inDq, s2], {}, { name: 'requant', outShapes: [[1, 4]], outDType: 'int8' }));
    });
    expect(run(g.graph)).toContain('in_dq');
  });

  it('a DQ read by a float layer whose result is not quantized again stays; the Q after a float layer stays', () => {
    const g = chain((b, n) => {
      b.output(b.node('Softmax', [n.inDq], {}, { name: 'soft', outShapes: [[1, 4]], outDType: 'float32' }));
    });
    const names = run(g.graph);
    expect(names).toContain('in_dq');
    // the Relu reads a float tensor now (the kept DQ's output): its Q is a real conversion
    expect(names).toContain('out_q');
  });

  it('a Relu output that another node also reads keeps its Q', () => {
    const g = chain((b, n) => b.output(b.node('Abs', [n.relu], {}, { name: 'abs', outShapes: [[1, 4]], outDType: 'float32' })));
    expect(run(g.graph)).toContain('out_q');
  });

  it('an integer graph output: the producer writes it under the output name', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], { scale: [0.5], zeroPoint: [0] });
    const s = g.values('s', 'float32', [0.5], []);
    const dq = g.node('DequantizeLinear', [x, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' });
    const r = g.node('Relu', [dq], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' });
    g.output(g.node('QuantizeLinear', [r, s, g.values('z', 'int8', [0], [])], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' }));
    expect(run(g.graph)).toEqual(['relu']);
    expect(g.graph.nodes[0]?.outputs).toEqual(['q_out']);
    expect(g.graph.outputs).toEqual(['q_out']);
    expect(g.get('q_out')).toMatchObject({ dtype: 'int8', quant: { scale: [0.5] } });
  });
});

describe('QDQ folding: weights', () => {
  function weightDq(opts: { wType?: 'int8' | 'float32'; readBy?: 'Conv' | 'QuantizeLinear'; asOutput?: boolean; dynamicScale?: boolean }): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 2, 4, 4]);
    const w = g.constant('w', opts.wType ?? 'int8', [3, 2, 1, 1]);
    const s = opts.dynamicScale ? g.input('s', 'float32', []) : g.values('s', 'float32', [0.1], []);
    const wdq = g.node('DequantizeLinear', [w, s], {}, { name: 'w_dq', outShapes: [[3, 2, 1, 1]], outDType: 'float32' });
    if (opts.asOutput) g.output(wdq);
    if (opts.readBy === 'QuantizeLinear') g.output(g.node('QuantizeLinear', [wdq, s], {}, { name: 'rq', outShapes: [[3, 2, 1, 1]], outDType: 'int8' }));
    g.output(g.node('Conv', [x, wdq], { kernel_shape: [1, 1] }, { name: 'conv', outShapes: [[1, 3, 4, 4]], outDType: 'float32' }));
    return g;
  }

  it('an int8 weight DQ folds: the conv reads the int8 constant, which carries its scale', () => {
    const g = weightDq({});
    expect(run(g.graph)).toEqual(['conv']);
    expect(g.graph.nodes[0]?.inputs).toEqual(['x', 'w']);
    expect(g.get('w').quant).toMatchObject({ scale: [0.1], zeroPoint: [0], dtype: 'int8' });
  });

  it('a weight DQ of a float constant, that is a graph output, that a Q reads, or with a dynamic scale stays', () => {
    expect(run(weightDq({ wType: 'float32' }).graph)).toContain('w_dq');
    expect(run(weightDq({ asOutput: true }).graph)).toContain('w_dq');
    expect(run(weightDq({ readBy: 'QuantizeLinear' }).graph)).toContain('w_dq');
    expect(run(weightDq({ dynamicScale: true }).graph)).toContain('w_dq');
  });
});

describe('data movement carries quantization', () => {
  function moved(opts: { perChannel?: boolean; reshapeIsOutput?: boolean }): GraphBuilder {
    const g = new GraphBuilder();
    const quant = opts.perChannel ? { scale: [0.5, 0.25], zeroPoint: [0, 0], axis: 1 } : { scale: [0.5], zeroPoint: [3] };
    const x = g.input('x', 'int8', [1, 2, 2], quant);
    const r = g.node('Reshape', [x], {}, { name: 'reshape', outShapes: [[1, 4]], outDType: 'float32' });
    if (opts.reshapeIsOutput) g.output(r);
    const s = g.values('s', 'float32', [0.5], []);
    g.output(g.node('DequantizeLinear', [g.node('Relu', [r], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'int8' }), s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    return g;
  }

  it('a Reshape of an int8 per-tensor tensor writes int8 with the same scale and zero point', () => {
    const g = moved({});
    run(g.graph);
    expect(g.get('reshape_out')).toMatchObject({ dtype: 'int8', quant: { scale: [0.5], zeroPoint: [3] } });
  });

  it('per-channel quantization, or a Reshape that writes a graph output, is not carried', () => {
    const pc = moved({ perChannel: true });
    run(pc.graph);
    expect(pc.get('reshape_out').dtype).toBe('float32');
    const out = moved({ reshapeIsOutput: true });
    run(out.graph);
    expect(out.get('reshape_out').dtype).toBe('float32');
  });
});
