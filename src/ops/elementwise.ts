/** Broadcasting elementwise ops: arithmetic (O, Div 5*O), comparisons, logic, Where, Sum/Mean. */
import type { DType } from '../ir/dtype.js';
import { isInteger } from '../ir/dtype.js';
import type { Shape } from '../ir/shape.js';
import { isStatic } from '../ir/shape.js';
import type { OpKind } from '../ir/op-kinds.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { cost, outCount } from './util/cost.js';
import { broadcastShapes } from './util/dims.js';
import { broadcastValues, castValue, isSmall } from './util/values.js';
import { maxOf, minOf } from '../arrays.js';

function presentInputs(ctx: OpRuleContext): number[] {
  return ctx.node.inputs.map((n, i) => (n === '' ? -1 : i)).filter((i) => i >= 0);
}

function broadcastInfer(dtypeOf: (ctx: OpRuleContext) => DType | undefined) {
  return (ctx: OpRuleContext): InferredOutput[] => {
    const shapes = presentInputs(ctx).map((i) => ctx.input(i)?.shape);
    const dtype = dtypeOf(ctx);
    if (shapes.some((s) => s === undefined)) return [{ dtype }];
    return [{ shape: broadcastShapes(shapes as Shape[]), dtype }];
  };
}

const firstDType = (ctx: OpRuleContext): DType | undefined => ctx.input(0)?.dtype;
const boolDType = (): DType => 'bool';

/** Folds with broadcasting when every input shape is static and the output small. */
function foldWith(fn: (xs: number[], dtype: DType) => number) {
  return (ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined => {
    const idx = presentInputs(ctx);
    // Stryker disable next-line OptionalChaining: equivalent, passes/shapes/fold.ts folds only once every present input has its values, so each tensor exists
    const shapes = idx.map((i) => ctx.input(i)?.shape);
    if (!shapes.every(isStatic)) return undefined;
    const out = broadcastShapes(shapes);
    // Stryker disable next-line ConditionalExpression: equivalent, a bigger output's values would be refused by passes/shapes/fold.ts (at most FOLD_MAX_ELEMENTS values): only the time to compute them is saved
    if (!isSmall(out)) return undefined;
    const values = idx.map((i) => inputs[i]);
    // Stryker disable next-line ConditionalExpression,MethodExpression,ArrowFunction,BlockStatement: equivalent, passes/shapes/fold.ts calls a rule's fold only once every present input has its values
    if (values.some((v) => v === undefined)) return undefined;
    // Stryker disable next-line StringLiteral: equivalent, input 0 exists with a type (passes/shapes/fold.ts folds once it has values), so the last default is never reached
    const dtype = ctx.output(0)?.dtype ?? ctx.input(0)?.dtype ?? 'float32';
    return [broadcastValues(out as number[], shapes as number[][], values as number[][], (xs) => castValue(fn(xs, dtype), dtype))];
  };
}

const at = (xs: number[], i: number): number => xs[i] ?? 0;
/**
 * Integer Mod takes the divisor's sign (numpy's %), float Mod the dividend's (C's fmod). Integer
 * results go through castValue, which truncates toward zero and turns what is not finite (a 0
 * divisor's Infinity or NaN) into 0: that is integer Div and a 0 divisor, with nothing more here.
 */
function mod(a: number, b: number, dtype: DType): number {
  return isInteger(dtype) ? a - b * Math.floor(a / b) : a % b;
}

type Fn = (xs: number[], dtype: DType) => number;
const ARITH: Partial<Record<OpKind, Fn>> = {
  Add: (x) => at(x, 0) + at(x, 1),
  Sub: (x) => at(x, 0) - at(x, 1),
  Mul: (x) => at(x, 0) * at(x, 1),
  Div: (x) => at(x, 0) / at(x, 1),
  Pow: (x) => Math.pow(at(x, 0), at(x, 1)),
  Mod: (x, d) => mod(at(x, 0), at(x, 1), d),
  SquaredDifference: (x) => (at(x, 0) - at(x, 1)) ** 2,
  Max: (x) => maxOf(x),
  Min: (x) => minOf(x),
  Sum: (x) => x.reduce((a, b) => a + b, 0),
  Mean: (x) => x.reduce((a, b) => a + b, 0) / Math.max(1, x.length),
};
const COMPARE: Partial<Record<OpKind, (xs: number[]) => boolean>> = {
  Equal: (x) => at(x, 0) === at(x, 1),
  Less: (x) => at(x, 0) < at(x, 1),
  Greater: (x) => at(x, 0) > at(x, 1),
  LessOrEqual: (x) => at(x, 0) <= at(x, 1),
  GreaterOrEqual: (x) => at(x, 0) >= at(x, 1),
  And: (x) => at(x, 0) !== 0 && at(x, 1) !== 0,
  Or: (x) => at(x, 0) !== 0 || at(x, 1) !== 0,
  Xor: (x) => (at(x, 0) !== 0) !== (at(x, 1) !== 0),
};

/** MACC per output element (METRICS.md: Add/Sub/Mul/Max/Min O, Div 5*O; others provisional O). */
const FACTOR: Partial<Record<OpKind, number>> = { Div: 5 };

function variadicFactor(ctx: OpRuleContext): number {
  const n = presentInputs(ctx).length;
  if (ctx.node.op === 'Mean') return n;
  return Math.max(1, n - 1);
}

function arithmetic([kind, fn]: [OpKind, Fn]): OpRule {
  const variadic = kind === 'Sum' || kind === 'Mean' || kind === 'Max' || kind === 'Min';
  return {
    kind, role: 'elementwise', infer: broadcastInfer(firstDType), fold: foldWith(fn),
    cost: (ctx) => cost((variadic ? variadicFactor(ctx) : FACTOR[kind] ?? 1) * outCount(ctx)),
  };
}

function comparison([kind, test]: [OpKind, (xs: number[]) => boolean]): OpRule {
  return { kind, role: 'elementwise', infer: broadcastInfer(boolDType), fold: foldWith((xs) => (test(xs) ? 1 : 0)), cost: (ctx) => cost(outCount(ctx)) };
}

export const ELEMENTWISE_RULES: OpRule[] = [
  ...(Object.entries(ARITH) as [OpKind, Fn][]).map(arithmetic),
  ...(Object.entries(COMPARE) as [OpKind, (xs: number[]) => boolean][]).map(comparison),
  {
    kind: 'Not', role: 'elementwise', infer: broadcastInfer(boolDType), cost: (ctx) => cost(outCount(ctx)),
    fold: (_ctx, inputs) => (inputs[0] ? [inputs[0].map((v) => +(v === 0))] : undefined),
  },
  {
    kind: 'Where', role: 'elementwise', infer: broadcastInfer((ctx) => ctx.input(1)?.dtype), cost: (ctx) => cost(outCount(ctx)),
    fold: foldWith((x) => (at(x, 0) !== 0 ? at(x, 1) : at(x, 2))),
  },
];
