/**
 * Who writes a tensor, for code that walks a graph's nodes in order. A node reads nearly everything
 * from the few nodes before it (a chain, a residual block), so those are searched first; a graph
 * input or a constant that no node writes has no writer; only a read from further back makes the
 * map of every output. On the 100k-node chain the activation fusion (its index of producers and
 * readers), the metrics and the planner's check of the graph's only order each made such a map (66k
 * names, 4 to 5 MiB), and none needed it.
 */
import type { Graph, Node } from './graph.js';

/** How many nodes before a reader are searched for the writer of what it reads, before the map of every output is made. */
export const NEAR_PRODUCERS = 16;

export interface Producers {
  /**
   * The position in `graph.nodes` of the node writing `name`, for a reader at position `at`;
   * undefined when no node writes it. In a graph where a tensor has one writer (a verified one)
   * every way finds that node; a name written twice gives the nearest writer before `at` if it is
   * near, else the last one.
   */
  find(name: string, at: number): number | undefined;
}

export function producersOf(graph: Graph): Producers {
  const nodes = graph.nodes;
  let all: Map<string, number> | undefined;
  let inputs: ReadonlySet<string> | undefined;
  // the inputs, and the constants, that nodes write anyway (the invariants allow it: a graph input a
  // node recomputes); two lists, as the inputs' needs no lookup of every output's tensor (the
  // 100k-node chain's first node reads its graph input: three such scans for one of constants)
  let writtenInputs: ReadonlySet<string> | undefined;
  let writtenConstants: ReadonlySet<string> | undefined;
  const isConstant = (name: string): boolean => graph.tensors.get(name)?.data !== undefined;
  /** A graph input or a constant no node writes. */
  const unwritten = (name: string): boolean => {
    const ins = (inputs ??= new Set(graph.inputs));
    if (ins.has(name)) {
      writtenInputs ??= writtenAmong(graph, (o) => ins.has(o));
      return !writtenInputs.has(name);
    }
    // Stryker disable next-line ConditionalExpression: equivalent, a name neither an input nor a constant is looked up in the map of every output, which has no entry for it either
    if (!isConstant(name)) return false;
    writtenConstants ??= writtenAmong(graph, isConstant);
    return !writtenConstants.has(name);
  };
  return {
    find(name, at) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,UpdateOperator: equivalent, a window of another size (or none) finds the same writer, in the map of every output
      for (let j = at - 1; j >= 0 && j >= at - NEAR_PRODUCERS; j--) if ((nodes[j] as Node).outputs.includes(name)) return j;
      if (unwritten(name)) return undefined;
      if (all === undefined) {
        all = new Map();
        nodes.forEach((n, j) => {
          // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, no caller asks for '' (an omitted operand)
          for (const o of n.outputs) if (o !== '') (all as Map<string, number>).set(o, j);
        });
      }
      return all.get(name);
    },
  };
}

/** The nodes' outputs that are `kind` (graph inputs, or constants). */
function writtenAmong(graph: Graph, kind: (name: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const n of graph.nodes) for (const o of n.outputs) if (kind(o)) out.add(o);
  return out;
}
