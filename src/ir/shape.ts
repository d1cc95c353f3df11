/** A dimension is a known size or a symbolic name (ONNX dim_param, TFLite -1 as '?'). */
export type Dim = number | string;
/** undefined = rank unknown. */
export type Shape = Dim[];

export function isStatic(shape: Shape | undefined): shape is number[] {
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
