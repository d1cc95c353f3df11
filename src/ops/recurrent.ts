/**
 * ONNX LSTM/GRU/RNN. MACC per direction: LSTM T*H*(4*(I+H)+3), GRU T*H*(3*(I+H)+2) [ST],
 * RNN T*H*(I+H+1); multiplied by the batch (1 in the reference reports). `pure` keeps the
 * matrix terms (gates * (I+H)) only.
 */
import type { Dim } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrString } from './util/attrs.js';
import { cost } from './util/cost.js';
import { UNKNOWN_DIM, fail, isNum } from './util/dims.js';

interface RnnDims {
  t: Dim;
  b: Dim;
  i: Dim;
  h: Dim;
  dirs: number;
}

function rnnDims(ctx: OpRuleContext, gates: number): RnnDims | undefined {
  const x = ctx.input(0)?.shape;
  if (!x) return undefined;
  if (x.length !== 3) fail(`X must be 3-D [T, B, I] (or [B, T, I] with layout=1), got rank ${x.length}`);
  const batchFirst = attrInt(ctx.node, 'layout', 0) === 1;
  // Stryker disable next-line StringLiteral: equivalent, only 'bidirectional' changes anything: the default 'forward' and any other string both mean one direction
  const direction = attrString(ctx.node, 'direction', 'forward');
  const dirs = direction === 'bidirectional' ? 2 : 1;
  const w = ctx.input(1)?.shape;
  const r = ctx.input(2)?.shape;
  let h: Dim = attrInt(ctx.node, 'hidden_size') ?? UNKNOWN_DIM;
  if (!isNum(h) && r && isNum(r[2])) h = r[2];
  if (!isNum(h) && w && isNum(w[1])) h = w[1] / gates;
  return {
    t: (batchFirst ? x[1] : x[0]) ?? UNKNOWN_DIM,
    b: (batchFirst ? x[0] : x[1]) ?? UNKNOWN_DIM,
    i: x[2] ?? UNKNOWN_DIM,
    h,
    dirs,
  };
}

function rnnInfer(gates: number, states: number) {
  return (ctx: OpRuleContext): InferredOutput[] => {
    const dtype = ctx.input(0)?.dtype;
    const d = rnnDims(ctx, gates);
    const n = ctx.node.outputs.length;
    if (!d) return new Array(n).fill(0).map(() => ({ dtype }));
    const batchFirst = attrInt(ctx.node, 'layout', 0) === 1;
    // TFLite sequence ops (`time_major` set): one output shaped like X, no direction axis.
    if (ctx.node.attrs['time_major'] !== undefined) {
      const hOut = attrInt(ctx.node, 'projection_size') ?? d.h;
      return [{ shape: batchFirst ? [d.b, d.t, hOut] : [d.t, d.b, hOut], dtype }];
    }
    const y = batchFirst ? [d.b, d.t, d.dirs, d.h] : [d.t, d.dirs, d.b, d.h];
    const state = batchFirst ? [d.b, d.dirs, d.h] : [d.dirs, d.b, d.h];
    const out: InferredOutput[] = [{ shape: y, dtype }];
    for (let s = 0; s < states && out.length < n; s++) out.push({ shape: state, dtype });
    return out;
  };
}

function rnnCost(gates: number, extra: number) {
  return (ctx: OpRuleContext) => {
    const d = rnnDims(ctx, gates);
    if (!d || !isNum(d.t) || !isNum(d.b) || !isNum(d.i) || !isNum(d.h)) return cost(0);
    const per = d.dirs * d.b * d.t * d.h;
    return cost(per * (gates * (d.i + d.h) + extra), per * gates * (d.i + d.h));
  };
}

/** TFLite SVDF: input [B, I], weights_feature [F, I], weights_time [F, M]; output [B, F/rank]. */
function svdfInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const wf = ctx.input(1)?.shape;
  const rank = attrInt(ctx.node, 'rank', 1);
  const f = wf?.[0];
  const units = isNum(f) ? f / rank : UNKNOWN_DIM;
  return [{ shape: [x?.shape?.[0] ?? UNKNOWN_DIM, units], dtype: x?.dtype }];
}

function svdfCost(ctx: OpRuleContext) {
  const x = ctx.input(0)?.shape;
  const wf = ctx.input(1)?.shape;
  const wt = ctx.input(2)?.shape;
  const [b, f, i, m] = [x?.[0], wf?.[0], wf?.[1], wt?.[1]];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an unknown dim is a string (or undefined), so the product below is NaN, which cost() turns into 0 as well
  if (!isNum(b) || !isNum(f) || !isNum(i) || !isNum(m)) return cost(0);
  const n = b * f * (i + m);
  return cost(n, n);
}

export const RECURRENT_RULES: OpRule[] = [
  { kind: 'LSTM', role: 'compute', infer: rnnInfer(4, 2), cost: rnnCost(4, 3) },
  { kind: 'GRU', role: 'compute', infer: rnnInfer(3, 1), cost: rnnCost(3, 2) },
  { kind: 'RNN', role: 'compute', infer: rnnInfer(1, 1), cost: rnnCost(1, 1) },
  { kind: 'SVDF', role: 'compute', infer: svdfInfer, cost: svdfCost },
];
