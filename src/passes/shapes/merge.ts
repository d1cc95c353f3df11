/** Writes inferred shapes onto output tensors, reconciling them with the shapes the file declares. */
import type { Node, Tensor } from '../../ir/graph.js';
import type { Dim, Shape } from '../../ir/shape.js';
import { formatShape, sharedShape } from '../../ir/shape.js';
import type { DType } from '../../ir/dtype.js';
import { diag } from '../../diagnostics/diagnostic.js';
import { UNKNOWN_DIM, isNum } from '../../ops/util/dims.js';
import { report, type ShapeState } from './state.js';

/**
 * Inferred dims win over declared ones (a W_SHAPE names both when they disagree); unknown
 * inferred dims take the declared number or symbol; no inference keeps the declared shape.
 */
export function mergeShape(node: Node, out: Tensor, inferred: Shape | undefined, state: ShapeState): void {
  const declared = out.shape;
  if (inferred === undefined) return;
  if (declared === undefined) {
    out.shape = sharedShape(inferred);
    return;
  }
  let conflict = declared.length !== inferred.length;
  const merged = conflict ? [...inferred] : inferred.map((d, i) => {
    const e = declared[i] as Dim; // the same rank (else a conflict, above)
    if (isNum(d) && isNum(e) && d !== e) conflict = true;
    if (isNum(d)) return d;
    if (isNum(e) || d === UNKNOWN_DIM) return e;
    return d;
  });
  if (conflict) {
    report(state, diag('W_SHAPE',
      `${node.op} '${node.name}': output '${out.name}' is inferred as ${formatShape(inferred)} but the file declares ${formatShape(declared)}; using the inferred shape`,
      node.name));
  }
  out.shape = sharedShape(merged);
}

/** The file's dtype stays when it is known; otherwise the inferred one is used. */
export function mergeDType(out: Tensor, inferred: DType | undefined): void {
  if (out.dtype === 'unknown' && inferred !== undefined) out.dtype = inferred;
}

/** Flags element counts beyond 2^53 (MACC and byte figures are capped for them). */
export function checkLimits(node: Node, outs: Tensor[], state: ShapeState): void {
  for (const t of outs) {
    if (!t.shape) continue;
    let n = 1;
    for (const d of t.shape) if (isNum(d)) n *= d;
    if (n > Number.MAX_SAFE_INTEGER) {
      report(state, diag('W_SHAPE',
        `${node.op} '${node.name}': output '${t.name}' (${formatShape(t.shape)}) has more than 2^53 elements; counts for it are capped (E_LIMIT)`,
        node.name));
      return;
    }
  }
}
