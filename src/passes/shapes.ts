/**
 * The shapes pass: walks nodes in order, infers output shapes and dtypes with the operator
 * table, folds constant subgraphs (Shape -> Gather -> Concat -> Reshape chains collapse, in-graph
 * weights become `computed` constants) and infers subgraphs with outer-scope tensors visible.
 * Model problems become W_SHAPE diagnostics; the pass never throws for them.
 */
import type { Graph, Node } from '../ir/graph.js';
import { diag } from '../diagnostics/diagnostic.js';
import { createRuleContext } from '../ops/context.js';
import { getRule } from '../ops/table.js';
import type { Pass, PassContext } from './pass.js';
import { tryFold } from './shapes/fold.js';
import { inferNode } from './shapes/node.js';
import { newState, report, type Lookup, type ShapeState } from './shapes/state.js';
import { bindBodyInputs, inlineIf } from './shapes/subgraph.js';
import { append } from '../arrays.js';

/** Infers one graph in place; `outer` resolves names from enclosing scopes. */
export function inferGraph(graph: Graph, state: ShapeState, outer?: Lookup): void {
  const lookup: Lookup = (name) => graph.tensors.get(name) ?? outer?.(name);
  const kept: Node[] = [];
  for (const node of graph.nodes) {
    for (const body of Object.values(node.subgraphs ?? {})) {
      bindBodyInputs(node, body, lookup, state.opset);
      inferGraph(body, state, lookup);
    }
    const inlined = inlineIf(node, graph, lookup);
    if (inlined) {
      for (const t of inlined.tensors) graph.tensors.set(t.name, t);
      append(kept, inlined.nodes);
      state.folded.push(node.name);
      continue;
    }
    const rule = getRule(node.op);
    const ctx = createRuleContext(graph, node, state.opset, lookup);
    if (inferNode(rule, ctx, state) && tryFold(rule, ctx, state)) continue;
    kept.push(node);
  }
  graph.nodes = kept;
}

function summarize(state: ShapeState): void {
  if (state.folded.length > 0) {
    const shown = state.folded.slice(0, 8).join(', ');
    const more = state.folded.length > 8 ? `, ... (${state.folded.length - 8} more)` : '';
    report(state, diag('I_FOLDED', `${state.folded.length} constant node(s) folded: ${shown}${more}`));
  }
  if (state.downstreamUnknown > 0) {
    report(state, diag('W_SHAPE', `${state.downstreamUnknown} more node(s) have unknown output shapes downstream of unsupported operators or of the nodes reported above`));
  }
}

/**
 * In a TFLite file, only Shape operators fold when asked: the converter already folded every
 * constant it could, and Vela turns a SHAPE of a static tensor into a constant but runs what reads
 * it (STRIDED_SLICE, PACK, the RESHAPE it feeds) on the CPU.
 */
function foldsShapesOnly(ctx: PassContext): boolean {
  return ctx.options.foldShapesOnly === true && ctx.model.format === 'tflite';
}

export const shapesPass: Pass = {
  name: 'shapes',
  run(graph: Graph, ctx: PassContext): Graph {
    const state = newState(ctx.opset, ctx.diagnostics, foldsShapesOnly(ctx));
    inferGraph(graph, state);
    summarize(state);
    return graph;
  },
};

/**
 * The same inference after QDQ folding, quietly: it folds what the rewiring made constant (a
 * weight's Dequantize folded into an int8 constant leaves the Transpose or Reshape reading it with
 * constant inputs only) and refreshes shapes; its findings would only repeat the first run's (or
 * contradict its summary), so they are not reported. It runs only when the qdq pass folded
 * Quantize/Dequantize nodes (ctx.qdqFolded): the passes between the two runs fold nothing else into
 * constants (cleanup renames, batch-norm and activation folding change a layer's weights or
 * attributes, not what its readers read), so without them it would find nothing to fold and infer
 * every node again for nothing (a 100k-node float chain: 0.3 s of CPU).
 */
export const refoldPass: Pass = {
  name: 'shapes-refold',
  run(graph: Graph, ctx: PassContext): Graph {
    if (ctx.qdqFolded !== true) return graph;
    // Stryker disable next-line ArrayDeclaration: equivalent, the second run's diagnostics are dropped (see above): what the list holds is never read
    inferGraph(graph, newState(ctx.opset, [], foldsShapesOnly(ctx)));
    return graph;
  },
};
