/**
 * Constant folding. A node whose inputs are all constants becomes constants: with values when
 * its rule can fold them (shape math, capped), else `computed` constants (weights built in-graph,
 * e.g. ConstantOfShape -> Cast -> Transpose). Quantization, control, state and unknown ops stay,
 * except a quantization applied offline (the rule's `offlineBits`: QONNX's Quant and BipolarQuant
 * of constant weights), a constant stored at its bit width (`storageBits`), which data movement
 * (Transpose, Reshape...) keeps.
 */
import type { Tensor } from '../../ir/graph.js';
import { readValues } from '../../ir/tensor-data.js';
import { diag } from '../../diagnostics/diagnostic.js';
import { foldsFromShapes, type OpRule, type OpRuleContext } from '../../ops/rule.js';
import { attrTensor } from '../../ops/util/attrs.js';
import { FOLD_MAX_ELEMENTS } from '../../ops/util/values.js';
import { elementCount } from '../../ir/shape.js';
import { messageOf, report, type ShapeState } from './state.js';

/**
 * Roles never folded. A compute layer (Conv, Gemm, MatMul...) on constant inputs stays a layer: stedgeai
 * runs it (ablation_rnn_int8.tflite's ST Edge AI Core 2.2 report: gemm_5, a FULLY_CONNECTED on a
 * FILL constant, 600 MACC in the C model).
 */
const KEEP_ROLES: ReadonlySet<OpRule['role']> = new Set(['compute', 'quantization', 'control', 'state', 'unknown']);

function isConstant(t: Tensor | undefined): t is Tensor {
  return t?.data !== undefined && t.variable !== true;
}

/** Writes folded values onto the outputs when they fit their shapes; false otherwise. */
function applyValues(outs: (Tensor | undefined)[], values: number[][] | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, for the count test: a missing array is values[i] === undefined, which `!v` below refuses too
  if (!values || values.length < outs.length) return false;
  for (let i = 0; i < outs.length; i++) {
    const t = outs[i];
    const v = values[i];
    if (!t || !v || v.length > FOLD_MAX_ELEMENTS) return false;
    const n = elementCount(t.shape);
    if (n === undefined ? !(t.shape === undefined && v.length > 0) : n !== v.length) return false;
  }
  outs.forEach((t, i) => {
    // Stryker disable next-line ArrayDeclaration: equivalent, the loop above returned false unless every values[i] exists
    const v = values[i] ?? [];
    // Stryker disable next-line ConditionalExpression: equivalent, the loop above returned false unless every output tensor exists
    if (!t) return;
    if (t.shape === undefined) t.shape = [v.length];
    t.data = { kind: 'values', values: v };
  });
  return true;
}

function tryRuleFold(rule: OpRule, ctx: OpRuleContext, inputs: (number[] | undefined)[], state: ShapeState): number[][] | undefined {
  if (!rule.fold) return undefined;
  try {
    return rule.fold(ctx, inputs);
  } catch (e: unknown) {
    report(state, diag('W_SHAPE', `${ctx.node.op} '${ctx.node.name}': cannot fold constant inputs: ${messageOf(e)}`, ctx.node.name));
    return undefined;
  }
}

/** Returns true when the node was turned into constants (the caller drops it). */
export function tryFold(rule: OpRule, ctx: OpRuleContext, state: ShapeState): boolean {
  const node = ctx.node;
  const weightBits = rule.offlineBits?.(ctx);
  if ((KEEP_ROLES.has(rule.role) && weightBits === undefined) || node.subgraphs !== undefined || node.outputs.length === 0) return false;
  if (state.foldShapesOnly && !foldsFromShapes(rule)) return false;
  if (foldsFromShapes(rule)) {
    // Stryker disable next-line ArrayDeclaration: equivalent, a shape-reading rule (Shape, Size) folds from its input's shape and never reads the values it is given
    const done = applyValues(node.outputs.map((_, i) => ctx.output(i)), tryRuleFold(rule, ctx, [], state));
    if (done) state.folded.push(node.name);
    return done;
  }
  // Most nodes read an activation: found before anything is allocated for them.
  if (node.inputs.some((n, i) => n !== '' && !isConstant(ctx.input(i)))) return false;
  const present = node.inputs.map((n, i) => (n === '' ? undefined : i)).filter((i): i is number => i !== undefined);
  if (present.length === 0 && node.op !== 'Constant') return false;
  const outs = node.outputs.map((_, i) => ctx.output(i));
  // an omitted input ('') has no tensor: no values
  const inputs = node.inputs.map((_, i) => {
    const t = ctx.input(i);
    return t ? readValues(t, FOLD_MAX_ELEMENTS) : undefined;
  });
  const allValues = present.every((i) => inputs[i] !== undefined);
  if (allValues && applyValues(outs, tryRuleFold(rule, ctx, inputs, state))) {
    state.folded.push(node.name);
    return true;
  }
  const attrValue = node.op === 'Constant' ? attrTensor(node, 'value') : undefined;
  // Stryker disable next-line OptionalChaining: equivalent, a node folded here has at least one present input (checked above), and data movement reads its data from input 0
  const bits = weightBits ?? (rule.role === 'data-movement' ? ctx.input(0)?.storageBits : undefined);
  for (const t of outs) {
    if (!t) continue;
    t.data = attrValue?.data ?? { kind: 'computed', by: node.name };
    // Stryker disable next-line ConditionalExpression: equivalent, storageBits set to undefined reads as absent to every reader (t.storageBits ?? ..., !== undefined)
    if (bits !== undefined) t.storageBits = bits;
  }
  state.folded.push(node.name);
  return true;
}
