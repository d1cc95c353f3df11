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
import { absorb, outerReads, renameTensor } from './graph-edit.js';
import { producersOf, type Producers } from '../ir/producers.js';
import { bump } from '../arrays.js';


export const fuseActivationPass: Pass = {
  name: 'fuse-activation',
  run(graph) {
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut only (it spares counting every read): fuseActivations changes nothing in a graph without an activation
    if (graph.nodes.some((n) => hasTrait(n.op, 'fusable-activation'))) fuseActivations(graph);
    return graph;
  },
};

/**
 * Folds every activation it can into the layer before it, walking the graph once. Nodes are known
 * by their position: who writes what an activation reads comes from the nodes just before it
 * (ir/producers.ts), and each node's count of reads from one walk before the folds (the name-keyed
 * index of producers and readers this replaced held 10 MiB on the 100k-node chain). The layer then
 * writes the activation's output.
 */
export function fuseActivations(graph: Graph): void {
  const nodes = graph.nodes;
  const writers = producersOf(graph);
  const readers = readerCounts(graph, writers);
  const outputs = new Set(graph.outputs);
  const dead = new Uint8Array(nodes.length);
  nodes.forEach((act, a) => {
    if (!hasTrait(act.op, 'fusable-activation')) return;
    // Stryker disable next-line StringLiteral: equivalent, no node produces '' or the mutant's text: no producer either way
    const x = act.inputs[0] ?? '';
    const out = act.outputs[0] ?? '';
    const p = writers.find(x, a);
    const op = p === undefined ? undefined : nodes[p];
    if (p === undefined || op === undefined || out === '' || !hasTrait(op.op, 'absorbs-activation') || op.activation !== undefined) return;
    if (op.outputs.length !== 1) return; // then that one output is x
    // the activation is x's only reader (it reads x: a count of 1 is itself)
    // Stryker disable next-line EqualityOperator: equivalent, the count is at least 1 (the activation's own read)
    if (outputs.has(x) || readers[p] !== 1) return;
    const params = activationParams(graph, act);
    if (params === undefined) return;

    op.activation = act.op;
    if (Object.keys(params).length > 0) op.activationAttrs = params;
    act.outputs = [];
    renameTensor(graph, x, out, op, [act]);
    absorb(op, act);
    dead[a] = 1;
    // Nothing more to follow: an activation reading `out` finds `op`, or the folded `act` if the map
    // of every output was made before, and neither takes it (`op` has an activation now, `act` is one).
  });
  // Stryker disable next-line ConditionalExpression: equivalent, a shortcut only: filtering out no node keeps the same nodes
  if (dead.includes(1)) graph.nodes = nodes.filter((_, i) => dead[i] === 0);
}

/**
 * How many reads of each node's outputs there are, per node position: an activation that is the
 * only reader of its input counts 1 there (it reads it once; a Clip reading it as a bound too has
 * no constant bound, so no fold). The reads of a node's nested graphs count too.
 */
function readerCounts(graph: Graph, writers: Producers): Int32Array {
  const count = new Int32Array(graph.nodes.length);
  const read = (name: string, v: number): void => {
    const p = name === '' ? undefined : writers.find(name, v);
    if (p !== undefined) bump(count, p, 1);
  };
  graph.nodes.forEach((n, v) => {
    for (const x of n.inputs) read(x, v);
    if (n.subgraphs) for (const x of outerReads(n)) read(x, v);
  });
  return count;
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
