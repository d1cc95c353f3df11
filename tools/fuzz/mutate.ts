/**
 * Seeded mutations of model files: generic byte mutations (bit flips, interesting values,
 * truncation, chunk duplication and deletion) and format-aware ones (protobuf varint lengths for
 * ONNX, flatbuffer offsets for TFLite, HDF5 superblock and object-header fields, zip header
 * sizes and offsets). The same (seed bytes, mutant seed) always gives the same mutant.
 */

import { prng } from '../../test/helpers/prng.js';

export type Format = 'onnx' | 'tflite' | 'h5' | 'keras' | 'other';

export function formatOf(name: string): Format {
  const m = /\.(onnx|tflite|h5|keras)$/i.exec(name);
  return m ? (m[1]?.toLowerCase() as Format) : 'other';
}

type Rng = () => number;
const int = (r: Rng, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

/** Values that break size and offset arithmetic. */
const INTERESTING = [0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 27, 2 ** 40, 2 ** 53 - 1];

function writeLE(b: Uint8Array, at: number, value: number, width: number): void {
  let v = BigInt.asUintN(width * 8, BigInt(Math.trunc(value)));
  for (let i = 0; i < width && at + i < b.length; i++) {
    b[at + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = BigInt(Math.trunc(value));
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n && out.length < 10);
  return out;
}

function splice(b: Uint8Array, at: number, remove: number, insert: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at), 0);
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

/** Offsets where a signature (little-endian u32) occurs. */
function find(b: Uint8Array, sig: number): number[] {
  const out: number[] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i + 4 <= b.length; i++) if (dv.getUint32(i, true) === sig) out.push(i);
  return out;
}

export type Mutator = (r: Rng, b: Uint8Array) => Uint8Array;

const generic: Record<string, Mutator> = {
  flip(r, b) {
    const out = b.slice();
    for (let k = 1 + int(r, 8); k > 0 && out.length > 0; k--) {
      const i = int(r, out.length);
      out[i] = (out[i] as number) ^ (1 << int(r, 8));
    }
    return out;
  },
  interesting(r, b) {
    const out = b.slice();
    if (out.length > 0) writeLE(out, int(r, out.length), pick(r, INTERESTING), pick(r, [1, 2, 4, 8]));
    return out;
  },
  truncate(r, b) {
    return b.slice(0, int(r, b.length));
  },
  duplicate(r, b) {
    if (b.length === 0) return b;
    const from = int(r, b.length);
    const len = 1 + int(r, Math.min(4096, b.length - from));
    return splice(b, int(r, b.length), 0, b.slice(from, from + len));
  },
  delete(r, b) {
    if (b.length === 0) return b;
    const at = int(r, b.length);
    return splice(b, at, 1 + int(r, Math.min(4096, b.length - at)), []);
  },
};

const specific: Record<Format, Record<string, Mutator>> = {
  onnx: {
    // A length-delimited field's length (or any varint) replaced: lengths past the end, huge dims.
    varint(r, b) {
      const starts: number[] = [];
      for (let i = 1; i < b.length; i++) if (((b[i - 1] as number) & 0x80) === 0 && ((b[i - 1] as number) & 7) === 2) starts.push(i);
      if (starts.length === 0) return b;
      const at = pick(r, starts);
      let len = 0;
      while (at + len < b.length && ((b[at + len] as number) & 0x80) !== 0 && len < 9) len++;
      return splice(b, at, len + 1, varint(pick(r, INTERESTING)));
    },
  },
  tflite: {
    // A 4-byte aligned word (offsets, vector lengths, buffer indexes) moved or set.
    offset(r, b) {
      const out = b.slice();
      const words = Math.floor(out.length / 4);
      if (words === 0) return out;
      const at = int(r, words) * 4;
      const dv = new DataView(out.buffer);
      const old = dv.getUint32(at, true);
      const v = r() < 0.5 ? old + (int(r, 65) - 32) * 4 : pick(r, INTERESTING);
      dv.setUint32(at, v >>> 0, true);
      return out;
    },
  },
  h5: {
    // The superblock and the first object headers: versions, sizes of offsets, addresses, EOF.
    header(r, b) {
      const out = b.slice();
      if (out.length === 0) return out;
      writeLE(out, int(r, Math.min(out.length, 2048)), pick(r, INTERESTING), pick(r, [1, 2, 4, 8]));
      return out;
    },
  },
  keras: {
    // Zip local and central headers: compressed and uncompressed sizes, offsets, name lengths.
    zip(r, b) {
      const out = b.slice();
      const loc = find(out, 0x04034b50).map((o) => o + pick(r, [18, 22, 26, 28]));
      const cen = find(out, 0x02014b50).map((o) => o + pick(r, [20, 24, 28, 42]));
      const eocd = find(out, 0x06054b50).map((o) => o + pick(r, [10, 12, 16]));
      const spots = [...loc, ...cen, ...eocd];
      if (spots.length === 0) return out;
      writeLE(out, pick(r, spots), pick(r, INTERESTING), 4);
      return out;
    },
  },
  other: {},
};

/** 1 to 3 stacked mutations; returns the mutant and what was done (for the failure record). */
export function mutate(seedBytes: Uint8Array, format: Format, mutantSeed: number): { bytes: Uint8Array; ops: string[] } {
  const r = prng(mutantSeed);
  const ops = { ...generic, ...specific[format] };
  const names = Object.keys(ops);
  // Format-aware mutators get half of the picks when the format has them.
  const own = Object.keys(specific[format]);
  let bytes = seedBytes;
  const done: string[] = [];
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const name = own.length > 0 && r() < 0.5 ? pick(r, own) : pick(r, names);
    bytes = (ops[name] as Mutator)(r, bytes);
    done.push(name);
  }
  return { bytes, ops: done };
}
