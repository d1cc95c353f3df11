/** Shape, Size, Constant, ConstantOfShape, Range, Cast: the shape arithmetic constant folding collapses. */
import type { Dim, Shape } from '../ir/shape.js';
import { readValues } from '../ir/tensor-data.js';
import type { InferredOutput, OpRule, OpRuleContext, ShapeFoldingRule } from './rule.js';
import { attrFloat, attrInt, attrInts, attrTensor } from './util/attrs.js';
import { ZERO_COST } from './util/cost.js';
import { UNKNOWN_DIM, fail, isNum, product } from './util/dims.js';
import { dtypeFromAttr } from './util/dtypes.js';
import { FOLD_MAX_ELEMENTS, castValue, isSmall } from './util/values.js';

/** Generators (ConstantOfShape, Range) materialize values only up to this many elements. */
export const GENERATOR_MAX_ELEMENTS = 1024;

/** Shape (opset 15: start/end attributes clamp the returned slice). */
function shapeRange(ctx: OpRuleContext, rank: number): [number, number] {
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
  return [clamp(attrInt(ctx.node, 'start', 0)), clamp(attrInt(ctx.node, 'end', rank))];
}

const shapeRule: ShapeFoldingRule = {
  kind: 'Shape', role: 'shape', foldsFromShapes: true, cost: () => ZERO_COST,
  infer: (ctx) => {
    const x = ctx.input(0)?.shape;
    if (!x) return [{ dtype: 'int64' }];
    const [s, e] = shapeRange(ctx, x.length);
    return [{ shape: [Math.max(0, e - s)], dtype: 'int64' }];
  },
  fold: (ctx) => {
    const x = ctx.input(0)?.shape;
    if (!x) return undefined;
    const [s, e] = shapeRange(ctx, x.length);
    const dims = x.slice(s, e);
    return dims.every(isNum) ? [dims as number[]] : undefined;
  },
};

const sizeRule: ShapeFoldingRule = {
  kind: 'Size', role: 'shape', foldsFromShapes: true, cost: () => ZERO_COST,
  infer: () => [{ shape: [], dtype: 'int64' }],
  fold: (ctx) => {
    const n = product(ctx.input(0)?.shape ?? [UNKNOWN_DIM]);
    return n === undefined || n > Number.MAX_SAFE_INTEGER ? undefined : [[n]];
  },
};

/** Constant node: value (tensor) or value_float(s) / value_int(s). */
function constantValue(ctx: OpRuleContext): { shape: Shape; dtype: InferredOutput['dtype']; values?: number[] } | undefined {
  const t = attrTensor(ctx.node, 'value');
  if (t) {
    const values = isSmall(t.shape) ? readValues(t, FOLD_MAX_ELEMENTS) : undefined; // a shapeless tensor is not read
    return { shape: t.shape ?? [], dtype: t.dtype, ...(values ? { values } : {}) };
  }
  const f = attrFloat(ctx.node, 'value_float');
  if (f !== undefined) return { shape: [], dtype: 'float32', values: [f] };
  const i = attrInt(ctx.node, 'value_int');
  if (i !== undefined) return { shape: [], dtype: 'int64', values: [i] };
  const fs = attrInts(ctx.node, 'value_floats');
  if (fs) return { shape: [fs.length], dtype: 'float32', values: fs };
  const is = attrInts(ctx.node, 'value_ints');
  if (is) return { shape: [is.length], dtype: 'int64', values: is };
  return undefined;
}

const constantRule: OpRule = {
  kind: 'Constant', role: 'shape', cost: () => ZERO_COST,
  infer: (ctx) => {
    const c = constantValue(ctx);
    return [c ? { shape: c.shape, dtype: c.dtype } : {}];
  },
  fold: (ctx) => {
    const v = constantValue(ctx)?.values;
    return v ? [v] : undefined;
  },
};

function fillValue(ctx: OpRuleContext): { dtype: InferredOutput['dtype']; value: number | undefined } {
  const t = attrTensor(ctx.node, 'value');
  if (!t) return { dtype: 'float32', value: 0 };
  return { dtype: t.dtype, value: readValues(t, 1)?.[0] };
}

const constantOfShape: OpRule = {
  kind: 'ConstantOfShape', role: 'shape', shapeInputs: [0], cost: () => ZERO_COST,
  infer: (ctx) => {
    const dims = ctx.constValues(0);
    const { dtype } = fillValue(ctx);
    if (dims) return [{ shape: dims, dtype }];
    const s = ctx.input(0)?.shape;
    return [{ shape: s && isNum(s[0]) ? new Array<Dim>(s[0]).fill(UNKNOWN_DIM) : undefined, dtype }];
  },
  // Values only for small outputs; bigger ones become 'computed' constants (weights built in-graph).
  fold: (ctx, inputs) => {
    const dims = inputs[0];
    const { value } = fillValue(ctx);
    if (value === undefined || !isSmall(dims, GENERATOR_MAX_ELEMENTS)) return undefined;
    return [new Array<number>(product(dims) ?? 0).fill(value)];
  },
};

function rangeCount(start: number, limit: number, delta: number): number {
  if (delta === 0) fail('Range delta must not be 0');
  return Math.max(Math.ceil((limit - start) / delta), 0);
}

const rangeRule: OpRule = {
  kind: 'Range', role: 'shape', shapeInputs: [0, 1, 2], cost: () => ZERO_COST,
  infer: (ctx) => {
    const [s, l, d] = [ctx.constValues(0)?.[0], ctx.constValues(1)?.[0], ctx.constValues(2)?.[0]];
    const dtype = ctx.input(0)?.dtype;
    if (s === undefined || l === undefined || d === undefined) return [{ shape: [UNKNOWN_DIM], dtype }];
    return [{ shape: [rangeCount(s, l, d)], dtype }];
  },
  fold: (ctx, inputs) => {
    const [s, l, d] = [inputs[0]?.[0], inputs[1]?.[0], inputs[2]?.[0]];
    if (s === undefined || l === undefined || d === undefined) return undefined;
    const n = rangeCount(s, l, d);
    if (n > GENERATOR_MAX_ELEMENTS) return undefined;
    return [[...Array(n).keys()].map((k) => s + k * d)];
  },
};

const castRule: OpRule = {
  kind: 'Cast', role: 'data-movement', cost: () => ZERO_COST,
  infer: (ctx) => {
    const x = ctx.input(0);
    const to = dtypeFromAttr(ctx.node.attrs['to']);
    if (ctx.node.attrs['to'] !== undefined && !to) fail(`unknown target type ${String(ctx.node.attrs['to'])}`);
    return [{ shape: x?.shape, dtype: to ?? x?.dtype }];
  },
  fold: (ctx, inputs) => {
    const to = dtypeFromAttr(ctx.node.attrs['to']);
    const v = inputs[0];
    return v && to && to !== 'string' ? [v.map((x) => castValue(x, to))] : undefined;
  },
};

export const SHAPE_MATH_RULES: OpRule[] = [shapeRule, sizeRule, constantRule, constantOfShape, rangeRule, castRule];
