/** Kernel and stride limits per axis (Kneron's convolution and transposed-convolution conditions). */
import { kernelOf, stridesOf } from './conv.js';
import { formatLimit, num, numbers, type RuleDef, type TargetRuleContext, who } from './types.js';

/** The stride along the height (0) or width (1) axis of a 2-D layer; 1 for a 1-D layer's missing axis. */
function strideAt(ctx: TargetRuleContext, axis: 0 | 1): number {
  const s = stridesOf(ctx, 2);
  return s[axis] ?? 1;
}

export const kernelMax: RuleDef = {
  id: 'kernel-max',
  limitForm: 'number',
  doc: (l) => `Every kernel dimension must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 12);
    const k = kernelOf(ctx);
    if (!k || k.every((d) => d <= max)) return undefined;
    return { value: k.join('x'), message: `${who(ctx.node)}: kernel ${k.join('x')}; ${ctx.unit.name} takes kernels up to ${max}x${max}.`, hint: 'Split the kernel into smaller ones (e.g. two stacked convolutions), or run the layer on the CPU.' };
  },
};

function strideMax(id: string, axis: 0 | 1, name: string): RuleDef {
  return {
    id,
    limitForm: 'number',
    doc: (l) => `The ${name} stride must be at most ${formatLimit(l)}.`,
    check(ctx) {
      const max = num(ctx.limit, 4);
      const s = strideAt(ctx, axis);
      if (s <= max) return undefined;
      return { value: s, message: `${who(ctx.node)}: ${name} stride ${s}; ${ctx.unit.name} strides up to ${max} along the ${name}.`, hint: 'Use a smaller stride and subsample after the layer.' };
    },
  };
}

export const strideHMax = strideMax('stride-h-max', 0, 'height');
export const strideWMax = strideMax('stride-w-max', 1, 'width');

export const strideSquare: RuleDef = {
  id: 'stride-square',
  limitForm: 'none',
  doc: () => 'The stride must be the same along the height and the width (s x s).',
  check(ctx) {
    const [h, w] = [strideAt(ctx, 0), strideAt(ctx, 1)];
    if (h === w) return undefined;
    return { value: `${h}x${w}`, limit: 's x s', message: `${who(ctx.node)}: stride ${h}x${w} differs between height and width; ${ctx.unit.name} needs a square stride.` };
  },
};

export const strideIn: RuleDef = {
  id: 'stride-in',
  limitForm: 'numbers',
  doc: (l) => `Every stride must be one of ${formatLimit(l)}.`,
  check(ctx) {
    const ok = numbers(ctx.limit);
    const s = stridesOf(ctx, 2);
    if (s.every((x) => ok.includes(x))) return undefined;
    return { value: s.join('x'), message: `${who(ctx.node)}: stride ${s.join('x')}; ${ctx.unit.name} takes strides of ${ok.join(' or ')} only.` };
  },
};
