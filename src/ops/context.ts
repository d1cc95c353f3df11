/** Builds the OpRuleContext rules see, for the shapes pass and for cost counting. */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { readValues } from '../ir/tensor-data.js';
import type { OpRuleContext } from './rule.js';

/** Most values a rule may read through `constValues` (shape vectors, axes, pads, scales). */
export const CONST_VALUES_MAX = 4096;

/**
 * `lookup` resolves tensor names (defaults to the graph's own tensors; the shapes pass chains
 * outer scopes for subgraphs).
 */
export function createRuleContext(graph: Graph, node: Node, opset: number | undefined, lookup?: (name: string) => Tensor | undefined): OpRuleContext {
  const find = lookup ?? ((name: string) => graph.tensors.get(name));
  const tensorAt = (names: string[], i: number): Tensor | undefined => {
    const name = names[i];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no scope holds a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
    return name === undefined || name === '' ? undefined : find(name);
  };
  return {
    graph,
    node,
    opset,
    input: (i) => tensorAt(node.inputs, i),
    output: (i) => tensorAt(node.outputs, i),
    constValues: (i) => {
      const t = tensorAt(node.inputs, i);
      return t?.data === undefined ? undefined : readValues(t, CONST_VALUES_MAX);
    },
  };
}
