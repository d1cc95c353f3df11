/** Concat, Split, Slice, Pad: 0 MACC; folded on small constants (shape vectors). */
import type { Dim, Shape } from '../ir/shape.js';
import { isStatic } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrInts } from './util/attrs.js';
import { ZERO_COST, hasInput } from './util/cost.js';
import { UNKNOWN_DIM, dimsCompatible, fail, isNum, normAxis, product } from './util/dims.js';
import { stridesOf } from './util/values.js';

function concatInfer(ctx: OpRuleContext): InferredOutput[] {
  const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
  const dtype = ctx.node.inputs.map((_, i) => ctx.input(i)?.dtype).find((d) => d !== undefined && d !== 'unknown');
  if (shapes.some((s) => s === undefined) || shapes.length === 0) return [{ dtype }];
  const all = shapes as Shape[];
  // Stryker disable next-line OptionalChaining: equivalent, shapes is not empty here (checked above), so all[0] exists
  const rank = all[0]?.length ?? 0;
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), rank, 'concat axis');
  // Stryker disable next-line ArrayDeclaration,LogicalOperator: equivalent, shapes is not empty here (checked above), so all[0] exists and the default is never taken
  const out: Dim[] = [...(all[0] ?? [])];
  let sum: Dim = 0;
  for (const s of all) {
    if (s.length !== rank) fail(`inputs have ranks ${all.map((x) => x.length).join(' and ')}`);
    s.forEach((d, i) => {
      if (i === axis) return;
      if (!dimsCompatible(out[i], d)) fail(`dim ${i} differs between inputs: ${out[i]} vs ${d}`);
      if (!isNum(out[i]) && isNum(d)) out[i] = d;
    });
    const d = s[axis];
    sum = isNum(sum) && isNum(d) ? sum + d : UNKNOWN_DIM;
  }
  out[axis] = sum;
  return [{ shape: out, dtype }];
}

/** Copies chunks along `axis`: out = concatenation of each input's slabs, outer loop first. */
function concatFold(ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined {
  const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
  if (!shapes.every(isStatic) || inputs.some((v) => v === undefined)) return undefined;
  const rank = shapes[0]?.length ?? 0;
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), rank);
  // Stryker disable next-line ArrayDeclaration: equivalent, the fold runs on a Concat whose inputs all have static shapes, so shapes[0] exists
  const outer = product((shapes[0] ?? []).slice(0, axis)) ?? 1;
  const res: number[] = [];
  for (let o = 0; o < outer; o++) {
    shapes.forEach((s, k) => {
      const slab = product(s.slice(axis)) ?? 0;
      // Stryker disable next-line ArrayDeclaration: equivalent, every input's values are known here (checked above), so inputs[k] exists
      const v = inputs[k] ?? [];
      for (let j = 0; j < slab; j++) res.push(v[o * slab + j] ?? 0);
    });
  }
  return [res];
}

function splitSizes(ctx: OpRuleContext, dim: Dim): Dim[] | undefined {
  const n = ctx.node.outputs.length;
  const given = attrInts(ctx.node, 'split') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined);
  if (given) {
    if (given.length !== n) fail(`split has ${given.length} sizes for ${n} outputs`);
    if (isNum(dim) && given.reduce((a, b) => a + b, 0) !== dim) fail(`split sizes [${given.join(',')}] do not add up to ${dim}`);
    return given;
  }
  // sizes known only at run time, or an unknown dim to share: every output's size is unknown
  if (hasInput(ctx, 1) || !isNum(dim)) return undefined;
  // even chunks, one per output (opset 18's num_outputs must equal the number of outputs)
  const size = Math.ceil(dim / n);
  // opset 18: the last chunk is smaller when the dim does not divide evenly.
  return [...Array(n).keys()].map((i) => Math.max(0, Math.min(size, dim - i * size)));
}

function splitInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const n = ctx.node.outputs.length;
  if (!x?.shape) return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
  const shape = x.shape;
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), shape.length, 'split axis');
  const sizes = splitSizes(ctx, shape[axis] ?? UNKNOWN_DIM);
  return [...Array(n).keys()].map((i) => ({
    shape: shape.map((d, j) => (j === axis ? sizes?.[i] ?? UNKNOWN_DIM : d)),
    dtype: x.dtype,
  }));
}

/** Resolved slice parameters per input axis; undefined when any is not constant. */
interface SliceSpec { start: number; step: number; count: number }

function slicePlan(ctx: OpRuleContext, x: Shape): (SliceSpec | undefined)[] | undefined {
  const fromInputs = !attrInts(ctx.node, 'starts');
  const read = (attr: string, i: number) => (fromInputs ? (hasInput(ctx, i) ? ctx.constValues(i) : undefined) : attrInts(ctx.node, attr));
  const starts = read('starts', 1);
  const ends = read('ends', 2);
  if (!starts || !ends) return undefined;
  const axes = read('axes', 3) ?? [...starts.keys()];
  // Stryker disable next-line StringLiteral,ArrowFunction: equivalent, read's name is used only in the attribute form, which has no steps; default steps are read as `steps[k] ?? 1`, so only their count matters
  const steps = (fromInputs ? read('steps', 4) : undefined) ?? starts.map(() => 1);
  // Stryker disable next-line StringLiteral: equivalent, read's name is used only in the attribute form (opset 1-9), whose Slice has one input, so neither read here takes it
  if ((fromInputs && hasInput(ctx, 3) && !read('axes', 3)) || (hasInput(ctx, 4) && !read('steps', 4))) return undefined;
  const plan: (SliceSpec | undefined)[] = x.map((d) => (isNum(d) ? { start: 0, step: 1, count: d } : undefined));
  axes.forEach((a0, k) => {
    const a = normAxis(a0, x.length, 'slice axis');
    const d = x[a];
    const step = steps[k] ?? 1;
    if (step === 0) fail('slice step must not be 0');
    if (!isNum(d)) {
      plan[a] = undefined;
      return;
    }
    let s = starts[k] ?? 0;
    let e = ends[k] ?? d;
    s = s < 0 ? s + d : s;
    e = e < 0 ? e + d : e;
    // Stryker disable next-line EqualityOperator: equivalent, a step of 0 is refused above, so step >= 0 and step > 0 agree here
    if (step > 0) {
      s = Math.min(Math.max(s, 0), d);
      e = Math.min(Math.max(e, 0), d);
    } else {
      s = Math.min(Math.max(s, 0), d - 1);
      // Stryker disable next-line ArithmeticOperator: equivalent, a backward slice's start is at most d - 1, so an end clamped to d - 1 or left up to d + 1 leaves no element either way (the count is at least 0)
      e = Math.min(Math.max(e, -1), d - 1);
    }
    plan[a] = { start: s, step, count: Math.max(0, Math.ceil((e - s) / step)) };
  });
  return plan;
}

function sliceInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const plan = slicePlan(ctx, x.shape);
  if (!plan) return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
  const shape = x.shape;
  return [{ shape: plan.map((p, i) => (p ? p.count : symbolicKept(ctx, shape, i))), dtype: x.dtype }];
}

/** A symbolic dim survives a slice only when that axis is not sliced at all. */
function symbolicKept(ctx: OpRuleContext, x: Shape, i: number): Dim {
  const axes = attrInts(ctx.node, 'axes') ?? (hasInput(ctx, 3) ? ctx.constValues(3) : undefined);
  // Stryker disable next-line ArrayDeclaration: equivalent, symbolicKept runs only once the slice plan was built, which needs the starts: the default is never taken
  const starts = attrInts(ctx.node, 'starts') ?? ctx.constValues(1) ?? [];
  const sliced = (axes ?? [...starts.keys()]).some((a) => (a < 0 ? a + x.length : a) === i);
  return sliced ? UNKNOWN_DIM : x[i] ?? UNKNOWN_DIM;
}

function sliceFold(ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined {
  const x = ctx.input(0)?.shape;
  const v = inputs[0];
  if (!isStatic(x) || !v) return undefined;
  const plan = slicePlan(ctx, x);
  if (!plan) return undefined;
  const specs = plan as SliceSpec[]; // x is static: slicePlan gives every axis its spec
  const strides = stridesOf(x);
  const outShape = specs.map((p) => p.count);
  const n = outShape.reduce((a, b) => a * b, 1);
  const res: number[] = [];
  for (let k = 0; k < n; k++) {
    let rem = k;
    let src = 0;
    // Stryker disable next-line ArithmeticOperator: equivalent, two steps past the last axis read the default spec (count 1) and a stride of 0: they add nothing to src and leave rem
    for (let i = specs.length - 1; i >= 0; i--) {
      // Stryker disable next-line ObjectLiteral: equivalent, i stays within the specs (the loop starts at the last one)
      const p = specs[i] ?? { start: 0, step: 1, count: 1 };
      src += (p.start + (rem % p.count) * p.step) * (strides[i] ?? 0);
      rem = Math.floor(rem / p.count);
    }
    res.push(v[src] ?? 0);
  }
  return [res];
}

function padInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const r = x.shape.length;
  const pads = attrInts(ctx.node, 'pads') ?? attrInts(ctx.node, 'paddings') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined);
  if (!pads) return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
  const axesIn = hasInput(ctx, 3) ? ctx.constValues(3) : undefined;
  if (hasInput(ctx, 3) && !axesIn) return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
  const axes = (axesIn ?? [...Array(r).keys()]).map((a) => normAxis(a, r, 'pad axis'));
  if (pads.length !== 2 * axes.length) fail(`pads has ${pads.length} entries, expected ${2 * axes.length}`);
  const out = [...x.shape];
  axes.forEach((a, k) => {
    const d = out[a];
    out[a] = isNum(d) ? d + (pads[k] ?? 0) + (pads[k + axes.length] ?? 0) : UNKNOWN_DIM;
  });
  return [{ shape: out, dtype: x.dtype }];
}

export const INDEXING_RULES: OpRule[] = [
  { kind: 'Concat', role: 'data-movement', infer: concatInfer, cost: () => ZERO_COST, fold: concatFold },
  { kind: 'Split', role: 'data-movement', shapeInputs: [1], infer: splitInfer, cost: () => ZERO_COST },
  { kind: 'Slice', role: 'data-movement', shapeInputs: [1, 2, 3, 4], infer: sliceInfer, cost: () => ZERO_COST, fold: sliceFold },
  { kind: 'Pad', role: 'data-movement', shapeInputs: [1, 3], infer: padInfer, cost: () => ZERO_COST },
];
