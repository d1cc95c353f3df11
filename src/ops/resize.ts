/**
 * Resize (and Upsample-style two-input form, opset 10): scales or sizes, optional axes and
 * keep_aspect_ratio_policy (opset 18). MACC: nearest 0, linear 4*O, cubic 8*O (METRICS.md).
 */
import type { Dim, Shape } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInts, attrString } from './util/attrs.js';
import { cost, hasInput, outCount } from './util/cost.js';
import { UNKNOWN_DIM, fail, isNum, normAxis } from './util/dims.js';
import { maxOf, minOf } from '../arrays.js';

/** [scales, sizes] from inputs or attributes; an empty tensor counts as absent. */
function operands(ctx: OpRuleContext): { scales?: number[]; sizes?: number[] } {
  // an unknown opset reads as a current one (11 or later)
  const twoInputForm = ctx.node.inputs.length === 2 || (ctx.opset ?? 11) < 11;
  const scalesIdx = twoInputForm ? 1 : 2;
  const read = (i: number) => (hasInput(ctx, i) ? ctx.constValues(i) : undefined);
  let scales = attrInts(ctx.node, 'scales') ?? read(scalesIdx);
  let sizes = attrInts(ctx.node, 'sizes') ?? (twoInputForm ? undefined : read(3));
  if (scales?.length === 0) scales = undefined;
  if (sizes?.length === 0) sizes = undefined;
  return { ...(scales ? { scales } : {}), ...(sizes ? { sizes } : {}) };
}

/** Axes the scales/sizes refer to: `axes`, else all dims, else the spatial dims (TFLite sizes [H, W]). */
function axesFor(ctx: OpRuleContext, x: Shape, n: number): number[] {
  const axes = attrInts(ctx.node, 'axes');
  if (axes) return axes.map((a) => normAxis(a, x.length, 'resize axis'));
  if (n === x.length) return [...x.keys()];
  if (n === x.length - 2) return attrString(ctx.node, 'layout') === 'NHWC' ? [...Array(n).keys()].map((i) => i + 1) : [...Array(n).keys()].map((i) => i + 2);
  return fail(`${n} scales/sizes for a rank-${x.length} input`);
}

function resizeInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const shape = x.shape;
  const { scales, sizes } = operands(ctx);
  // neither known (absent, empty, or computed at run time): the rank only
  if (!scales && !sizes) return [{ shape: shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
  const out: Dim[] = [...shape];
  if (sizes) {
    const axes = axesFor(ctx, shape, sizes.length);
    const policy = attrString(ctx.node, 'keep_aspect_ratio_policy', 'stretch');
    if (policy === 'stretch') axes.forEach((a, k) => (out[a] = sizes[k] ?? UNKNOWN_DIM));
    else {
      const ratios = axes.map((a, k) => {
        const d = shape[a];
        return isNum(d) && d > 0 ? (sizes[k] ?? 0) / d : NaN;
      });
      if (ratios.some(Number.isNaN)) axes.forEach((a) => (out[a] = UNKNOWN_DIM));
      else {
        const s = policy === 'not_larger' ? minOf(ratios) : maxOf(ratios);
        axes.forEach((a) => (out[a] = Math.round(s * ((shape[a] as number) ?? 0))));
      }
    }
  } else {
    const known = scales as number[]; // neither known returned above: without sizes, the scales are known
    const axes = axesFor(ctx, shape, known.length);
    axes.forEach((a, k) => {
      const d = shape[a];
      const s = known[k] ?? 1;
      out[a] = isNum(d) ? Math.floor(d * s + 1e-9) : s === 1 ? d ?? UNKNOWN_DIM : UNKNOWN_DIM;
    });
  }
  return [{ shape: out, dtype: x.dtype }];
}

const MODE_FACTOR: Readonly<Record<string, number>> = { nearest: 0, linear: 4, bilinear: 4, cubic: 8, bicubic: 8 };

function resizeCost(ctx: OpRuleContext) {
  const mode = attrString(ctx.node, 'mode', 'nearest');
  return cost((MODE_FACTOR[mode] ?? 4) * outCount(ctx));
}

export const RESIZE_RULES: OpRule[] = [{ kind: 'Resize', role: 'data-movement', shapeInputs: [1, 2, 3], infer: resizeInfer, cost: resizeCost }];
