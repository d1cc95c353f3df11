/** Shape-changing data movement: Reshape, Flatten, Squeeze, Unsqueeze, Transpose, Expand, Tile. */
import type { Dim, Shape } from '../ir/shape.js';
import { isStatic } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrInts } from './util/attrs.js';
import { ZERO_COST, cost, hasInput, outCount } from './util/cost.js';
import { UNKNOWN_DIM, broadcastShapes, dimMul, fail, isNum, normAxis, product } from './util/dims.js';
import { broadcastValues, isSmall, transposeValues } from './util/values.js';
import { sameAsInput } from './activation.js';

/** Values of a shape-like operand: attribute (older opsets) or constant input. */
function attrOrInput(ctx: OpRuleContext, attr: string, input: number): number[] | undefined {
  return attrInts(ctx.node, attr) ?? (hasInput(ctx, input) ? ctx.constValues(input) : undefined);
}

/** Output rank of an operand given by a non-constant 1-D input of static length. */
function rankFromInput(ctx: OpRuleContext, i: number): number | undefined {
  const s = ctx.input(i)?.shape;
  return s && s.length === 1 && isNum(s[0]) ? s[0] : undefined;
}

const unknownDims = (n: number): Shape => new Array<Dim>(n).fill(UNKNOWN_DIM);
const passValues = (_ctx: OpRuleContext, inputs: (number[] | undefined)[]) => (inputs[0] ? [inputs[0]] : undefined);

export function reshapeTo(x: Shape, target: readonly number[], allowZero: boolean): Shape {
  const negative = target.findIndex((t) => t < -1);
  if (negative >= 0) fail(`shape[${negative}] = ${target[negative]}: a size is -1 (inferred), 0 or more`);
  const out: Dim[] = target.map((t, i) => (t === 0 && !allowZero ? x[i] ?? fail(`shape[${i}] = 0 copies a dim the input (rank ${x.length}) lacks`) : t));
  const minus = out.reduce<number[]>((acc, d, i) => (d === -1 ? [...acc, i] : acc), []);
  if (minus.length > 1) fail(`shape [${target.join(',')}] has more than one -1`);
  const inCount = product(x);
  const idx = minus[0];
  if (idx !== undefined) {
    const rest = product(out.filter((_, i) => i !== idx));
    // Stryker disable next-line ConditionalExpression: equivalent, for the undefined test of rest only: undefined > 0 is false too (the other terms are tested)
    if (inCount !== undefined && rest !== undefined && rest > 0) {
      if (inCount % rest !== 0) fail(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}]`);
      out[idx] = inCount / rest;
    } else out[idx] = UNKNOWN_DIM;
  } else {
    const outCountV = product(out);
    // Stryker disable next-line ConditionalExpression: equivalent, for the outCountV test only: with a known input count every size in out is a number of 0 or more (negatives are refused above), so outCountV is known too
    if (inCount !== undefined && outCountV !== undefined && inCount !== outCountV) {
      fail(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}] (${outCountV} elements)`);
    }
  }
  return out;
}

function reshapeInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const target = attrOrInput(ctx, 'shape', 1);
  if (!target) {
    const r = rankFromInput(ctx, 1);
    return [{ shape: r === undefined ? undefined : unknownDims(r), dtype: x?.dtype }];
  }
  if (!x?.shape) {
    // a 0 copies an input dim and -1 takes the rest: neither is known without the input's shape
    return [{ shape: target.map((t) => (t > 0 ? t : UNKNOWN_DIM)), dtype: x?.dtype }];
  }
  return [{ shape: reshapeTo(x.shape, target, attrInt(ctx.node, 'allowzero', 0) === 1), dtype: x.dtype }];
}

function flattenInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const r = x.shape.length;
  const axis = attrInt(ctx.node, 'axis', 1);
  const a = axis < 0 ? axis + r : axis;
  if (a < 0 || a > r) fail(`axis ${axis} is out of range for rank ${r}`);
  const fold = (ds: Dim[]) => ds.reduce<Dim>((p, d) => dimMul(p, d), 1);
  return [{ shape: [fold(x.shape.slice(0, a)), fold(x.shape.slice(a))], dtype: x.dtype }];
}

function squeezeInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const axes = attrOrInput(ctx, 'axes', 1);
  if (axes === undefined && hasInput(ctx, 1)) return [{ dtype: x.dtype }];
  if (axes === undefined || axes.length === 0) {
    if (!x.shape.every((d) => isNum(d))) return [{ dtype: x.dtype }];
    return [{ shape: x.shape.filter((d) => d !== 1), dtype: x.dtype }];
  }
  const shape = x.shape;
  const set = new Set(axes.map((a) => normAxis(a, shape.length, 'squeeze axis')));
  for (const a of set) if (isNum(shape[a]) && shape[a] !== 1) fail(`cannot squeeze axis ${a} of size ${shape[a]}`);
  return [{ shape: shape.filter((_, i) => !set.has(i)), dtype: x.dtype }];
}

function unsqueezeInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const axes = attrOrInput(ctx, 'axes', 1);
  if (!x?.shape || !axes) return [{ dtype: x?.dtype }];
  const rank = x.shape.length + axes.length;
  const set = new Set(axes.map((a) => normAxis(a, rank, 'unsqueeze axis')));
  if (set.size !== axes.length) fail(`axes [${axes.join(',')}] repeat an axis`);
  const out: Dim[] = [];
  let j = 0;
  for (let i = 0; i < rank; i++) out.push(set.has(i) ? 1 : x.shape[j++] ?? UNKNOWN_DIM);
  return [{ shape: out, dtype: x.dtype }];
}

function permOf(ctx: OpRuleContext, rank: number): number[] {
  const perm = attrInts(ctx.node, 'perm') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined) ?? [...Array(rank).keys()].reverse();
  if (perm.length !== rank) fail(`perm [${perm.join(',')}] does not match input rank ${rank}`);
  return perm.map((p) => normAxis(p, rank, 'perm entry'));
}

function transposeInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const shape = x.shape;
  return [{ shape: permOf(ctx, shape.length).map((p) => shape[p] ?? UNKNOWN_DIM), dtype: x.dtype }];
}

function expandInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const target = ctx.constValues(1);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  if (!target) {
    const r = rankFromInput(ctx, 1);
    return [{ shape: r === undefined ? undefined : unknownDims(Math.max(r, x.shape.length)), dtype: x.dtype }];
  }
  return [{ shape: broadcastShapes([x.shape, target]), dtype: x.dtype }];
}

function tileInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const reps = attrOrInput(ctx, 'repeats', 1);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  if (!reps) return [{ shape: unknownDims(x.shape.length), dtype: x.dtype }];
  if (reps.length !== x.shape.length) fail(`repeats has ${reps.length} entries, input rank is ${x.shape.length}`);
  return [{ shape: x.shape.map((d, i) => dimMul(d, reps[i] ?? 1)), dtype: x.dtype }];
}

function tileFold(ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined {
  const x = ctx.input(0)?.shape;
  const out = ctx.output(0)?.shape;
  const v = inputs[0];
  if (!isStatic(x) || !isSmall(out) || !v) return undefined;
  // Tiling: output coordinate c reads input coordinate c mod dim.
  const wrapped = out.map((d, i) => ({ d, m: x[i] ?? 1 }));
  const res: number[] = [];
  const n = out.reduce((a, b) => a * b, 1);
  for (let k = 0; k < n; k++) {
    let rem = k;
    let src = 0;
    let stride = 1;
    // Stryker disable next-line ArithmeticOperator: equivalent, two steps past the last axis read the default { d: 1, m: 1 }: they add 0 to src and leave rem and stride
    for (let i = wrapped.length - 1; i >= 0; i--) {
      // Stryker disable next-line ObjectLiteral: equivalent, i stays within wrapped (the loop starts at the last axis)
      const { d, m } = wrapped[i] ?? { d: 1, m: 1 };
      src += ((rem % d) % m) * stride;
      rem = Math.floor(rem / d);
      stride *= m;
    }
    res.push(v[src] ?? 0);
  }
  return [res];
}

export const MOVEMENT_RULES: OpRule[] = [
  { kind: 'Reshape', role: 'data-movement', shapeInputs: [1], infer: reshapeInfer, cost: () => ZERO_COST, fold: passValues },
  { kind: 'Flatten', role: 'data-movement', infer: flattenInfer, cost: () => ZERO_COST, fold: passValues },
  { kind: 'Squeeze', role: 'data-movement', shapeInputs: [1], infer: squeezeInfer, cost: () => ZERO_COST, fold: passValues },
  { kind: 'Unsqueeze', role: 'data-movement', shapeInputs: [1], infer: unsqueezeInfer, cost: () => ZERO_COST, fold: passValues },
  { kind: 'Identity', role: 'data-movement', infer: sameAsInput, cost: () => ZERO_COST, fold: passValues },
  {
    kind: 'Dropout', role: 'data-movement', shapeInputs: [1, 2], cost: () => ZERO_COST, fold: passValues,
    infer: (ctx) => {
      const y = sameAsInput(ctx);
      // Stryker disable next-line OptionalChaining: equivalent, sameAsInput always returns one output, so y[0] exists
      return ctx.node.outputs.length > 1 ? [...y, { shape: y[0]?.shape, dtype: 'bool' }] : y;
    },
  },
  {
    // METRICS.md: Transpose O / 2 [ST]; 0 in pure mode.
    kind: 'Transpose', role: 'data-movement', infer: transposeInfer, cost: (ctx) => cost(outCount(ctx) / 2),
    fold: (ctx, inputs) => {
      const x = ctx.input(0)?.shape;
      const v = inputs[0];
      return isStatic(x) && v && v.length === product(x) ? [transposeValues(x, v, permOf(ctx, x.length))] : undefined;
    },
  },
  {
    kind: 'Expand', role: 'data-movement', shapeInputs: [1], infer: expandInfer, cost: () => ZERO_COST,
    fold: (ctx, inputs) => {
      const x = ctx.input(0)?.shape;
      const out = ctx.output(0)?.shape;
      const v = inputs[0];
      return isStatic(x) && isSmall(out) && v ? [broadcastValues(out, [x], [v], (xs) => xs[0] ?? 0)] : undefined;
    },
  },
  { kind: 'Tile', role: 'data-movement', shapeInputs: [1], infer: tileInfer, cost: () => ZERO_COST, fold: tileFold },
];
