/**
 * A minimal zip reader for Keras 3 `.keras` archives: the central directory is read from the end
 * of the ByteSource, and only the entries asked for are read (stored, or deflate through fflate,
 * a pure-JS inflater: the core stays free of Node APIs). No zip64, no encryption: a .keras file
 * has three small entries.
 */
import { inflateSync } from 'fflate';
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

/** The uncompressed bytes of one entry (stored or deflate), at most `maxBytes`. */
export function zipRead(src: ByteSource, e: ZipEntry, file: string, maxBytes: number): Uint8Array {
  if (e.size > maxBytes) throw new FootprintError('E_LIMIT', `zip: entry '${e.name}' is ${e.size} bytes, over the ${maxBytes}-byte limit`, { file, offset: e.localHeaderOffset });
  if (e.localHeaderOffset + 30 > src.size) throw new FootprintError('E_TRUNCATED', `zip: entry '${e.name}' starts past the end of the file`, { file, offset: e.localHeaderOffset });
  const lh = view(src.read(e.localHeaderOffset, 30));
  if (lh.getUint32(0, true) !== LOC_SIG) throw new FootprintError('E_MALFORMED', `zip: no local header for entry '${e.name}'`, { file, offset: e.localHeaderOffset });
  const start = e.localHeaderOffset + 30 + lh.getUint16(26, true) + lh.getUint16(28, true);
  if (start + e.compressedSize > src.size) throw new FootprintError('E_TRUNCATED', `zip: entry '${e.name}' (${e.compressedSize} bytes at ${start}) runs past the end of the file`, { file, offset: src.size });
  const raw = src.read(start, e.compressedSize);
  if (e.method === 0) return raw;
  if (e.method !== 8) throw new FootprintError('E_MALFORMED', `zip: entry '${e.name}' uses compression method ${e.method} (only stored and deflate are read)`, { file, offset: e.localHeaderOffset });
  try {
    return inflateSync(raw, { out: new Uint8Array(e.size) });
  } catch (err: unknown) {
    throw new FootprintError('E_MALFORMED', `zip: entry '${e.name}' does not inflate: ${err instanceof Error ? err.message : String(err)}`, { file, offset: start });
  }
}
