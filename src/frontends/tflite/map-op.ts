/**
 * TFLite builtin operators -> IR op kinds and attributes (ONNX naming, layout NHWC). Each mapper
 * reads the operator's options and, where the IR wants another operand form (paddings order,
 * perm as an attribute, transpose-conv operand order), rewrites the inputs.
 */
import { BuiltinOperator as B, BuiltinOptions as O, type Operator } from '../../schemas/tflite/tflite.js';
import * as t from '../../schemas/tflite/tflite.js';
import type { OpKind } from '../../ir/op-kinds.js';
import type { MappedOp, OpContext, OpMapper } from './op-context.js';
import { autoPad, dimOf, fusedActivation, onnxPads, options, pair } from './options.js';
import { lstmMapper, rnnMapper, stridedSliceMapper, svdfMapper } from './map-op-seq.js';

const simple = (op: OpKind): OpMapper => () => ({ op, attrs: {} });

/** Binary elementwise ops with a fused activation in their options. */
function binary(op: OpKind, type: O, make: () => { fusedActivationFunction(): t.ActivationFunctionType }): OpMapper {
  return (c) => ({ op, attrs: {}, activation: fusedActivation(options(c.op, type, make)?.fusedActivationFunction()) });
}

function conv2d(c: OpContext): MappedOp {
  const o = options(c.op, O.Conv2DOptions, () => new t.Conv2DOptions());
  const attrs: MappedOp['attrs'] = {
    layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad(o?.padding()),
    strides: pair(o?.strideH(), o?.strideW()), dilations: pair(o?.dilationHFactor(), o?.dilationWFactor()),
  };
  // Grouped CONV_2D (TF 2.9+): input channels are a multiple of the filter's.
  const cin = dimOf(c.input(0), -1);
  const wIn = dimOf(c.input(1), -1);
  if (cin !== undefined && wIn !== undefined && wIn > 0 && cin !== wIn && cin % wIn === 0) attrs['group'] = cin / wIn;
  return { op: 'Conv', attrs, activation: fusedActivation(o?.fusedActivationFunction()) };
}

function depthwise(c: OpContext): MappedOp {
  const o = options(c.op, O.DepthwiseConv2DOptions, () => new t.DepthwiseConv2DOptions());
  const attrs: MappedOp['attrs'] = {
    layout: 'NHWC', weight_layout: 'IHWO', auto_pad: autoPad(o?.padding()),
    strides: pair(o?.strideH(), o?.strideW()), dilations: pair(o?.dilationHFactor(), o?.dilationWFactor()),
    depth_multiplier: o?.depthMultiplier() || 1,
  };
  const cin = dimOf(c.input(0), -1);
  if (cin !== undefined) attrs['group'] = cin;
  return { op: 'Conv', attrs, activation: fusedActivation(o?.fusedActivationFunction()) };
}

function conv3d(c: OpContext): MappedOp {
  const o = options(c.op, O.Conv3DOptions, () => new t.Conv3DOptions());
  return {
    op: 'Conv',
    attrs: {
      layout: 'NHWC', weight_layout: 'HWIO', auto_pad: autoPad(o?.padding()),
      strides: [o?.strideD() || 1, ...pair(o?.strideH(), o?.strideW())],
      dilations: [o?.dilationDFactor() || 1, ...pair(o?.dilationHFactor(), o?.dilationWFactor())],
    },
    activation: fusedActivation(o?.fusedActivationFunction()),
  };
}

/** TRANSPOSE_CONV(output_shape, weights [Cout, KH, KW, Cin], input[, bias]) -> ConvTranspose(x, w[, b]). */
function transposeConv(c: OpContext): MappedOp {
  const o = options(c.op, O.TransposeConvOptions, () => new t.TransposeConvOptions());
  const attrs: MappedOp['attrs'] = { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad(o?.padding()), strides: pair(o?.strideH(), o?.strideW()) };
  const shape = c.values(0);
  if (shape && shape.length === 4) attrs['output_shape'] = shape.slice(1, 3);
  const inputs = [c.inputs[2] ?? '', c.inputs[1] ?? ''];
  if (c.inputs[3]) inputs.push(c.inputs[3]);
  // the kernel still reads its output_shape operand: it stays alive until this op (memory/lifetimes.ts)
  if (c.inputs[0] && !shape) attrs['shape_reads'] = [c.inputs[0]];
  return { op: 'ConvTranspose', attrs, inputs, activation: fusedActivation(o?.fusedActivationFunction()) };
}

function pool(op: OpKind): OpMapper {
  return (c) => {
    const o = options(c.op, O.Pool2DOptions, () => new t.Pool2DOptions());
    return {
      op,
      attrs: { layout: 'NHWC', auto_pad: autoPad(o?.padding()), strides: pair(o?.strideH(), o?.strideW()), kernel_shape: pair(o?.filterHeight(), o?.filterWidth()) },
      activation: fusedActivation(o?.fusedActivationFunction()),
    };
  };
}

/** FULLY_CONNECTED: weights [out, in] = Gemm transB=1; keep_num_dims tells the output rank. */
function fullyConnected(c: OpContext): MappedOp {
  const o = options(c.op, O.FullyConnectedOptions, () => new t.FullyConnectedOptions());
  return { op: 'Gemm', attrs: { transB: 1, keep_num_dims: o?.keepNumDims() ? 1 : 0 }, activation: fusedActivation(o?.fusedActivationFunction()) };
}

/** MEAN/SUM/...: TFLite tensors are channels-last (`layout` NHWC: the channel axis is the last). */
function reduce(op: OpKind): OpMapper {
  return (c) => ({ op, attrs: { keepdims: options(c.op, O.ReducerOptions, () => new t.ReducerOptions())?.keepDims() ? 1 : 0, layout: 'NHWC' } });
}

/** PAD/PADV2: paddings [[b, e], ...] become ONNX-ordered `pads`; PADV2's input 2 is the value. Rank-4 tensors are NHWC. */
function pad(c: OpContext): MappedOp {
  const v = c.values(1);
  return { op: 'Pad', attrs: v ? { pads: onnxPads(v), layout: 'NHWC' } : { layout: 'NHWC' } };
}

/** MIRROR_PAD: ONNX Pad in 'reflect' mode (TFLite's SYMMETRIC is counted the same). */
function mirrorPad(c: OpContext): MappedOp {
  const p = pad(c);
  return { ...p, attrs: { ...p.attrs, mode: 'reflect' } };
}

function reshape(c: OpContext): MappedOp {
  const attrs = { allowzero: 1 };
  if (c.inputs[1]) return { op: 'Reshape', attrs };
  const o = options(c.op, O.ReshapeOptions, () => new t.ReshapeOptions());
  const dims: number[] = [];
  for (let i = 0; o && i < o.newShapeLength(); i++) dims.push(o.newShape(i) ?? 0);
  return { op: 'Reshape', attrs, inputs: [c.inputs[0] ?? '', c.constant('new_shape', 'int32', dims)] };
}

function squeeze(c: OpContext): MappedOp {
  const o = options(c.op, O.SqueezeOptions, () => new t.SqueezeOptions());
  const axes: number[] = [];
  for (let i = 0; o && i < o.squeezeDimsLength(); i++) axes.push(o.squeezeDims(i) ?? 0);
  return { op: 'Squeeze', attrs: axes.length > 0 ? { axes } : {}, inputs: [c.inputs[0] ?? ''] };
}

/** TRANSPOSE(x, perm): a constant perm becomes the attribute (no longer an input, not a weight: stedgeai counts none). */
function transpose(c: OpContext): MappedOp {
  const perm = c.values(1);
  return perm ? { op: 'Transpose', attrs: { perm, layout: 'NHWC' }, inputs: [c.inputs[0] ?? ''] } : { op: 'Transpose', attrs: { layout: 'NHWC' } };
}

/** FILL(dims, value) -> ConstantOfShape(dims) with the value tensor as its attribute. */
function fill(c: OpContext): MappedOp {
  const value = c.input(1);
  return { op: 'ConstantOfShape', attrs: value ? { value } : {}, inputs: [c.inputs[0] ?? ''] };
}

/** SPLIT(axis, x) -> Split(x) with axis and num_outputs attributes. */
function split(c: OpContext): MappedOp {
  const axis = c.values(0)?.[0] ?? 0;
  const n = options(c.op, O.SplitOptions, () => new t.SplitOptions())?.numSplits() || c.outputs.length;
  return { op: 'Split', attrs: { axis, num_outputs: n }, inputs: [c.inputs[1] ?? ''] };
}

/** SPLIT_V(x, size_splits, axis). */
function splitV(c: OpContext): MappedOp {
  const sizes = c.values(1);
  const attrs: MappedOp['attrs'] = { axis: c.values(2)?.[0] ?? 0 };
  if (sizes && !sizes.includes(-1)) attrs['split'] = sizes;
  return { op: 'Split', attrs, inputs: [c.inputs[0] ?? ''] };
}

/** SLICE(x, begin, size): size -1 means "to the end". */
function slice(c: OpContext): MappedOp {
  const begin = c.values(1);
  const size = c.values(2);
  if (!begin || !size) return { op: 'Slice', attrs: {}, inputs: [c.inputs[0] ?? ''] };
  const ends = size.map((s, i) => (s < 0 ? 2 ** 31 - 1 : (begin[i] ?? 0) + s));
  return { op: 'Slice', attrs: { starts: begin, ends }, inputs: [c.inputs[0] ?? ''] };
}

function resize(mode: string): OpMapper {
  return (c) => {
    const size = c.values(1);
    return { op: 'Resize', attrs: { layout: 'NHWC', mode, ...(size ? { sizes: size } : {}) }, inputs: [c.inputs[0] ?? ''] };
  };
}

function withAxis(op: OpKind, read: (o: Operator) => number | undefined): OpMapper {
  return (c) => ({ op, attrs: { axis: read(c.op) ?? 0 } });
}

/** ARG_MAX/ARG_MIN(x, axis): the reduced dim is dropped. */
function argReduce(op: OpKind): OpMapper {
  return (c) => ({ op, attrs: { axis: c.values(1)?.[0] ?? 0, keepdims: 0 }, inputs: [c.inputs[0] ?? ''] });
}

function spaceDepth(op: OpKind, type: O): OpMapper {
  return (c) => {
    const o = type === O.DepthToSpaceOptions ? options(c.op, type, () => new t.DepthToSpaceOptions()) : options(c.op, type, () => new t.SpaceToDepthOptions());
    return { op, attrs: { layout: 'NHWC', blocksize: o?.blockSize() || 1 } };
  };
}

function subgraphOp(op: OpKind, keys: (o: Operator) => Record<string, number> | undefined): OpMapper {
  return (c) => ({ op, attrs: {}, subgraphs: keys(c.op) ?? {} });
}

/** Builtins by code. Anything missing maps to 'Unknown' with a W_UNKNOWN_OP diagnostic. */
export const BUILTINS: ReadonlyMap<number, OpMapper> = new Map<number, OpMapper>([
  [B.CONV_2D, conv2d], [B.DEPTHWISE_CONV_2D, depthwise], [B.CONV_3D, conv3d], [B.TRANSPOSE_CONV, transposeConv],
  [B.FULLY_CONNECTED, fullyConnected], [B.BATCH_MATMUL, simple('MatMul')],
  [B.AVERAGE_POOL_2D, pool('AveragePool')], [B.MAX_POOL_2D, pool('MaxPool')], [B.L2_POOL_2D, pool('LpPool')],
  [B.ADD, binary('Add', O.AddOptions, () => new t.AddOptions())], [B.SUB, binary('Sub', O.SubOptions, () => new t.SubOptions())],
  [B.MUL, binary('Mul', O.MulOptions, () => new t.MulOptions())], [B.DIV, binary('Div', O.DivOptions, () => new t.DivOptions())],
  [B.MAXIMUM, simple('Max')], [B.MINIMUM, simple('Min')], [B.POW, simple('Pow')], [B.SQUARED_DIFFERENCE, simple('SquaredDifference')],
  [B.FLOOR_MOD, simple('Mod')], [B.FLOOR_DIV, simple('Div')], [B.ADD_N, simple('Sum')],
  [B.LESS, simple('Less')], [B.GREATER, simple('Greater')], [B.LESS_EQUAL, simple('LessOrEqual')], [B.GREATER_EQUAL, simple('GreaterOrEqual')],
  [B.EQUAL, simple('Equal')], [B.NOT_EQUAL, simple('Equal')], [B.LOGICAL_AND, simple('And')], [B.LOGICAL_OR, simple('Or')],
  [B.LOGICAL_NOT, simple('Not')], [B.SELECT, simple('Where')], [B.SELECT_V2, simple('Where')],
  [B.RELU, simple('Relu')], [B.RELU6, simple('Relu6')], [B.RELU_N1_TO_1, () => ({ op: 'Clip', attrs: { min: -1, max: 1 } })],
  [B.RELU_0_TO_1, () => ({ op: 'Clip', attrs: { min: 0, max: 1 } })],
  [B.LOGISTIC, simple('Sigmoid')], [B.TANH, simple('Tanh')], [B.HARD_SWISH, simple('HardSwish')], [B.GELU, simple('Gelu')],
  [B.ELU, simple('Elu')], [B.PRELU, simple('PRelu')],
  [B.LEAKY_RELU, (c) => ({ op: 'LeakyRelu', attrs: { alpha: options(c.op, O.LeakyReluOptions, () => new t.LeakyReluOptions())?.alpha() ?? 0.2 } })],
  [B.EXP, simple('Exp')], [B.LOG, simple('Log')], [B.SQRT, simple('Sqrt')], [B.RSQRT, simple('Rsqrt')], [B.ABS, simple('Abs')],
  [B.NEG, simple('Neg')], [B.SIN, simple('Sin')], [B.COS, simple('Cos')], [B.SQUARE, simple('Square')], [B.FLOOR, simple('Floor')],
  [B.CEIL, simple('Ceil')], [B.ROUND, simple('Round')], [B.SIGN, simple('Sign')],
  [B.SOFTMAX, (c) => ({ op: 'Softmax', attrs: { axis: -1, beta: options(c.op, O.SoftmaxOptions, () => new t.SoftmaxOptions())?.beta() ?? 1 } })],
  [B.LOG_SOFTMAX, () => ({ op: 'LogSoftmax', attrs: { axis: -1 } })],
  [B.L2_NORMALIZATION, (c) => ({ op: 'L2Normalization', attrs: { axis: -1 }, activation: fusedActivation(options(c.op, O.L2NormOptions, () => new t.L2NormOptions())?.fusedActivationFunction()) })],
  [B.LOCAL_RESPONSE_NORMALIZATION, (c) => ({ op: 'LRN', attrs: { layout: 'NHWC', size: 2 * (options(c.op, O.LocalResponseNormalizationOptions, () => new t.LocalResponseNormalizationOptions())?.radius() ?? 0) + 1 } })],
  [B.MEAN, reduce('ReduceMean')], [B.SUM, reduce('ReduceSum')], [B.REDUCE_MAX, reduce('ReduceMax')], [B.REDUCE_MIN, reduce('ReduceMin')],
  [B.REDUCE_PROD, reduce('ReduceProd')], [B.ARG_MAX, argReduce('ArgMax')], [B.ARG_MIN, argReduce('ArgMin')],
  [B.QUANTIZE, (c) => ({ op: c.input(0)?.dtype.startsWith('float') ? 'QuantizeLinear' : 'Requantize', attrs: {} })],
  [B.DEQUANTIZE, simple('DequantizeLinear')], [B.CAST, simple('Cast')], [B.SHAPE, simple('Shape')],
  [B.RESHAPE, reshape], [B.SQUEEZE, squeeze], [B.EXPAND_DIMS, simple('Unsqueeze')], [B.TRANSPOSE, transpose],
  [B.CONCATENATION, (c) => {
    const o = options(c.op, O.ConcatenationOptions, () => new t.ConcatenationOptions());
    return { op: 'Concat', attrs: { axis: o?.axis() ?? 0 }, activation: fusedActivation(o?.fusedActivationFunction()) };
  }],
  [B.PAD, pad], [B.PADV2, pad], [B.MIRROR_PAD, mirrorPad], [B.SPLIT, split], [B.SPLIT_V, splitV], [B.SLICE, slice],
  [B.STRIDED_SLICE, stridedSliceMapper],
  [B.GATHER, (c) => {
    const o = options(c.op, O.GatherOptions, () => new t.GatherOptions());
    return { op: 'Gather', attrs: { axis: o?.axis() ?? 0, batch_dims: o?.batchDims() ?? 0 } };
  }],
  [B.EMBEDDING_LOOKUP, (c) => ({ op: 'Gather', attrs: { axis: 0 }, inputs: [c.inputs[1] ?? '', c.inputs[0] ?? ''] })],
  [B.GATHER_ND, simple('GatherND')], [B.SCATTER_ND, simple('ScatterND')], [B.TILE, simple('Tile')], [B.BROADCAST_TO, simple('Expand')], [B.FILL, fill],
  [B.PACK, withAxis('Pack', (o) => options(o, O.PackOptions, () => new t.PackOptions())?.axis())],
  [B.UNPACK, withAxis('Unpack', (o) => options(o, O.UnpackOptions, () => new t.UnpackOptions())?.axis())],
  [B.ONE_HOT, withAxis('OneHot', (o) => options(o, O.OneHotOptions, () => new t.OneHotOptions())?.axis() ?? -1)],
  [B.RESIZE_BILINEAR, resize('linear')], [B.RESIZE_NEAREST_NEIGHBOR, resize('nearest')],
  [B.DEPTH_TO_SPACE, spaceDepth('DepthToSpace', O.DepthToSpaceOptions)], [B.SPACE_TO_DEPTH, spaceDepth('SpaceToDepth', O.SpaceToDepthOptions)],
  [B.BATCH_TO_SPACE_ND, simple('BatchToSpace')], [B.SPACE_TO_BATCH_ND, simple('SpaceToBatch')],
  [B.REVERSE_SEQUENCE, simple('ReverseSequence')], [B.TOPK_V2, simple('TopK')], [B.CUMSUM, simple('CumSum')], [B.RANGE, simple('Range')],
  [B.SVDF, svdfMapper], [B.UNIDIRECTIONAL_SEQUENCE_LSTM, lstmMapper], [B.UNIDIRECTIONAL_SEQUENCE_RNN, rnnMapper],
  [B.VAR_HANDLE, simple('VarHandle')], [B.READ_VARIABLE, simple('ReadVariable')], [B.ASSIGN_VARIABLE, simple('AssignVariable')],
  [B.WHILE, subgraphOp('While', (o) => {
    const w = options(o, O.WhileOptions, () => new t.WhileOptions());
    return w ? { cond: w.condSubgraphIndex(), body: w.bodySubgraphIndex() } : undefined;
  })],
  [B.IF, subgraphOp('If', (o) => {
    const w = options(o, O.IfOptions, () => new t.IfOptions());
    return w ? { then_branch: w.thenSubgraphIndex(), else_branch: w.elseSubgraphIndex() } : undefined;
  })],
  [B.CALL_ONCE, subgraphOp('Call', (o) => {
    const w = options(o, O.CallOnceOptions, () => new t.CallOnceOptions());
    return w ? { init: w.initSubgraphIndex() } : undefined;
  })],
]);
