/** Small-value kernels used by constant folding (shape math). Inputs are capped by the caller. */
import type { DType } from '../../ir/dtype.js';
import { isInteger } from '../../ir/dtype.js';
import type { Shape } from '../../ir/shape.js';
import { elementCount } from '../../ir/shape.js';

/** Largest number of elements a fold may produce. */
export const FOLD_MAX_ELEMENTS = 100_000;

/** Whether a static shape has at most `max` elements (safe to materialize). */
export function isSmall(shape: Shape | undefined, max = FOLD_MAX_ELEMENTS): shape is readonly number[] {
  return (elementCount(shape) ?? Infinity) <= max; // a shape of unknown size is not small
}

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = (s[i + 1] ?? 1) * (shape[i + 1] ?? 1);
  return s;
}

/** Maps a flat output index to the flat index of a broadcast input. */
function broadcastIndex(idx: number, out: readonly number[], outStrides: readonly number[], inShape: readonly number[], inStrides: readonly number[]): number {
  let r = 0;
  const off = out.length - inShape.length;
  for (const [i, size] of out.entries()) {
    const coord = Math.floor(idx / (outStrides[i] ?? 1)) % size;
    // the input's dim on this axis: none (an axis it is broadcast along, j < 0) counts as 1
    const j = i - off;
    const d = inShape[j] ?? 1;
    if (d !== 1) r += coord * (inStrides[j] ?? 0);
  }
  return r;
}

/** Elementwise n-ary op with numpy broadcasting over small static shapes. */
export function broadcastValues(out: readonly number[], shapes: readonly (readonly number[])[], values: readonly number[][], fn: (xs: number[]) => number): number[] {
  const n = elementCount(out) ?? 0;
  const os = stridesOf(out);
  // one entry per operand: `shapes` and `values` are given in pairs
  const operands = values.map((vals, v) => ({ vals, shape: shapes[v] as readonly number[], strides: stridesOf(shapes[v] as readonly number[]) }));
  // one operand buffer for every element (fn reads it before the next element overwrites it)
  // Stryker disable next-line ArrayDeclaration: equivalent, every slot is written before fn reads it
  const xs = new Array<number>(operands.length);
  const res: number[] = [];
  for (let k = 0; k < n; k++) {
    for (const [v, x] of operands.entries()) xs[v] = x.vals[broadcastIndex(k, out, os, x.shape, x.strides)] ?? 0;
    res.push(fn(xs));
  }
  return res;
}

/** Converts a value to what a tensor of `dtype` stores (integer truncation, bool). */
export function castValue(v: number, dtype: DType): number {
  if (dtype === 'bool') return v !== 0 ? 1 : 0;
  if (isInteger(dtype)) return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (dtype === 'float32') return Math.fround(v);
  return v;
}

/** Reorders a small static tensor's values by `perm`. */
export function transposeValues(shape: readonly number[], values: readonly number[], perm: readonly number[]): number[] {
  const outShape = perm.map((p) => shape[p] ?? 1);
  const inStrides = stridesOf(shape);
  const outStrides = stridesOf(outShape);
  const res: number[] = [];
  for (let k = 0; k < values.length; k++) {
    let src = 0;
    for (const [i, size] of outShape.entries()) {
      const coord = Math.floor(k / (outStrides[i] ?? 1)) % size;
      src += coord * (inStrides[perm[i] ?? 0] ?? 0);
    }
    res.push(values[src] ?? 0);
  }
  return res;
}
