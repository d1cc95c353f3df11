/** ONNX TensorProto.DataType <-> IR dtype. */
import type { DType } from '../../ir/dtype.js';

const BY_CODE: ReadonlyArray<DType | undefined> = [
  /* 0 UNDEFINED */ undefined,
  'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool', 'float16',
  'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
  'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4', 'float4e2m1',
];

export function dtypeFromOnnx(code: number | undefined): DType {
  return (code === undefined ? undefined : BY_CODE[code]) ?? 'unknown';
}

export function onnxFromDtype(d: DType): number {
  const i = BY_CODE.indexOf(d);
  return i < 0 ? 0 : i;
}
