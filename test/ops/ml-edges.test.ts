/**
 * The ONNX-ML rules (ops/ml.ts) on hostile nodes: an omitted or shapeless input must give unknown
 * shapes or a typed refusal (FootprintError, reported as W_SHAPE by the shapes pass), never a
 * TypeError from reading a missing tensor.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { ML_KINDS } from '../../src/ops/ml-arrays.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import type { Node } from '../../src/ir/graph.js';

/** Runs `f`; returns 'ok', the FootprintError code, or the other error's name and message. */
function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e: unknown) {
    if (e instanceof FootprintError) return e.code;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

describe('ONNX-ML rules with their input omitted or shapeless', () => {
  it.each(ML_KINDS.map((k) => [k]))('%s: infer and cost without a TypeError', (kind) => {
    for (const input of ['', 'shapeless']) {
      const b = new GraphBuilder();
      b.tensor('shapeless', 'float32');
      const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [input, input], outputs: ['y', 'z'], attrs: {} };
      b.graph.nodes.push(node);
      const rule = getRule(kind);
      const ctx = createRuleContext(b.graph, node, 17);
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': infer`).toContain(outcome(() => rule.infer(ctx)));
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': cost`).toContain(outcome(() => rule.cost(ctx)));
    }
  });
});
