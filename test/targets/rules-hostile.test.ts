/**
 * Every rule of the library (src/targets/rules) on every operator kind whose operands are missing,
 * omitted (all of them, or only the inputs, or only the outputs), unknown to the graph, shapeless, of rank 0 or 1, or of symbolic size, with and without
 * the attributes that make a convolution depthwise or give a window: a rule that cannot
 * decide holds (types.ts: `check` returns undefined), it never throws (the mapping would turn that
 * into a "could not be evaluated" warning) and never writes `undefined` or `NaN` into a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Node } from '../../src/ir/graph.js';
import { OP_KINDS, type OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { RULE_DEFS } from '../../src/targets/rules/index.js';
import type { RuleDef } from '../../src/targets/rules/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { contextOn, limitOf } from './helpers.js';


/** The operand layouts: each gives a node's inputs and outputs in a fresh graph. */
const OPERANDS: Record<string, (g: GraphBuilder) => { inputs: string[]; outputs: string[] }> = {
  'none': () => ({ inputs: [], outputs: [] }),
  'omitted': () => ({ inputs: ['', '', ''], outputs: [''] }),
  'unknown to the graph': () => ({ inputs: ['a', 'b'], outputs: ['c'] }),
  'omitted in, known out': (g) => ({ inputs: ['', '', ''], outputs: [g.tensor('y', 'int8', [1, 4])] }),
  'known in, omitted out': (g) => ({ inputs: [g.tensor('x', 'int8', [1, 4]), g.tensor('w', 'int8', [4, 4], { data: { kind: 'computed', by: 'test' } })], outputs: [''] }),
  'shapeless': (g) => ({ inputs: [g.tensor('x', 'int8'), g.tensor('w', 'int8', undefined, { data: { kind: 'computed', by: 'test' } })], outputs: [g.tensor('y', 'int8')] }),
  ...Object.fromEntries(([[], [4], ['N', 'C', 'H', 'W']] as Shape[]).map((s) => [`of shape [${s.join(', ')}]`, (g: GraphBuilder) => ({
    inputs: [g.tensor('x', 'int8', s), g.tensor('w', 'int8', s, { data: { kind: 'computed', by: 'test' } }), g.tensor('b', 'int32', s, { data: { kind: 'computed', by: 'test' } })],
    outputs: [g.tensor('y', 'int8', s)],
  })])),
};

/** Attributes that lead the rules past their first test: none, a grouped or TFLite depthwise convolution, a 3x3 stride-2 window. */
const ATTRS: Attrs[] = [
  {}, { group: 2 }, { weight_layout: 'IHWO', layout: 'NHWC' },
  { kernel_shape: [3, 3], strides: [2, 2], dilations: [1, 1], pads: [1, 1, 1, 1], perm: [0, 2, 3, 1], axes: [1], axis: 1, group: 1, layout: 'NHWC' },
];

function run(def: RuleDef, op: OpKind, operands: (g: GraphBuilder) => { inputs: string[]; outputs: string[] }, attrs: Attrs): string | undefined {
  const g = new GraphBuilder();
  const { inputs, outputs } = operands(g);
  const node: Node = { name: 'n', op, sourceOp: op, inputs, outputs, attrs };
  const ctx = contextOn(g, node, { limit: limitOf(def), ...(def.needsAttr === true ? { attr: 'kernel_shape' } : {}) });
  try {
    const f = def.check(ctx);
    if (f === undefined) return undefined;
    return /undefined|NaN/.test(`${f.message} ${String(f.value)} ${f.hint ?? ''} ${f.limit ?? ''}`) ? `says: ${f.message}` : undefined;
  } catch (e: unknown) {
    return `throws: ${e instanceof Error ? e.message : String(e)}`;
  }
}

describe(`the ${RULE_DEFS.size} rules on hostile operands, on each of the ${OP_KINDS.length} operator kinds`, () => {
  it.each(Object.keys(OPERANDS))('operands %s: no rule throws or writes undefined / NaN', (layout) => {
    const operands = OPERANDS[layout];
    if (!operands) throw new Error(layout);
    const bad: string[] = [];
    for (const def of RULE_DEFS.values()) {
      for (const op of OP_KINDS) {
        for (const attrs of ATTRS) {
          const r = run(def, op, operands, attrs);
          if (r !== undefined) bad.push(`${def.id} on ${op} ${JSON.stringify(attrs)}: ${r}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
