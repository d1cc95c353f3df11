/** Pooling rules (Neural-ART pooling windows; Vela AVERAGE_POOL / MAX_POOL constraints). */
import { kernelOf, stridesOf } from './conv.js';
import { formatLimit, input, num, range, who, type TargetRuleContext, type RuleDef } from './types.js';

/** SAME when auto_pad says so or any explicit pad is non-zero; VALID otherwise. */
export function isSamePadding(ctx: TargetRuleContext): boolean {
  const ap = ctx.node.attrs['auto_pad'];
  if (typeof ap === 'string' && ap.startsWith('SAME')) return true;
  if (ap === 'VALID') return false;
  const pads = ctx.node.attrs['pads'];
  return Array.isArray(pads) && pads.some((p) => p !== 0);
}

export const poolWindowMax: RuleDef = {
  id: 'pool-window-max',
  limitForm: 'number',
  doc: (l) => `Pooling window dimensions must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 3);
    const k = kernelOf(ctx);
    if (k?.find((d) => d > max) === undefined) return undefined;
    return { value: k.join('x'), message: `${who(ctx.node)}: pooling window ${k.join('x')} is larger than ${max}; ${ctx.unit.name} pools windows up to ${max}x${max}.` };
  },
};

export const globalPoolMax: RuleDef = {
  id: 'global-pool-max',
  limitForm: 'number',
  doc: (l) => `A global pool's input area (H x W) must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 4096);
    const x = input(ctx, 0)?.shape;
    if (!x) return undefined;
    // Below rank 3 there is no spatial axis: the area is 1.
    const spatial = ctx.node.attrs['layout'] === 'NHWC' ? x.slice(1, -1) : x.slice(2);
    if (spatial.some((d) => typeof d !== 'number')) return undefined;
    const area = (spatial as number[]).reduce((a, b) => a * b, 1);
    if (area <= max) return undefined;
    return { value: area, message: `${who(ctx.node)}: global pool over ${spatial.join('x')} = ${area.toLocaleString('en-US')} elements per channel; the limit is ${max.toLocaleString('en-US')}.` };
  },
};

export const avgpoolSameKernel: RuleDef = {
  id: 'avgpool-same-kernel',
  limitForm: 'range',
  doc: (l) => `With SAME padding, kernel width and height must be in ${formatLimit(l)}.`,
  check(ctx) {
    if (!isSamePadding(ctx)) return undefined;
    const [lo, hi] = range(ctx.limit, [1, 8]);
    const k = kernelOf(ctx);
    if (!k || k.every((d) => d >= lo && d <= hi)) return undefined;
    return { value: k.join('x'), message: `${who(ctx.node)}: kernel ${k.join('x')} with SAME padding; the range is ${lo}..${hi}.`, hint: 'Use VALID padding or a smaller kernel.' };
  },
};

export const poolKernelHeight: RuleDef = {
  id: 'pool-kernel-height',
  limitForm: 'number',
  doc: (l) => `Kernel height must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 256);
    const h = kernelOf(ctx)?.[0];
    if (h === undefined || h <= max) return undefined;
    return { value: h, message: `${who(ctx.node)}: kernel height ${h}; the limit is ${max}.` };
  },
};

export const poolKernelArea: RuleDef = {
  id: 'pool-kernel-area',
  limitForm: 'number',
  doc: (l) => `Kernel width x height must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 65536);
    const k = kernelOf(ctx);
    if (k === undefined) return undefined;
    const area = k.reduce((a, b) => a * b, 1);
    if (area <= max) return undefined;
    return { value: area, message: `${who(ctx.node)}: kernel ${k.join('x')} covers ${area.toLocaleString('en-US')} elements; the limit is ${max.toLocaleString('en-US')}.` };
  },
};

export const poolStrideMax: RuleDef = {
  id: 'pool-stride-max',
  limitForm: 'number',
  doc: (l) => `Pooling strides must be at most ${formatLimit(l)} (AveragePool with VALID padding is exempt).`,
  check(ctx) {
    if (ctx.node.op === 'AveragePool' && !isSamePadding(ctx)) return undefined;
    const max = num(ctx.limit, 3);
    const s = stridesOf(ctx, 2);
    const big = s.find((x) => x > max);
    if (big === undefined) return undefined;
    return { value: s.join('x'), message: `${who(ctx.node)}: stride ${s.join('x')}; the limit is ${max}.` };
  },
};
