/** Shape inference for one node: run its rule, write outputs, explain what stayed unknown. */
import type { Tensor } from '../../ir/graph.js';
import { diag } from '../../diagnostics/diagnostic.js';
import type { InferredOutput, OpRule, OpRuleContext } from '../../ops/rule.js';
import { checkLimits, mergeDType, mergeShape } from './merge.js';
import { messageOf, report, type ShapeState } from './state.js';

/** The node's output tensors, created in its graph when the file did not list them. */
function outputTensors(ctx: OpRuleContext): Tensor[] {
  return ctx.node.outputs.map((name, i) => {
    const found = ctx.output(i);
    // Stryker disable next-line StringLiteral: equivalent, an omitted output's placeholder is never merged into nor read (inferNode skips it)
    if (found || name === '') return found ?? { name, dtype: 'unknown' };
    const t: Tensor = { name, dtype: 'unknown' };
    ctx.graph.tensors.set(name, t);
    return t;
  });
}

/** Runs inference; returns false when the rule rejected the inputs. */
export function inferNode(rule: OpRule, ctx: OpRuleContext, state: ShapeState): boolean {
  const node = ctx.node;
  const outs = outputTensors(ctx);
  let inferred: InferredOutput[];
  try {
    inferred = rule.infer(ctx);
  } catch (e: unknown) {
    report(state, diag('W_SHAPE', `${node.op} '${node.name}': ${messageOf(e)}`, node.name));
    // Stryker disable next-line ConditionalExpression: equivalent, `unknown` is consulted only for inputs whose shape is unknown: a known one listed there is never looked up
    for (const t of outs) if (!t.shape) state.unknown.add(t.name);
    return false;
  }
  outs.forEach((t, i) => {
    const inf = inferred[i];
    if (!inf) return;
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output's placeholder is not in the graph: merging into it changes nothing anyone reads
    if (t.name === '') return;
    mergeShape(node, t, inf.shape, state);
    mergeDType(t, inf.dtype);
  });
  checkLimits(node, outs, state);
  reportUnknown(rule, ctx, outs, state);
  return true;
}

/** One W_SHAPE per chain: at the first node whose outputs stay unknown, naming the cause. */
function reportUnknown(rule: OpRule, ctx: OpRuleContext, outs: Tensor[], state: ShapeState): void {
  const missing = outs.filter((t) => t.name !== '' && t.shape === undefined);
  if (missing.length === 0) return;
  for (const t of missing) state.unknown.add(t.name);
  const node = ctx.node;
  const unknownInputs = node.inputs.filter((n, i) => n !== '' && ctx.input(i)?.shape === undefined);
  if (rule.role === 'unknown' || (unknownInputs.length > 0 && unknownInputs.every((n) => state.unknown.has(n)))) {
    state.downstreamUnknown++;
    return;
  }
  const names = missing.map((t) => `'${t.name}'`).join(', ');
  const cause = unknownInputs.length > 0
    ? `input ${unknownInputs.map((n) => `'${n}'`).join(', ')} has an unknown shape`
    : rule.role === 'control'
      ? 'its nested graphs give outputs of different ranks or of unknown shape'
      : 'its size depends on values known only at run time (non-constant shape operand) or on unsupported attributes';
  report(state, diag('W_SHAPE', `${node.op} '${node.name}': cannot infer the shape of ${names}: ${cause}`, node.name));
}
