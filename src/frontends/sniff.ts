/**
 * The container and text signatures a model file's first bytes can carry, in one place: the
 * probes and the "not a supported format: it looks like ..." message read them from here.
 */
export type Container = 'zip' | 'hdf5' | 'gzip' | 'tflite' | 'lfs-pointer' | 'json' | 'html';

const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

export const isHdf5At = (b: Uint8Array, at = 0): boolean => startsWith(b, HDF5, at);
export const isZip = (b: Uint8Array): boolean => startsWith(b, ZIP);
/** TFLite's file identifier at bytes 4..8 (schema.fbs `file_identifier "TFL3"`). */
export const TFLITE_IDENTIFIER = 'TFL3';
export const isTflite = (b: Uint8Array): boolean => b.length >= 8 && ascii(b.subarray(4, 8)) === TFLITE_IDENTIFIER;

/** Bytes as text, one character per byte (identifiers and magic numbers). */
export function ascii(bytes: Uint8Array): string {
  let s = '';
  for (const c of bytes) s += String.fromCharCode(c);
  return s;
}

/** What the first bytes are, when they carry a known signature. */
export function sniff(head: Uint8Array): Container | undefined {
  if (isZip(head)) return 'zip';
  if (isHdf5At(head)) return 'hdf5';
  if (startsWith(head, GZIP)) return 'gzip';
  if (isTflite(head)) return 'tflite';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 32));
  if (text.startsWith('version https://git-lfs')) return 'lfs-pointer';
  if (/^\s*[{[]/.test(text)) return 'json';
  if (/^\s*</.test(text)) return 'html';
  return undefined;
}
