/** Reductions (axes as attribute before opset 13/18, as input 1 after) and ArgMax/ArgMin. */
import type { Dim, Shape } from '../ir/shape.js';
import type { OpKind } from '../ir/op-kinds.js';
import type { OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrInts, layoutOf } from './util/attrs.js';
import { cost, hasInput, inCount } from './util/cost.js';
import { UNKNOWN_DIM, normAxis } from './util/dims.js';

/** Reduced axes, 'all', or undefined when they are given by a non-constant input. */
function reducedAxes(ctx: OpRuleContext, rank: number): Set<number> | 'all' | undefined {
  let axes = attrInts(ctx.node, 'axes');
  if (!axes && hasInput(ctx, 1)) {
    axes = ctx.constValues(1);
    if (!axes) return undefined;
  }
  if (!axes || axes.length === 0) return attrInt(ctx.node, 'noop_with_empty_axes', 0) === 1 ? new Set() : 'all';
  return new Set(axes.map((a) => normAxis(a, rank, 'reduce axis')));
}

export function reduceShape(x: Shape, axes: Set<number> | 'all', keep: boolean): Shape {
  const out: Dim[] = [];
  x.forEach((d, i) => {
    const r = axes === 'all' || axes.has(i);
    if (!r) out.push(d);
    else if (keep) out.push(1);
  });
  return out;
}

function reduceInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const keep = attrInt(ctx.node, 'keepdims', 1) === 1;
  const axes = reducedAxes(ctx, x.shape.length);
  if (axes === undefined) return [{ shape: keep ? x.shape.map(() => UNKNOWN_DIM) : undefined, dtype: x.dtype }];
  return [{ shape: reduceShape(x.shape, axes, keep), dtype: x.dtype }];
}

/** ReduceProd/ReduceSum/ReduceMin/ReduceMax over everything (shape arithmetic on small vectors). */
function reduceFold(op: (a: number, b: number) => number, init: number) {
  return (ctx: OpRuleContext, inputs: (number[] | undefined)[]) => {
    const x = ctx.input(0)?.shape;
    const axes = x ? reducedAxes(ctx, x.length) : undefined;
    const v = inputs[0];
    if (!v || !x || axes === undefined) return undefined;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, over all axes a 2-D sum is right too, and over some its one value does not fit the output's count, which passes/shapes/fold.ts refuses
    if (x.length > 1) return undefined;
    return axes === 'all' || axes.size > 0 ? [[v.reduce(op, init)]] : [v];
  };
}

function argInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: 'int64' as const }];
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length);
  return [{ shape: reduceShape(x.shape, new Set([axis]), attrInt(ctx.node, 'keepdims', 1) === 1), dtype: 'int64' as const }];
}

const FACTOR: Partial<Record<OpKind, number>> = { ReduceMean: 2, ReduceL2: 2, ReduceSumSquare: 2 };

/**
 * A mean over axes that keep the batch and the channels (a global average over H, W or the
 * sequence) is a pooling for stedgeai: one MACC per input element (TFLite MEAN as `pool_<n>
 * (Pool, MEAN)` in ST 2.x reports of public projects: 4x4x1280 -> 20,480, 7x7x288 -> 14,112,
 * 40x96 over 40 -> 3,840).
 */
function isPoolingMean(ctx: OpRuleContext): boolean {
  const x = ctx.input(0);
  // below rank 3 no axis is left once the batch (0) and the channels (1, or the last) are kept
  if (ctx.node.op !== 'ReduceMean' || !x?.shape) return false;
  const rank = x.shape.length;
  const axes = reducedAxes(ctx, rank);
  if (axes === undefined || axes === 'all' || axes.size === 0) return false;
  const channel = layoutOf(ctx.node) === 'NHWC' ? rank - 1 : 1;
  return !axes.has(0) && !axes.has(channel);
}

function reduceRule(kind: OpKind, fold?: OpRule['fold']): OpRule {
  const f = FACTOR[kind] ?? 1;
  return { kind, role: 'elementwise', shapeInputs: [1], infer: reduceInfer, cost: (ctx) => cost((isPoolingMean(ctx) ? 1 : f) * inCount(ctx)), ...(fold ? { fold } : {}) };
}

export const REDUCE_RULES: OpRule[] = [
  reduceRule('ReduceMean'),
  reduceRule('ReduceSum', reduceFold((a, b) => a + b, 0)),
  reduceRule('ReduceMax', reduceFold((a, b) => Math.max(a, b), -Infinity)),
  reduceRule('ReduceMin', reduceFold((a, b) => Math.min(a, b), Infinity)),
  reduceRule('ReduceProd', reduceFold((a, b) => a * b, 1)),
  reduceRule('ReduceL2'),
  reduceRule('ReduceSumSquare'),
  { kind: 'ArgMax', role: 'elementwise', infer: argInfer, cost: (ctx) => cost(inCount(ctx)) },
  { kind: 'ArgMin', role: 'elementwise', infer: argInfer, cost: (ctx) => cost(inCount(ctx)) },
];
