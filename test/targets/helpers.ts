/** Small targets and graphs for rule tests: one NPU unit with the rule under test, then a CPU. */
import type { Node, Quantization } from '../../src/ir/graph.js';
import { ruleContext } from '../../src/mapping/map.js';
import type { LimitForm, RuleDef, TargetRuleContext } from '../../src/targets/rules/types.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { mapToTarget } from '../../src/mapping/map.js';
import type { LayerMapping, Mapping } from '../../src/mapping/types.js';
import type { RuleLimit, RuleRef, Target } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { expect } from 'vitest';
import { loadTarget } from '../../src/targets/load.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';

export function npuTarget(rules: Partial<Record<OpKind | '*', RuleRef[]>>, common: RuleRef[] = [], options: Record<string, boolean> = {}): Target {
  return {
    name: 'test-board', description: 'test', disclaimer: 'test estimate', sources: [], planner: 'st', alignment: 4, options,
    units: [
      { name: 'NPU', kind: 'npu', common, rules },
      { name: 'CPU', kind: 'cpu', common: [], rules: { '*': [], Custom: [{ rule: 'no-kernel' }] } },
    ],
    pools: [],
  };
}

/** The context the mapper gives a rule (src/mapping/map.ts) for `node`, added to `g`, on a test NPU. */
export function contextOn(g: GraphBuilder, node: Node, ref: Pick<RuleRef, 'limit' | 'attr'> = {}): TargetRuleContext {
  g.graph.nodes.push(node);
  const target = npuTarget({});
  const unit = target.units[0];
  if (!unit) throw new Error('no unit');
  return ruleContext(g.graph, node, target, unit, ref);
}

/** A limit of each form, as a target file could give it. */
const LIMIT_OF_FORM: Record<LimitForm, RuleLimit | undefined> = { none: undefined, number: 3, range: [1, 4], numbers: [1, 2], strings: ['int8'], ops: ['Relu'], string: 'x' };

/** A limit `def` accepts: its first choice for a string rule, else one of its form. */
export const limitOf = (def: RuleDef): RuleLimit | undefined => (def.limitForm === 'string' ? def.choices?.[0] : LIMIT_OF_FORM[def.limitForm]);

/** A target whose NPU checks `ref` on `op` only. */
export function oneRule(op: OpKind, ref: RuleRef): Target {
  return npuTarget({ [op]: [ref] });
}

export const q = (scale: number, zp: number): Quantization => ({ scale: [scale], zeroPoint: [zp] });

export function layer(g: GraphBuilder, target: Target, name?: string): LayerMapping {
  const m: Mapping = mapToTarget(g.graph, target);
  const l = name === undefined ? m.layers[m.layers.length - 1] : m.layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer ${name ?? '(last)'}`);
  return l;
}

/** Sets quantization (and optionally dtype) on an existing tensor. */
export function quantize(g: GraphBuilder, tensor: string, quant: Quantization, dtype: 'int8' | 'uint8' | 'int16' = 'int8'): string {
  const t = g.get(tensor);
  t.quant = quant;
  t.dtype = dtype;
  return tensor;
}

/** The FootprintError message loading `doc` as the target file `file` throws (fails when it loads). */
export function loadError(doc: unknown, file: string): string {
  try {
    loadTarget(JSON.stringify(doc), file);
  } catch (e: unknown) {
    expect(e).toBeInstanceOf(FootprintError);
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an error');
}

/** The first reason the NPU refused layer `name` for, with `ref` its only rule for `op` (undefined when it runs there). */
export function reasonOf(g: GraphBuilder, op: OpKind, ref: RuleRef, name = 'n'): LayerMapping['reasons'][number] | undefined {
  const m = mapToTarget(g.graph, oneRule(op, ref));
  const l = m.layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer ${name}`);
  // A rule that throws is assumed to hold (a warning, src/mapping/map.ts): here it fails the test.
  const thrown = m.warnings.find((w) => w.message.includes('could not be evaluated'));
  if (thrown) throw new Error(thrown.message);
  return l.reasons[0];
}

/** A MatMul `name` of two computed rank-`rank` operands (1 x ... x 4 x 4): the matmul-shape rule's computed case. */
export function computedMatMul(rank: number, name: string): GraphBuilder {
  const g = new GraphBuilder();
  const s = [...new Array<number>(rank - 2).fill(1), 4, 4];
  g.output(g.node('MatMul', [g.input('a', 'float32', s), g.input('b', 'float32', s)], {}, { name, outShapes: [s] }));
  return g;
}
