/** ValueInfoProto (graph inputs, outputs, value_info) -> IR dtype and shape. */
import type { Tensor } from '../../ir/graph.js';
import { sharedShape, type Dim, type Shape } from '../../ir/shape.js';
import type { onnx } from '../../schemas/onnx/onnx.js';
import { toNum } from './lazy.js';
import { dtypeFromOnnx } from './dtype.js';

/** Numbers unnamed dims across a model so two unknown dims never look equal by accident. */
export class DimNamer {
  private n = 0;
  next(): string {
    return `unk_${this.n++}`;
  }
}

export function tensorFromValueInfo(vi: onnx.ValueInfoProto.$Properties, name: string, dims: DimNamer): Tensor {
  const t: Tensor = { name, dtype: 'unknown' };
  const type = vi.type;
  const tt = type?.tensor_type ?? type?.sparse_tensor_type;
  if (!tt) return t;
  t.dtype = dtypeFromOnnx(tt.elem_type ?? undefined);
  if (tt.shape) t.shape = sharedShape(shapeOf(tt.shape, dims));
  return t;
}

function shapeOf(s: onnx.TensorShapeProto.$Properties, dims: DimNamer): Shape {
  return (s.dim ?? []).map((d): Dim => {
    if (d.dim_value !== undefined && d.dim_value !== null) {
      const v = toNum(d.dim_value);
      if (Number.isSafeInteger(v) && v >= 0) return v;
      return dims.next();
    }
    if (d.dim_param) return d.dim_param;
    return dims.next();
  });
}

/** Fills what a tensor does not know yet from a ValueInfo (never overrides known facts). */
export function mergeValueInfo(t: Tensor, from: Tensor): void {
  if (t.dtype === 'unknown') t.dtype = from.dtype;
  if (t.shape === undefined && from.shape !== undefined) t.shape = from.shape;
}
