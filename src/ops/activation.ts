/** Activations and unary math: shape of X, MACC = factor * O (one factor table, METRICS.md). */
import type { OpKind } from '../ir/op-kinds.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrFloat } from './util/attrs.js';
import { cost, outCount } from './util/cost.js';
import { castValue } from './util/values.js';
import { isInteger } from '../ir/dtype.js';

/**
 * MACC per output element (METRICS.md). Softmax/LogSoftmax 15 [ST]; Relu/Clip/LeakyRelu/PRelu 1
 * [ST]; float Sigmoid and Tanh 10, float Elu 11 [ST: the C-model MACC of layers in public
 * projects' reports, fuzzy_comfort_model2.tflite's LOGISTIC, td3.onnx's Tanh, policy.onnx's Elu];
 * the others 1 (no report shows them).
 */
export const ACTIVATION_FACTOR: Readonly<Partial<Record<OpKind, number>>> = {
  Softmax: 15, LogSoftmax: 15, Sigmoid: 10, Tanh: 10, Elu: 11,
};

/**
 * In an integer layer a Sigmoid / Tanh / Elu is one table lookup per element: 1 [ST: an int8
 * report's TANH rows, 240 in the model column, 24 in the C model for 24 elements].
 */
const LOOKUP_IN_INTEGER: ReadonlySet<OpKind> = new Set(['Sigmoid', 'Tanh', 'Elu']);

export function activationFactor(kind: OpKind, integer: boolean): number {
  if (integer && LOOKUP_IN_INTEGER.has(kind)) return 1;
  return ACTIVATION_FACTOR[kind] ?? 1;
}

/** The layer computes on integers: marked so (ir/integer.ts), or its input is an integer tensor. */
function isIntegerLayer(ctx: OpRuleContext): boolean {
  const x = ctx.input(0);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, for the flag: a node is marked integer only when every activation it reads is a quantized integer (ir/integer.ts), its input 0 included, which the second test sees
  return ctx.node.integer === true || (x !== undefined && isInteger(x.dtype));
}

export function sameAsInput(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  return [x?.shape ? { shape: x.shape, dtype: x.dtype } : { dtype: x?.dtype }];
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

type Unary = (v: number) => number;
/** Unary ops that may appear in shape arithmetic, folded when their input is a small constant. */
const FOLDS: Partial<Record<OpKind, Unary>> = {
  Relu: (v) => Math.max(0, v), Abs: Math.abs, Neg: (v) => -v, Sign: Math.sign, Floor: Math.floor, Ceil: Math.ceil,
  Round: roundHalfEven, Sqrt: Math.sqrt, Exp: Math.exp, Log: Math.log, Reciprocal: (v) => 1 / v,
  Square: (v) => v * v, Sin: Math.sin, Cos: Math.cos, Tan: Math.tan,
};

const UNARY: readonly OpKind[] = [
  'Relu', 'Relu6', 'LeakyRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
  'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
  'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
  'Sin', 'Cos', 'Tan', 'Square', 'Softmax', 'LogSoftmax',
];

function unaryRule(kind: OpKind): OpRule {
  const f = FOLDS[kind];
  const rule: OpRule = { kind, role: 'activation', infer: sameAsInput, cost: (ctx) => cost(activationFactor(kind, isIntegerLayer(ctx)) * outCount(ctx)) };
  if (f) {
    rule.fold = (ctx, inputs) => {
      // Stryker disable next-line StringLiteral: equivalent, passes/shapes/fold.ts folds only once input 0 has its values, so the tensor exists and has a type
      const dtype = ctx.input(0)?.dtype ?? 'float32';
      return inputs[0] ? [inputs[0].map((v) => castValue(f(v), dtype))] : undefined;
    };
  }
  return rule;
}

/** Clip: min/max attributes before opset 11, optional inputs 1 and 2 after. */
const clip: OpRule = {
  kind: 'Clip', role: 'activation', infer: sameAsInput, shapeInputs: [1, 2],
  cost: (ctx) => cost(outCount(ctx)),
  fold: (ctx, inputs) => {
    const x = inputs[0];
    if (!x) return undefined;
    const lo = inputs[1]?.[0] ?? attrFloat(ctx.node, 'min', -Infinity);
    const hi = inputs[2]?.[0] ?? attrFloat(ctx.node, 'max', Infinity);
    return [x.map((v) => Math.min(hi, Math.max(lo, v)))];
  },
};

/** PRelu: slope broadcasts unidirectionally to X; output has X's shape. */
const prelu: OpRule = { kind: 'PRelu', role: 'activation', infer: sameAsInput, cost: (ctx) => cost(outCount(ctx)) };

export const ACTIVATION_RULES: OpRule[] = [...UNARY.map(unaryRule), clip, prelu];
