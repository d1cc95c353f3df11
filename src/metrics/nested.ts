/**
 * How a control node's nested graphs count in its row (METRICS.md "Nested graphs"): each
 * subgraph gets a `repeat`, the number of times its MACC counts in the node's MACC.
 *   If    the costlier branch 1, the others 0 (one branch runs per inference)
 *   Loop  the trip count M when it is a constant, else 1 (and an I_ASSUMPTION)
 *   Scan  the scan length (first scan input's sequence dim), else 1 (and an I_ASSUMPTION)
 *   While 1 per subgraph (its iteration count is a run-time value; I_ASSUMPTION)
 *   other 1 per subgraph (a call runs its subgraph once)
 * Weights are not repeated: every branch's constants are stored, so all of them count.
 */
import type { Node } from '../ir/graph.js';
import type { Cost, OpRuleContext } from '../ops/rule.js';
import { attrInt, attrInts } from '../ops/util/attrs.js';
import { clampMacc } from '../ops/util/cost.js';
import { loopTripCount } from '../ops/control.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { thousands } from '../units/format.js';

/** A nested graph's figures as the control node's row holds them. */
export interface BranchCost {
  name: string;
  /** Sum of the nested graph's rows. */
  macc: number;
  pure: number;
}

function costlierIndex(branches: readonly BranchCost[]): number {
  let best = 0;
  branches.forEach((b, i) => {
    const cur = branches[best];
    if (cur && (b.macc > cur.macc || (b.macc === cur.macc && b.pure > cur.pure))) best = i;
  });
  return best;
}

function ifRepeats(node: Node, branches: readonly BranchCost[], out: Diagnostic[]): number[] {
  const best = costlierIndex(branches);
  const top = branches[best];
  if (top && top.macc > 0) {
    const list = branches.map((b) => `${b.name}: ${thousands(b.macc)}`).join(', ');
    out.push(diag('I_ASSUMPTION', `If '${node.name}': MACC counts the costlier branch (${list}); one branch runs per inference, weights of both count`, node.name));
  }
  return branches.map((_, i) => (i === best ? 1 : 0));
}

function scanLength(ctx: OpRuleContext): number | undefined {
  const node = ctx.node;
  const batched = ctx.opset !== undefined && ctx.opset < 9;
  const m = attrInt(node, 'num_scan_inputs', 0);
  if (m <= 0) return undefined;
  const shape = ctx.input(node.inputs.length - m)?.shape;
  if (!shape) return undefined;
  const raw = batched ? 1 : attrInts(node, 'scan_input_axes')?.[0] ?? 0;
  const d = shape[raw < 0 ? raw + shape.length : raw];
  return typeof d === 'number' ? d : undefined;
}

function counted(node: Node, what: string, n: number | undefined, branches: readonly BranchCost[], out: Diagnostic[]): number[] {
  if (n !== undefined) return branches.map(() => n);
  const macc = branches.reduce((s, b) => s + b.macc, 0);
  if (macc > 0) {
    out.push(diag('I_ASSUMPTION', `${node.op} '${node.name}': ${what} unknown; MACC counts one iteration (${thousands(macc)})`, node.name));
  }
  return branches.map(() => 1);
}

/** The repeat of each subgraph, in the order given; pushes the assumptions it makes. */
export function branchRepeats(ctx: OpRuleContext, branches: readonly BranchCost[], out: Diagnostic[]): number[] {
  const node = ctx.node;
  switch (node.op) {
    case 'If': return ifRepeats(node, branches, out);
    case 'Loop': return counted(node, 'trip count (M is not a constant)', loopTripCount(ctx), branches, out);
    case 'Scan': return counted(node, 'scan length', scanLength(ctx), branches, out);
    case 'While': return counted(node, 'iteration count', undefined, branches, out);
    default: return branches.map(() => 1);
  }
}

/** The node's own cost plus each subgraph's cost times its repeat. */
export function withBranches(own: Cost, branches: readonly BranchCost[], repeats: readonly number[]): Cost {
  let macc = own.macc;
  let pure = own.pure;
  branches.forEach((b, i) => {
    const r = repeats[i] ?? 0;
    macc += r * b.macc;
    pure += r * b.pure;
  });
  return { macc: clampMacc(macc), pure: clampMacc(pure) };
}
