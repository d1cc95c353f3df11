/** ONNX TensorProto.DataType codes (Cast `to`, ConstantOfShape, EyeLike) as IR dtypes. */
import { DTYPES, type DType } from '../../ir/dtype.js';

const ONNX_CODES: Readonly<Record<number, DType>> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string',
  9: 'bool', 10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128',
  16: 'bfloat16', 17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz',
  21: 'uint4', 22: 'int4', 23: 'float4e2m1',
};

const SET: ReadonlySet<string> = new Set(DTYPES);

/** A dtype attribute given as an ONNX code or as an IR dtype name. */
export function dtypeFromAttr(v: unknown): DType | undefined {
  if (typeof v === 'number') return ONNX_CODES[v];
  if (typeof v === 'string' && SET.has(v)) return v as DType;
  return undefined;
}
