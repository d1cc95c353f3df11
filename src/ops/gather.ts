/** Gather, GatherElements, GatherND, ScatterND: 0 MACC; Gather folds on small constants. */
import type { Dim } from '../ir/shape.js';
import { isStatic } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt } from './util/attrs.js';
import { ZERO_COST } from './util/cost.js';
import { fail, isNum, normAxis, product } from './util/dims.js';

function gatherInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const idx = ctx.input(1)?.shape;
  if (!x?.shape || !idx) return [{ dtype: x?.dtype }];
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length, 'gather axis');
  return [{ shape: [...x.shape.slice(0, axis), ...idx, ...x.shape.slice(axis + 1)], dtype: x.dtype }];
}

function gatherFold(ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined {
  const x = ctx.input(0)?.shape;
  const [v, ids] = inputs;
  if (!isStatic(x) || !v || !ids) return undefined;
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.length);
  const outer = product(x.slice(0, axis)) ?? 1;
  const inner = product(x.slice(axis + 1)) ?? 1;
  const d = x[axis] ?? 0;
  const res: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const i0 of ids) {
      const i = i0 < 0 ? i0 + d : i0;
      if (i < 0 || i >= d) fail(`gather index ${i0} is out of range for dim ${d}`);
      for (let j = 0; j < inner; j++) res.push(v[(o * d + i) * inner + j] ?? 0);
    }
  }
  return [res];
}

function gatherNDInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const idx = ctx.input(1)?.shape;
  if (!x?.shape || !idx) return [{ dtype: x?.dtype }];
  const b = attrInt(ctx.node, 'batch_dims', 0);
  const last = idx[idx.length - 1];
  if (!isNum(last)) return [{ dtype: x.dtype }];
  if (b + last > x.shape.length) fail(`indices address ${b + last} dims of a rank-${x.shape.length} input`);
  const shape: Dim[] = [...idx.slice(0, -1), ...x.shape.slice(b + last)];
  return [{ shape, dtype: x.dtype }];
}

const indicesShape = (ctx: OpRuleContext): InferredOutput[] => {
  const idx = ctx.input(1)?.shape;
  return [{ shape: idx ? [...idx] : undefined, dtype: ctx.input(0)?.dtype }];
};

const dataShape = (ctx: OpRuleContext): InferredOutput[] => {
  const x = ctx.input(0);
  return [{ shape: x?.shape ?? undefined, dtype: x?.dtype }];
};

export const GATHER_RULES: OpRule[] = [
  { kind: 'Gather', role: 'data-movement', infer: gatherInfer, cost: () => ZERO_COST, fold: gatherFold },
  { kind: 'GatherElements', role: 'data-movement', infer: indicesShape, cost: () => ZERO_COST },
  { kind: 'GatherND', role: 'data-movement', infer: gatherNDInfer, cost: () => ZERO_COST },
  { kind: 'ScatterND', role: 'data-movement', infer: dataShape, cost: () => ZERO_COST },
];
