/** Einsum: output shape from the equation; MACC = product of every index's extent (naive loops). */
import type { Dim, Shape } from '../ir/shape.js';
import type { InferredOutput, OpRuleContext } from './rule.js';
import { attrString } from './util/attrs.js';
import { cost } from './util/cost.js';
import { UNKNOWN_DIM, broadcastShapes, fail, isNum } from './util/dims.js';
import { append } from '../arrays.js';

interface Parsed {
  extents: Map<string, Dim>;
  ellipsis: Shape;
  out: string;
}

function parse(ctx: OpRuleContext): Parsed | undefined {
  const eq = attrString(ctx.node, 'equation', '').replace(/\s/g, '');
  const [lhs, rhs] = eq.split('->') as [string, string?]; // split gives at least one part
  const terms = lhs.split(',');
  const extents = new Map<string, Dim>();
  const ellipses: Shape[] = [];
  for (const [i, term] of terms.entries()) {
    const shape = ctx.input(i)?.shape;
    if (!shape) return undefined;
    const letters = term.replace('...', '');
    const ell = shape.length - letters.length;
    if (ell < 0 || (ell > 0 && !term.includes('...'))) fail(`term '${term}' does not match input rank ${shape.length}`);
    let pos = 0;
    for (let c = 0; c < term.length; c++) {
      if (term.startsWith('...', c)) {
        ellipses.push(shape.slice(pos, pos + ell));
        pos += ell;
        c += 2;
        continue;
      }
      const ch = term.charAt(c);
      const d = shape[pos++] ?? UNKNOWN_DIM;
      const prev = extents.get(ch);
      // unseen (undefined), 1 (broadcast) or symbolic: this operand's extent is the better one
      if (prev === 1 || !isNum(prev)) extents.set(ch, d);
    }
  }
  let out = rhs;
  if (out === undefined) {
    const counts = new Map<string, number>();
    for (const ch of lhs.replace(/\.\.\.|,/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    // the ellipsis first: without one in the terms it stands for no dims
    out = '...' + [...counts].filter(([, n]) => n === 1).map(([c]) => c).sort().join('');
  }
  return { extents, ellipsis: broadcastShapes(ellipses), out };
}

export function einsumInfer(ctx: OpRuleContext): InferredOutput[] {
  const p = parse(ctx);
  const dtype = ctx.input(0)?.dtype;
  if (!p) return [{ dtype }];
  const shape: Dim[] = [];
  for (let c = 0; c < p.out.length; c++) {
    if (p.out.startsWith('...', c)) {
      append(shape, p.ellipsis);
      c += 2;
    } else shape.push(p.extents.get(p.out.charAt(c)) ?? UNKNOWN_DIM);
  }
  return [{ shape, dtype }];
}

export function einsumCost(ctx: OpRuleContext) {
  const p = parse(ctx);
  if (!p) return cost(0);
  let n = 1;
  for (const d of [...p.extents.values(), ...p.ellipsis]) n *= isNum(d) ? d : 0;
  return cost(n, n);
}
