/** Shape rules: rank, static shapes, batch, dimension range, broadcasting, FC output rank. */
import type { Tensor } from '../../ir/graph.js';
import { formatShape, type Shape } from '../../ir/shape.js';
import { activations, formatLimit, input, num, output, range, who, type TargetRuleContext, type RuleDef } from './types.js';

const SHAPE_HINT = 'Give static input shapes with --input-shape name:1x3x224x224.';

type Shaped = Tensor & { shape: Shape };

function shaped(ctx: TargetRuleContext): Shaped[] {
  return activations(ctx).filter((t): t is Shaped => t.shape !== undefined);
}

export const rankMax: RuleDef = {
  id: 'rank-max',
  limitForm: 'number',
  doc: (l) => `Tensors must have rank at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 4);
    const bad = shaped(ctx).find((t) => t.shape.length > max);
    if (!bad) return undefined;
    return { value: bad.shape.length, message: `${who(ctx.node)}: tensor '${bad.name}' has rank ${bad.shape.length} (${formatShape(bad.shape)}); the limit is ${max}.`, hint: 'Reshape to at most 4 dimensions before this operator.' };
  },
};

export const staticShapes: RuleDef = {
  id: 'static-shapes',
  limitForm: 'none',
  doc: () => 'Shapes must be static (known at compile time).',
  check(ctx) {
    const bad = activations(ctx).find((t) => t.shape === undefined || t.shape.some((d) => typeof d !== 'number'));
    if (!bad) return undefined;
    return { value: formatShape(bad.shape), limit: 'static', message: `${who(ctx.node)}: tensor '${bad.name}' has a dynamic shape (${bad.shape ? formatShape(bad.shape) : 'unknown'}); ${ctx.unit.name} needs static shapes.`, hint: SHAPE_HINT };
  },
};

export const batchOne: RuleDef = {
  id: 'batch-one',
  limitForm: 'none',
  doc: () => 'Batch size must be 1.',
  check(ctx) {
    for (const t of shaped(ctx)) {
      const b = t.shape[0];
      if (t.shape.length < 2 || typeof b !== 'number' || b === 1) continue;
      return { value: b, limit: '1', message: `${who(ctx.node)}: tensor '${t.name}' has batch ${b} (${formatShape(t.shape)}); ${ctx.unit.name} needs batch 1.`, hint: 'Export the model with batch 1 (--input-shape name:1x...).' };
    }
    return undefined;
  },
};

export const dimRange: RuleDef = {
  id: 'dim-range',
  limitForm: 'range',
  doc: (l) => `Every tensor dimension must be in ${formatLimit(l)}.`,
  check(ctx) {
    const [lo, hi] = range(ctx.limit, [1, 65535]);
    for (const t of shaped(ctx)) {
      // Stryker disable next-line ConditionalExpression: equivalent, as true: a symbolic dimension (a string) compares false with both bounds
      const d = t.shape.find((x): x is number => typeof x === 'number' && (x < lo || x > hi));
      if (d !== undefined) return { value: d, message: `${who(ctx.node)}: tensor '${t.name}' has a dimension of ${d} (${formatShape(t.shape)}); the range is ${lo}..${hi}.` };
    }
    return undefined;
  },
};

export const broadcastSize1: RuleDef = {
  id: 'broadcast-size1',
  limitForm: 'none',
  doc: () => 'Broadcasting is accepted only on dimensions of size 1 (each pair of dimensions equal, or one of them 1).',
  check(ctx) {
    const a = input(ctx, 0)?.shape;
    const b = input(ctx, 1)?.shape;
    if (!a || !b) return undefined;
    // Stryker disable next-line MethodExpression: equivalent, as Math.min: an axis only one shape has is compared with 1, which always broadcasts
    const n = Math.max(a.length, b.length);
    for (let i = 1; i <= n; i++) {
      const x = a[a.length - i] ?? 1;
      const y = b[b.length - i] ?? 1;
      if (typeof x === 'number' && typeof y === 'number' && x !== y && x !== 1 && y !== 1) {
        return { value: `${formatShape(a)} vs ${formatShape(b)}`, limit: 'size-1 dimensions', message: `${who(ctx.node)}: inputs ${formatShape(a)} and ${formatShape(b)} broadcast a dimension of ${x} against ${y}; only size-1 dimensions broadcast.` };
      }
    }
    return undefined;
  },
};

export const fcOutput2d: RuleDef = {
  id: 'fc-output-2d',
  limitForm: 'none',
  doc: () => 'The output of a fully connected layer must be 2-D.',
  check(ctx) {
    const y = output(ctx, 0);
    if (y?.shape === undefined || y.shape.length === 2) return undefined;
    return { value: y.shape.length, limit: 'rank 2', message: `${who(ctx.node)}: output '${y.name}' has rank ${y.shape.length} (${formatShape(y.shape)}); a fully connected layer must output 2-D.`, hint: 'Flatten the input to 2-D before the fully connected layer.' };
  },
};
