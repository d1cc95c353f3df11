/** Byte-level helpers for ONNX tests: little-endian encoding, in-memory inputs, counting sources. */
import type { DType } from '../../src/ir/dtype.js';
import { bytesSource, type ByteSource, type ModelInput } from '../../src/ir/source.js';

/** float -> IEEE binary16 bits (round to nearest even; enough for test values). */
export function floatToHalf(v: number): number {
  const f32 = new Float32Array([v]);
  const x = new Uint32Array(f32.buffer)[0] as number;
  const sign = (x >>> 16) & 0x8000;
  const exp = ((x >>> 23) & 0xff) - 127 + 15;
  const mant = x & 0x7fffff;
  if (((x >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  if (exp >= 31) return sign | 0x7c00;
  if (exp <= 0) {
    if (exp < -10) return sign;
    const m = (mant | 0x800000) >> (1 - exp);
    return sign | ((m + 0x1000) >> 13);
  }
  const half = sign | (exp << 10) | (mant >> 13);
  const rest = mant & 0x1fff;
  return rest > 0x1000 || (rest === 0x1000 && (half & 1)) ? half + 1 : half;
}

/** float -> bfloat16 bits (truncating: test values are exact). */
export function floatToBf16(v: number): number {
  return (new Uint32Array(new Float32Array([v]).buffer)[0] as number) >>> 16;
}

/** Values as ONNX raw_data (little-endian; int4/uint4 two per byte, low nibble first). */
export function encodeRaw(dtype: DType, values: number[]): Uint8Array {
  const width: Partial<Record<DType, number>> = {
    float32: 4, float64: 8, float16: 2, bfloat16: 2, int8: 1, uint8: 1, bool: 1,
    int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8,
  };
  if (dtype === 'int4' || dtype === 'uint4') {
    const out = new Uint8Array(Math.ceil(values.length / 2));
    values.forEach((v, i) => { out[i >> 1] = (out[i >> 1] as number) | ((v & 0xf) << ((i & 1) * 4)); });
    return out;
  }
  const w = width[dtype];
  if (w === undefined) throw new Error(`encodeRaw: no raw encoding for ${dtype} in the test builder`);
  const out = new Uint8Array(values.length * w);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => {
    const at = i * w;
    switch (dtype) {
      case 'float32': dv.setFloat32(at, v, true); break;
      case 'float64': dv.setFloat64(at, v, true); break;
      case 'float16': dv.setUint16(at, floatToHalf(v), true); break;
      case 'bfloat16': dv.setUint16(at, floatToBf16(v), true); break;
      case 'int8': dv.setInt8(at, v); break;
      case 'uint8': case 'bool': dv.setUint8(at, v); break;
      case 'int16': dv.setInt16(at, v, true); break;
      case 'uint16': dv.setUint16(at, v, true); break;
      case 'int32': dv.setInt32(at, v, true); break;
      case 'uint32': dv.setUint32(at, v, true); break;
      case 'int64': dv.setBigInt64(at, BigInt(v), true); break;
      case 'uint64': dv.setBigUint64(at, BigInt(v), true); break;
      default: break;
    }
  });
  return out;
}

/** A ModelInput over bytes in memory, with optional sibling files (external data). */
export function memoryInput(path: string, bytes: Uint8Array, siblings: Record<string, Uint8Array> = {}): ModelInput & { opened: string[] } {
  const opened: string[] = [];
  return {
    path,
    source: bytesSource(path, bytes),
    opened,
    openSibling(rel: string): ByteSource | undefined {
      opened.push(rel);
      const b = siblings[rel];
      return b === undefined ? undefined : bytesSource(rel, b);
    },
  };
}

/** Wraps a source and counts the bytes read through it. */
export function countingSource(inner: ByteSource): ByteSource & { bytesRead: number; reads: number } {
  const s = {
    name: inner.name,
    size: inner.size,
    bytesRead: 0,
    reads: 0,
    read(offset: number, length: number): Uint8Array {
      s.bytesRead += length;
      s.reads++;
      return inner.read(offset, length);
    },
  };
  return s;
}

/** A protobuf varint's bytes. */
export function varint(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
  out.push(n);
  return out;
}

/**
 * A ModelProto (IR 8, opset 13) whose graph holds `nodes` empty NodeProtos (field 1, length 0:
 * two bytes each); `graphAt` is where the graph's content starts.
 */
export function emptyNodesOnnx(nodes: number): { bytes: Uint8Array; graphAt: number } {
  const head = [0x08, 8, 0x42, 2, 0x10, 13, 0x3a, ...varint(2 * nodes)];
  const bytes = new Uint8Array(head.length + 2 * nodes);
  bytes.set(head);
  for (let i = 0; i < nodes; i++) bytes[head.length + 2 * i] = 0x0a;
  return { bytes, graphAt: head.length };
}
