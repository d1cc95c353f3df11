/**
 * Byte accounting for constant tensors (METRICS.md "Parameters and weights (ROM)").
 * weights (ro) = sum over constant arrays of alignUp(bytes at storage width, 4).
 */
import { DTYPE_BITS, isFloat, isInteger, storageBytes, type DType } from '../ir/dtype.js';
import { elementCount } from '../ir/shape.js';
import type { Tensor } from '../ir/graph.js';
import { packedBytes } from '../ir/packing.js';

export function alignUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** Items in a constant (0 when its shape is not static). */
export function itemCount(t: Tensor): number {
  return elementCount(t.shape) ?? 0;
}

/** Bytes at storage width, not aligned (the `params #` figure). */
export function rawBytes(t: Tensor): number {
  return storageBytes(t.dtype, itemCount(t));
}

/** One constant array in ROM: storage bytes (packed at `storageBits` when set) rounded up to 4. */
export function weightBytes(t: Tensor): number {
  const packed = packedBytes(t);
  if (packed !== undefined) return packed;
  return alignUp(t.storageBits !== undefined ? Math.ceil((itemCount(t) * t.storageBits) / 8) : rawBytes(t), 4);
}

/**
 * Whether a constant would be a float32 array in the float model: float data, quantized or
 * small-integer weights/biases. Not int64/bool/string (indices, masks).
 */
export function isFloatable(dtype: DType): boolean {
  if (isFloat(dtype)) return true;
  return isInteger(dtype) && DTYPE_BITS[dtype] <= 32;
}

/** Bytes of the constant in the float model (every item float32); its own bytes when not float-able. */
export function floatWeightBytes(t: Tensor): number {
  return isFloatable(t.dtype) ? alignUp(itemCount(t) * 4, 4) : weightBytes(t);
}

/**
 * Per-channel quantization parameters stored beside a constant: float32 scales, zero points at
 * the quantized storage width, each array aligned to 4. Per-tensor parameters (one scale) are
 * folded into the kernel's constants and not counted.
 */
export function quantParamBytes(t: Tensor): number {
  const q = t.quant;
  if (!q || q.scale.length <= 1) return 0;
  const zpType: DType = q.dtype ?? (isInteger(t.dtype) ? t.dtype : 'int8');
  const zp = q.zeroPoint.length > 0 ? alignUp(storageBytes(zpType, q.zeroPoint.length), 4) : 0;
  return alignUp(q.scale.length * 4, 4) + zp;
}
