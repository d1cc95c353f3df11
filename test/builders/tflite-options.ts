/**
 * Builtin-options writers for the TFLite test builder: each returns a function that writes the
 * options table and names its union type, e.g. `conv2d({ padding: 'VALID', stride: [2, 2], activation: 'RELU' })`.
 */
import type * as flatbuffers from 'flatbuffers';
import * as t from '../../src/schemas/tflite/tflite.js';

export type OptionsFn = (fb: flatbuffers.Builder) => [t.BuiltinOptions, flatbuffers.Offset];
export type Activation = keyof typeof t.ActivationFunctionType;
type Pad = 'SAME' | 'VALID';

const act = (a: Activation | undefined): t.ActivationFunctionType => t.ActivationFunctionType[a ?? 'NONE'];
const pad = (p: Pad | undefined): t.Padding => (p === 'VALID' ? t.Padding.VALID : t.Padding.SAME);

export interface ConvOpts { padding?: Pad; stride?: [number, number]; dilation?: [number, number]; activation?: Activation }

export const conv2d = (o: ConvOpts = {}): OptionsFn => (fb) => [t.BuiltinOptions.Conv2DOptions,
  t.Conv2DOptions.createConv2DOptions(fb, pad(o.padding), o.stride?.[1] ?? 1, o.stride?.[0] ?? 1, act(o.activation), o.dilation?.[1] ?? 1, o.dilation?.[0] ?? 1, t.TensorType.FLOAT32)];

export const depthwise = (o: ConvOpts & { depthMultiplier?: number } = {}): OptionsFn => (fb) => [t.BuiltinOptions.DepthwiseConv2DOptions,
  t.DepthwiseConv2DOptions.createDepthwiseConv2DOptions(fb, pad(o.padding), o.stride?.[1] ?? 1, o.stride?.[0] ?? 1, o.depthMultiplier ?? 1, act(o.activation), o.dilation?.[1] ?? 1, o.dilation?.[0] ?? 1)];

export const transposeConv = (o: ConvOpts = {}): OptionsFn => (fb) => [t.BuiltinOptions.TransposeConvOptions,
  t.TransposeConvOptions.createTransposeConvOptions(fb, pad(o.padding), o.stride?.[1] ?? 1, o.stride?.[0] ?? 1, act(o.activation), t.TensorType.FLOAT32)];

export const pool2d = (o: { filter: [number, number]; padding?: Pad; stride?: [number, number]; activation?: Activation }): OptionsFn => (fb) => [t.BuiltinOptions.Pool2DOptions,
  t.Pool2DOptions.createPool2DOptions(fb, pad(o.padding), o.stride?.[1] ?? 1, o.stride?.[0] ?? 1, o.filter[1], o.filter[0], act(o.activation))];

export const fullyConnected = (o: { keepNumDims?: boolean; activation?: Activation } = {}): OptionsFn => (fb) => [t.BuiltinOptions.FullyConnectedOptions,
  t.FullyConnectedOptions.createFullyConnectedOptions(fb, act(o.activation), t.FullyConnectedOptionsWeightsFormat.DEFAULT, o.keepNumDims ?? false, false, t.TensorType.FLOAT32)];

/** ADD/SUB/MUL/DIV options carry only the fused activation. */
export const add = (activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.AddOptions, t.AddOptions.createAddOptions(fb, act(activation), false)];
export const mul = (activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.MulOptions, t.MulOptions.createMulOptions(fb, act(activation))];
export const sub = (activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.SubOptions, t.SubOptions.createSubOptions(fb, act(activation), false)];
export const div = (activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.DivOptions, t.DivOptions.createDivOptions(fb, act(activation))];

export const softmax = (beta = 1): OptionsFn => (fb) => [t.BuiltinOptions.SoftmaxOptions, t.SoftmaxOptions.createSoftmaxOptions(fb, beta)];
export const concat = (axis: number, activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.ConcatenationOptions, t.ConcatenationOptions.createConcatenationOptions(fb, axis, act(activation))];
export const reducer = (keepDims: boolean): OptionsFn => (fb) => [t.BuiltinOptions.ReducerOptions, t.ReducerOptions.createReducerOptions(fb, keepDims)];
export const reshape = (newShape: number[]): OptionsFn => (fb) => [t.BuiltinOptions.ReshapeOptions, t.ReshapeOptions.createReshapeOptions(fb, t.ReshapeOptions.createNewShapeVector(fb, newShape))];
export const squeeze = (dims: number[]): OptionsFn => (fb) => [t.BuiltinOptions.SqueezeOptions, t.SqueezeOptions.createSqueezeOptions(fb, t.SqueezeOptions.createSqueezeDimsVector(fb, dims))];
export const split = (numSplits: number): OptionsFn => (fb) => [t.BuiltinOptions.SplitOptions, t.SplitOptions.createSplitOptions(fb, numSplits)];
export const gather = (axis: number, batchDims = 0): OptionsFn => (fb) => [t.BuiltinOptions.GatherOptions, t.GatherOptions.createGatherOptions(fb, axis, batchDims)];
export const pack = (count: number, axis: number): OptionsFn => (fb) => [t.BuiltinOptions.PackOptions, t.PackOptions.createPackOptions(fb, count, axis)];
export const unpack = (num: number, axis: number): OptionsFn => (fb) => [t.BuiltinOptions.UnpackOptions, t.UnpackOptions.createUnpackOptions(fb, num, axis)];
export const leakyRelu = (alpha: number): OptionsFn => (fb) => [t.BuiltinOptions.LeakyReluOptions, t.LeakyReluOptions.createLeakyReluOptions(fb, alpha)];
export const svdf = (rank: number, activation?: Activation): OptionsFn => (fb) => [t.BuiltinOptions.SVDFOptions, t.SVDFOptions.createSVDFOptions(fb, rank, act(activation), false)];
export const resize = (): OptionsFn => (fb) => [t.BuiltinOptions.ResizeBilinearOptions, t.ResizeBilinearOptions.createResizeBilinearOptions(fb, false, false)];

export const lstm = (o: { timeMajor?: boolean; activation?: Activation } = {}): OptionsFn => (fb) => [t.BuiltinOptions.UnidirectionalSequenceLSTMOptions,
  t.UnidirectionalSequenceLSTMOptions.createUnidirectionalSequenceLSTMOptions(fb, act(o.activation ?? 'TANH'), 0, 0, o.timeMajor ?? false, false, false)];

export const stridedSlice = (o: { begin?: number; end?: number; ellipsis?: number; newAxis?: number; shrink?: number; offset?: boolean } = {}): OptionsFn => (fb) => [t.BuiltinOptions.StridedSliceOptions,
  t.StridedSliceOptions.createStridedSliceOptions(fb, o.begin ?? 0, o.end ?? 0, o.ellipsis ?? 0, o.newAxis ?? 0, o.shrink ?? 0, o.offset ?? false)];

export const whileOp = (cond: number, body: number): OptionsFn => (fb) => [t.BuiltinOptions.WhileOptions, t.WhileOptions.createWhileOptions(fb, cond, body)];
export const ifOp = (thenIndex: number, elseIndex: number): OptionsFn => (fb) => [t.BuiltinOptions.IfOptions, t.IfOptions.createIfOptions(fb, thenIndex, elseIndex)];
export const callOnce = (init: number): OptionsFn => (fb) => [t.BuiltinOptions.CallOnceOptions, t.CallOnceOptions.createCallOnceOptions(fb, init)];
