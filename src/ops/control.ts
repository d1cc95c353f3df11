/**
 * Control flow and state. The shapes pass infers subgraphs before calling these rules, so
 * If/Loop/Scan read their bodies' output shapes. Unknown/custom ops: unknown shapes, 0 MACC.
 */
import type { Graph } from '../ir/graph.js';
import type { Dim, Shape } from '../ir/shape.js';
import type { OpKind } from '../ir/op-kinds.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrInts } from './util/attrs.js';
import { ZERO_COST, hasInput } from './util/cost.js';
import { UNKNOWN_DIM, isNum, normAxis } from './util/dims.js';

function subgraph(ctx: OpRuleContext, key: string, index: number): Graph | undefined {
  const subs = ctx.node.subgraphs;
  if (!subs) return undefined;
  return subs[key] ?? Object.values(subs)[index];
}

function outputOf(g: Graph | undefined, i: number): InferredOutput {
  const name = g?.outputs[i];
  // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, a name exists only when g does (g?.outputs), and looking up no name finds nothing
  const t = name === undefined ? undefined : g?.tensors.get(name);
  return { shape: t?.shape, dtype: t?.dtype };
}

/** Same rank: dims that agree are kept, others become '?'. Different ranks: unknown. */
export function joinShapes(a: Shape | undefined, b: Shape | undefined): Shape | undefined {
  if (!a || !b || a.length !== b.length) return undefined;
  return a.map((d, i) => (d === b[i] ? d : UNKNOWN_DIM));
}

function ifInfer(ctx: OpRuleContext): InferredOutput[] {
  const then = subgraph(ctx, 'then_branch', 0);
  const other = subgraph(ctx, 'else_branch', 1);
  return ctx.node.outputs.map((_, i) => {
    const a = outputOf(then, i);
    const b = outputOf(other, i);
    return { shape: joinShapes(a.shape, b.shape), dtype: a.dtype !== 'unknown' && a.dtype ? a.dtype : b.dtype };
  });
}

/**
 * Loop(M, cond, v_initial...): N carried values then K scan outputs stacked over iterations.
 * A constant trip count M is used as the iteration count (an upper bound when cond may stop
 * the loop earlier); carried values keep the initial value's dims where the body's are unknown.
 */
/** A trip count at or above this is a "run until cond" loop (exporters write INT64_MAX), not a count. */
const MAX_TRIP = 2 ** 31;

/** A Loop's constant trip count M, or undefined when absent, computed, or "until cond". */
export function loopTripCount(ctx: OpRuleContext): number | undefined {
  const v = hasInput(ctx, 0) ? ctx.constValues(0)?.[0] : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger(undefined) is false as well: the test is for the type
  if (v === undefined) return undefined;
  return Number.isInteger(v) && v >= 0 && v < MAX_TRIP ? v : undefined;
}

function loopInfer(ctx: OpRuleContext): InferredOutput[] {
  // Stryker disable next-line StringLiteral: equivalent, a Loop holds one subgraph, so the first one found by position is its body
  const body = subgraph(ctx, 'body', 0);
  const carried = Math.max(0, ctx.node.inputs.length - 2);
  const iterations: Dim = loopTripCount(ctx) ?? UNKNOWN_DIM;
  return ctx.node.outputs.map((_, i) => {
    const b = outputOf(body, i + 1);
    if (i < carried) {
      const init = ctx.input(i + 2);
      return { shape: carriedShape(b.shape, init?.shape), dtype: init?.dtype ?? b.dtype };
    }
    return { shape: b.shape ? [iterations, ...b.shape] : undefined, dtype: b.dtype };
  });
}

function carriedShape(body: Shape | undefined, init: Shape | undefined): Shape | undefined {
  if (!body || !init || body.length !== init.length) return body ?? init;
  return body.map((d, i) => {
    const e = init[i] as Dim; // the same rank (checked above)
    if (d === e) return d;
    return isNum(d) && isNum(e) ? UNKNOWN_DIM : isNum(d) ? d : e;
  });
}

/**
 * Scan: N state variables, then K scan outputs with the sequence axis inserted. Opset 8 has a
 * leading sequence_lens input and a batch axis 0 on every input and output.
 */
function scanInfer(ctx: OpRuleContext): InferredOutput[] {
  // Stryker disable next-line StringLiteral: equivalent, a Scan holds one subgraph, so the first one found by position is its body
  const body = subgraph(ctx, 'body', 0);
  const batched = (ctx.opset ?? Infinity) < 9; // no opset (not ONNX): the current form
  const m = attrInt(ctx.node, 'num_scan_inputs', 0);
  const n = ctx.node.inputs.length - m - (batched ? 1 : 0);
  const firstScan = ctx.input(ctx.node.inputs.length - m)?.shape;
  const batch: Dim = batched ? firstScan?.[0] ?? UNKNOWN_DIM : 1;
  const inAxis = batched ? 1 : firstScan ? normAxis(attrInts(ctx.node, 'scan_input_axes')?.[0] ?? 0, firstScan.length) : 0;
  const seq: Dim = firstScan?.[inAxis] ?? UNKNOWN_DIM;
  const outAxes = attrInts(ctx.node, 'scan_output_axes') ?? [];
  return ctx.node.outputs.map((_, i) => {
    const b = outputOf(body, i);
    if (!b.shape) return b;
    if (i < n) return batched ? { shape: [batch, ...b.shape], dtype: b.dtype } : b;
    const rank = b.shape.length + 1;
    const axis = batched ? 0 : normAxis(outAxes[i - n] ?? 0, rank, 'scan output axis');
    const shape: Dim[] = [...b.shape];
    shape.splice(axis, 0, seq);
    return { shape: batched ? [batch, ...shape] : shape, dtype: b.dtype };
  });
}

function unknownOutputs(ctx: OpRuleContext): InferredOutput[] {
  // Stryker disable next-line ArrowFunction: equivalent, the shape pass skips an undefined entry as it does an empty one (passes/shapes/node.ts)
  return ctx.node.outputs.map(() => ({}));
}

function opaque(kind: OpKind, role: OpRule['role']): OpRule {
  return { kind, role, infer: unknownOutputs, cost: () => ZERO_COST };
}

export const CONTROL_RULES: OpRule[] = [
  // The condition and the trip count are control values, not weights. The cost of the nested
  // graphs is added by the metrics (src/metrics/nested.ts), not here.
  { kind: 'If', role: 'control', shapeInputs: [0], infer: ifInfer, cost: () => ZERO_COST },
  { kind: 'Loop', role: 'control', shapeInputs: [0, 1], infer: loopInfer, cost: () => ZERO_COST },
  { kind: 'Scan', role: 'control', infer: scanInfer, cost: () => ZERO_COST },
  opaque('Call', 'control'),
  opaque('While', 'control'),
  opaque('VarHandle', 'state'),
  opaque('ReadVariable', 'state'),
  opaque('AssignVariable', 'state'),
  opaque('Custom', 'unknown'),
  opaque('Unknown', 'unknown'),
];
