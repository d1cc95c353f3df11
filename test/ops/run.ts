/** Test helpers: run the shapes pass over a builder graph and cost one of its nodes. */
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Attrs, Node } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { createRuleContext } from '../../src/ops/context.js';
import type { Cost } from '../../src/ops/rule.js';
import { getRule } from '../../src/ops/table.js';
import { inferGraph } from '../../src/passes/shapes.js';
import { newState } from '../../src/passes/shapes/state.js';
import type { GraphBuilder } from '../builders/ir.js';

export const OPSET = 17;

export function infer(g: GraphBuilder, opset: number = OPSET): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  inferGraph(g.graph, newState(opset, diagnostics));
  return diagnostics;
}

function nodeNamed(g: GraphBuilder, nodeName: string): Node {
  const node = g.graph.nodes.find((n) => n.name === nodeName);
  if (!node) throw new Error(`no node ${nodeName}`);
  return node;
}

export function costOf(g: GraphBuilder, nodeName: string, opset: number = OPSET): Cost {
  const node = nodeNamed(g, nodeName);
  return getRule(node.op).cost(createRuleContext(g.graph, node, opset));
}

export function shapeOf(g: GraphBuilder, tensor: string): Shape | undefined {
  return g.get(tensor).shape;
}

/** The values `nodeName`'s rule folds from `inputs` (called directly, as any caller of OpRule.fold may). */
export function foldOf(g: GraphBuilder, nodeName: string, inputs: (number[] | undefined)[], opset: number = OPSET): number[][] | undefined {
  const node = nodeNamed(g, nodeName);
  return getRule(node.op).fold?.(createRuleContext(g.graph, node, opset), inputs);
}

/** Builds `op` over the given inputs, infers, and returns [output shape, cost]. */
export function single(g: GraphBuilder, op: Parameters<GraphBuilder['node']>[0], inputs: string[], attrs: Attrs = {}, opts: { outputs?: number; opset?: number } = {}): { shape: Shape | undefined; cost: Cost; diags: Diagnostic[]; out: string } {
  const out = g.node(op, inputs, attrs, { name: 'n', ...(opts.outputs ? { outputs: opts.outputs } : {}) });
  const diags = infer(g, opts.opset);
  return { shape: shapeOf(g, out), cost: costOf(g, 'n', opts.opset), diags, out };
}

/** What `f` returns, or undefined when it throws (a rule that refuses its operands). */
export function unlessRefused<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
