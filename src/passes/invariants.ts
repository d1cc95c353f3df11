/**
 * Cheap checks the pipeline runs after every pass (DESIGN.md principle 5): node names are unique,
 * every tensor a node or the graph refers to exists, no tensor is produced twice, and nodes are
 * still in topological order. A failure is a bug in the pass that just ran: E_INTERNAL naming it.
 * Plain `if (...) throw` checks, so they cannot be compiled away.
 */
import type { Graph, Node } from '../ir/graph.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { sortedHasRepeat } from '../arrays.js';
import { producersOf } from '../ir/producers.js';

export function verifyInvariants(graph: Graph, passName: string): void {
  if (plainlyValid(graph)) return;
  walkInvariants(graph, passName);
}

/**
 * A quick proof that the walk below would find nothing, for a graph without nested graphs, without
 * its set of every tensor produced so far (3.8 MiB on the 100k-node chain, outliving the young
 * generation): no two nodes share a name and no two writes share a tensor (each list sorted), every
 * tensor written has an entry, and each read is of a constant, a graph input, or an output of a node
 * before the reader (ir/producers.ts finds its one writer). False sends the graph to the walk,
 * which then names the first problem it meets.
 */
export function plainlyValid(g: Graph): boolean {
  if (g.nodes.some((n) => n.subgraphs !== undefined)) return false;
  if (sortedHasRepeat(g.nodes.map((n) => n.name))) return false;
  const written: string[] = [];
  for (const n of g.nodes) for (const o of n.outputs) if (o !== '') written.push(o);
  if (sortedHasRepeat(written)) return false;
  const inputs = new Set(g.inputs);
  for (const i of inputs) if (!g.tensors.has(i)) return false;
  for (const o of written) if (!g.tensors.has(o)) return false;
  const writers = producersOf(g);
  const readable = (name: string, at: number): boolean => {
    if (inputs.has(name) || g.tensors.get(name)?.data !== undefined) return true;
    return (writers.find(name, at) ?? at) < at;
  };
  for (let v = 0; v < g.nodes.length; v++) for (const i of (g.nodes[v] as Node).inputs) if (i !== '' && !readable(i, v)) return false;
  return g.outputs.every((o) => readable(o, g.nodes.length));
}

/** The checks, graph by graph, nested ones included: the first problem met is thrown. */
export function walkInvariants(graph: Graph, passName: string): void {
  const stack: { g: Graph; outer: ReadonlySet<string> }[] = [{ g: graph, outer: new Set() }];
  while (stack.length > 0) {
    const { g, outer } = stack.pop() as { g: Graph; outer: ReadonlySet<string> };
    const fail = (msg: string, node?: string): FootprintError =>
      new FootprintError('E_INTERNAL', `after pass '${passName}'${g === graph ? '' : ` (graph '${g.name}')`}: ${msg}`, { node });

    // Tensors a node may read: the graph's inputs and what earlier nodes produced (constants are
    // read from the tensor table, outer-scope names from `outer`).
    const produced = new Set<string>();
    const inputs = new Set<string>();
    for (const i of g.inputs) {
      if (!g.tensors.has(i)) throw fail(`graph input '${i}' has no tensor entry`);
      produced.add(i);
      inputs.add(i);
    }
    // a set of the names seen only when two nodes share one, to report it where the walk meets it
    // Stryker disable next-line ConditionalExpression: equivalent, as true: the set then finds no repeat either, only at a set's cost
    const names = sortedHasRepeat(g.nodes.map((n) => n.name)) ? new Set<string>() : undefined;
    // Stryker disable next-line BooleanLiteral: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
    let nested = false;
    for (const n of g.nodes) {
      if (names?.has(n.name)) throw fail(`two nodes are named '${n.name}'`, n.name);
      names?.add(n.name);
      for (const i of n.inputs) {
        if (i === '' || produced.has(i)) continue;
        const t = g.tensors.get(i);
        if (t === undefined && !outer.has(i)) throw fail(`node '${n.name}' reads '${i}', which has no tensor entry`, n.name);
        if (t?.data === undefined && !outer.has(i)) throw fail(`node '${n.name}' reads '${i}' before any node produces it`, n.name);
      }
      for (const o of n.outputs) {
        if (o === '') continue;
        if (!g.tensors.has(o)) throw fail(`node '${n.name}' writes '${o}', which has no tensor entry`, n.name);
        if (produced.has(o) && !inputs.has(o)) throw fail(`tensor '${o}' is produced by two nodes (second: '${n.name}')`, n.name);
        produced.add(o);
        inputs.delete(o); // a second writer of a graph input's name is then caught
      }
      // Stryker disable next-line ConditionalExpression: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
      if (n.subgraphs) nested = true;
    }
    for (const o of g.outputs) {
      if (!produced.has(o) && g.tensors.get(o)?.data === undefined && !outer.has(o)) throw fail(`graph output '${o}' is neither produced, an input nor a constant`);
    }
    // Stryker disable next-line ConditionalExpression: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
    if (!nested) continue;
    const available = new Set<string>([...outer, ...produced]);
    g.tensors.forEach((t, name) => {
      if (t.data !== undefined) available.add(name);
    });
    for (const n of g.nodes) {
      for (const sg of Object.values(n.subgraphs ?? {})) stack.push({ g: sg, outer: available });
    }
  }
}
