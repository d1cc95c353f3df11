/**
 * The layer-name prefix stedgeai gives each operator kind in its reports (`conv2d_1`,
 * `nl_1_nl`, `eltwise_4`, `gemm_9`...; ../shared/reference/stedgeai-sww and the BlazeFace N6
 * report): our kinds mapped onto ST's layer families. The families that follow the ops table come
 * from it (one home for each fact): every activation is an `nl` layer, every pooling a `pool`,
 * the element-wise rules (ops/elementwise.ts) `eltwise`, the reductions (ops/reduce.ts) `reduce`.
 * The others are named here. A kind in none of them uses its own name in lower case.
 *
 * A family is ST's layer type in lower case, Nonlinearity shortened to `nl` (the wake-word report
 * names `conv2d_1 (Conv2D, CONV_2D)`, `reshape_8 (Reshape, RESHAPE)`, `gemm_9 (Gemm,
 * FULLY_CONNECTED)`, `nl_10 (Nonlinearity, SOFTMAX)`); the types are those of ST's model tables in
 * ../shared/reference (test/ops/layer-kind.test.ts reads every row). Named without a report
 * showing them, by analogy: ConvTranspose, StridedSlice, the QONNX quantizers, Requantize,
 * the normalizations, and Flatten / Squeeze / Identity / Dropout.
 */
import type { OpKind } from '../ir/op-kinds.js';
import type { OpRole } from './rule.js';
import { ELEMENTWISE_RULES } from './elementwise.js';
import { REDUCE_RULES } from './reduce.js';
import { RULES } from './table.js';

/** The named families that differ from the kind in lower case (Gemm is `gemm`, Concat `concat`... by that rule). */
const NAMED: Readonly<Partial<Record<OpKind, string>>> = {
  Conv: 'conv2d', ConvTranspose: 'conv2d_transpose', MatMul: 'gemm', StridedSlice: 'slice', Expand: 'tile',
  QuantizeLinear: 'conversion', DequantizeLinear: 'conversion', Requantize: 'conversion',
  Quant: 'conversion', BipolarQuant: 'conversion', Trunc: 'conversion',
  BatchNormalization: 'bn', LayerNormalization: 'norm', InstanceNormalization: 'norm', L2Normalization: 'norm', LRN: 'norm',
  Flatten: 'reshape', Squeeze: 'reshape', Unsqueeze: 'reshape', Identity: 'reshape', Dropout: 'reshape',
};

const BY_RULES: ReadonlyMap<OpKind, string> = new Map([
  ...ELEMENTWISE_RULES.map((r) => [r.kind, 'eltwise'] as const),
  ...REDUCE_RULES.map((r) => [r.kind, 'reduce'] as const),
]);

const BY_ROLE: Readonly<Partial<Record<OpRole, string>>> = { activation: 'nl', pool: 'pool' };

/** stedgeai's layer family for an operator kind: 'conv2d', 'nl', 'eltwise', ... */
export function stLayerKind(op: OpKind | string): string {
  const kind = op as OpKind;
  const role = RULES.get(kind)?.role;
  // Stryker disable next-line ConditionalExpression: equivalent, as false: BY_ROLE has no key 'undefined', so indexing it with an unknown role gives undefined too
  return NAMED[kind] ?? BY_RULES.get(kind) ?? (role === undefined ? undefined : BY_ROLE[role]) ?? op.toLowerCase();
}
