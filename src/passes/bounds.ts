/**
 * Sanity bounds, checked before any figure is reported: a damaged file can declare shapes whose
 * products overflow (a TFLite offset landing on `4x1x16x1048588x15x262152x12x67x3`, an input of
 * [2^40]x4) and would otherwise print 1e18 bytes of activations as if they were real. Each bound
 * is far above any model an edge toolchain compiles (the largest corpus tensor has 1e8 elements).
 */
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { Graph } from '../ir/graph.js';

/** Elements in one tensor: 2^40 (a 4 TiB float32 tensor). */
export const MAX_TENSOR_ELEMENTS = 2 ** 40;
/** Any reported total (bytes, MACC, parameters). */
export const MAX_TOTAL = 1e15;

/** Every static shape of the graph and its nested graphs: product within MAX_TENSOR_ELEMENTS. */
export function checkShapes(graph: Graph): void {
  // (forEach and an indexed loop: a for-of here, run once over every tensor, allocated an iterator
  // result per tensor and per dimension, 48 MB on a 100k-node graph)
  graph.tensors.forEach((t) => {
    const shape = t.shape;
    if (!shape) return;
    let n = 1;
    for (let i = 0; i < shape.length; i++) {
      const d = shape[i];
      if (typeof d !== 'number') continue;
      n *= d;
      if (n > MAX_TENSOR_ELEMENTS) {
        throw new FootprintError('E_LIMIT', `tensor '${t.name}' declares shape [${shape.join('x')}]: over ${MAX_TENSOR_ELEMENTS} elements, beyond any model (the file is likely corrupt)`);
      }
    }
  });
  for (const node of graph.nodes) {
    for (const sub of Object.values(node.subgraphs ?? {})) checkShapes(sub);
  }
}

/** The report's totals: each finite and within MAX_TOTAL. */
export function checkTotals(totals: Readonly<Record<string, number>>): void {
  for (const [k, v] of Object.entries(totals)) {
    // A latency the target cannot estimate is null, not a number.
    if ((v as number | null) === null) continue;
    if (!Number.isFinite(v) || Math.abs(v) > MAX_TOTAL) {
      throw new FootprintError('E_LIMIT', `the model's ${k} would be ${v}, beyond any model (over ${MAX_TOTAL}): its declared sizes are inconsistent (the file is likely corrupt)`);
    }
  }
}
