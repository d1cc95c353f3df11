import { describe, expect, it } from 'vitest';
import type { DType } from '../../../src/ir/dtype.js';
import { readValues, elementCountOfData } from '../../../src/ir/tensor-data.js';
import { OnnxBuilder, float, floats, tensor } from '../../builders/onnx.js';
import { load, tensorOf } from './helpers.js';

const SAMPLES: Array<[DType, number[]]> = [
  ['float32', [1.5, -2.25, 0, 1024]],
  ['float64', [0.1, -1e300, 3, 0]],
  ['float16', [1.5, -2.25, 2 ** -14, 65504]],
  ['bfloat16', [1.5, -2.25, 0, 3.0e38 - (3.0e38 % 2 ** 120)]],
  ['int8', [-128, -1, 0, 127]],
  ['uint8', [0, 1, 200, 255]],
  ['int16', [-32768, -7, 0, 32767]],
  ['uint16', [0, 1, 40000, 65535]],
  ['int32', [-2147483648, -7, 0, 2147483647]],
  ['uint32', [0, 1, 3000000000, 4294967295]],
  ['int64', [-5, -(2 ** 40), 2 ** 40, 0]],
  ['uint64', [0, 1, 2 ** 40, 2 ** 52]],
  ['bool', [1, 0, 1, 1]],
];

describe('ONNX initializers', () => {
  for (const [dtype, values] of SAMPLES) {
    for (const typed of [false, true]) {
      it(`${dtype} in ${typed ? 'the typed field' : 'raw_data'} reads back`, () => {
        const b = new OnnxBuilder();
        const x = b.input('x', dtype, [4]);
        const c = b.initializer('c', dtype, [4], { values, typed });
        b.output(b.node('Add', [x, c]), dtype);
        const t = tensorOf(load(b), 'c');
        expect(t.dtype).toBe(dtype);
        expect(t.shape).toEqual([4]);
        expect(t.data?.kind).toBe('bytes');
        const got = readValues(t, 100);
        // bfloat16 keeps 8 mantissa bits: the sample's last value is exactly representable.
        expect(got).toEqual(values);
        expect(elementCountOfData(t)).toBe(4);
      });
    }
  }

  it('refuses to read more than maxElements and returns undefined', () => {
    const b = new OnnxBuilder();
    b.initializer('w', 'float32', [10, 10]);
    b.output(b.node('Identity', ['w']), 'float32');
    const t = tensorOf(load(b), 'w');
    expect(readValues(t, 99)).toBeUndefined();
    expect(readValues(t, 100)).toHaveLength(100);
  });

  it('drops graph inputs that are initializers (IR < 4) and keeps the data', () => {
    const b = new OnnxBuilder({ irVersion: 3 });
    const x = b.input('x', 'float32', [1, 2]);
    b.initializer('w', 'float32', [2, 2], { values: [1, 2, 3, 4], alsoInput: true });
    b.output(b.node('MatMul', [x, 'w']), 'float32');
    const m = load(b);
    expect(m.graph.inputs).toEqual(['x']);
    expect(readValues(tensorOf(m, 'w'), 10)).toEqual([1, 2, 3, 4]);
  });
});

describe('ONNX nodes and attributes', () => {
  it('maps every attribute kind and adds layouts to spatial ops', () => {
    const b = new OnnxBuilder({ opset: 13 });
    const x = b.input('x', 'float32', [1, 3, 8, 8]);
    const w = b.initializer('w', 'float32', [16, 3, 3, 3]);
    const y = b.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], group: 1, auto_pad: 'NOTSET' }, { name: 'conv1' });
    const z = b.node('LeakyRelu', [y], { alpha: 0.25 }, { name: 'lrelu' });
    const u = b.node('Resize', [z], { mode: 'nearest', scales_hint: floats([2, 2]), beta: float(1), names: ['a', 'b'] }, { name: 'rs' });
    const v = b.node('ConvTranspose', [u, 'w'], {}, { name: 'deconv' });
    b.output(v, 'float32');
    const m = load(b);
    const [conv, lrelu, rs, deconv] = m.graph.nodes;
    expect(conv?.op).toBe('Conv');
    expect(conv?.attrs).toEqual({ kernel_shape: [3, 3], pads: [1, 1, 1, 1], group: 1, auto_pad: 'NOTSET', layout: 'NCHW', weight_layout: 'OIHW' });
    expect(lrelu?.attrs).toEqual({ alpha: 0.25 });
    expect(rs?.attrs).toEqual({ mode: 'nearest', scales_hint: [2, 2], beta: 1, names: ['a', 'b'], layout: 'NCHW' });
    expect(deconv?.attrs['weight_layout']).toBe('IOHW');
    expect(m.meta['opset']).toBe(13);
    expect(m.meta['opset:ai.onnx']).toBe(13);
    expect(m.meta['irVersion']).toBe(8);
    expect(m.meta['producer']).toBe('model-footprint-tests');
  });

  it('names nodes by name, else first output, and makes names unique', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [4]);
    const a = b.node('Relu', [x], {}, { name: 'same', outputs: ['a'] });
    const c = b.node('Relu', [a], {}, { name: 'same', outputs: ['c'] });
    const d = b.node('Relu', [c], {}, { name: '', outputs: ['d_out'] });
    b.output(d, 'float32');
    expect(load(b).graph.nodes.map((n) => n.name)).toEqual(['same', 'same_1', 'd_out']);
  });

  it('takes a TENSOR attribute lazily', () => {
    const b = new OnnxBuilder();
    const y = b.node('ConstantOfShape', [b.input('s', 'int64', [2])], { value: tensor('v', 'float32', [1], { values: [0.5] }) });
    b.output(y, 'float32');
    const v = load(b).graph.nodes[0]?.attrs['value'];
    expect(v && typeof v === 'object' && 'dtype' in v ? readValues(v, 4) : undefined).toEqual([0.5]);
  });

  it('turns Constant nodes into constant tensors of every value kind', () => {
    const b = new OnnxBuilder();
    b.constant('k', 'int64', [3], [-1, 0, 5]);
    b.node('Constant', [], { value_float: float(2.5) }, { outputs: ['vf'] });
    b.node('Constant', [], { value_floats: floats([1, 2]) }, { outputs: ['vfs'] });
    b.node('Constant', [], { value_int: -3 }, { outputs: ['vi'] });
    b.node('Constant', [], { value_ints: [4, -5] }, { outputs: ['vis'] });
    b.node('Constant', [], { value_string: 'hi' }, { outputs: ['vs'] });
    const x = b.input('x', 'float32', [2, 3, 4]);
    b.output(b.node('Reshape', [x, 'k']), 'float32');
    for (const o of ['vf', 'vfs', 'vi', 'vis', 'vs']) b.output(o);
    const m = load(b);
    expect(m.graph.nodes.map((n) => n.op)).toEqual(['Reshape']);
    expect(readValues(tensorOf(m, 'k'), 10)).toEqual([-1, 0, 5]);
    expect(tensorOf(m, 'vf')).toMatchObject({ dtype: 'float32', shape: [], data: { kind: 'values', values: [2.5] } });
    expect(tensorOf(m, 'vfs')).toMatchObject({ dtype: 'float32', shape: [2], data: { values: [1, 2] } });
    expect(tensorOf(m, 'vi')).toMatchObject({ dtype: 'int64', shape: [], data: { values: [-3] } });
    expect(tensorOf(m, 'vis')).toMatchObject({ dtype: 'int64', shape: [2], data: { values: [4, -5] } });
    expect(tensorOf(m, 'vs')).toMatchObject({ dtype: 'string', data: { kind: 'strings', values: ['hi'] } });
  });

  it('reads shapes and dtypes from inputs, outputs and value_info', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', ['batch', 3, 224, 224]);
    const y = b.node('Relu', [x]);
    b.valueInfo(y, 'float32', ['batch', 3, 224, 224]);
    const z = b.node('Flatten', [y]);
    b.output(z, 'float16', [2 ** 40, 7]);
    const m = load(b);
    expect(tensorOf(m, 'x')).toMatchObject({ dtype: 'float32', shape: ['batch', 3, 224, 224] });
    expect(tensorOf(m, y)).toMatchObject({ dtype: 'float32', shape: ['batch', 3, 224, 224] });
    expect(tensorOf(m, z)).toMatchObject({ dtype: 'float16', shape: [2 ** 40, 7] });
  });

  it('names missing dims uniquely and leaves unknown ranks undefined', () => {
    const b = new OnnxBuilder();
    b.input('x', 'float32', [1, 2]);
    const p = b.graphProto();
    p.input?.push({ name: 'y', type: { tensor_type: { elem_type: 1, shape: { dim: [{}, { dim_value: 4 }, {}] } } } });
    p.input?.push({ name: 'z', type: { tensor_type: { elem_type: 1 } } });
    b.output(b.node('Add', ['x', 'y']));
    const m = load(b);
    const s = tensorOf(m, 'y').shape ?? [];
    expect(s[1]).toBe(4);
    expect(typeof s[0]).toBe('string');
    expect(s[0]).not.toBe(s[2]);
    expect(tensorOf(m, 'z').shape).toBeUndefined();
  });
});

describe('ONNX domains', () => {
  it('maps QONNX and ONNX-ML ops to their kinds, other names of those domains and other domains to Custom with W_DOMAIN, unknown ops to Unknown with W_UNKNOWN_OP', () => {
    const b = new OnnxBuilder({ opsets: { 'qonnx.custom_op.general': 1, 'ai.onnx.ml': 2 } });
    const x = b.input('x', 'float32', [1, 4]);
    const q0 = b.node('Quant', [x], { narrow: 0 }, { name: 'q1', domain: 'qonnx.custom_op.general' });
    const q = b.node('Softmax', [q0], {}, { name: 'q2', domain: 'qonnx.custom_op.general' });
    const s = b.node('OneHotEncoder', [q], {}, { name: 's1', domain: 'ai.onnx.ml' });
    const u = b.node('FancyNewOp', [s], {}, { name: 'f1' });
    const r = b.node('Relu', [u], {}, { name: 'r1', domain: 'ai.onnx' });
    b.output(b.node('Scaler', [r], {}, { name: 'sc', domain: 'ai.onnx.ml' }), 'float32');
    const m = load(b);
    expect(m.graph.nodes.map((n) => [n.op, n.sourceOp, n.domain])).toEqual([
      ['Quant', 'Quant', 'qonnx.custom_op.general'],
      ['Custom', 'Softmax', 'qonnx.custom_op.general'],
      ['Custom', 'OneHotEncoder', 'ai.onnx.ml'],
      ['Unknown', 'FancyNewOp', undefined],
      ['Relu', 'Relu', undefined],
      ['Scaler', 'Scaler', 'ai.onnx.ml'],
    ]);
    // only QONNX's own operators are known in its domain: another name there stays Custom
    expect(m.diagnostics.map((d) => [d.code, d.node])).toEqual([['W_DOMAIN', 'q2'], ['W_DOMAIN', 's1'], ['W_UNKNOWN_OP', 'f1'], ['I_ML', 'sc']]);
    expect(m.diagnostics[0]?.message).toContain('qonnx.custom_op.general');
    expect(m.meta['opset:ai.onnx.ml']).toBe(2);
  });
});

describe('ONNX builder patterns', () => {
  it('builds QDQ activations and dequantized per-axis weights', () => {
    const b = new OnnxBuilder();
    const x = b.qdq(b.input('x', 'float32', [1, 2, 4, 4]), 0.5, 128);
    const w = b.dequantizedWeight('w', [3, 2, 1, 1], [0.1, 0.2, 0.3], { axis: 0, values: [1, -2, 3, -4, 5, -6] });
    b.output(b.node('Conv', [x, w], { kernel_shape: [1, 1] }), 'float32');
    const m = load(b);
    expect(m.graph.nodes.map((n) => n.op)).toEqual(['QuantizeLinear', 'DequantizeLinear', 'DequantizeLinear', 'Conv']);
    expect(readValues(tensorOf(m, 'w'), 10)).toEqual([1, -2, 3, -4, 5, -6]);
    expect(readValues(tensorOf(m, 'w_scale'), 10)?.map((v) => Math.round(v * 10) / 10)).toEqual([0.1, 0.2, 0.3]);
    expect(readValues(tensorOf(m, 'x_zp'), 10)).toEqual([128]);
    expect(m.graph.nodes[2]?.attrs).toEqual({ axis: 0 });
  });

  it('keeps sparse initializers as constants of the dense shape without dense data', () => {
    const b = new OnnxBuilder();
    b.graphProto().sparse_initializer = [{
      dims: [10, 10],
      values: { name: 'sp', data_type: 1, dims: [3], float_data: [1, 2, 3] },
      indices: { name: 'sp_idx', data_type: 7, dims: [3], int64_data: [0, 11, 99] },
    }];
    b.output(b.node('Relu', ['sp']), 'float32');
    const t = tensorOf(load(b), 'sp');
    expect(t).toMatchObject({ dtype: 'float32', shape: [10, 10], data: { kind: 'computed' } });
  });
});
