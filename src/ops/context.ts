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
  return new RuleContext(graph, node, opset, lookup);
}

/**
 * One node's context. Its methods live on the prototype and its operand cache is made on first
 * use at the node's size: the shapes pass and the metrics each make one per node, and as closures
 * over a growing cache they allocated 120 MiB on a 100k-node chain.
 */
class RuleContext implements OpRuleContext {
  /**
   * A tensor found is kept for the context's life (rules ask for the same operand several times);
   * one not found is looked up again, as the shapes pass adds a missing output's tensor.
   */
  private inputs: (Tensor | undefined)[] | undefined;
  private outputs: (Tensor | undefined)[] | undefined;

  // (the caches start undefined as declared fields: ES2022 defines them on every instance)
  constructor(readonly graph: Graph, readonly node: Node, readonly opset: number | undefined, private readonly lookup: ((name: string) => Tensor | undefined) | undefined) {}

  input(i: number): Tensor | undefined {
    this.inputs ??= new Array<Tensor | undefined>(this.node.inputs.length);
    return this.tensorAt(this.node.inputs, this.inputs, i);
  }

  output(i: number): Tensor | undefined {
    this.outputs ??= new Array<Tensor | undefined>(this.node.outputs.length);
    return this.tensorAt(this.node.outputs, this.outputs, i);
  }

  constValues(i: number): number[] | undefined {
    const t = this.input(i);
    return t?.data === undefined ? undefined : readValues(t, CONST_VALUES_MAX);
  }

  private tensorAt(names: readonly string[], found: (Tensor | undefined)[], i: number): Tensor | undefined {
    const known = found[i];
    if (known !== undefined) return known;
    const name = names[i];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no scope holds a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
    const t = name === undefined || name === '' ? undefined : this.lookup ? this.lookup(name) : this.graph.tensors.get(name);
    // (only indices of the node's operands are kept: a rule asking past them finds nothing to keep)
    if (t !== undefined) found[i] = t;
    return t;
  }
}
