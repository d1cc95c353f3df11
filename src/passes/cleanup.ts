/**
 * `cleanup`: removes what does not compute anything.
 * - Identity and Dropout (inference) nodes: readers are rewired to the node's input. When the
 *   node's output is a graph output, the producer of its input takes over the output name so the
 *   graph keeps its output names; when that is impossible (the input is a graph input, a constant
 *   or another graph output) the node stays, as a real copy.
 *   A removed Dropout is a layer the user sees: its name goes into the `fused` list of the node
 *   that produces its input (or, failing that, of its first reader). Identity nodes are plumbing
 *   and are only counted in an I_FOLDED diagnostic.
 * - Dead nodes: outputs neither read nor graph outputs (nodes without outputs stay: side effects).
 * - Tensors nothing refers to any more (constants of removed nodes, stale value_info).
 * Only the top-level graph is rewritten; reads from nested graphs count as uses.
 */
import type { Graph, Node } from '../ir/graph.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { Pass, PassContext } from './pass.js';
import { absorb, buildUseIndex, outerReads, readersOf, removeNodes, renameTensor, replaceUses, type UseIndex } from './graph-edit.js';

export const cleanupPass: Pass = {
  name: 'cleanup',
  run(graph, ctx) {
    removePassThrough(graph, ctx);
    const read = readNames(graph);
    const removed = removeDeadNodes(graph, ctx, read);
    removeUnreferencedTensors(graph, removed ? readNames(graph) : read);
    return graph;
  },
};

function isPassThrough(n: Node): boolean {
  if (n.op !== 'Identity' && n.op !== 'Dropout') return false;
  const input = n.inputs[0];
  const out = n.outputs[0];
  // A Dropout whose mask output is read is not a pass-through (removePassThrough checks the readers).
  return input !== undefined && input !== '' && out !== undefined && out !== '';
}

/** Removes the pass-through nodes it can; returns the use index it kept up to date (none when there was nothing to remove). */
export function removePassThrough(g: Graph, ctx: PassContext): UseIndex | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: without a pass-through the walk below removes nothing and the index it returns is the graph's own
  if (!g.nodes.some(isPassThrough)) return undefined;
  const dead = new Set<Node>();
  let identities = 0;
  const idx = buildUseIndex(g);
  const moveUses = (from: string, to: string): void => {
    const list = readersOf(idx, from);
    idx.consumers.delete(from);
    idx.consumers.set(to, [...readersOf(idx, to).filter((c) => !list.includes(c)), ...list]);
  };
  for (const n of g.nodes) {
    if (!isPassThrough(n)) continue;
    const input = n.inputs[0] as string;
    const out = n.outputs[0] as string;
    // a Dropout's mask, named but read by nothing (common in exports), does not keep it
    // (an omitted mask, '', has no readers and is no graph output)
    const maskUsed = n.outputs.slice(1).some((o) => (idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o));
    if (maskUsed) continue;
    const producer = idx.producer.get(input);
    const readers = readersOf(idx, out); // n writes out: it is not among them
    // a graph output keeps its name: the producer of the input must write `out` directly; without
    // one (a graph input), or when that would rename another graph output, the node stays a copy
    // (a node reading its own output reads a graph output: it stays too)
    if (idx.graphOutputs.has(out)) {
      if (producer === undefined || idx.graphOutputs.has(input)) continue;
      idx.consumers.set(input, readersOf(idx, input).filter((c) => c !== n));
      // Stryker disable next-line MethodExpression: equivalent, out's producer is set again below, after the rename
      for (const mask of n.outputs.slice(1)) idx.producer.delete(mask);
      renameTensor(g, input, out, idx.producer.get(input), readersOf(idx, input));
      idx.producer.delete(input);
      idx.producer.set(out, producer);
      moveUses(input, out);
    } else {
      idx.consumers.set(input, readersOf(idx, input).filter((c) => c !== n));
      for (const o of n.outputs) idx.producer.delete(o);
      replaceUses(g, out, input, readers);
      g.tensors.delete(out);
      moveUses(out, input);
    }
    dead.add(n);
    if (n.op === 'Dropout') {
      const holder = producer ?? readers[0];
      if (holder !== undefined) absorb(holder, n);
      else ctx.diagnostics.push(diag('I_FOLDED', `Dropout '${n.name}' removed (inference pass-through)`, n.name));
    } else {
      identities++;
    }
  }
  removeNodes(g, dead);
  if (identities > 0) ctx.diagnostics.push(diag('I_FOLDED', `removed ${identities} Identity node${identities > 1 ? 's' : ''}`));
  return idx;
}

/** Every name the graph reads: its outputs, its nodes' inputs and what their nested graphs read from it. */
function readNames(g: Graph): Set<string> {
  const read = new Set<string>(g.outputs);
  for (let k = 0; k < g.nodes.length; k++) {
    const n = g.nodes[k] as Node;
    for (let i = 0; i < n.inputs.length; i++) read.add(n.inputs[i] as string);
    if (n.subgraphs) outerReads(n).forEach((r) => read.add(r));
  }
  return read;
}

/**
 * Worklist over use counts: a node dies when none of its outputs is read or a graph output.
 * `read` (readNames) finds the first dead nodes; the counts are only built when there is one
 * (most graphs have none, and on a 100k-node graph the counts are two maps of 200k names).
 * Returns whether nodes were removed.
 */
function removeDeadNodes(g: Graph, ctx: PassContext, read: ReadonlySet<string>): boolean {
  // (an omitted output, '', is unused whatever `read` holds: readNames keeps the omitted inputs' '')
  const unread = (n: Node): boolean => n.outputs.length > 0 && n.outputs.every((o) => o === '' || !read.has(o));
  const work = g.nodes.filter(unread);
  if (work.length === 0) return false;
  const uses = new Map<string, number>();
  const bump = (name: string, by: number): void => {
    // Stryker disable next-line ArithmeticOperator: equivalent, negated counts reach 0 at the same moments: each read adds -1 and each dead reader adds +1
    uses.set(name, (uses.get(name) ?? 0) + by);
  };
  // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: equivalent, a count for the omitted name '' is never read: no node output named '' is tested against it (isDead takes '' as unused first)
  const readsOf = (n: Node): string[] => [...n.inputs.filter((i) => i !== ''), ...outerReads(n)];
  for (const o of g.outputs) bump(o, 1);
  for (const n of g.nodes) for (const r of readsOf(n)) bump(r, 1);
  const producer = new Map<string, Node>();
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, readsOf never yields '', so a producer of '' is never looked up
  for (const n of g.nodes) for (const o of n.outputs) if (o !== '') producer.set(o, n);

  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' is never read (readsOf drops it), so its use count is 0 and it counts as unused either way
  const isDead = (n: Node): boolean => n.outputs.length > 0 && n.outputs.every((o) => o === '' || (uses.get(o) ?? 0) === 0);
  const dead = new Set<Node>();
  while (work.length > 0) {
    const n = work.pop() as Node;
    // Stryker disable next-line ConditionalExpression: equivalent, a node is queued only when its last use goes, which happens once: it is never queued twice
    if (dead.has(n)) continue;
    dead.add(n);
    for (const r of readsOf(n)) {
      bump(r, -1);
      const p = producer.get(r);
      if (p !== undefined && !dead.has(p) && isDead(p)) work.push(p);
    }
  }
  removeNodes(g, dead);
  const names = [...dead].map((n) => `'${n.name}'`);
  const shown = names.length > 10 ? [...names.slice(0, 10), `... (${names.length - 10} more)`] : names;
  ctx.diagnostics.push(diag('I_FOLDED', `removed ${dead.size} node${dead.size > 1 ? 's' : ''} whose outputs are never used: ${shown.join(', ')}`));
  return true;
}

/**
 * Drops the tensors nothing refers to: neither in `read` (readNames of the graph as it is now), a
 * graph input nor a node's output. Outputs nobody reads are few (a Dropout's mask, a Split's
 * unused parts): only they and the inputs are collected, never a set of every name.
 */
function removeUnreferencedTensors(g: Graph, read: ReadonlySet<string>): void {
  const kept = new Set(g.inputs);
  for (let k = 0; k < g.nodes.length; k++) {
    const outs = (g.nodes[k] as Node).outputs;
    for (let i = 0; i < outs.length; i++) if (!read.has(outs[i] as string)) kept.add(outs[i] as string);
  }
  // (deleting the entry just visited leaves a Map's iteration intact: no copy of the keys)
  g.tensors.forEach((_, name) => {
    if (!read.has(name) && !kept.has(name)) g.tensors.delete(name);
  });
}
