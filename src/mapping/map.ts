/**
 * The mapping pass: each (fused) node tries the target's units in order; a unit accepts when every
 * rule for that operator holds (`severity: 'warning'` rules only warn). All failing rules of each
 * refusing unit are reported, not only the first (Vela stops at the first).
 *   const m = mapToTarget(graph, loadTarget('stm32n6'));
 */
import { isInteger } from '../ir/dtype.js';
import type { Graph, Node } from '../ir/graph.js';
import { tensorNamed } from '../ir/tensor-named.js';
import { getRuleDef, opListed, formatLimit, type TargetRuleContext } from '../targets/rules/index.js';
import { who } from '../targets/rules/types.js';
import type { RuleRef, Target, Unit } from '../targets/types.js';
import { channelPadTranspose, wrapWhy } from './lowering.js';
import type { LayerMapping, Mapping, MappingReason, MappingWarning, UnitClass } from './types.js';
import { append, NONE } from '../arrays.js';

/** The rule references a unit applies to `node`; undefined when the unit does not list the op. */
export function unitRefs(unit: Unit, node: Node): RuleRef[] | undefined {
  const own = unit.rules[node.op] ?? unit.rules['*'];
  if (own === undefined) return undefined;
  return [...unit.common.filter((r) => r.except?.includes(node.op) !== true), ...own];
}

/** True when the node computes on integers: quantized, or all its known activation dtypes are integers. */
export function computesOnIntegers(graph: Graph, node: Node): boolean {
  if (node.integer === true) return true;
  // the activations: every operand but the constants (an omitted or unknown name has no tensor)
  let known = 0;
  for (const names of [node.inputs, node.outputs]) {
    for (const name of names) {
      const t = tensorNamed(graph, name);
      if (t === undefined || t.data !== undefined || t.dtype === 'unknown') continue;
      if (!isInteger(t.dtype) && t.dtype !== 'bool') return false;
      known++;
    }
  }
  return known > 0;
}

interface UnitResult {
  failures: MappingReason[];
  warnings: MappingReason[];
}

/** What a rule reads: the node in its graph, the unit, and the reference's limit and attribute. */
export function ruleContext(graph: Graph, node: Node, target: Target, unit: Unit, ref: Pick<RuleRef, 'limit' | 'attr'> = {}): TargetRuleContext {
  // Stryker disable next-line ConditionalExpression: equivalent, as false: an attr key holding undefined reads as no attr (no rule tests the key's presence)
  return { graph, node, target, unit, limit: ref.limit, ...(ref.attr === undefined ? {} : { attr: ref.attr }), tensor: (n) => tensorNamed(graph, n) };
}

function evaluate(graph: Graph, node: Node, target: Target, unit: Unit): UnitResult {
  const refs = unitRefs(unit, node);
  if (refs === undefined) {
    const f = opListed.check(ruleContext(graph, node, target, unit));
    const reason: MappingReason = { unit: unit.name, rule: opListed.id, message: f.message, value: f.value, limit: f.limit };
    if (f.hint) reason.hint = f.hint;
    return { failures: [reason], warnings: [] };
  }
  const out: UnitResult = { failures: [], warnings: [] };
  for (const ref of refs) {
    const def = getRuleDef(ref.rule);
    if (!def) {
      // The target loader refuses an unknown rule; a Target built in code can still name one.
      out.warnings.push({ unit: unit.name, rule: ref.rule, message: `${node.op} '${node.name}': rule ${ref.rule} is not a rule of this version; ignored.`, value: '', limit: formatLimit(ref.limit) });
      continue;
    }
    const ctx = ruleContext(graph, node, target, unit, ref);
    let f;
    try {
      f = def.check(ctx);
    } catch (e: unknown) {
      const msg = e instanceof Error ? e.message : String(e);
      out.warnings.push({ unit: unit.name, rule: ref.rule, message: `${node.op} '${node.name}': rule ${ref.rule} could not be evaluated (${msg}); assumed to hold.`, value: '', limit: formatLimit(ref.limit) });
      continue;
    }
    if (!f) continue;
    const reason: MappingReason = { unit: unit.name, rule: ref.rule, message: f.message, value: f.value, limit: f.limit ?? formatLimit(ref.limit) };
    const hint = ref.hint ?? f.hint;
    if (hint) reason.hint = hint;
    (ref.severity === 'warning' ? out.warnings : out.failures).push(reason);
  }
  return out;
}

export function mapNodeToTarget(graph: Graph, node: Node, target: Target, warnings: MappingWarning[]): LayerMapping {
  const reasons: MappingReason[] = [];
  for (const unit of target.units) {
    const r = evaluate(graph, node, target, unit);
    for (const w of r.warnings) warnings.push({ node: node.name, ...w });
    if (r.failures.length > 0) {
      append(reasons, r.failures);
      continue;
    }
    const cls: UnitClass = unit.kind === 'npu' ? 'HW' : computesOnIntegers(graph, node) ? 'SW_INT' : 'SW_FLOAT';
    return { name: node.name, op: node.op, unit: cls, unitName: unit.name, reasons: reasons.length === 0 ? NONE : reasons };
  }
  return { name: node.name, op: node.op, unit: 'unsupported', unitName: null, reasons };
}

/**
 * A layer with a fused activation on a target that compiles the file's own operators (Pulsar2,
 * Kneron read ONNX, where the activation is a node of its own): the layer and its activation are
 * mapped separately, and the activation is recorded when it runs elsewhere.
 */
function mapSplit(graph: Graph, n: Node, target: Target, warnings: MappingWarning[]): LayerMapping {
  if (n.activation === undefined || target.options['split-fused-activations'] !== true) return mapNodeToTarget(graph, n, target, warnings);
  const { activation, activationAttrs, ...bare } = n;
  const l = mapNodeToTarget(graph, bare, target, warnings);
  // A fused node has one output (passes/fuse-activation.ts): the activation reads and writes it.
  const out = n.outputs;
  const act = mapNodeToTarget(graph, { name: n.name, op: activation, sourceOp: activation, inputs: out, outputs: out, attrs: activationAttrs ?? {} }, target, warnings);
  if (l.unit === 'HW' && act.unit !== 'HW') {
    const named = (m: string) => m.replace(`${activation} '${n.name}'`, `The ${activation} fused into '${n.name}'`);
    l.splitActivation = { op: activation, unit: act.unit, unitName: act.unitName, reasons: act.reasons.map((r) => ({ ...r, message: named(r.message) })) };
  }
  // A layer the NPU refuses runs with its activation on the CPU: the layer's own reasons say why.
  return l;
}

/** Maps every node of the (optimized) graph, in execution order, with the operators the compiler inserts (lowering.ts). */
export function mapToTarget(graph: Graph, target: Target): Mapping {
  const warnings: MappingWarning[] = [];
  const layers = graph.nodes.map((n) => {
    const l = mapSplit(graph, n, target, warnings);
    const inserted = l.unit === 'HW' ? channelPadTranspose(graph, n, target) : undefined;
    if (inserted) {
      const t = mapNodeToTarget(graph, inserted, target, warnings);
      // The sentences name the layer the operator is inserted around, not the operator's made-up name.
      const named = (m: string) => m.replace(who(inserted), `The Transpose inserted around '${n.name}'`);
      l.wrap = { op: 'Transpose', unit: t.unit, unitName: t.unitName, reasons: t.reasons.map((r) => ({ ...r, message: named(r.message) })), why: wrapWhy(n) };
    }
    return l;
  });
  const m: Mapping = { target: target.name, disclaimer: target.disclaimer, hasAccelerator: target.units.some((u) => u.kind === 'npu'), layers, warnings };
  if (target.toolchain) m.toolchain = { ...target.toolchain };
  if (target.npuMode !== undefined) m.npuMode = target.npuMode;
  return m;
}
