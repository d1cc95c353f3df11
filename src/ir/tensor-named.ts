/** The one lookup of a node's operand by name, for the passes and the memory planners. */
import type { Graph, Tensor } from './graph.js';

/** The tensor `name` names in `g`; undefined for an omitted operand ('' or absent) or a name the graph does not hold. */
export function tensorNamed(g: Graph, name: string | undefined): Tensor | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no graph has a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
  return name === undefined || name === '' ? undefined : g.tensors.get(name);
}
