/** Element types of the IR, independent of any file format. */
export const DTYPES = [
  'float32', 'float16', 'bfloat16', 'float64',
  'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'float4e2m1',
  'int1', 'int4', 'uint4', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
  'bool', 'string', 'complex64', 'complex128', 'resource', 'variant', 'unknown',
] as const;
export type DType = (typeof DTYPES)[number];

/** Storage width in bits; 0 for types without a fixed width (string, resource, unknown). */
export const DTYPE_BITS: Readonly<Record<DType, number>> = {
  float32: 32, float16: 16, bfloat16: 16, float64: 64,
  float8e4m3fn: 8, float8e4m3fnuz: 8, float8e5m2: 8, float8e5m2fnuz: 8, float4e2m1: 4,
  int1: 1, int4: 4, uint4: 4, int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64,
  bool: 8, string: 0, complex64: 64, complex128: 128, resource: 0, variant: 0, unknown: 0,
};

export function isFloat(d: DType): boolean {
  return d.startsWith('float') || d === 'bfloat16';
}

export function isInteger(d: DType): boolean {
  return /^u?int\d+$/.test(d);
}

/** Bytes needed to store `count` elements of `dtype` (sub-byte types packed, rounded up). */
export function storageBytes(dtype: DType, count: number): number {
  return Math.ceil((count * DTYPE_BITS[dtype]) / 8);
}

/** Short name as stedgeai prints it: f32, s8, u8, s16, s32, ... */
export function shortDType(d: DType): string {
  switch (d) {
    case 'float32': return 'f32';
    case 'float16': return 'f16';
    case 'float64': return 'f64';
    case 'bfloat16': return 'bf16';
    case 'bool': return 'bool';
    default: {
      const m = /^(u?)int(\d+)$/.exec(d);
      if (m) return `${m[1] ? 'u' : 's'}${m[2]}`;
      return d;
    }
  }
}

