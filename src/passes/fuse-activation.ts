/**
 * `fuse-activation`: an activation (Relu, Relu6, Clip, LeakyRelu, Sigmoid, Tanh, HardSwish,
 * HardSigmoid) that is the only reader of a Conv / ConvTranspose / Gemm / MatMul / Add / pool
 * output is fused into that op: `node.activation` = its kind, `node.activationAttrs` its
 * parameters (Clip min/max from constant inputs or, before opset 11, attributes; LeakyRelu
 * alpha; HardSigmoid alpha/beta), its name into `fused`. The op then writes the activation's
 * output tensor, so a graph output keeps its name. Frontends that read fused activations from the
 * file (TFLite) set `node.activation` themselves; such nodes are left alone.
 */
import { hasTrait } from '../ops/traits.js';
import type { Attrs, Graph, Node } from '../ir/graph.js';
import { readValues } from '../ir/tensor-data.js';
import type { Pass } from './pass.js';
import { buildUseIndex, foldFollower, readersOf, removeNodes, type UseIndex } from './graph-edit.js';


export const fuseActivationPass: Pass = {
  name: 'fuse-activation',
  run(graph) {
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut only (it spares building the use index): fuseActivations changes nothing in a graph without an activation
    if (graph.nodes.some((n) => hasTrait(n.op, 'fusable-activation'))) fuseActivations(graph);
    return graph;
  },
};

/**
 * Folds every activation it can into the layer before it; returns the use index the folds kept up
 * to date, of the tensors activations read (the only ones fusion asks about): when a fused layer
 * takes over such a tensor, its entry names that layer.
 */
export function fuseActivations(graph: Graph): UseIndex {
  const read = new Set<string>();
  for (const n of graph.nodes) if (hasTrait(n.op, 'fusable-activation') && n.inputs[0]) read.add(n.inputs[0]);
  const idx = buildUseIndex(graph, read);
  const dead = new Set<Node>();
  for (const act of graph.nodes) {
    if (!hasTrait(act.op, 'fusable-activation')) continue;
    // Stryker disable next-line StringLiteral: equivalent, no node produces '' or the mutant's text: no producer either way
    const x = act.inputs[0] ?? '';
    const out = act.outputs[0] ?? '';
    const op = idx.producer.get(x);
    if (op === undefined || out === '' || !hasTrait(op.op, 'absorbs-activation') || op.activation !== undefined) continue;
    if (op.outputs.length !== 1) continue; // then that one output is x
    if (idx.graphOutputs.has(x) || readersOf(idx, x).some((c) => c !== act)) continue;
    const params = activationParams(graph, act);
    if (params === undefined) continue;

    op.activation = act.op;
    if (Object.keys(params).length > 0) op.activationAttrs = params;
    foldFollower(graph, idx, op, act, x, out, dead);
  }
  removeNodes(graph, dead);
  return idx;
}

/** The activation's parameters, or undefined when they are not constants (then no fusion). */
function activationParams(g: Graph, act: Node): Attrs | undefined {
  const attrs: Attrs = {};
  const num = (k: string): void => {
    const v = act.attrs[k];
    if (typeof v === 'number') attrs[k] = v;
  };
  switch (act.op) {
    case 'Clip': {
      for (const [k, i] of [['min', 1], ['max', 2]] as const) {
        const name = act.inputs[i] ?? '';
        if (name === '') {
          num(k);
          continue;
        }
        const t = g.tensors.get(name);
        if (t?.data === undefined) return undefined;
        const v = readValues(t, 1);
        if (v?.[0] !== undefined) attrs[k] = v[0];
      }
      return attrs;
    }
    case 'LeakyRelu':
      num('alpha');
      return attrs;
    case 'HardSigmoid':
      num('alpha');
      num('beta');
      return attrs;
    default:
      return attrs;
  }
}
