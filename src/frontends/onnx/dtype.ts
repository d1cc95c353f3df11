/** ONNX TensorProto.DataType <-> IR dtype: the codes live here, in the ONNX frontend only. */
import type { Attrs } from '../../ir/graph.js';
import type { DType } from '../../ir/dtype.js';

/**
 * ONNX TensorProto.DataType codes, by index (0 UNDEFINED).
 * The IR's dtype names are ONNX's, but the IR knows no codes: the ONNX frontend converts them here.
 */
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

/** ONNX attributes that hold a dtype code (Cast `to`, QuantizeLinear `output_dtype`, EyeLike/Random* `dtype`). */
const DTYPE_ATTRS = ['to', 'output_dtype', 'dtype'] as const;

/** Converts an ONNX node's dtype-code attributes to the IR's dtype names, in place. */
export function dtypeAttrs(attrs: Attrs): void {
  for (const k of DTYPE_ATTRS) {
    const v = attrs[k];
    if (typeof v === 'number') attrs[k] = dtypeFromOnnx(v);
  }
}
