/** Does a file look like a Keras model (HDF5 .h5, or a .keras zip with config.json)? Never throws. */
import type { ModelInput } from '../../ir/source.js';
import { isHdf5At, isZip } from '../sniff.js';
import { zipEntries } from './zip.js';

/** What the probe found, handed to the reader so it does not look again. */
export type KerasProbe = { container: 'hdf5' | 'zip' };

/** HDF5 superblock offset: 0, or 512, 1024, 2048... after a user block (HDF5 spec). */
export function hdf5SignatureOffset(input: ModelInput, head: Uint8Array): number | undefined {
  if (isHdf5At(head)) return 0;
  for (let off = 512; off + 8 <= input.source.size && off <= 1 << 20; off *= 2) {
    if (isHdf5At(input.source.read(off, 8))) return off;
  }
  return undefined;
}

export function probeKeras(input: ModelInput, head: Uint8Array): KerasProbe | undefined {
  try {
    if (hdf5SignatureOffset(input, head) !== undefined) return { container: 'hdf5' };
    if (!isZip(head)) return undefined;
    if (input.path.toLowerCase().endsWith('.keras')) return { container: 'zip' };
    return zipEntries(input.source, input.path).some((e) => e.name === 'config.json') ? { container: 'zip' } : undefined;
  } catch {
    // Probes never throw: bytes that cannot be read as a zip directory are "not Keras".
    return undefined;
  }
}
