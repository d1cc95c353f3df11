/** TFLite TensorType -> IR DType. */
import type { DType } from '../../ir/dtype.js';
import { TensorType } from '../../schemas/tflite/tflite.js';

const TYPES: Readonly<Record<number, DType>> = {
  [TensorType.FLOAT32]: 'float32',
  [TensorType.FLOAT16]: 'float16',
  [TensorType.INT32]: 'int32',
  [TensorType.UINT8]: 'uint8',
  [TensorType.INT64]: 'int64',
  [TensorType.STRING]: 'string',
  [TensorType.BOOL]: 'bool',
  [TensorType.INT16]: 'int16',
  [TensorType.COMPLEX64]: 'complex64',
  [TensorType.INT8]: 'int8',
  [TensorType.FLOAT64]: 'float64',
  [TensorType.COMPLEX128]: 'complex128',
  [TensorType.UINT64]: 'uint64',
  [TensorType.RESOURCE]: 'resource',
  [TensorType.VARIANT]: 'variant',
  [TensorType.UINT32]: 'uint32',
  [TensorType.UINT16]: 'uint16',
  [TensorType.INT4]: 'int4',
  [TensorType.BFLOAT16]: 'bfloat16',
  [TensorType.UINT4]: 'uint4',
  [TensorType.FLOAT8_E4M3FN]: 'float8e4m3fn',
  [TensorType.FLOAT8_E5M2]: 'float8e5m2',
};

/** 'unknown' for types the IR has no width for (INT2) and for values outside the enum. */
export function dtypeFromTflite(t: number): DType {
  return TYPES[t] ?? 'unknown';
}

/** The TensorType for an IR dtype (test builders). */
export function tfliteFromDtype(d: DType): TensorType {
  for (const [k, v] of Object.entries(TYPES)) if (v === d) return Number(k) as TensorType;
  throw new Error(`no TFLite tensor type for ${d}`);
}
