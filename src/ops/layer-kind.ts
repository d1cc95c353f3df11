/**
 * The layer-name prefix stedgeai gives each operator kind in its reports (`conv2d_1`,
 * `nl_1_nl`, `eltwise_4`, `gemm_9`...; ../shared/reference/stedgeai-sww and the BlazeFace N6
 * report): our kinds mapped onto ST's layer families. A kind not listed uses its own name in
 * lower case.
 */
import type { OpKind } from '../ir/op-kinds.js';

const NL: OpKind[] = ['Relu', 'Relu6', 'Clip', 'LeakyRelu', 'PRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu', 'Sigmoid', 'HardSigmoid', 'Tanh',
  'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign', 'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor',
  'Ceil', 'Round', 'Erf', 'Sin', 'Cos', 'Tan', 'Square', 'Softmax', 'LogSoftmax'];
const ELTWISE: OpKind[] = ['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Mod', 'SquaredDifference', 'Sum', 'Mean',
  'Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor', 'Not', 'Where'];
const POOL: OpKind[] = ['MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool'];
const REDUCE: OpKind[] = ['ReduceMean', 'ReduceSum', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL2', 'ReduceSumSquare', 'ArgMax', 'ArgMin'];
const RESHAPE: OpKind[] = ['Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Identity', 'Dropout'];

export const ST_LAYER_KIND: Readonly<Partial<Record<OpKind, string>>> = {
  Conv: 'conv2d', ConvTranspose: 'conv2d_transpose', Gemm: 'gemm', MatMul: 'matmul',
  QuantizeLinear: 'conversion', DequantizeLinear: 'conversion', Requantize: 'conversion',
  Quant: 'conversion', BipolarQuant: 'conversion', Trunc: 'conversion', Cast: 'conversion',
  Concat: 'concat', Pad: 'pad', Transpose: 'transpose', Resize: 'resize', Slice: 'slice', StridedSlice: 'slice', Split: 'split',
  BatchNormalization: 'bn', LayerNormalization: 'norm', InstanceNormalization: 'norm', L2Normalization: 'norm', LRN: 'norm',
  ...Object.fromEntries(NL.map((k) => [k, 'nl'])),
  ...Object.fromEntries(ELTWISE.map((k) => [k, 'eltwise'])),
  ...Object.fromEntries(POOL.map((k) => [k, 'pool'])),
  ...Object.fromEntries(REDUCE.map((k) => [k, 'reduce'])),
  ...Object.fromEntries(RESHAPE.map((k) => [k, 'reshape'])),
};

/** stedgeai's layer family for an operator kind: 'conv2d', 'nl', 'eltwise', ... */
export function stLayerKind(op: OpKind | string): string {
  return ST_LAYER_KIND[op as OpKind] ?? op.toLowerCase();
}
