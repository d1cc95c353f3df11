/**
 * Every operator rule (ops/table.ts) on hostile operands, as a malformed file would give them:
 * omitted inputs, shapeless inputs, scalars where tensors are expected, no inputs at all. A rule
 * may refuse with its typed error (ShapeError, which the shapes pass reports as W_SHAPE) or give
 * unknown shapes;
 * it must never fail with a TypeError from reading a tensor that is not there.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { OP_KINDS } from '../../src/ir/op-kinds.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { ShapeError } from '../../src/ops/util/dims.js';
import type { Node } from '../../src/ir/graph.js';

function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e: unknown) {
    if (e instanceof FootprintError || e instanceof ShapeError) return 'typed';
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

const OPERANDS: Record<string, (b: GraphBuilder) => string> = {
  omitted: () => '',
  shapeless: (b) => b.tensor('shapeless', 'float32'),
  scalar: (b) => b.values('scalar', 'int64', [1], []),
};

describe('every operator rule on hostile operands', () => {
  it.each(OP_KINDS.map((k) => [k]))('%s', (kind) => {
    const bad: string[] = [];
    for (const [what, make] of Object.entries(OPERANDS)) {
      for (const count of [0, 1, 3, 5]) {
        const b = new GraphBuilder();
        const operand = make(b);
        const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: new Array<string>(count).fill(operand), outputs: ['y', 'z'], attrs: {} };
        b.graph.nodes.push(node);
        const rule = getRule(kind);
        const ctx = createRuleContext(b.graph, node, 17);
        const steps: [string, () => unknown][] = [['infer', () => rule.infer(ctx)], ['cost', () => rule.cost(ctx)]];
        if (rule.fold) steps.push(['fold', () => rule.fold?.(ctx, node.inputs.map(() => undefined))]);
        for (const [step, f] of steps) {
          const r = outcome(f);
          if (r !== 'ok' && r !== 'typed') bad.push(`${step} with ${count} ${what} input(s): ${r}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the cost wrapper of every rule (src/ops/table.ts)', () => {
  const ctxThrowing = (e: Error) => {
    const g = new GraphBuilder();
    const node: Node = { name: 'n', op: 'Relu', sourceOp: 'Relu', inputs: [g.input('x', 'float32', [1, 4])], outputs: ['y'], attrs: {} };
    g.graph.nodes.push(node);
    return { ...createRuleContext(g.graph, node, 17), input: (): never => { throw e; } };
  };

  it('inconsistent operands (a ShapeError, already reported by inference as W_SHAPE) count 0', () => {
    expect(getRule('Relu').cost(ctxThrowing(new ShapeError('x')))).toEqual({ macc: 0, pure: 0 });
  });

  it('any other error is a bug and surfaces, not a silent zero', () => {
    expect(() => getRule('Relu').cost(ctxThrowing(new TypeError('a bug')))).toThrow('a bug');
  });
});
