import type { Tensor } from '../ir/graph.js';
import { elementCount } from '../ir/shape.js';
import { storageBytes } from '../ir/dtype.js';
import { packedBytes } from '../ir/packing.js';

/** Unrounded bytes of a tensor, undefined when its shape is not static. */
export function tensorBytes(t: Tensor): number | undefined {
  if (t.dtype === 'int1') return packedBytes(t);
  const n = elementCount(t.shape);
  return n === undefined ? undefined : storageBytes(t.dtype, n);
}
