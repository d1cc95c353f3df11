/**
 * The binary pass (passes/binary.ts) on malformed or unusual Larq graphs: omitted operands, tensors
 * without a shape, formats no binary kernel names. Each is left as it is (no kernel, no fallback,
 * no diagnostic) and the pass does not throw; and a binary dense layer with float weights packs
 * nothing (only 1-bit weights are packed).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { runBinary, sign } from './larq.js';

const run = runBinary;


describe('binary pass: malformed layers are left alone', () => {
  it('a Larq Conv with its weights and output omitted', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'c', op: 'Conv', sourceOp: 'QuantConv2D', inputs: [g.input('x', 'float32', [1, 8, 4, 4]), ''], outputs: [''], attrs: { larq: true } });
    expect(run(g)).toEqual([]);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['c']);
  });

  it('a Larq Conv with 1-bit weights and its output omitted', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [8, 8, 1, 1]);
    g.get(w).storageBits = 1;
    g.graph.nodes.push({ name: 'c', op: 'Conv', sourceOp: 'QuantConv2D', inputs: [g.input('x', 'float32', [1, 8, 4, 4]), w], outputs: [''], attrs: { larq: true } });
    expect(run(g)).toEqual([]);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['c']);
  });

  it('a Larq Conv with its input omitted', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [8, 8, 1, 1]);
    g.graph.nodes.push({ name: 'c', op: 'Conv', sourceOp: 'QuantConv2D', inputs: ['', w], outputs: [g.tensor('y', 'float32', [1, 8, 4, 4])], attrs: { larq: true } });
    expect(run(g)).toEqual([]);
  });

  it('a sign after a dense layer whose weights are omitted stays a conversion', () => {
    const g = new GraphBuilder();
    const y = g.node('Gemm', [g.input('x', 'float32', [1, 8]), ''], { larq: true }, { name: 'fc', outDType: 'float32' });
    g.output(sign(g, y, 'q'));
    run(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['fc', 'q']);
    expect(g.get('q_out').dtype).toBe('int1');
  });

  it('a sign with its input or output omitted stays, untyped', () => {
    const g = new GraphBuilder();
    g.output(sign(g, '', 'q'));
    g.graph.nodes.push({ name: 'q2', op: 'BipolarQuant', sourceOp: 'QuantSign', inputs: [g.input('x', 'float32', [1, 8])], outputs: [''], attrs: { larq_quantizer: 'ste_sign' } });
    run(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['q', 'q2']);
    expect([g.get('q_out').dtype, g.get('x').dtype]).toEqual(['float32', 'float32']);
  });

  it('a sign after a Concat with an omitted input moves before it all the same, the new sign shapeless', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 8, 4, 4])], {}, { name: 'r', outDType: 'float32', outShapes: [[1, 8, 4, 4]] });
    const cat = g.node('Concat', [a, ''], { axis: 1 }, { name: 'cat', outDType: 'float32' });
    g.output(sign(g, cat, 'q'));
    run(g);
    expect(g.graph.nodes.map((n) => n.op)).toEqual(['Relu', 'BipolarQuant', 'BipolarQuant', 'Concat']);
    expect(g.graph.tensors.get('q_1')?.shape).toBeUndefined();
    expect(g.graph.tensors.get('q_0')?.shape).toEqual([1, 8, 4, 4]);
  });

  it('a binary Conv whose input or weights have no shape: no family, so no kernel; it runs in float', () => {
    for (const shapeless of ['x', 'w'] as const) {
      const g = new GraphBuilder();
      const x = shapeless === 'x' ? g.tensor('x', 'int1') : g.input('x', 'int1', [1, 4, 4, 8]);
      if (shapeless === 'x') g.graph.inputs.push(x);
      const w = shapeless === 'w' ? g.tensor('w', 'float32', undefined, { data: { kind: 'computed', by: 'test' } }) : g.constant('w', 'float32', [16, 1, 1, 8]);
      g.get(w).storageBits = 1;
      g.output(g.node('Conv', [x, w], { larq: true, layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'c', outDType: 'int1', outShapes: [[1, 4, 4, 16]] }));
      const d = run(g);
      expect(d.map((x) => x.code)).toEqual(['W_BINARY_FALLBACK']);
      expect(d[0]?.message).toContain('is a grouped convolution: no binary kernel computes one');
    }
  });

  it('a binary Conv whose output has no shape counts as unpadded (valid): its kernel is the valid one', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [16, 3, 3, 8]);
    g.get(w).storageBits = 1;
    g.output(g.node('Conv', [g.input('x', 'int1', [1, 4, 4, 8]), w], { larq: true, layout: 'NHWC', weight_layout: 'OHWI', pads: [1, 1, 1, 1] }, { name: 'c', outDType: 'int1' }));
    expect(run(g).map((x) => x.message)).toEqual(["Conv 'c' runs binarized: forward_conv2d_is1os1ws1_bn (input s1, weights s1, output s1)"]);
  });

  it('a binary Conv writing int32 (a format no binary kernel names) is left alone: no kernel, no fallback', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [16, 1, 1, 8]);
    g.get(w).storageBits = 1;
    g.output(g.node('Conv', [g.input('x', 'int1', [1, 4, 4, 8]), w], { larq: true, layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'c', outDType: 'int32', outShapes: [[1, 4, 4, 16]] }));
    expect(run(g)).toEqual([]);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['c']);
    expect(g.get(w).storageBits).toBe(1);
  });
});

describe('binary pass: a quantizer is a BipolarQuant or Quant with the Larq attribute', () => {
  it('another operator carrying the attribute (an ONNX file may set any attribute) is no quantizer', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    g.output(g.node('Relu', [x], { larq_quantizer: 'ste_sign' }, { name: 'r', outDType: 'float32' }));
    sign(g, g.input('x2', 'float32', [1, 8]), 'q');
    run(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['r']);
    expect([g.get('x').dtype, g.get('r_out').dtype]).toEqual(['float32', 'float32']);
  });
});

describe('binary pass: only 1-bit weights are packed', () => {
  it('a dense layer reading int1 with float weights runs binarized (is1of32wf32), its weights not packed', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [16, 8]);
    g.output(g.node('Gemm', [g.input('x', 'int1', [1, 8]), w], { transB: 1, larq: true }, { name: 'fc', outDType: 'float32', outShapes: [[1, 16]] }));
    expect(run(g).map((x) => x.message)).toEqual(["Gemm 'fc' runs binarized: forward_dense_is1of32wf32 (input s1, weights f32, output f32)"]);
    expect(g.get(w).packedAxis).toBeUndefined();
  });
});

describe('binary pass: what counts as a binary layer', () => {
  it('a plain Conv with 1-bit weights but no Larq attribute is not one (nothing said about it)', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [16, 8, 3, 3]);
    g.get(w).storageBits = 1;
    g.output(g.node('Conv', [g.input('x', 'float32', [1, 8, 6, 6]), w], {}, { name: 'plain', outShapes: [[1, 16, 4, 4]], outDType: 'float32' }));
    // a Larq sign elsewhere, so that the pass runs
    g.output(sign(g, g.input('z', 'float32', [1, 4]), 'q'));
    expect(run(g).filter((d) => d.message.includes("'plain'"))).toEqual([]);
  });

  it('a sign on the second output of a malformed two-output dense layer stays a conversion (the sign folds into a first output only)', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    const w = g.constant('w', 'float32', [16, 8]);
    const [o1, o2] = [g.tensor('o1', 'float32', [1, 16]), g.tensor('o2', 'float32', [1, 16])];
    g.graph.nodes.push({ name: 'fc', op: 'Gemm', sourceOp: 'Gemm', inputs: [x, w], outputs: [o1, o2], attrs: { transB: 1 } });
    g.output(o1);
    g.output(sign(g, o2, 'q'));
    run(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['fc', 'q']);
    expect(g.graph.nodes[0]?.inputs).toEqual(['x', 'w']);
    expect(g.get(o2).dtype).toBe('float32');
  });

  it('a sign on the second output of a malformed two-output Concat is not moved before it', () => {
    const g = new GraphBuilder();
    const [a, b] = [g.input('a', 'float32', [1, 4]), g.input('b', 'float32', [1, 4])];
    g.node('Relu', [a], {}, { name: 'keep_a' });
    g.node('Relu', [b], {}, { name: 'keep_b' });
    const [o1, o2] = [g.tensor('o1', 'float32', [1, 8]), g.tensor('o2', 'float32', [1, 8])];
    g.graph.nodes.push({ name: 'cat', op: 'Concat', sourceOp: 'Concat', inputs: [a, b], outputs: [o1, o2], attrs: { axis: 1 } });
    g.output(o1);
    g.output(sign(g, o2, 'q'));
    run(g);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['keep_a', 'keep_b', 'cat', 'q']);
    expect(g.get('q_out').dtype).toBe('int1');
  });
});
