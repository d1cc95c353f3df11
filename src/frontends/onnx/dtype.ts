/** ONNX TensorProto.DataType <-> IR dtype. */
import { ONNX_DTYPE_CODES as BY_CODE, type DType } from '../../ir/dtype.js';

export function dtypeFromOnnx(code: number | undefined): DType {
  return (code === undefined ? undefined : BY_CODE[code]) ?? 'unknown';
}

export function onnxFromDtype(d: DType): number {
  const i = BY_CODE.indexOf(d);
  return i < 0 ? 0 : i;
}
