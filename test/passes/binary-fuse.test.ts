/**
 * The binary pass's quantizer placement and type propagation (passes/binary.ts steps 1-3), on IR
 * graphs built in code: where each Larq quantizer goes, which operators keep an integer type
 * (METRICS.md "Binary layers": binary values only move or take a maximum; 8 / 16-bit ones also go
 * through element-wise and pooling kernels), and the I_BINARY sentence for a binary input.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Attrs, Graph } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import { GraphBuilder } from '../builders/ir.js';
import { runBinary, sign } from './larq.js';

const run = runBinary;

/** A k-bit QONNX Quant with Larq's attribute, over `x`. */
function quant(g: GraphBuilder, x: string, name: string, bits: number): string {
  const s = (n: string, v: number) => g.values(`${name}_${n}`, 'float32', [v], []);
  return g.node('Quant', [x, s('scale', 0.1), s('zp', 0), s('bits', bits)], { larq_quantizer: `${bits}bit` }, { name, outDType: 'float32' });
}

const ops = (g: Graph) => g.nodes.map((n) => n.name);
const dtypeOf = (g: GraphBuilder, t: string) => g.get(t).dtype;

/** A float input read by `x -> Relu` as well as by the quantizer, so the quantizer stays a conversion. */
function shared(): { g: GraphBuilder; x: string } {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 8, 4, 4]);
  g.output(g.node('Relu', [x], {}, { name: 'other', outDType: 'float32' }));
  return { g, x };
}

describe('binary pass: a quantizer on a graph input', () => {
  it('a sign read only by the network makes the input int1, 32 channels to a word, and goes', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8, 4, 4]);
    g.output(g.node('MaxPool', [sign(g, x, 'q')], {}, { name: 'pool', outDType: 'float32' }));
    const d = run(g);
    expect(ops(g.graph)).toEqual(['pool']);
    expect(g.graph.nodes[0]?.inputs).toEqual(['x']);
    expect(dtypeOf(g, 'x')).toBe('int1');
    expect(d.map((x) => [x.code, x.message])).toEqual([
      ['I_BINARY', "input 'x' is quantized by BipolarQuant 'q' (ste_sign): the network reads it as int1, 32 channels to a word"],
    ]);
  });

  it('an 8-bit and a 12-bit quantizer make the input int8 / int16, without the word packing', () => {
    for (const [bits, type] of [[8, 'int8'], [2, 'int8'], [9, 'int16'], [12, 'int16']] as const) {
      const g = new GraphBuilder();
      const x = g.input('x', 'float32', [1, 8]);
      g.output(g.node('Relu', [quant(g, x, 'q', bits)], {}, { name: 'r', outDType: 'float32' }));
      const d = run(g);
      expect(dtypeOf(g, 'x')).toBe(type);
      expect(d[0]?.message).toBe(`input 'x' is quantized by Quant 'q' (${bits}bit): the network reads it as ${type}`);
    }
  });

  it('an input something else reads too keeps its type: the quantizer stays a conversion', () => {
    const { g, x } = shared();
    const y = sign(g, x, 'q');
    g.output(y);
    expect(run(g)).toEqual([]);
    expect(dtypeOf(g, x)).toBe('float32');
    expect(ops(g.graph)).toEqual(['other', 'q']);
    expect(dtypeOf(g, y)).toBe('int1');
  });

  it('an input that is also a graph output keeps its type', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    g.output(x);
    const y = sign(g, x, 'q');
    g.output(y);
    run(g);
    expect(dtypeOf(g, x)).toBe('float32');
    expect(dtypeOf(g, y)).toBe('int1');
  });

  it('a graph without Larq quantizers or layers is left as it is', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    g.node('BipolarQuant', [x, g.values('s', 'float32', [1], [])], {}, { name: 'qonnx', outDType: 'float32' });
    run(g);
    expect(dtypeOf(g, x)).toBe('float32');
    expect(dtypeOf(g, 'qonnx_out')).toBe('float32');
    expect(ops(g.graph)).toEqual(['qonnx']);
  });
});

describe('binary pass: which operators keep an integer type', () => {
  /** conversion -> `op` over the quantized tensor; returns the op's output dtype. */
  function through(op: 'MaxPool' | 'GlobalMaxPool' | 'GlobalAveragePool' | 'AveragePool' | 'Relu' | 'Reshape' | 'Flatten', bits: 1 | 8 | 16): string {
    const { g, x } = shared();
    const q = bits === 1 ? sign(g, x, 'q') : quant(g, x, 'q', bits);
    const inputs = op === 'Reshape' ? [q, g.values('shape', 'int64', [1, -1])] : [q];
    const y = g.node(op, inputs, {}, { name: 'op', outDType: 'float32' });
    g.output(y);
    run(g);
    return dtypeOf(g, y);
  }

  it('binary values only move or take a maximum', () => {
    expect(['MaxPool', 'GlobalMaxPool', 'Reshape', 'Flatten'].map((op) => through(op as 'MaxPool', 1))).toEqual(['int1', 'int1', 'int1', 'int1']);
    expect(['AveragePool', 'GlobalAveragePool', 'Relu'].map((op) => through(op as 'Relu', 1))).toEqual(['float32', 'float32', 'float32']);
  });

  it('8 and 16-bit values also go through element-wise and pooling kernels', () => {
    for (const bits of [8, 16] as const) {
      const type = `int${bits}`;
      expect(['MaxPool', 'GlobalMaxPool', 'GlobalAveragePool', 'AveragePool', 'Relu', 'Reshape'].map((op) => through(op as 'Relu', bits)))
        .toEqual([type, type, type, type, type, type]);
    }
  });

  it('a Concat of binary tensors is binary; of a binary and a float one, float', () => {
    const { g, x } = shared();
    const a = sign(g, x, 'qa');
    const b = sign(g, g.input('x2', 'float32', [1, 8, 4, 4]), 'qb');
    g.node('Relu', ['x2'], {}, { name: 'keeps_x2_float' });
    const both = g.node('Concat', [a, b], { axis: 1 }, { name: 'cat', outDType: 'float32' });
    const mixed = g.node('Concat', [a, 'other_out'], { axis: 1 }, { name: 'mixed', outDType: 'float32' });
    g.output(both);
    g.output(mixed);
    run(g);
    expect(dtypeOf(g, both)).toBe('int1');
    expect(dtypeOf(g, mixed)).toBe('float32');
  });

  it('an integer Add over two int8 tensors keeps int8; constants do not count as inputs', () => {
    const { g, x } = shared();
    const a = quant(g, x, 'qa', 8);
    const b = quant(g, x, 'qb', 4);
    const sum = g.node('Add', [a, b], {}, { name: 'add', outDType: 'float32' });
    const biased = g.node('Add', [a, g.values('k', 'float32', [1])], {}, { name: 'bias', outDType: 'float32' });
    const wide = g.node('Add', [a, quant(g, x, 'qc', 16)], {}, { name: 'wide', outDType: 'float32' });
    for (const t of [sum, biased, wide]) g.output(t);
    run(g);
    expect([sum, biased, wide].map((t) => dtypeOf(g, t))).toEqual(['int8', 'int8', 'float32']);
  });

  it('a layer with weights never inherits the type, nor does a quantizer or a node with a subgraph', () => {
    const { g, x } = shared();
    const q = quant(g, x, 'q', 8);
    const conv = g.node('Conv', [q, g.constant('w', 'float32', [4, 8, 1, 1])], {}, { name: 'conv', outDType: 'float32' });
    const loop = g.node('Identity', [q], {}, { name: 'withBody', outDType: 'float32' });
    const node = g.graph.nodes.find((n) => n.name === 'withBody');
    if (node) node.subgraphs = { body: new GraphBuilder('b').graph };
    g.output(conv);
    g.output(loop);
    run(g);
    expect(dtypeOf(g, loop)).toBe('float32');
    expect(dtypeOf(g, conv)).toBe('float32');
    expect(dtypeOf(g, q)).toBe('int8');
  });

  it('an operator that neither moves, streams nor pools (Softmax) computes in float, at any width', () => {
    for (const bits of [8, 16] as const) {
      const { g, x } = shared();
      const y = g.node('Softmax', [quant(g, x, 'q', bits)], {}, { name: 'sm', outDType: 'float32' });
      g.output(y);
      run(g);
      expect(dtypeOf(g, y)).toBe('float32');
    }
  });

  it('an output already of an integer type is not rewritten', () => {
    const { g, x } = shared();
    const y = g.node('Reshape', [quant(g, x, 'q', 8), g.values('shape', 'int64', [1, -1])], {}, { name: 'op', outDType: 'int32' });
    g.output(y);
    run(g);
    expect(dtypeOf(g, y)).toBe('int32');
  });
});

describe('binary pass: quantizers that go away', () => {
  it('a sign whose input is already binary is removed; its readers and the graph output follow', () => {
    const { g, x } = shared();
    const pooled = g.node('MaxPool', [sign(g, x, 'q1')], {}, { name: 'pool', outDType: 'float32' });
    const again = sign(g, pooled, 'q2');
    const r = g.node('Reshape', [again, g.values('shape', 'int64', [1, -1])], {}, { name: 'flat', outDType: 'float32' });
    g.output(again);
    g.output(r);
    run(g);
    expect(ops(g.graph)).toEqual(['other', 'q1', 'pool', 'flat']);
    expect(g.graph.nodes.find((n) => n.name === 'flat')?.inputs[0]).toBe(pooled);
    expect(g.graph.outputs).toEqual(['other_out', pooled, r]);
    expect(dtypeOf(g, r)).toBe('int1');
  });

  it('a second identical sign of the same tensor reuses the first one\'s output', () => {
    const { g, x } = shared();
    const a = sign(g, x, 'qa');
    const b = sign(g, x, 'qb');
    const ya = g.node('MaxPool', [a], {}, { name: 'pa', outDType: 'float32' });
    const yb = g.node('MaxPool', [b], {}, { name: 'pb', outDType: 'float32' });
    g.output(ya);
    g.output(yb);
    run(g);
    expect(ops(g.graph)).toEqual(['other', 'qa', 'pa', 'pb']);
    expect(g.graph.nodes.find((n) => n.name === 'pb')?.inputs[0]).toBe(a);
  });

  it.each([
    [8, 16, ['int8', 'int16']],
    // a 4-bit and an 8-bit Quant both store int8, but compute different values
    [4, 8, ['int8', 'int8']],
  ])('quantizers of different widths on the same tensor are not twins (%i and %i bits)', (bitsA, bitsB, types) => {
    const { g, x } = shared();
    const a = quant(g, x, 'qa', bitsA);
    const b = quant(g, x, 'qb', bitsB);
    g.output(a);
    g.output(b);
    run(g);
    expect(ops(g.graph)).toEqual(['other', 'qa', 'qb']);
    expect(g.graph.outputs).toEqual(['other_out', a, b]);
    expect([dtypeOf(g, a), dtypeOf(g, b)]).toEqual(types);
  });
});

describe('binary pass: a quantizer after a layer', () => {
  /** x -> Gemm(binary weights [16, 8], transB) -> quantizer -> output. */
  function dense(q: (g: GraphBuilder, x: string) => string, extra: (g: GraphBuilder, y: string) => void = () => undefined): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    const w = g.constant('w', 'float32', [16, 8]);
    g.get(w).storageBits = 1;
    const y = g.node('Gemm', [x, w], { transB: 1, larq: true }, { name: 'fc', outDType: 'float32', outShapes: [[1, 16]] });
    extra(g, y);
    g.output(q(g, y));
    return g;
  }

  it('a sign on the only output of a dense layer is fused: the layer writes int1 through a per-channel threshold', () => {
    const g = dense((g, y) => sign(g, y, 'q'));
    const d = run(g);
    const fc = g.graph.nodes.find((n) => n.name === 'fc');
    expect(ops(g.graph)).toEqual(['fc']);
    expect(fc?.fused).toEqual(['q']);
    expect(fc?.attrs['threshold']).toBe(true);
    expect(fc?.inputs[2]).toBe('fc_threshold');
    expect(g.get('fc_threshold')).toMatchObject({ dtype: 'float32', shape: [16], data: { kind: 'computed', by: 'q: the sign folded into fc' }, byCompiler: true });
    expect(dtypeOf(g, 'fc_out')).toBe('int1');
    expect(g.graph.outputs).toEqual(['fc_out']);
    expect(d.map((x) => x.message)).toEqual(["Gemm 'fc' runs binarized: forward_dense_if32os1ws1 (input f32, weights s1, output s1)"]);
  });

  it('an 8-bit quantizer is fused without a threshold', () => {
    const g = dense((g, y) => quant(g, y, 'q', 8));
    run(g);
    const fc = g.graph.nodes.find((n) => n.name === 'fc');
    expect(ops(g.graph)).toEqual(['fc']);
    expect(fc?.inputs).toEqual(['x', 'w']);
    expect(fc?.attrs['threshold']).toBeUndefined();
    expect(dtypeOf(g, 'fc_out')).toBe('int8');
  });

  it('a layer output read by something else keeps its sign as a conversion', () => {
    const g = dense((g, y) => sign(g, y, 'q'), (g, y) => g.output(g.node('Relu', [y], {}, { name: 'side' })));
    run(g);
    expect(ops(g.graph)).toEqual(['fc', 'side', 'q']);
    expect(dtypeOf(g, 'fc_out')).toBe('float32');
    expect(dtypeOf(g, 'q_out')).toBe('int1');
  });

  it('a sign after a Concat moves before it, one per input; the Concat joins binary tensors', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'ra', outDType: 'float32', outShapes: [[1, 4]] });
    const b = g.node('Relu', ['x'], {}, { name: 'rb', outDType: 'float32', outShapes: [[1, 4]] });
    const cat = g.node('Concat', [a, b], { axis: 1 }, { name: 'cat', outDType: 'float32' });
    g.output(sign(g, cat, 'q'));
    run(g);
    expect(ops(g.graph)).toEqual(['ra', 'rb', 'q_0', 'q_1', 'cat']);
    const catNode = g.graph.nodes.find((n) => n.name === 'cat');
    expect(catNode?.inputs).toEqual(['q_0', 'q_1']);
    expect(catNode?.fused).toEqual(['q']);
    expect(g.get('q_0')).toMatchObject({ dtype: 'int1', shape: [1, 4] });
    expect(dtypeOf(g, cat)).toBe('int1');
    expect(g.graph.outputs).toEqual([cat]);
    // the moved signs are Larq quantizers like the one they replace
    expect(g.graph.nodes.filter((n) => n.op === 'BipolarQuant').map((n) => n.attrs['larq_quantizer'])).toEqual(['ste_sign', 'ste_sign']);
  });

  it('an 8-bit quantizer after a Concat stays after it (only a sign commutes with the Concat)', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'ra', outDType: 'float32', outShapes: [[1, 4]] });
    const b = g.node('Relu', ['x'], {}, { name: 'rb', outDType: 'float32', outShapes: [[1, 4]] });
    const cat = g.node('Concat', [a, b], { axis: 1 }, { name: 'cat', outDType: 'float32' });
    g.output(quant(g, cat, 'q', 8));
    run(g);
    expect(ops(g.graph)).toEqual(['ra', 'rb', 'cat', 'q']);
    expect(dtypeOf(g, 'q_out')).toBe('int8');
  });

  it('a sign after a dense layer with a fused activation stays a conversion (the activation comes first)', () => {
    const g = dense((g, y) => sign(g, y, 'q'));
    const fc = g.graph.nodes.find((n) => n.name === 'fc');
    if (fc) fc.activation = 'Relu';
    run(g);
    expect(ops(g.graph)).toEqual(['fc', 'q']);
    expect([dtypeOf(g, 'fc_out'), dtypeOf(g, 'q_out')]).toEqual(['float32', 'int1']);
  });

  it('a sign over a tensor nothing produces (and no graph input) stays a conversion', () => {
    const g = new GraphBuilder();
    const x = g.tensor('dangling', 'float32', [1, 4]);
    g.output(sign(g, x, 'q'));
    run(g);
    expect(ops(g.graph)).toEqual(['q']);
    expect(dtypeOf(g, 'q_out')).toBe('int1');
  });
});

describe('binary pass: why a layer runs in float, by kernel family', () => {
  /** One larq Conv / Gemm `c` over x; weights binary (storageBits 1) unless `floatWeights`. */
  function layer(o: { op?: 'Conv' | 'Gemm'; x: [DType, number[]]; w: number[]; y: [DType, number[]]; attrs?: Attrs; floatWeights?: boolean }): { g: GraphBuilder; d: Diagnostic[] } {
    const g = new GraphBuilder();
    const x = g.input('x', o.x[0], o.x[1]);
    const w = g.constant('w', 'float32', o.w);
    if (!o.floatWeights) g.get(w).storageBits = 1;
    const attrs: Attrs = { larq: true, ...(o.op === 'Gemm' ? { transB: 1 } : { layout: 'NHWC', weight_layout: 'OHWI' }), ...(o.attrs ?? {}) };
    g.output(g.node(o.op ?? 'Conv', [x, w], attrs, { name: 'c', outShapes: [o.y[1]], outDType: o.y[0] }));
    return { g, d: run(g) };
  }
  const why = (d: Diagnostic[]) => d.filter((x) => x.code === 'W_BINARY_FALLBACK').map((x) => x.message);
  const FIX_IN = "give the layer input_quantizer='ste_sign'";
  const FIX_OUT = "binarize its output (the next layer's input_quantizer='ste_sign'), or keep the layer in float";

  it('pointwise with a float input: the pointwise kernels read s1', () => {
    const { d } = layer({ x: ['float32', [1, 4, 4, 8]], w: [16, 1, 1, 8], y: ['float32', [1, 4, 4, 16]] });
    expect(why(d)).toEqual([`Conv 'c' runs in float (smul_f32_f32): its input is f32: the pointwise kernels read s1; to keep it binary, ${FIX_IN}`]);
  });

  it('depthwise, padded, writing float: the depthwise kernels padding with 0 write s1', () => {
    const { d } = layer({ x: ['int1', [1, 4, 4, 8]], w: [1, 3, 3, 8], y: ['float32', [1, 4, 4, 8]], attrs: { weight_layout: 'IHWO', pads: [1, 1, 1, 1] } });
    expect(why(d)).toEqual([`Conv 'c' runs in float (smul_f32_f32): it writes f32: with s1 input and s1 weights the depthwise kernels padding with 0 write s1; to keep it binary, ${FIX_OUT}`]);
  });

  it('K x K, valid, writing float: a conversion before it, no sign after; the K x K kernels write s1, s8', () => {
    const { g, d } = layer({ x: ['int1', [1, 6, 6, 8]], w: [16, 3, 3, 8], y: ['float32', [1, 4, 4, 16]] });
    expect(why(d)).toEqual([`Conv 'c' runs in float (smul_f32_f32): it writes f32: with s1 input and s1 weights the K x K kernels write s1, s8; to keep it binary, ${FIX_OUT}`]);
    expect(g.graph.nodes.map((n) => [n.name, n.op, n.sourceOp, n.inputs[0]])).toEqual([['x_0_conversion', 'DequantizeLinear', 'Conversion', 'x'], ['c', 'Conv', 'Conv', 'x_0_conversion_output']]);
    expect(g.get('w').storageBits).toBeUndefined();
  });

  it('dense with float weights: with a s16 input the dense kernels take s1 weights', () => {
    const { d } = layer({ op: 'Gemm', x: ['int16', [1, 8]], w: [16, 8], y: ['int1', [1, 16]], floatWeights: true });
    expect(why(d)).toEqual([`Gemm 'c' runs in float (smul_f32_f32): its weights are f32: with a s16 input the dense kernels take s1 weights; to keep it binary, give the layer kernel_quantizer='ste_sign'`]);
  });

  const kernelOf = (d: Diagnostic[]) => d.filter((x) => x.code === 'I_BINARY').map((x) => /runs binarized: (\w+)/.exec(x.message)?.[1]);

  it('the family: 1 x 3 is K x K, 1 x 1 at stride 2 is K x K, 1 x 1 at stride 1 pointwise', () => {
    // NHWC input, OHWI weights; valid windows: 4 x 6 by 1 x 3 gives 4 x 4, 4 x 4 by 1 x 1 at stride 2 gives 2 x 2
    expect(kernelOf(layer({ x: ['int1', [1, 4, 6, 8]], w: [16, 1, 3, 8], y: ['int1', [1, 4, 4, 16]] }).d)).toEqual(['forward_conv2d_is1os1ws1_bn']);
    expect(kernelOf(layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 1, 1, 8], y: ['int1', [1, 2, 2, 16]], attrs: { strides: [2, 2] } }).d)).toEqual(['forward_conv2d_is1os1ws1_bn']);
    expect(kernelOf(layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 1, 1, 8], y: ['int1', [1, 4, 4, 16]] }).d)).toEqual(['forward_pw_is1os1ws1_bn']);
  });

  it('padding on one side only is padding (pad0 kernels)', () => {
    // 2 x 2 kernel on 4 x 4 with pads [0, 0, 1, 1] (begin, end): 4 x 4 out
    expect(kernelOf(layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 2, 2, 8], y: ['int1', [1, 4, 4, 16]], attrs: { pads: [0, 0, 1, 1] } }).d)).toEqual(['forward_conv2d_is1os1ws1_bn_pad0']);
  });

  it('a binary input writing 8 bits reads a per-channel scale, named for its kernel', () => {
    const { g, d } = layer({ x: ['int1', [1, 6, 6, 8]], w: [16, 3, 3, 8], y: ['int8', [1, 4, 4, 16]] });
    expect(kernelOf(d)).toEqual(['forward_conv2d_is1os8ws1_bn']);
    expect(g.get('c_scale')).toMatchObject({ shape: [16], data: { kind: 'computed', by: 'the scale forward_conv2d_is1os8ws1_bn reads' } });
  });

  it('an 8-bit input writing 8 bits (forward_conv2d_is8os8ws1, no batch-norm): no scale is read', () => {
    const { g, d } = layer({ x: ['int8', [1, 6, 6, 8]], w: [16, 3, 3, 8], y: ['int8', [1, 4, 4, 16]] });
    expect(kernelOf(d)).toEqual(['forward_conv2d_is8os8ws1']);
    expect(g.graph.nodes.find((n) => n.name === 'c')?.inputs).toEqual(['x', 'w']);
  });

  it('a pointwise layer padded with -1/+1 (pad_value 1): refused, naming the padding no pointwise kernel has', () => {
    expect(() => layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 1, 1, 8], y: ['int1', [1, 6, 6, 16]], attrs: { pads: [1, 1, 1, 1], pad_value: 1 } }))
      .toThrow("no pointwise kernels padding with -1/+1 exist, and a float convolution pads with 0 only");
  });

  it('formats no kernel names (a 4-bit input, float64 weights): the layer is left alone, without a diagnostic', () => {
    expect(layer({ x: ['int4', [1, 6, 6, 8]], w: [16, 3, 3, 8], y: ['int1', [1, 4, 4, 16]] }).d).toEqual([]);
    const g = new GraphBuilder();
    const w = g.constant('w', 'float64', [16, 3, 3, 8]);
    g.output(g.node('Conv', [g.input('x', 'int1', [1, 6, 6, 8]), w], { larq: true, layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'c', outShapes: [[1, 4, 4, 16]], outDType: 'int1' }));
    expect(run(g)).toEqual([]);
  });

  it('a padded pointwise layer: no pointwise kernel pads, and the message says so', () => {
    const { d } = layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 1, 1, 8], y: ['float32', [1, 6, 6, 16]], attrs: { pads: [1, 1, 1, 1] } });
    expect(why(d)).toEqual(["Conv 'c' runs in float (smul_f32_f32): no pointwise kernels padding with 0 exist; to keep it binary, drop the padding (padding='valid')"]);
  });

  it('two layers falling back to float on the same binary input share one conversion', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int1', [1, 6, 6, 8]);
    for (const name of ['c1', 'c2']) {
      const w = g.constant(`${name}_w`, 'float32', [16, 3, 3, 8]);
      g.get(w).storageBits = 1;
      g.output(g.node('Conv', [x, w], { larq: true, layout: 'NHWC', weight_layout: 'OHWI' }, { name, outShapes: [[1, 4, 4, 16]], outDType: 'float32' }));
    }
    run(g);
    expect(g.graph.nodes.map((n) => [n.name, n.inputs[0]])).toEqual([['x_0_conversion', 'x'], ['c1', 'x_0_conversion_output'], ['c2', 'x_0_conversion_output']]);
  });

  it('a grouped convolution: no binary kernel computes one; writing binary, a sign follows it', () => {
    const { g, d } = layer({ x: ['int1', [1, 4, 4, 8]], w: [16, 1, 1, 4], y: ['int1', [1, 4, 4, 16]], attrs: { group: 2 } });
    expect(why(d)).toEqual([`Conv 'c' runs in float (smul_f32_f32): Conv 'c' is a grouped convolution: no binary kernel computes one; to keep it binary, use groups=1 or a depthwise layer`]);
    expect(g.graph.nodes.map((n) => [n.name, n.op, n.sourceOp, n.attrs['larq_quantizer']])).toEqual([
      ['x_0_conversion', 'DequantizeLinear', 'Conversion', undefined], ['c', 'Conv', 'Conv', undefined], ['c_sign', 'BipolarQuant', 'Conversion', 'ste_sign'],
    ]);
    expect(g.graph.nodes[1]?.outputs).toEqual(['c_float']);
    expect(g.get('c_float')).toMatchObject({ dtype: 'float32', shape: [1, 4, 4, 16] });
  });
});
