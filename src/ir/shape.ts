/** A dimension is a known size or a symbolic name (ONNX dim_param, TFLite -1 as '?'). */
export type Dim = number | string;
/** undefined = rank unknown. */
export type Shape = readonly Dim[];

/** Distinct shapes a ShapeTable holds before it starts again: a bound whatever the files declare. */
export const SHARED_SHAPES_MAX = 4096;

/**
 * One array for every equal shape: `shared(shape)` gives `shape` itself the first time and that
 * same array for an equal shape later. Shapes are never changed in place (Shape is readonly), so
 * tensors may share them: a 100k-node chain's 133k tensor shapes are three distinct values, and as
 * copies they held 10 MiB. Static shapes (isStatic) are keyed by their numbers joined, others by
 * their JSON (a symbolic dim may hold a comma; a JSON key starts with '[', a joined one never does). Past
 * `max` distinct shapes the table is emptied and fills again.
 */
export class ShapeTable {
  private readonly byKey = new Map<string, Shape>();

  constructor(private readonly max = SHARED_SHAPES_MAX) {}

  shared(shape: Shape): Shape {
    const key = isStatic(shape) ? shape.join(',') : JSON.stringify(shape);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    if (this.byKey.size >= this.max) this.byKey.clear();
    this.byKey.set(key, shape);
    return shape;
  }
}

const SHAPES = new ShapeTable();

/** The shared array for `shape` (ShapeTable.shared) from the one table the readers and passes use. */
export function sharedShape(shape: Shape): Shape {
  return SHAPES.shared(shape);
}

export function isStatic(shape: Shape | undefined): shape is readonly number[] {
  if (shape === undefined) return false;
  // (an indexed loop: every() with a callback allocated a closure per call, on every tensor of every pass)
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== 'number' || !(d >= 0)) return false;
  }
  return true;
}

/** Number of elements, or undefined when any dim is symbolic/unknown. */
export function elementCount(shape: Shape | undefined): number | undefined {
  if (!isStatic(shape)) return undefined;
  let n = 1;
  // (an indexed loop: a for-of here allocates an iterator result per dimension in unoptimized code, on every tensor of every pass)
  for (let i = 0; i < shape.length; i++) n *= shape[i] as number;
  return n;
}

export function formatShape(shape: Shape | undefined, sep = 'x'): string {
  if (shape === undefined) return '?';
  if (shape.length === 0) return 'scalar';
  return shape.map((d) => String(d)).join(sep);
}
