/** Normalizations: BatchNorm 2*O unfused; LayerNorm 7*N + 29*rows (placeholder, METRICS.md). */
import type { Shape } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { cost, outCount } from './util/cost.js';
import { UNKNOWN_DIM, normAxis, product } from './util/dims.js';
import { attrInt, layoutOf } from './util/attrs.js';
import { sameAsInput } from './activation.js';

function channelDim(ctx: OpRuleContext, x: Shape) {
  return (layoutOf(ctx.node) === 'NHWC' ? x[x.length - 1] : x[1]) ?? UNKNOWN_DIM;
}

/** Y, and in training mode the running mean and variance ([C] each). */
function batchNormInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const out = sameAsInput(ctx);
  const c = x?.shape ? channelDim(ctx, x.shape) : UNKNOWN_DIM;
  for (let i = 1; i < ctx.node.outputs.length; i++) out.push({ shape: [c], dtype: ctx.input(3)?.dtype ?? x?.dtype });
  return out;
}

/** Y, Mean and InvStdDev (reduced dims from `axis` on kept as 1). */
function layerNormInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const out = sameAsInput(ctx);
  if (!x?.shape) return out;
  const axis = normAxis(attrInt(ctx.node, 'axis', -1), x.shape.length);
  const stat = x.shape.map((d, i) => (i < axis ? d : 1));
  for (let i = 1; i < ctx.node.outputs.length; i++) out.push({ shape: stat, dtype: 'float32' });
  return out;
}

function rowsBefore(x: Shape | undefined, axis: number): number {
  if (!x) return 0;
  const a = axis < 0 ? axis + x.length : axis;
  return a < 0 || a > x.length ? 0 : product(x.slice(0, a)) ?? 0;
}

export const NORMALIZATION_RULES: OpRule[] = [
  { kind: 'BatchNormalization', role: 'normalization', infer: batchNormInfer, cost: (ctx) => cost(2 * outCount(ctx)) },
  {
    kind: 'LayerNormalization', role: 'normalization', infer: layerNormInfer,
    cost: (ctx) => cost(7 * outCount(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, attrInt(ctx.node, 'axis', -1))),
  },
  {
    // Provisional: the LayerNorm placeholder with one row per (N, C).
    kind: 'InstanceNormalization', role: 'normalization', infer: sameAsInput,
    cost: (ctx) => cost(7 * outCount(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, 2)),
  },
  // Provisional: each output sums `size` squares across channels.
  { kind: 'LRN', role: 'normalization', infer: sameAsInput, cost: (ctx) => cost(attrInt(ctx.node, 'size', 1) * outCount(ctx)) },
  // Provisional: square, sum and scale.
  { kind: 'L2Normalization', role: 'normalization', infer: sameAsInput, cost: (ctx) => cost(3 * outCount(ctx)) },
];
