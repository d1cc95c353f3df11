/** Convolution and fully connected rules (Vela SUPPORTED_OPS conv-like and FC constraints). */
import { isStatic } from '../../ir/shape.js';
import { readValues } from '../../ir/tensor-data.js';
import { outChannelAxis, weightDims } from '../../ops/conv.js';
import { formatLimit, input, isDepthwise, num, output, range, strings, who, type TargetRuleContext, type RuleDef } from './types.js';
import { maxOf } from '../../arrays.js';

/** Most weight values `weights-sum` reads; larger tensors are not checked (the rule holds). */
const MAX_WEIGHT_VALUES = 1 << 22;

function ints(ctx: TargetRuleContext, name: string): number[] | undefined {
  const v = ctx.node.attrs[name];
  return Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;
}

export function kernelOf(ctx: TargetRuleContext): number[] | undefined {
  const k = ints(ctx, 'kernel_shape');
  if (k) return k;
  const w = input(ctx, 1)?.shape;
  if (!w || ctx.node.op === 'Gemm' || ctx.node.op === 'MatMul') return undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, the kernel dims are the same whichever channel axis is the input (OIHW and IOHW both end with them)
  const kernel = weightDims(ctx.node, w, ctx.node.op === 'ConvTranspose').kernel;
  return kernel.every((d): d is number => typeof d === 'number') ? kernel : undefined;
}

export function stridesOf(ctx: TargetRuleContext, rank: number): number[] {
  return ints(ctx, 'strides') ?? new Array<number>(rank).fill(1);
}

function dilatedKernel(ctx: TargetRuleContext): number[] | undefined {
  const k = kernelOf(ctx);
  if (!k) return undefined;
  const d = ints(ctx, 'dilations') ?? [];
  return k.map((x, i) => (x - 1) * (d[i] ?? 1) + 1);
}

export const strideRange: RuleDef = {
  id: 'stride-range',
  limitForm: 'range',
  doc: (l) => `Stride H must be in ${formatLimit(l)}.`,
  check(ctx) {
    const [lo, hi] = range(ctx.limit, [1, 3]);
    const s = stridesOf(ctx, 2)[0] ?? 1;
    if (s >= lo && s <= hi) return undefined;
    return { value: s, message: `${who(ctx.node)}: stride H is ${s}; ${ctx.unit.name} accepts ${lo}..${hi}.` };
  },
};

export const dilatedKernelHeight: RuleDef = {
  id: 'dilated-kernel-height',
  limitForm: 'number',
  doc: (l) => `Dilated kernel height ((k - 1) * dilation + 1) must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 64);
    const h = dilatedKernel(ctx)?.[0];
    if (h === undefined || h <= max) return undefined;
    return { value: h, message: `${who(ctx.node)}: dilated kernel height is ${h}; the limit is ${max}.` };
  },
};

export const dilatedKernelArea: RuleDef = {
  id: 'dilated-kernel-area',
  limitForm: 'number',
  doc: (l) => `Dilated kernel width x height must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 4096);
    const k = dilatedKernel(ctx);
    if (k === undefined) return undefined;
    const area = k.reduce((a, b) => a * b, 1);
    if (area <= max) return undefined;
    return { value: area, message: `${who(ctx.node)}: dilated kernel area is ${area.toLocaleString('en-US')} (${k.join('x')}); the limit is ${max.toLocaleString('en-US')}.` };
  },
};

export const weightsSum: RuleDef = {
  id: 'weights-sum',
  limitForm: 'number',
  doc: (l) => `The sum of |weight - zero point| over one output channel must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 127 * 65536);
    const w = input(ctx, 1);
    const shape = w?.shape;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as false: a symbolic dimension makes every channel index NaN, no sum grows and the rule holds either way; as &&: weights without data give no values to read (readValues), so it holds too
    if (w?.data === undefined || !isStatic(shape)) return undefined;
    const values = readValues(w, MAX_WEIGHT_VALUES);
    if (!values) return undefined;
    const axis = outChannelAxis(ctx.node, shape.length);
    const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    const channels = shape[axis] ?? 1;
    const sums = new Float64Array(channels);
    const zps = w.quant?.zeroPoint ?? [];
    values.forEach((v, i) => {
      const c = Math.floor(i / inner) % channels;
      sums[c] = (sums[c] ?? 0) + Math.abs(v - ((zps.length > 1 ? zps[c] : zps[0]) ?? 0));
    });
    const worst = maxOf(sums);
    if (worst <= max) return undefined;
    return { value: worst, message: `${who(ctx.node)}: the sum of absolute weights of one output channel is ${worst.toLocaleString('en-US')}; the limit is ${max.toLocaleString('en-US')}.`, hint: 'Retrain or re-quantize with smaller weight magnitudes, or split the layer.' };
  },
};

export const biasType: RuleDef = {
  id: 'bias-type',
  limitForm: 'strings',
  doc: (l) => `The bias must be a 1-D ${formatLimit(l)} constant whose values fit in 40 bits.`,
  check(ctx) {
    const b = input(ctx, 2);
    if (b === undefined) return undefined;
    const ok = strings(ctx.limit);
    if (!ok.includes(b.dtype)) return { value: b.dtype, message: `${who(ctx.node)}: bias '${b.name}' is ${b.dtype}; ${ctx.unit.name} needs ${ok.join(' or ')}.` };
    if (b.shape && b.shape.length !== 1) return { value: b.shape.length, message: `${who(ctx.node)}: bias '${b.name}' has rank ${b.shape.length}; it must be 1-D.` };
    const big = readValues(b, 1 << 16)?.find((v) => Math.abs(v) >= 2 ** 39);
    if (big !== undefined) return { value: big, message: `${who(ctx.node)}: bias value ${big} does not fit in 40 bits.` };
    return undefined;
  },
};

export const depthMultiplier: RuleDef = {
  id: 'depth-multiplier',
  limitForm: 'none',
  doc: () => 'A depthwise convolution may have a depth multiplier above 1 only when it has one input channel.',
  check(ctx) {
    if (!isDepthwise(ctx)) return undefined;
    const x = input(ctx, 0)?.shape;
    const y = output(ctx, 0)?.shape;
    if (!x || !y) return undefined;
    const nhwc = ctx.node.attrs['layout'] === 'NHWC';
    const cin = nhwc ? x[x.length - 1] : x[1];
    const cout = nhwc ? y[y.length - 1] : y[1];
    if (typeof cin !== 'number' || typeof cout !== 'number' || cin === 1 || cout <= cin) return undefined;
    return { value: cout / cin, limit: '1 (or 1 input channel)', message: `${who(ctx.node)}: depth multiplier ${cout / cin} with ${cin} input channels; a multiplier above 1 needs exactly 1 input channel.` };
  },
};

export const tconvStride: RuleDef = {
  id: 'tconv-stride',
  limitForm: 'numbers',
  doc: (l) => `Strides must be square and one of ${strings(l).map((s) => `${s}x${s}`).join(', ')}.`,
  check(ctx) {
    const ok = Array.isArray(ctx.limit) ? ctx.limit.map(Number) : [1, 2];
    const s = stridesOf(ctx, 2);
    const square = s.every((x) => x === s[0]);
    if (square && ok.includes(s[0] ?? 1)) return undefined;
    return { value: s.join('x'), message: `${who(ctx.node)}: stride ${s.join('x')}; ${ctx.unit.name} accepts ${ok.map((x) => `${x}x${x}`).join(', ')}.` };
  },
};
