/**
 * Explicit, rare reads of constant values (shape math, quantization scales). Weight bytes stay in
 * the file until one of these is called, and callers bound how much they are willing to read.
 */
import type { Tensor, TensorData } from './graph.js';
import { DTYPE_BITS, type DType } from './dtype.js';
import { elementCount } from './shape.js';

type BytesData = Extract<TensorData, { kind: 'bytes' }>;

/** Elements the data holds (not the shape's count), or undefined when unknown/not numeric. */
export function elementCountOfData(t: Tensor): number | undefined {
  const d = t.data;
  if (!d) return undefined;
  switch (d.kind) {
    case 'values':
    case 'strings':
      return d.values.length;
    case 'computed':
      return undefined;
    case 'bytes':
      return bytesCount(d, t.dtype);
  }
}

function bytesCount(d: BytesData, dtype: DType): number | undefined {
  switch (d.encoding) {
    case 'raw-le': {
      const bits = DTYPE_BITS[dtype];
      return bits === 0 ? undefined : Math.floor((d.length * 8) / bits);
    }
    case 'pb-fixed32': return Math.floor(d.length / 4);
    case 'pb-fixed64': return Math.floor(d.length / 8);
    case 'pb-varint':
    case 'pb-zigzag': {
      // One element per byte without the continuation bit.
      const bytes = d.source.read(d.offset, d.length);
      let n = 0;
      for (const b of bytes) if ((b & 0x80) === 0) n++;
      return n;
    }
  }
}

/**
 * The tensor's values as numbers (int64 via BigInt -> Number, float16/bfloat16 widened, bool as
 * 0/1). undefined when there is no readable data, the dtype is not numeric, or the tensor has
 * more than `maxElements` elements.
 */
export function readValues(t: Tensor, maxElements: number): number[] | undefined {
  const d = t.data;
  if (!d) return undefined;
  const declared = elementCount(t.shape);
  if (declared !== undefined && declared > maxElements) return undefined;
  switch (d.kind) {
    case 'values':
      return d.values.length > maxElements ? undefined : d.values.slice();
    case 'strings':
    case 'computed':
      return undefined;
    case 'bytes':
      return readBytes(d, t.dtype, maxElements);
  }
}

function readBytes(d: BytesData, dtype: DType, max: number): number[] | undefined {
  const bits = DTYPE_BITS[dtype];
  if (bits === 0 || dtype.startsWith('complex')) return undefined;
  switch (d.encoding) {
    case 'raw-le': {
      const count = Math.floor((d.length * 8) / bits);
      if (count > max) return undefined;
      return decodeRaw(d.source.read(d.offset, d.length), dtype, count);
    }
    case 'pb-fixed32':
    case 'pb-fixed64': {
      const width = d.encoding === 'pb-fixed32' ? 4 : 8;
      const count = Math.floor(d.length / width);
      if (count > max) return undefined;
      const bytes = d.source.read(d.offset, count * width);
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const out = new Array<number>(count);
      for (let i = 0; i < count; i++) out[i] = width === 4 ? dv.getFloat32(i * 4, true) : dv.getFloat64(i * 8, true);
      return out;
    }
    case 'pb-varint':
    case 'pb-zigzag': {
      if (d.length > max * 10) return undefined;
      const out = decodeVarints(d.source.read(d.offset, d.length), dtype, d.encoding === 'pb-zigzag');
      return out === undefined || out.length > max ? undefined : out;
    }
  }
}

function decodeVarints(bytes: Uint8Array, dtype: DType, zigzag: boolean): number[] | undefined {
  const out: number[] = [];
  let v = 0n;
  let shift = 0n;
  for (const b of bytes) {
    v |= BigInt(b & 0x7f) << shift;
    shift += 7n;
    if (b & 0x80) {
      if (shift > 63n) return undefined;
      continue;
    }
    out.push(fromVarint(v, dtype, zigzag));
    v = 0n;
    shift = 0n;
  }
  return shift === 0n ? out : undefined;
}

/** ONNX int32_data holds int8..int32, uint8/16, bool and the 16-bit float types' bits. */
function fromVarint(v: bigint, dtype: DType, zigzag: boolean): number {
  if (zigzag) return Number(BigInt.asIntN(64, (v >> 1n) ^ -(v & 1n)));
  switch (dtype) {
    case 'int64': return Number(BigInt.asIntN(64, v));
    case 'uint64': return Number(BigInt.asUintN(64, v));
    case 'uint32': return Number(BigInt.asUintN(32, v));
    case 'float16': return halfToFloat(Number(v & 0xffffn));
    case 'bfloat16': return bf16ToFloat(Number(v & 0xffffn));
    case 'bool': return v === 0n ? 0 : 1;
    default: return Number(BigInt.asIntN(32, v));
  }
}

function decodeRaw(bytes: Uint8Array, dtype: DType, count: number): number[] | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<number>(count);
  const get = rawGetter(dv, dtype);
  if (!get) return undefined;
  for (let i = 0; i < count; i++) out[i] = get(i);
  return out;
}

function rawGetter(dv: DataView, dtype: DType): ((i: number) => number) | undefined {
  switch (dtype) {
    case 'float32': return (i) => dv.getFloat32(i * 4, true);
    case 'float64': return (i) => dv.getFloat64(i * 8, true);
    case 'float16': return (i) => halfToFloat(dv.getUint16(i * 2, true));
    case 'bfloat16': return (i) => bf16ToFloat(dv.getUint16(i * 2, true));
    case 'int8': return (i) => dv.getInt8(i);
    case 'uint8': return (i) => dv.getUint8(i);
    case 'bool': return (i) => (dv.getUint8(i) === 0 ? 0 : 1);
    case 'int16': return (i) => dv.getInt16(i * 2, true);
    case 'uint16': return (i) => dv.getUint16(i * 2, true);
    case 'int32': return (i) => dv.getInt32(i * 4, true);
    case 'uint32': return (i) => dv.getUint32(i * 4, true);
    case 'int64': return (i) => Number(dv.getBigInt64(i * 8, true));
    case 'uint64': return (i) => Number(dv.getBigUint64(i * 8, true));
    case 'int4': return (i) => { const n = (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf; return n >= 8 ? n - 16 : n; };
    case 'uint4': return (i) => (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf;
    default: return undefined;
  }
}

/** IEEE 754 binary16 bits -> number. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** bfloat16 bits -> number (the upper half of a float32). */
const BF16 = new DataView(new ArrayBuffer(4));

export function bf16ToFloat(b: number): number {
  BF16.setUint32(0, (b & 0xffff) << 16, false);
  return BF16.getFloat32(0, false);
}
