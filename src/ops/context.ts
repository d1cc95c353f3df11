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
  // A tensor found is kept for the context's life (rules ask for the same operand several times);
  // one not found is looked up again, as the shapes pass adds a missing output's tensor.
  const found: { inputs: (Tensor | undefined)[]; outputs: (Tensor | undefined)[] } = { inputs: [], outputs: [] };
  const tensorAt = (side: 'inputs' | 'outputs', i: number): Tensor | undefined => {
    const known = found[side][i];
    if (known !== undefined) return known;
    const name = node[side][i];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no scope holds a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
    const t = name === undefined || name === '' ? undefined : find(name);
    if (t !== undefined) found[side][i] = t;
    return t;
  };
  return {
    graph,
    node,
    opset,
    input: (i) => tensorAt('inputs', i),
    output: (i) => tensorAt('outputs', i),
    constValues: (i) => {
      const t = tensorAt('inputs', i);
      return t?.data === undefined ? undefined : readValues(t, CONST_VALUES_MAX);
    },
  };
}
