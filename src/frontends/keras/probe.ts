/** Does a file look like a Keras model (HDF5 .h5, or a .keras zip with config.json)? Never throws. */
import type { ModelInput } from '../../ir/source.js';
import { zipEntries } from './zip.js';

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

export function startsWithHdf5(b: Uint8Array): boolean {
  return b.length >= 8 && HDF5_SIGNATURE.every((x, i) => b[i] === x);
}

/** HDF5 superblock offset: 0, or 512, 1024, 2048... after a user block (HDF5 spec). */
export function hdf5SignatureOffset(input: ModelInput, head: Uint8Array): number | undefined {
  if (startsWithHdf5(head)) return 0;
  for (let off = 512; off + 8 <= input.source.size && off <= 1 << 20; off *= 2) {
    if (startsWithHdf5(input.source.read(off, 8))) return off;
  }
  return undefined;
}

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export function probeKeras(input: ModelInput, head: Uint8Array): boolean {
  try {
    if (hdf5SignatureOffset(input, head) !== undefined) return true;
    if (!isZip(head)) return false;
    if (input.path.toLowerCase().endsWith('.keras')) return true;
    return zipEntries(input.source, input.path).some((e) => e.name === 'config.json');
  } catch {
    // Probes never throw: bytes that cannot be read as a zip directory are "not Keras".
    return false;
  }
}
