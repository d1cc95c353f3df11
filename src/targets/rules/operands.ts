/**
 * Conditions on an operator's operands and axes from the Kneron and Axera operator tables: which
 * axes a reduction, an Expand or a Resize may touch, constant exponents, clip bounds, slice steps,
 * matrix-product shapes, PRelu slopes, ConvTranspose output padding.
 */
import { readValues } from '../../ir/tensor-data.js';
import { attrInts, layoutOf } from '../../ops/util/attrs.js';
import { splitShape } from '../../ops/util/spatial.js';
import { elementCount, type Shape } from '../../ir/shape.js';
import { formatLimit, input, num, numbers, output, range, strings, type RuleDef, type TargetRuleContext, who } from './types.js';

const AXIS_NAMES = ['batch', 'channel', 'row', 'column'] as const;

/**
 * Axis names of a tensor of rank r in the node's layout: NCHW batch, channel, rows..., column;
 * NHWC (channels last at every rank, as TFLite's NDHWC) batch, rows..., column, channel. Ranks 1
 * and 2 read the first names (batch, channel).
 */
function axisNames(ctx: TargetRuleContext, r: number): string[] {
  const nhwc = layoutOf(ctx.node) === 'NHWC';
  if (r >= 4) {
    const rows = new Array<string>(r - 3).fill('row');
    return nhwc ? ['batch', ...rows, 'column', 'channel'] : ['batch', 'channel', ...rows, 'column'];
  }
  if (r === 3) return nhwc ? ['batch', 'column', 'channel'] : ['batch', 'channel', 'column'];
  return ['batch', 'channel'];
}

function constValues(ctx: TargetRuleContext, i: number, max = 64): number[] | undefined {
  const t = input(ctx, i);
  return t?.data ? readValues(t, max) : undefined;
}

/** The axes a reduction reduces: `axes` (attribute or input 1), else all of them. */
function reducedAxes(ctx: TargetRuleContext, r: number): number[] {
  const axes = attrInts(ctx.node, 'axes') ?? constValues(ctx, 1);
  if (!axes || axes.length === 0) return ctx.node.attrs['noop_with_empty_axes'] === 1 ? [] : [...Array(r).keys()];
  return axes.map((a) => (a < 0 ? a + r : a));
}

export const reduceAxes: RuleDef = {
  id: 'reduce-axes',
  limitForm: 'strings',
  choices: AXIS_NAMES,
  doc: (l) => `The reduced axes must be among: ${formatLimit(l)}.`,
  check(ctx) {
    const r = input(ctx, 0)?.shape?.length;
    if (r === undefined) return undefined;
    const names = axisNames(ctx, r);
    const ok = strings(ctx.limit);
    const bad = reducedAxes(ctx, r).map((a) => names[a] ?? `axis ${a}`).filter((n) => !ok.includes(n));
    if (bad.length === 0) return undefined;
    return { value: [...new Set(bad)].join(', '), message: `${who(ctx.node)}: reduces the ${[...new Set(bad)].join(' and ')} axis; ${ctx.unit.name} reduces over ${ok.join(', ')} only.`, hint: 'Reshape or Transpose so the reduction runs over a supported axis.' };
  },
};

/** Output axes whose size differs from the input's (right-aligned, as broadcasting: an axis the input lacks has size 1). */
function changedAxes(x: Shape, y: Shape): number[] {
  const out: number[] = [];
  y.forEach((d, i) => {
    const xi = x[i - (y.length - x.length)] ?? 1;
    if (typeof d === 'number' && xi !== d) out.push(i);
  });
  return out;
}

function axesRule(id: string, op: string, verb: string): RuleDef {
  return {
    id,
    limitForm: 'strings',
    choices: AXIS_NAMES,
    doc: (l) => `The ${op} may ${verb} only along: ${formatLimit(l)}.`,
    check(ctx) {
      const x = input(ctx, 0)?.shape;
      const y = output(ctx, 0)?.shape;
      if (!x || !y) return undefined;
      const names = axisNames(ctx, y.length);
      const ok = strings(ctx.limit);
      // Stryker disable next-line StringLiteral: equivalent, axisNames names every axis of a rank-2-or-more output and changedAxes returns output axes only
      const changed = changedAxes(x, y).map((a) => names[a] ?? `axis ${a}`);
      const bad = changed.filter((n) => !ok.includes(n));
      if (bad.length === 0) return undefined;
      return { value: changed.join(', '), message: `${who(ctx.node)}: ${verb}s along ${changed.join(' and ')}; ${ctx.unit.name} ${verb}s along ${ok.join(', ')} only.` };
    },
  };
}

export const expandAxes = axesRule('expand-axes', 'Expand', 'expand');

export const resizeOneAxis: RuleDef = {
  id: 'resize-one-axis',
  limitForm: 'none',
  doc: () => 'A resize may scale the rows or the columns, not both.',
  check(ctx) {
    const x = input(ctx, 0)?.shape;
    const y = output(ctx, 0)?.shape;
    if (!x || !y || x.length !== y.length) return undefined;
    const names = axisNames(ctx, y.length);
    const scaled = changedAxes(x, y).map((a) => names[a]).filter((n) => n === 'row' || n === 'column');
    if (scaled.length < 2) return undefined;
    return { value: `${x.join('x')} -> ${y.join('x')}`, limit: 'rows or columns', message: `${who(ctx.node)}: scales both rows and columns; ${ctx.unit.name} scales one of them per layer (vertical or horizontal upscaling, not both).`, hint: 'Kneron runs such a resize as a CPU node (KneronResize); two resizes, one per axis, stay on the NPU.' };
  },
};

/** A Transpose's permutation: the attribute, a constant second input (TFLite), else ONNX's default (axes reversed). */
export function transposePerm(ctx: TargetRuleContext): number[] | undefined {
  const p = attrInts(ctx.node, 'perm') ?? constValues(ctx, 1, 8);
  if (p) return p;
  if ((ctx.node.inputs[1] ?? '') !== '') return undefined; // computed at run time
  const r = input(ctx, 0)?.shape?.length;
  return r === undefined ? undefined : [...Array(r).keys()].reverse();
}

export const transposePerms: RuleDef = {
  id: 'transpose-perms',
  limitForm: 'strings',
  doc: (l) => `The permutation must be one of ${formatLimit(l)}.`,
  check(ctx) {
    const perm = transposePerm(ctx);
    if (!perm) return undefined;
    const ok = strings(ctx.limit);
    if (ok.includes(perm.join(','))) return undefined;
    return { value: perm.join(','), message: `${who(ctx.node)}: permutation ${perm.join(',')}; ${ctx.unit.name} transposes only ${ok.join(' or ')}.` };
  },
};

export const transposeNotBatch: RuleDef = {
  id: 'transpose-not-batch',
  limitForm: 'none',
  doc: () => 'The transpose must keep the batch axis first.',
  check(ctx) {
    const perm = transposePerm(ctx);
    if (!perm || perm[0] === 0) return undefined;
    return { value: perm.join(','), limit: 'batch axis kept', message: `${who(ctx.node)}: permutation ${perm.join(',')} moves the batch axis; ${ctx.unit.name} does not transpose the batch.` };
  },
};

export const inputChannels: RuleDef = {
  id: 'input-channels',
  limitForm: 'numbers',
  doc: (l) => `The input channel count must be one of ${formatLimit(l)}.`,
  check(ctx) {
    const x = input(ctx, 0)?.shape;
    if (!x || x.length < 2) return undefined;
    const c = splitShape(ctx.node, x).channels;
    const ok = numbers(ctx.limit);
    if (typeof c !== 'number' || ok.includes(c)) return undefined;
    return { value: c, message: `${who(ctx.node)}: ${c} input channels; ${ctx.unit.name} takes ${ok.join(' or ')}.` };
  },
};

export const singleIndex: RuleDef = {
  id: 'single-index',
  limitForm: 'none',
  doc: () => 'The indices must be a single index.',
  check(ctx) {
    const s = input(ctx, 1)?.shape;
    if (!s) return undefined;
    // A symbolic count may be several indices: refused.
    if (elementCount(s) === 1) return undefined;
    return { value: `indices ${s.join('x')}`, limit: 'one index', message: `${who(ctx.node)}: gathers with indices of shape [${s.join(', ')}]; ${ctx.unit.name} gathers a single index.`, hint: 'Kneron\'s converter replaces a single-index Gather with a Slice or Reshape; several indices run on the CPU.' };
  },
};

export const indicesRankMax: RuleDef = {
  id: 'indices-rank-max',
  limitForm: 'number',
  doc: (l) => `The indices tensor's rank must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 1);
    const s = input(ctx, 1)?.shape;
    if (!s || s.length <= max) return undefined;
    return { value: s.length, message: `${who(ctx.node)}: indices of rank ${s.length} ([${s.join(', ')}]); ${ctx.unit.name} takes indices of rank ${max} at most.`, hint: 'Flatten the indices and Reshape the result.' };
  },
};

export const powExponent: RuleDef = {
  id: 'pow-exponent',
  limitForm: 'numbers',
  doc: (l) => (Array.isArray(l) && l.length > 0 ? `The exponent must be a constant scalar equal to ${formatLimit(l)}.` : 'The exponent must be a constant scalar.'),
  check(ctx) {
    const t = input(ctx, 1);
    if (!t) return undefined;
    const v = t.data ? readValues(t, 2) : undefined;
    const ok = numbers(ctx.limit);
    if (v?.length === 1 && (ok.length === 0 || ok.includes(v[0] ?? NaN))) return undefined;
    const found = v === undefined ? 'computed at run time' : v.length !== 1 ? 'not a scalar' : String(v[0]);
    return { value: found, limit: ok.length ? ok.join(' or ') : 'constant scalar', message: `${who(ctx.node)}: exponent '${t.name}' is ${found}; ${ctx.unit.name} needs a constant scalar${ok.length ? ` equal to ${ok.join(' or ')}` : ''}.`, hint: 'Write x*x for a square; other powers run on the CPU.' };
  },
};

/** Clip bounds from attributes (opset < 11) or constant inputs 1 and 2; null when computed. */
function bound(ctx: TargetRuleContext, attr: 'min' | 'max', i: number): number | undefined | null {
  const a = ctx.node.attrs[attr];
  if (typeof a === 'number') return a;
  const name = ctx.node.inputs[i] ?? '';
  if (name === '') return undefined;
  const v = constValues(ctx, i, 1);
  return v?.length === 1 ? v[0] : null;
}

export const clipRelu: RuleDef = {
  id: 'clip-relu',
  limitForm: 'none',
  doc: () => 'Clip must have min = 0 and max >= 0 (a ReLU with an optional ceiling).',
  check(ctx) {
    const lo = bound(ctx, 'min', 1);
    const hi = bound(ctx, 'max', 2);
    if (lo === 0 && (hi === undefined || (hi !== null && hi >= 0))) return undefined;
    const show = (b: number | undefined | null) => (b === undefined ? 'none' : b === null ? 'computed' : String(b));
    return { value: `min ${show(lo)}, max ${show(hi)}`, limit: 'min 0, max >= 0', message: `${who(ctx.node)}: clips to [${show(lo)}, ${show(hi)}]; ${ctx.unit.name} runs a Clip with min 0 and max >= 0 only.` };
  },
};

export const sliceStepsOne: RuleDef = {
  id: 'slice-steps-one',
  limitForm: 'none',
  doc: () => 'Every slice step must be 1.',
  check(ctx) {
    const i = ctx.node.op === 'StridedSlice' ? 3 : 4;
    const attr = attrInts(ctx.node, 'steps');
    const name = ctx.node.inputs[i] ?? '';
    const steps = attr ?? (name === '' ? [] : constValues(ctx, i));
    if (steps && steps.every((s) => s === 1)) return undefined;
    const found = steps ? steps.join(',') : 'computed';
    return { value: `steps ${found}`, limit: 'steps 1', message: `${who(ctx.node)}: slice steps ${found}; ${ctx.unit.name} slices with step 1 only.` };
  },
};

export const matmulShape: RuleDef = {
  id: 'matmul-shape',
  limitForm: 'range',
  doc: (l) => `With constant weights, the weights' shape must be W x V or 1 x 1 x W x V; otherwise the rank must be in ${formatLimit(l)}.`,
  check(ctx) {
    const b = input(ctx, 1);
    if (b?.data !== undefined) {
      const s = b.shape;
      if (s === undefined || s.length === 2 || (s.length === 4 && s[0] === 1 && s[1] === 1)) return undefined;
      return { value: `weights ${s.join('x')}`, limit: 'W x V or 1 x 1 x W x V', message: `${who(ctx.node)}: constant weights of shape [${s.join(', ')}]; ${ctx.unit.name} takes W x V or 1 x 1 x W x V.`, hint: 'Reshape the weights to 2-D (Kneron\'s --opt-matmul rewrites such products).' };
    }
    const [lo, hi] = range(ctx.limit, [4, 4]);
    const r = input(ctx, 0)?.shape?.length;
    if (r === undefined || (r >= lo && r <= hi)) return undefined;
    return { value: r, message: `${who(ctx.node)}: a product of two computed tensors of rank ${r}; ${ctx.unit.name} takes rank ${lo === hi ? lo : `${lo} to ${hi}`} there.` };
  },
};

export const preluSlope: RuleDef = {
  id: 'prelu-slope',
  limitForm: 'none',
  doc: () => 'The slope must have shape (C,) or (1, C, 1, 1), with C the channel axis (dimension 1).',
  check(ctx) {
    const x = input(ctx, 0)?.shape;
    const s = input(ctx, 1)?.shape;
    if (!x || !s || x.length !== 4) return undefined;
    const c = x[1];
    if ((s.length === 1 && s[0] === c) || (s.length === 4 && s[0] === 1 && s[1] === c && s[2] === 1 && s[3] === 1)) return undefined;
    return { value: `slope ${s.join('x')}`, limit: `(${String(c)},) or (1, ${String(c)}, 1, 1)`, message: `${who(ctx.node)}: slope of shape [${s.join(', ')}]; ${ctx.unit.name} takes one slope per channel, (C,) or (1, C, 1, 1).` };
  },
};

export const tconvOutputPadding: RuleDef = {
  id: 'tconv-output-padding',
  limitForm: 'none',
  doc: () => 'output_padding must not exceed the bottom and right pads (output_padding_h <= pads_bottom, output_padding_w <= pads_right).',
  check(ctx) {
    const op = attrInts(ctx.node, 'output_padding');
    if (!op) return undefined;
    // ONNX pads of a 2-D kernel: top, left, bottom, right.
    const pads = attrInts(ctx.node, 'pads');
    const [bottom, right] = [pads?.[2] ?? 0, pads?.[3] ?? 0];
    if ((op[0] ?? 0) <= bottom && (op[1] ?? 0) <= right) return undefined;
    return { value: `output_padding ${op.join(',')}`, limit: `<= pads ${bottom},${right}`, message: `${who(ctx.node)}: output_padding ${op.join(',')} exceeds the bottom/right pads ${bottom},${right}; ${ctx.unit.name} needs output_padding_h <= pads_bottom and output_padding_w <= pads_right.` };
  },
};

export const rowsMin: RuleDef = {
  id: 'rows-min',
  limitForm: 'number',
  doc: (l) => `The input must have at least ${formatLimit(l)} rows (height).`,
  check(ctx) {
    const min = num(ctx.limit, 4);
    const x = input(ctx, 0)?.shape;
    if (!x || x.length < 3) return undefined;
    const rows = splitShape(ctx.node, x).spatial[0];
    if (typeof rows !== 'number' || rows >= min) return undefined;
    return { value: rows, message: `${who(ctx.node)}: input of ${rows} rows; ${ctx.unit.name} pools inputs of ${min} rows or more.` };
  },
};
