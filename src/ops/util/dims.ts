/** Dimension arithmetic that never allocates per element and keeps symbolic dims symbolic. */
import type { Dim, Shape } from '../../ir/shape.js';
import { maxOf } from '../../arrays.js';

/** A dimension inference cannot tell (data-dependent or derived from a symbolic dim). */
export const UNKNOWN_DIM = '?';

export function isNum(d: Dim | undefined): d is number {
  return typeof d === 'number' && d >= 0;
}

/** Raised by rules for inconsistent inputs; the pass turns it into a W_SHAPE diagnostic. */
export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

export function fail(message: string): never {
  throw new ShapeError(message);
}

/** Normalizes a possibly negative axis against a rank; throws when out of range. */
export function normAxis(axis: number, rank: number, what = 'axis'): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) fail(`${what} ${axis} is out of range for rank ${rank}`);
  return a;
}

/** Product of dims; undefined when any dim is not a known number. May exceed 2^53 (callers clamp). */
export function product(dims: readonly Dim[]): number | undefined {
  let n = 1;
  // (an indexed loop, as elementCount's: a for-of here allocated an iterator result per dimension, 17 MiB on the 100k-node chain)
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i] as Dim;
    if (!isNum(d)) return undefined;
    n *= d;
  }
  return n;
}

/** Element count of a shape, or 0 when unknown (for costs). */
export function countOr0(shape: Shape | undefined): number {
  if (shape === undefined) return 0;
  return product(shape) ?? 0;
}

/** a * b for dims; symbolic when either is. */
export function dimMul(a: Dim, b: Dim): Dim {
  if (isNum(a) && isNum(b)) return a * b;
  if (a === 0 || b === 0) return 0;
  if (a === 1) return b;
  if (b === 1) return a;
  return UNKNOWN_DIM;
}

/** Applies `f` to a numeric dim; symbolic otherwise. */
export function dimMap(d: Dim | undefined, f: (n: number) => number): Dim {
  if (!isNum(d)) return UNKNOWN_DIM;
  const r = f(d);
  return Number.isFinite(r) && r >= 0 ? r : UNKNOWN_DIM;
}

/** Two dims known equal, or either unknown. */
export function dimsCompatible(a: Dim | undefined, b: Dim | undefined): boolean {
  return !isNum(a) || !isNum(b) || a === b;
}

/** Numpy-style multidirectional broadcasting of shapes; throws on incompatible dims. */
export function broadcastShapes(shapes: readonly Shape[]): Shape {
  const rank = maxOf(shapes.map((s) => s.length), 0);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    let d: Dim = 1;
    for (const s of shapes) {
      const e = s[i - rank + s.length];
      if (e === undefined || e === 1) continue;
      if (d === 1) d = e;
      else if (isNum(d) && isNum(e)) {
        if (d !== e) fail(`cannot broadcast ${shapes.map((x) => `[${x.join(',')}]`).join(' with ')} (dim ${i}: ${d} vs ${e})`);
      } else if (isNum(e)) d = e;
      else if (!isNum(d) && d !== e) d = UNKNOWN_DIM;
    }
    out.push(d);
  }
  return out;
}
