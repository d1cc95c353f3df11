/**
 * Our operator kinds. Names follow ONNX where ONNX has the operator (it is the richest open
 * vocabulary); frontends map TFLite builtins and Keras layers onto these. Passes and rules
 * switch on these kinds, never on a file format's names.
 */
export const OP_KINDS = [
  // compute
  'Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'Einsum',
  'LSTM', 'GRU', 'RNN', 'SVDF',
  // pooling / reduction
  'MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool',
  'ReduceMean', 'ReduceSum', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL2', 'ReduceSumSquare', 'ArgMax', 'ArgMin',
  // normalization
  'BatchNormalization', 'LayerNormalization', 'InstanceNormalization', 'LRN', 'L2Normalization',
  // elementwise binary
  'Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Mod', 'SquaredDifference',
  'Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor', 'Not', 'Where',
  // activations / unary
  'Relu', 'Relu6', 'Clip', 'LeakyRelu', 'PRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
  'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
  'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
  'Sin', 'Cos', 'Tan', 'Square',
  'Softmax', 'LogSoftmax',
  // quantization
  'QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'Requantize',
  // QONNX (FINN / Brevitas): fake quantization in float, its bit width an input
  'Quant', 'BipolarQuant', 'Trunc',
  // data movement / shape
  'Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Transpose', 'Concat', 'Split', 'Slice', 'Gather',
  'GatherElements', 'GatherND', 'ScatterND', 'Pad', 'Tile', 'Expand', 'Identity', 'Dropout', 'Cast',
  'Shape', 'Size', 'ConstantOfShape', 'Constant', 'Range', 'Resize', 'DepthToSpace', 'SpaceToDepth',
  'NonZero', 'TopK', 'CumSum', 'OneHot', 'Pack', 'Unpack', 'BatchToSpace', 'SpaceToBatch', 'ReverseSequence',
  'StridedSlice',
  // control flow and state
  'If', 'Loop', 'Scan', 'Call', 'While', 'VarHandle', 'ReadVariable', 'AssignVariable',
  // classical ML (ONNX-ML, domain ai.onnx.ml; ops/ml.ts)
  'SVMClassifier', 'SVMRegressor', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'LinearClassifier', 'LinearRegressor',
  'Normalizer', 'Scaler', 'Binarizer', 'Imputer', 'LabelEncoder', 'ZipMap', 'ArrayFeatureExtractor',
  // variadic elementwise (ONNX Sum, Mean)
  'Sum', 'Mean',
  // anything we do not model: kept with its source name, 0 MACC, diagnostic
  'Custom', 'Unknown',
] as const;

export type OpKind = (typeof OP_KINDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(OP_KINDS);
export function isOpKind(s: string): s is OpKind {
  return KIND_SET.has(s);
}
