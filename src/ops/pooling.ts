/** Pools: MACC = O * kh * kw; global pools cost their input elements (METRICS.md). */
import type { OpRule, OpRuleContext } from './rule.js';
import { attrInts } from './util/attrs.js';
import { cost, inCount, outCount } from './util/cost.js';
import { fail, product } from './util/dims.js';
import { geometry, joinShape, splitShape, windowOut } from './util/spatial.js';

function kernel(ctx: OpRuleContext): number[] {
  const k = attrInts(ctx.node, 'kernel_shape');
  if (!k) fail('kernel_shape attribute is missing');
  return k;
}

function poolInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  const outputs = ctx.node.outputs.length;
  if (!x?.shape) return [{ dtype: x?.dtype }, { dtype: 'int64' as const }].slice(0, outputs);
  const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
  const g = geometry(ctx.node, kernel(ctx));
  if (g.kernel.length !== spatial.length) fail(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
  const shape = joinShape(ctx.node, batch, channels, spatial.map((d, i) => windowOut(d, g, i)));
  // MaxPool's optional second output: flat indices (int64) of the same shape.
  return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' as const }].slice(0, Math.max(1, outputs));
}

function poolCost(ctx: OpRuleContext) {
  const k = product(kernel(ctx)) ?? 0;
  const m = outCount(ctx) * k;
  return cost(m, m);
}

function globalInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
  return [{ shape: joinShape(ctx.node, batch, channels, spatial.map(() => 1)), dtype: x.dtype }];
}

function globalCost(ctx: OpRuleContext) {
  const m = inCount(ctx);
  return cost(m, m);
}

export const POOL_RULES: OpRule[] = [
  { kind: 'MaxPool', role: 'pool', infer: poolInfer, cost: poolCost },
  { kind: 'AveragePool', role: 'pool', infer: poolInfer, cost: poolCost },
  { kind: 'LpPool', role: 'pool', infer: poolInfer, cost: poolCost },
  { kind: 'GlobalAveragePool', role: 'pool', infer: globalInfer, cost: globalCost },
  { kind: 'GlobalMaxPool', role: 'pool', infer: globalInfer, cost: globalCost },
];
