/**
 * Operator traits: what the passes, the target mapping and the frontends ask about an operator,
 * in one table keyed by operator kind (as Vela's OperatorInfo carries them), instead of a set in
 * each pass. Adding an operator kind means adding its rule and, when it has any, its traits here.
 */
import type { OpKind } from '../ir/op-kinds.js';

export type OpTrait =
  /** An activation its producer can absorb (passes/fuse-activation.ts). */
  | 'fusable-activation'
  /** A producer that can absorb a following activation. */
  | 'absorbs-activation'
  /** A clamping activation: in an integer layer the output requantization applies it (0 MACC). */
  | 'clamp'
  /** A following BatchNormalization folds into its weights (passes/batchnorm.ts). */
  | 'absorbs-batchnorm'
  /** Moves or selects values without changing them: quantization parameters pass through (passes/qdq.ts). */
  | 'qdq-transparent'
  /** Only reshapes its input (the same bytes in the same order): it joins the neighbouring epoch (mapping/epochs.ts) and may be a view of a caller's input buffer (memory/lifetimes.ts). */
  | 'data-movement'
  /** Has a memory layout (NCHW / NHWC) the frontends record (frontends/onnx/map-node.ts). */
  | 'spatial'
  /** Output element k depends on input element k only: it may overwrite its input (memory/streaming.ts). */
  | 'streams-elements'
  /** A sliding window over rows: its output may overwrite the input rows it has passed (memory/streaming.ts). */
  | 'streams-rows'
  /** Binary element-wise: joins the HW epoch of the compute op whose output it reads (mapping/epochs.ts). */
  | 'chains-into-epoch'
  /** Moves data: when the accelerator runs it, it joins the neighbouring HW epoch, as data movement does (mapping/epochs.ts). */
  | 'joins-hw-epoch';

const ACT: readonly OpTrait[] = ['fusable-activation', 'streams-elements'];
const CLAMP: readonly OpTrait[] = ['fusable-activation', 'clamp', 'streams-elements'];
const RESHAPE: readonly OpTrait[] = ['qdq-transparent', 'data-movement', 'streams-elements'];
/** Element-wise without an absorbable activation: unary maths, binary arithmetic, (de)quantization. */
const UNARY: readonly OpTrait[] = ['streams-elements'];

export const OP_TRAITS: Readonly<Partial<Record<OpKind, readonly OpTrait[]>>> = {
  Conv: ['absorbs-activation', 'absorbs-batchnorm', 'spatial', 'streams-rows'],
  ConvTranspose: ['absorbs-activation', 'absorbs-batchnorm', 'spatial'],
  Gemm: ['absorbs-activation', 'absorbs-batchnorm'],
  MatMul: ['absorbs-activation'],
  Add: ['absorbs-activation', 'streams-elements', 'chains-into-epoch'],
  Sub: ['streams-elements', 'chains-into-epoch'],
  Mul: ['streams-elements', 'chains-into-epoch'],
  Div: UNARY,
  Max: UNARY,
  Min: UNARY,
  SquaredDifference: UNARY,
  MaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial', 'streams-rows'],
  AveragePool: ['absorbs-activation', 'spatial', 'streams-rows'],
  GlobalAveragePool: ['absorbs-activation', 'spatial'],
  GlobalMaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial'],
  LpPool: ['absorbs-activation', 'spatial'],
  // max(x, 0) maps the quantized grid onto itself (max(q, zero point)): the parameters pass through.
  Relu: [...CLAMP, 'qdq-transparent'],
  Relu6: CLAMP,
  Clip: CLAMP,
  LeakyRelu: ACT,
  Sigmoid: ACT,
  Tanh: ACT,
  HardSwish: ACT,
  HardSigmoid: ACT,
  BatchNormalization: ['spatial', 'streams-elements'],
  InstanceNormalization: ['spatial'],
  LRN: ['spatial'],
  Resize: ['spatial'],
  DepthToSpace: ['qdq-transparent', 'spatial'],
  SpaceToDepth: ['qdq-transparent', 'spatial'],
  Reshape: RESHAPE,
  Flatten: RESHAPE,
  Squeeze: RESHAPE,
  Unsqueeze: RESHAPE,
  Identity: RESHAPE,
  Transpose: ['qdq-transparent', 'joins-hw-epoch'],
  Dropout: ['qdq-transparent', 'streams-elements'],
  PRelu: UNARY,
  Elu: UNARY,
  Selu: UNARY,
  Celu: UNARY,
  Gelu: UNARY,
  Swish: UNARY,
  Mish: UNARY,
  Softplus: UNARY,
  Softsign: UNARY,
  Exp: UNARY,
  Log: UNARY,
  Sqrt: UNARY,
  Rsqrt: UNARY,
  Reciprocal: UNARY,
  Abs: UNARY,
  Neg: UNARY,
  Floor: UNARY,
  Ceil: UNARY,
  Round: UNARY,
  Erf: UNARY,
  Square: UNARY,
  QuantizeLinear: UNARY,
  Quant: UNARY,
  BipolarQuant: UNARY,
  Trunc: UNARY,
  DequantizeLinear: UNARY,
  Requantize: UNARY,
  Cast: UNARY,
  Slice: ['qdq-transparent'],
  Gather: ['qdq-transparent'],
  Pad: ['qdq-transparent', 'streams-rows'],
  Split: ['qdq-transparent'],
  Tile: ['qdq-transparent'],
  Expand: ['qdq-transparent'],
};

export function hasTrait(op: OpKind | string, trait: OpTrait): boolean {
  // Stryker disable next-line ArrayDeclaration: equivalent, an operator without traits has none, and no trait is spelled like the mutant's filler string
  return (OP_TRAITS[op as OpKind] ?? []).includes(trait);
}

/** Consistency of a traits table, checked when this one loads: a clamp is an activation that can be fused. */
export function checkTraits(table: Readonly<Partial<Record<string, readonly OpTrait[]>>>): void {
  // a listed operator always has its array
  for (const [op, traits] of Object.entries(table) as [string, readonly OpTrait[]][]) {
    if (traits.includes('clamp') && !traits.includes('fusable-activation')) throw new Error(`ops/traits: ${op} is a clamp but not a fusable activation`);
  }
}
checkTraits(OP_TRAITS);
