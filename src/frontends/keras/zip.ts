/**
 * A minimal zip reader for Keras 3 `.keras` archives: the central directory is read from the end
 * of the ByteSource, and only the entries asked for are read (stored, or deflate through fflate,
 * a pure-JS inflater: the core stays free of Node APIs). No zip64, no encryption: a .keras file
 * has three small entries.
 */
import { Inflate } from 'fflate';
import type { ByteSource } from '../../ir/source.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Entries of the central directory. Throws E_MALFORMED/E_TRUNCATED naming the byte offset. */
export function zipEntries(src: ByteSource, file: string): ZipEntry[] {
  const tailLen = Math.min(src.size, 22 + 0xffff);
  const tailStart = src.size - tailLen;
  const tail = src.read(tailStart, tailLen);
  const tv = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FootprintError('E_TRUNCATED', 'zip: no end-of-central-directory record (the archive is cut short or not a zip)', { file, offset: src.size });
  const count = tv.getUint16(eocd + 10, true);
  const cdSize = tv.getUint32(eocd + 12, true);
  const cdOffset = tv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new FootprintError('E_LIMIT', 'zip: zip64 archives are not supported (a .keras model has a few small entries)', { file, offset: tailStart + eocd });
  if (cdOffset + cdSize > src.size) throw new FootprintError('E_TRUNCATED', `zip: the central directory (${cdSize} bytes at ${cdOffset}) runs past the end of the file (${src.size} bytes)`, { file, offset: cdOffset });
  const cd = src.read(cdOffset, cdSize);
  const cv = view(cd);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cd.length || cv.getUint32(p, true) !== CEN_SIG) throw new FootprintError('E_MALFORMED', `zip: central directory entry ${k} is damaged`, { file, offset: cdOffset + p });
    const nameLen = cv.getUint16(p + 28, true);
    const extraLen = cv.getUint16(p + 30, true);
    const commentLen = cv.getUint16(p + 32, true);
    entries.push({
      name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
      method: cv.getUint16(p + 10, true),
      compressedSize: cv.getUint32(p + 20, true),
      size: cv.getUint32(p + 24, true),
      localHeaderOffset: cv.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Deflate never compresses better than about 1032:1; a header declaring more is lying, and an
 * inflated stream that outgrows its declared size is stopped at the first byte over.
 */
export const MAX_DEFLATE_RATIO = 1032;
/** Compressed bytes handed to the inflater at a time (the output is checked after each). */
const CHUNK = 64 * 1024;

class Overflow extends Error {}

/** Inflates `raw`, stopping as soon as the output passes `limit` bytes. */
function inflateBounded(raw: Uint8Array, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inf = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new Overflow();
    parts.push(chunk);
    if (final) ended = true;
  });
  for (let at = 0; at < raw.length && !ended; at += CHUNK) inf.push(raw.subarray(at, at + CHUNK), at + CHUNK >= raw.length);
  if (!ended) throw new Error('unexpected end of the deflate stream');
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/**
 * The uncompressed bytes of one entry (stored or deflate), at most `maxBytes`: the declared size
 * is checked against `maxBytes` and the compression ratio first, then the inflated stream against
 * the declared size as it is produced (a zip bomb whose headers lie stops at the first byte over).
 */
export function zipRead(src: ByteSource, e: ZipEntry, file: string, maxBytes: number): Uint8Array {
  if (e.size > maxBytes) throw new FootprintError('E_LIMIT', `zip: entry '${e.name}' is ${e.size} bytes, over the ${maxBytes}-byte limit`, { file, offset: e.localHeaderOffset });
  if (e.method === 8 && e.size > Math.max(1, e.compressedSize) * MAX_DEFLATE_RATIO) {
    throw new FootprintError('E_LIMIT', `zip: entry '${e.name}' declares ${e.size} bytes from ${e.compressedSize} compressed, a ratio over ${MAX_DEFLATE_RATIO}:1 that deflate cannot reach`, { file, offset: e.localHeaderOffset });
  }
  if (e.localHeaderOffset + 30 > src.size) throw new FootprintError('E_TRUNCATED', `zip: entry '${e.name}' starts past the end of the file`, { file, offset: e.localHeaderOffset });
  const lh = view(src.read(e.localHeaderOffset, 30));
  if (lh.getUint32(0, true) !== LOC_SIG) throw new FootprintError('E_MALFORMED', `zip: no local header for entry '${e.name}'`, { file, offset: e.localHeaderOffset });
  const start = e.localHeaderOffset + 30 + lh.getUint16(26, true) + lh.getUint16(28, true);
  if (start + e.compressedSize > src.size) throw new FootprintError('E_TRUNCATED', `zip: entry '${e.name}' (${e.compressedSize} bytes at ${start}) runs past the end of the file`, { file, offset: src.size });
  const raw = src.read(start, e.compressedSize);
  if (e.method === 0) return raw;
  if (e.method !== 8) throw new FootprintError('E_MALFORMED', `zip: entry '${e.name}' uses compression method ${e.method} (only stored and deflate are read)`, { file, offset: e.localHeaderOffset });
  let out: Uint8Array;
  try {
    out = inflateBounded(raw, e.size);
  } catch (err: unknown) {
    if (err instanceof Overflow) {
      throw new FootprintError('E_LIMIT', `zip: entry '${e.name}' inflates to more than the ${e.size} bytes its header declares: stopped there (a zip bomb?)`, { file, offset: start });
    }
    throw new FootprintError('E_MALFORMED', `zip: entry '${e.name}' does not inflate: ${err instanceof Error ? err.message : String(err)}`, { file, offset: start });
  }
  if (out.length !== e.size) {
    throw new FootprintError('E_MALFORMED', `zip: entry '${e.name}' inflates to ${out.length} bytes, but its header declares ${e.size}`, { file, offset: start });
  }
  return out;
}
