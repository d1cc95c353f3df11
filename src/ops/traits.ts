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
  /** Only reshapes its input: it joins the neighbouring epoch (mapping/epochs.ts). */
  | 'data-movement'
  /** Has a memory layout (NCHW / NHWC) the frontends record (frontends/onnx/map-node.ts). */
  | 'spatial';

const ACT: readonly OpTrait[] = ['fusable-activation'];
const CLAMP: readonly OpTrait[] = ['fusable-activation', 'clamp'];
const RESHAPE: readonly OpTrait[] = ['qdq-transparent', 'data-movement'];

export const OP_TRAITS: Readonly<Partial<Record<OpKind, readonly OpTrait[]>>> = {
  Conv: ['absorbs-activation', 'absorbs-batchnorm', 'spatial'],
  ConvTranspose: ['absorbs-activation', 'absorbs-batchnorm', 'spatial'],
  Gemm: ['absorbs-activation', 'absorbs-batchnorm'],
  MatMul: ['absorbs-activation'],
  Add: ['absorbs-activation'],
  MaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial'],
  AveragePool: ['absorbs-activation', 'spatial'],
  GlobalAveragePool: ['absorbs-activation', 'spatial'],
  GlobalMaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial'],
  LpPool: ['absorbs-activation', 'spatial'],
  Relu: CLAMP,
  Relu6: CLAMP,
  Clip: CLAMP,
  LeakyRelu: ACT,
  Sigmoid: ACT,
  Tanh: ACT,
  HardSwish: ACT,
  HardSigmoid: ACT,
  BatchNormalization: ['spatial'],
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
  Transpose: ['qdq-transparent'],
  Dropout: ['qdq-transparent'],
  Slice: ['qdq-transparent'],
  Gather: ['qdq-transparent'],
  Pad: ['qdq-transparent'],
  Split: ['qdq-transparent'],
  Tile: ['qdq-transparent'],
  Expand: ['qdq-transparent'],
};

export function hasTrait(op: OpKind | string, trait: OpTrait): boolean {
  return (OP_TRAITS[op as OpKind] ?? []).includes(trait);
}

/** Consistency of the table, checked when it loads: a clamp is an activation that can be fused. */
for (const [op, traits] of Object.entries(OP_TRAITS)) {
  if (traits.includes('clamp') && !traits.includes('fusable-activation')) throw new Error(`ops/traits: ${op} is a clamp but not a fusable activation`);
}
