/**
 * Small helpers the rewriting passes share: who produces and who reads a tensor, rewiring uses,
 * renaming a tensor, recording absorbed names. Everything is iterative (no recursion over nodes)
 * and takes nested graphs into account: a node whose subgraphs read an outer-scope tensor counts
 * as a reader of that tensor.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';

/** The graphs nested in `g` (all depths), outermost first; `g` itself is not included. */
export function nestedGraphs(g: Graph): Graph[] {
  const out: Graph[] = [];
  const stack: Graph[] = [];
  for (const n of g.nodes) for (const sg of Object.values(n.subgraphs ?? {})) stack.push(sg);
  while (stack.length > 0) {
    const sg = stack.pop() as Graph;
    out.push(sg);
    for (const n of sg.nodes) for (const inner of Object.values(n.subgraphs ?? {})) stack.push(inner);
  }
  return out;
}

const NO_READS: ReadonlySet<string> = new Set();

/** Names a node's subgraphs (any depth) read from outside themselves (one shared empty set for a node without). */
export function outerReads(node: Node): ReadonlySet<string> {
  if (!node.subgraphs) return NO_READS;
  const reads = new Set<string>();
  const stack: Graph[] = Object.values(node.subgraphs);
  const defined = new Set<string>();
  const used: string[] = [];
  while (stack.length > 0) {
    const sg = stack.pop() as Graph;
    for (const i of sg.inputs) defined.add(i);
    for (const [name, t] of sg.tensors) if (t.data !== undefined) defined.add(name);
    for (const n of sg.nodes) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' in the defined set is never looked up: an omitted input ('') is never recorded as used
      for (const o of n.outputs) if (o !== '') defined.add(o);
      for (const i of n.inputs) if (i !== '') used.push(i);
      for (const inner of Object.values(n.subgraphs ?? {})) stack.push(inner);
    }
    for (const o of sg.outputs) used.push(o);
  }
  for (const u of used) if (!defined.has(u)) reads.add(u);
  return reads;
}

export interface UseIndex {
  /** tensor name -> node producing it */
  producer: Map<string, Node>;
  /** tensor name -> nodes reading it (a node appears once per tensor even if it reads it twice) */
  consumers: Map<string, Node[]>;
  graphOutputs: Set<string>;
  graphInputs: Set<string>;
}

/** The nodes reading `name` in the index; none for a tensor nobody reads. */
export function readersOf(idx: UseIndex, name: string): Node[] {
  return idx.consumers.get(name) ?? [];
}

/**
 * Producer/consumer index of one graph level; subgraph outer reads count as uses by their node.
 * `only`: the index of those tensors alone (code that asks about a few: the whole graph's, every
 * weight's reader list included, was 39 MiB on the 100k-operator int8 TFLite chain).
 */
export function buildUseIndex(g: Graph, only?: ReadonlySet<string>): UseIndex {
  const producer = new Map<string, Node>();
  const consumers = new Map<string, Node[]>();
  const addUse = (name: string, n: Node): void => {
    if (only !== undefined && !only.has(name)) return;
    const list = consumers.get(name);
    if (list === undefined) consumers.set(name, [n]);
    else if (list[list.length - 1] !== n) list.push(n);
  };
  for (const n of g.nodes) {
    for (const o of n.outputs) if (o !== '' && (only === undefined || only.has(o))) producer.set(o, n);
    for (const i of n.inputs) if (i !== '') addUse(i, n);
    // (a node without nested graphs reads nothing more: no iterator over the empty set for it)
    if (n.subgraphs) for (const r of outerReads(n)) addUse(r, n);
  }
  return { producer, consumers, graphOutputs: new Set(g.outputs), graphInputs: new Set(g.inputs) };
}

/**
 * Replaces reads of `from` by `to` in node inputs, and in nested graphs that read `from` from
 * outside: a subgraph that defines the name itself (input, constant, node output) hides it from
 * the graphs nested in it, as in lexical scoping.
 */
export function replaceUses(g: Graph, from: string, to: string, only?: readonly Node[]): void {
  const nodes = only ?? g.nodes;
  for (const n of nodes) {
    // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
    for (let i = 0; i < n.inputs.length; i++) if (n.inputs[i] === from) n.inputs[i] = to;
    if (!n.subgraphs) continue;
    const stack: Graph[] = Object.values(n.subgraphs);
    while (stack.length > 0) {
      const sg = stack.pop() as Graph;
      if (definesLocally(sg, from)) continue;
      for (const sn of sg.nodes) {
        // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
        for (let i = 0; i < sn.inputs.length; i++) if (sn.inputs[i] === from) sn.inputs[i] = to;
        for (const inner of Object.values(sn.subgraphs ?? {})) stack.push(inner);
      }
      // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
      for (let i = 0; i < sg.outputs.length; i++) if (sg.outputs[i] === from) sg.outputs[i] = to;
    }
  }
}

function definesLocally(sg: Graph, name: string): boolean {
  if (sg.inputs.includes(name)) return true;
  if (sg.tensors.get(name)?.data !== undefined) return true;
  return sg.nodes.some((n) => n.outputs.includes(name));
}

/**
 * Renames tensor `from` to `to` in this graph: the producer's output, every read, graph outputs.
 * The tensor entry `to` keeps its own description when it exists (merged with what `from` knew).
 * The caller names the producer and the readers (from a use index, or by position), so a rename
 * costs their number, not the graph's size; it updates the index it keeps.
 */
export function renameTensor(g: Graph, from: string, to: string, producer: Node | undefined, readers: readonly Node[]): void {
  const src = g.tensors.get(from);
  const dst = g.tensors.get(to);
  if (src !== undefined) {
    const merged: Tensor = { ...src, ...(dst ?? {}), name: to };
    merged.shape ??= src.shape;
    // (an unknown type copied onto an unknown one changes nothing)
    if (merged.dtype === 'unknown') merged.dtype = src.dtype;
    g.tensors.set(to, merged);
    g.tensors.delete(from);
  }
  // a node writes a name once (the verify pass refuses a tensor defined twice)
  const at = producer ? producer.outputs.indexOf(from) : -1;
  if (producer && at >= 0) producer.outputs[at] = to;
  replaceUses(g, from, to, readers);
  // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
  for (let i = 0; i < g.outputs.length; i++) if (g.outputs[i] === from) g.outputs[i] = to;
}

/** Records that `absorbed` (and everything it had absorbed) now lives inside `into`. */
export function absorb(into: Node, absorbed: Node): void {
  // a new list of its own length (concat's): a push onto an empty list, or a literal starting with a
  // spread, reserves 17 spare slots (the 100k-node chain's 33k fused convs: 4.3 MiB held to the end)
  into.fused = (into.fused ?? []).concat(absorbed.name, absorbed.fused ?? []);
}

/**
 * Folds `follower` (sole reader of `op`'s output `x`) into `op`: `op` now writes the follower's
 * output `out` under its name, the use index follows, and the follower is marked dead.
 */
export function foldFollower(g: Graph, idx: UseIndex, op: Node, follower: Node, x: string, out: string, dead: Set<Node>): void {
  follower.outputs = [];
  renameTensor(g, x, out, idx.producer.get(x), readersOf(idx, x));
  idx.consumers.delete(x);
  idx.producer.delete(x);
  idx.producer.set(out, op);
  absorb(op, follower);
  dead.add(follower);
}

/** Removes the given nodes from the graph, keeping the order of the others. */
export function removeNodes(g: Graph, dead: ReadonlySet<Node>): void {
  if (dead.size === 0) return;
  g.nodes = g.nodes.filter((n) => !dead.has(n));
}

/** A tensor name not yet used in the graph, built from `base`. */
export function freshTensorName(g: Graph, base: string): string {
  if (!g.tensors.has(base)) return base;
  for (let i = 1; ; i++) {
    const name = `${base}_${i}`;
    if (!g.tensors.has(name)) return name;
  }
}
