/** One test per elementwise / activation / data-movement / quantization operator; shapes and MACC by hand. */
import { describe, expect, it } from 'vitest';
import type { DType } from '../../../src/ir/dtype.js';
import {
  TfliteBuilder, add, concat, div, gather, leakyRelu, mul, pack, reducer, reshape, resize, softmax, split, squeeze, stridedSlice, sub, unpack,
  memoryInput, type OptionsFn,
} from '../../builders/tflite.js';
import { readTflite } from '../../../src/frontends/tflite/index.js';
import { shapeAndMacc } from './helpers.js';

type Code = Parameters<TfliteBuilder['op']>[0];

/** One op over one float input of `shape` (plus constant inputs), output `out`. */
function single(code: Code, shape: number[], out: number[], extra: (b: TfliteBuilder) => string[] = () => [], options?: OptionsFn, dtypes: [DType, DType] = ['float32', 'float32']) {
  const b = new TfliteBuilder();
  const q = { quant: { scale: [0.1], zeroPoint: [0] } };
  const x = b.input('x', dtypes[0], shape, dtypes[0] === 'int8' ? q : {});
  b.output(b.op(code, [x, ...extra(b)], { out: ['y', dtypes[1], out, dtypes[1] === 'int8' ? q : {}], ...(options ? { options } : {}) }));
  return shapeAndMacc(b, 'y');
}

const c32 = (name: string, values: number[]) => (b: TfliteBuilder) => [b.constant(name, 'int32', [values.length], { values })];

describe('TFLite elementwise and activation operators', () => {
  it.each([
    ['ADD', add(), 'Add', 32], ['SUB', sub(), 'Sub', 32], ['MUL', mul(), 'Mul', 32], ['DIV', div(), 'Div', 5 * 32],
    ['MAXIMUM', undefined, 'Max', 32], ['MINIMUM', undefined, 'Min', 32], ['SQUARED_DIFFERENCE', undefined, 'SquaredDifference', 32],
  ] as const)('%s of two [1,4,4,2] tensors', (code, options, op, macc) => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 4, 4, 2]);
    const y = b.input('z', 'float32', [1, 4, 4, 2]);
    b.output(b.op(code, [x, y], { out: ['y', 'float32', [1, 4, 4, 2]], ...(options ? { options } : {}) }));
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 4, 4, 2], macc: macc, op });
  });

  it('MUL broadcasting a constant [2] over [1,4,4,2]', () => {
    expect(single('MUL', [1, 4, 4, 2], [1, 4, 4, 2], (b) => [b.constant('k', 'float32', [2])], mul())).toEqual({ shape: [1, 4, 4, 2], macc: 32, op: 'Mul' });
  });

  it.each([
    ['RELU', 'Relu', 1], ['RELU6', 'Relu6', 1], ['RELU_N1_TO_1', 'Clip', 1], ['LOGISTIC', 'Sigmoid', 10], ['TANH', 'Tanh', 10],
    ['HARD_SWISH', 'HardSwish', 1], ['SOFTMAX', 'Softmax', 15], ['L2_NORMALIZATION', 'L2Normalization', 3],
  ] as const)('%s over [1,10]: factor %s', (code, op, factor) => {
    expect(single(code, [1, 10], [1, 10], undefined, code === 'SOFTMAX' ? softmax(1) : undefined).macc).toBe(10 * factor);
    expect(single(code, [1, 10], [1, 10]).op).toBe(op);
  });

  it('LEAKY_RELU and PRELU cost O', () => {
    expect(single('LEAKY_RELU', [1, 6], [1, 6], undefined, leakyRelu(0.1))).toEqual({ shape: [1, 6], macc: 6, op: 'LeakyRelu' });
    expect(single('PRELU', [1, 6], [1, 6], (b) => [b.constant('alpha', 'float32', [6])])).toEqual({ shape: [1, 6], macc: 6, op: 'PRelu' });
  });

  it('MEAN over H, W without keep_dims: ReduceMean, a pooling for stedgeai (input elements); over the channels 2 * input elements', () => {
    expect(single('MEAN', [1, 4, 4, 8], [1, 8], c32('axes', [1, 2]), reducer(false))).toEqual({ shape: [1, 8], macc: 128, op: 'ReduceMean' });
    expect(single('MEAN', [1, 4, 4, 8], [1, 4, 4], c32('axes', [3]), reducer(false))).toEqual({ shape: [1, 4, 4], macc: 256, op: 'ReduceMean' });
  });

  it('QUANTIZE (float -> int8) and DEQUANTIZE (int8 -> float) cost 2 * O standing alone', () => {
    expect(single('QUANTIZE', [1, 10], [1, 10], undefined, undefined, ['float32', 'int8'])).toEqual({ shape: [1, 10], macc: 20, op: 'QuantizeLinear' });
    expect(single('DEQUANTIZE', [1, 10], [1, 10], undefined, undefined, ['int8', 'float32'])).toEqual({ shape: [1, 10], macc: 20, op: 'DequantizeLinear' });
  });
});

describe('TFLite data-movement operators', () => {
  it('PAD: paddings [[0,0],[1,1],[2,2],[0,0]]', () => {
    expect(single('PAD', [1, 4, 4, 2], [1, 6, 8, 2], (b) => [b.constant('p', 'int32', [4, 2], { values: [0, 0, 1, 1, 2, 2, 0, 0] })])).toEqual({ shape: [1, 6, 8, 2], macc: 0, op: 'Pad' });
  });

  it('RESHAPE from a shape input with -1, and from the new_shape option', () => {
    expect(single('RESHAPE', [1, 4, 4, 2], [1, 32], c32('s', [1, -1]))).toEqual({ shape: [1, 32], macc: 0, op: 'Reshape' });
    expect(single('RESHAPE', [1, 4, 4, 2], [2, 16], undefined, reshape([2, 16]))).toEqual({ shape: [2, 16], macc: 0, op: 'Reshape' });
  });

  it('SQUEEZE and EXPAND_DIMS', () => {
    expect(single('SQUEEZE', [1, 1, 1, 5], [1, 5], undefined, squeeze([1, 2]))).toEqual({ shape: [1, 5], macc: 0, op: 'Squeeze' });
    expect(single('EXPAND_DIMS', [1, 5], [1, 1, 5], c32('axis', [1]))).toEqual({ shape: [1, 1, 5], macc: 0, op: 'Unsqueeze' });
  });

  it('STRIDED_SLICE: plain, shrink_axis, and masks with a negative stride', () => {
    const bes = (begin: number[], end: number[], strides: number[]) => (b: TfliteBuilder) => [
      b.constant('begin', 'int32', [begin.length], { values: begin }), b.constant('end', 'int32', [end.length], { values: end }),
      b.constant('strides', 'int32', [strides.length], { values: strides }),
    ];
    expect(single('STRIDED_SLICE', [1, 8, 166, 2], [1, 6, 166, 2], bes([0, 1, 0, 0], [1, 7, 166, 2], [1, 1, 1, 1]), stridedSlice()).shape).toEqual([1, 6, 166, 2]);
    expect(single('STRIDED_SLICE', [1, 8, 166, 2], [6, 166, 2], bes([0, 1, 0, 0], [1, 7, 166, 2], [1, 1, 1, 1]), stridedSlice({ shrink: 1 })).shape).toEqual([6, 166, 2]);
    // dim0 1..3 -> 2; dim1 masked, stride 2 -> ceil(10/2) = 5; dim2 from -1 (=5) down to 0 exclusive, stride -1 -> 5
    const r = single('STRIDED_SLICE', [4, 10, 6], [2, 5, 5], bes([1, 0, -1], [3, 0, 0], [1, 2, -1]), stridedSlice({ begin: 2, end: 2 }));
    expect(r).toEqual({ shape: [2, 5, 5], macc: 0, op: 'StridedSlice' });
  });

  it('CONCATENATION on the channel axis', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 2, 2, 3]);
    const z = b.input('z', 'float32', [1, 2, 2, 5]);
    b.output(b.op('CONCATENATION', [x, z], { out: ['y', 'float32', [1, 2, 2, 8]], options: concat(3) }));
    expect(shapeAndMacc(b, 'y')).toEqual({ shape: [1, 2, 2, 8], macc: 0, op: 'Concat' });
  });

  it('TRANSPOSE with a constant perm costs O / 2', () => {
    expect(single('TRANSPOSE', [1, 2, 3, 4], [1, 4, 2, 3], c32('perm', [0, 3, 1, 2]))).toEqual({ shape: [1, 4, 2, 3], macc: 12, op: 'Transpose' });
  });

  it('GATHER, SPLIT, PACK, UNPACK', () => {
    expect(single('GATHER', [5, 4], [3, 4], c32('idx', [0, 2, 4]), gather(0))).toEqual({ shape: [3, 4], macc: 0, op: 'Gather' });
    const b = new TfliteBuilder();
    const axis = b.constant('axis', 'int32', [], { values: [3] });
    const x = b.input('x', 'float32', [1, 2, 2, 6]);
    b.output(b.op('SPLIT', [axis, x], { out: [['s0', 'float32', [1, 2, 2, 2]], ['s1', 'float32', [1, 2, 2, 2]], ['s2', 'float32', [1, 2, 2, 2]]], options: split(3) }));
    expect(shapeAndMacc(b, 's0')).toEqual({ shape: [1, 2, 2, 2], macc: 0, op: 'Split' });
    const p = new TfliteBuilder();
    const a = p.input('a', 'float32', [3, 4]);
    const c = p.input('c', 'float32', [3, 4]);
    p.output(p.op('PACK', [a, c], { out: ['y', 'float32', [2, 3, 4]], options: pack(2, 0) }));
    expect(shapeAndMacc(p, 'y')).toEqual({ shape: [2, 3, 4], macc: 0, op: 'Pack' });
    const u = new TfliteBuilder();
    const v = u.input('v', 'float32', [2, 3, 4]);
    u.output(u.op('UNPACK', [v], { out: [['u0', 'float32', [3, 4]], ['u1', 'float32', [3, 4]]], options: unpack(2, 0) }));
    expect(shapeAndMacc(u, 'u0')).toEqual({ shape: [3, 4], macc: 0, op: 'Unpack' });
  });

  it('RESIZE_BILINEAR to a constant size: linear, 4 * O', () => {
    expect(single('RESIZE_BILINEAR', [1, 4, 4, 3], [1, 8, 8, 3], c32('size', [8, 8]), resize())).toEqual({ shape: [1, 8, 8, 3], macc: 4 * 192, op: 'Resize' });
  });

  it('CAST; SHAPE maps to Shape (then folds to a constant when the input shape is static)', () => {
    expect(single('CAST', [1, 4], [1, 4], undefined, undefined, ['float32', 'int8']).op).toBe('Cast');
    const b = new TfliteBuilder();
    b.output(b.op('SHAPE', [b.input('x', 'float32', [1, 4, 2])], { out: ['y', 'int32', [3]] }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    expect(m.graph.nodes.map((n) => [n.name, n.op, n.sourceOp])).toEqual([['y', 'Shape', 'SHAPE']]);
  });
});
