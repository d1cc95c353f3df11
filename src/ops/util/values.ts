/** Small-value kernels used by constant folding (shape math). Inputs are capped by the caller. */
import type { DType } from '../../ir/dtype.js';
import { isInteger } from '../../ir/dtype.js';
import type { Shape } from '../../ir/shape.js';
import { isStatic } from '../../ir/shape.js';

/** Largest number of elements a fold may produce. */
export const FOLD_MAX_ELEMENTS = 100_000;

export function staticCount(shape: Shape | undefined): number | undefined {
  if (!isStatic(shape)) return undefined;
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Whether a static shape has at most `max` elements (safe to materialize). */
export function isSmall(shape: Shape | undefined, max = FOLD_MAX_ELEMENTS): shape is number[] {
  const n = staticCount(shape);
  return n !== undefined && n <= max;
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
  for (let i = 0; i < out.length; i++) {
    const coord = Math.floor(idx / (outStrides[i] ?? 1)) % (out[i] ?? 1);
    const j = i - off;
    if (j < 0) continue;
    const d = inShape[j] ?? 1;
    if (d !== 1) r += coord * (inStrides[j] ?? 0);
  }
  return r;
}

/** Elementwise n-ary op with numpy broadcasting over small static shapes. */
export function broadcastValues(out: number[], shapes: readonly number[][], values: readonly number[][], fn: (xs: number[]) => number): number[] {
  const n = staticCount(out) ?? 0;
  const os = stridesOf(out);
  const ins = shapes.map(stridesOf);
  const res = new Array<number>(n);
  const xs = new Array<number>(values.length).fill(0);
  for (let k = 0; k < n; k++) {
    for (let v = 0; v < values.length; v++) {
      const shape = shapes[v] ?? [];
      xs[v] = values[v]?.[broadcastIndex(k, out, os, shape, ins[v] ?? [])] ?? 0;
    }
    res[k] = fn(xs);
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
  const n = values.length;
  const res = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    let src = 0;
    for (let i = 0; i < outShape.length; i++) {
      const coord = Math.floor(k / (outStrides[i] ?? 1)) % (outShape[i] ?? 1);
      src += coord * (inStrides[perm[i] ?? 0] ?? 0);
    }
    res[k] = values[src] ?? 0;
  }
  return res;
}
