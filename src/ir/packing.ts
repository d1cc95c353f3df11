/**
 * How ST Edge AI Core stores 1-bit values ("1b-32bpacked", METRICS.md "Binary layers"): 32 per
 * 32-bit word along one axis, each slice along that axis starting a new word. Seed 001's reports:
 * the input int1(1x32x32x1) takes 4,096 B (one word per pixel, its one channel in it) and the
 * binary weights int1(16x3x3x1) 576 B (one word per output channel and kernel position).
 * Activations pack along their channel axis, the last one in ST's channel-last layout; weights
 * along their input-channel axis (`Tensor.packedAxis`).
 */
import type { Tensor } from './graph.js';
import { elementCount } from './shape.js';

export const PACK_WORD_BITS = 32;

/** Bytes of a static shape of `bits`-bit values packed in 32-bit words along `axis`. */
export function wordPackedBytes(shape: readonly number[], axis: number, bits = 1): number {
  const along = shape[axis] ?? 1;
  const slices = along === 0 ? 0 : shape.reduce((a, d) => a * d, 1) / along;
  return slices * Math.ceil((along * bits) / PACK_WORD_BITS) * (PACK_WORD_BITS / 8);
}

/**
 * Bytes of a word-packed tensor as ST stores it: an int1 activation, or a constant stored at
 * `storageBits` along `packedAxis` (binary weights); undefined when it is neither or its shape is
 * not static.
 */
export function packedBytes(t: Tensor): number | undefined {
  const packed = t.dtype === 'int1' || (t.storageBits !== undefined && t.packedAxis !== undefined);
  if (!packed || elementCount(t.shape) === undefined || !t.shape) return undefined;
  const dims = t.shape as readonly number[];
  return wordPackedBytes(dims, t.packedAxis ?? dims.length - 1, t.dtype === 'int1' ? 1 : t.storageBits);
}
