/**
 * StridedSlice (TFLite STRIDED_SLICE, TensorFlow semantics): begin/end/strides inputs with
 * begin/end/ellipsis/new_axis/shrink_axis bit masks and the `offset` flag (end = begin + end).
 * Data movement: 0 MACC.
 */
import type { Dim, Shape } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt } from './util/attrs.js';
import { ZERO_COST } from './util/cost.js';
import { UNKNOWN_DIM, fail, isNum } from './util/dims.js';

const bit = (mask: number, i: number): boolean => ((mask >>> i) & 1) === 1;

interface Spec {
  begin: number[];
  end: number[];
  strides: number[];
  masks: { begin: number; end: number; ellipsis: number; newAxis: number; shrink: number };
  offset: boolean;
}

/** Size of one sliced dim of size `d` (TensorFlow's clamping rules). */
export function slicedSize(d: number, b0: number, e0: number, s: number, beginMasked: boolean, endMasked: boolean, offset: boolean): number {
  if (s === 0) fail('strided slice stride must not be 0');
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, s is never 0 here (refused above); a masked begin past d - 1 is clamped to hi = d - 1 below
  let b = beginMasked ? (s > 0 ? 0 : d - 1) : b0 < 0 ? b0 + d : b0;
  let e: number;
  // Stryker disable next-line EqualityOperator: equivalent, s is never 0 here (refused above)
  if (endMasked) e = s > 0 ? d : -1;
  else {
    const raw = offset ? b0 + e0 : e0;
    e = raw < 0 ? raw + d : raw;
  }
  // Stryker disable next-line EqualityOperator: equivalent, s is never 0 here (refused above)
  const [lo, hi] = s > 0 ? [0, d] : [-1, d - 1];
  b = Math.min(Math.max(b, lo), hi);
  e = Math.min(Math.max(e, lo), hi);
  // (e - b) / s counts the steps either way: both differences have the stride's sign when the range is not empty
  return Math.max(0, Math.ceil((e - b) / s));
}

export function stridedSliceShape(x: Shape, spec: Spec): Dim[] {
  const n = spec.begin.length;
  if (spec.end.length !== n || spec.strides.length !== n) fail(`begin, end and strides have ${n}, ${spec.end.length} and ${spec.strides.length} entries`);
  const m = spec.masks;
  let newAxes = 0;
  for (let i = 0; i < n; i++) if (bit(m.newAxis, i) && !bit(m.ellipsis, i)) newAxes++;
  const hasEllipsis = [...Array(n).keys()].some((i) => bit(m.ellipsis, i));
  const consumed = n - newAxes - (hasEllipsis ? 1 : 0);
  if (consumed > x.length) fail(`slice spec addresses ${consumed} dims of a rank-${x.length} input`);
  const out: Dim[] = [];
  let dim = 0;
  for (let i = 0; i < n; i++) {
    if (bit(m.ellipsis, i)) {
      const span = x.length - consumed;
      for (let k = 0; k < span; k++) out.push(x[dim++] ?? UNKNOWN_DIM);
      continue;
    }
    if (bit(m.newAxis, i)) {
      out.push(1);
      continue;
    }
    const d = x[dim++];
    const s = spec.strides[i] ?? 1;
    if (bit(m.shrink, i)) continue;
    const bm = bit(m.begin, i);
    const em = bit(m.end, i);
    if (!isNum(d)) out.push(bm && em && s === 1 ? (d ?? UNKNOWN_DIM) : UNKNOWN_DIM);
    else out.push(slicedSize(d, spec.begin[i] ?? 0, spec.end[i] ?? 0, s, bm, em, spec.offset));
  }
  while (dim < x.length) out.push(x[dim++] ?? UNKNOWN_DIM);
  return out;
}

function infer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const begin = ctx.constValues(1);
  const end = ctx.constValues(2);
  // Stryker disable next-line ArrowFunction: equivalent, the default strides are read as `spec.strides[i] ?? 1`: only their count matters
  const strides = ctx.constValues(3) ?? (begin ? begin.map(() => 1) : undefined);
  if (!x?.shape || !begin || !end || !strides) return [{ dtype: x?.dtype }];
  const node = ctx.node;
  const spec: Spec = {
    begin, end, strides,
    masks: {
      begin: attrInt(node, 'begin_mask', 0), end: attrInt(node, 'end_mask', 0), ellipsis: attrInt(node, 'ellipsis_mask', 0),
      newAxis: attrInt(node, 'new_axis_mask', 0), shrink: attrInt(node, 'shrink_axis_mask', 0),
    },
    offset: attrInt(node, 'offset', 0) === 1,
  };
  return [{ shape: stridedSliceShape(x.shape, spec), dtype: x.dtype }];
}

export const STRIDED_SLICE_RULES: OpRule[] = [
  { kind: 'StridedSlice', role: 'data-movement', shapeInputs: [1, 2, 3], infer, cost: () => ZERO_COST },
];
