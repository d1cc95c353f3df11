/** ONNX TensorProto.DataType codes (Cast `to`, ConstantOfShape, EyeLike) as IR dtypes. */
import { DTYPES, ONNX_DTYPE_CODES, type DType } from '../../ir/dtype.js';

const SET: ReadonlySet<string> = new Set(DTYPES);

/** A dtype attribute given as an ONNX code or as an IR dtype name. */
export function dtypeFromAttr(v: unknown): DType | undefined {
  if (typeof v === 'number') return ONNX_DTYPE_CODES[v];
  if (typeof v === 'string' && SET.has(v)) return v as DType;
  return undefined;
}
