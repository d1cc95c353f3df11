/**
 * `verify`: checks that the graph is a valid dataflow graph and puts `graph.nodes` in topological
 * order (stable: the file order is kept when it is already valid; otherwise Kahn's algorithm
 * picks the ready node that came first in the file). Nested graphs are checked too, with the
 * names of the enclosing graphs in scope. Model problems raise FootprintError E_GRAPH naming the
 * node and the tensor. Everything is iterative: 10k-node graphs do not grow the call stack.
 */
import type { Graph, Node } from '../ir/graph.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { Pass } from './pass.js';
import { outerReads } from './graph-edit.js';
import { MinHeap } from './min-heap.js';

export const verifyPass: Pass = {
  name: 'verify',
  run(graph, ctx) {
    verifyGraph(graph, ctx.model.path);
    return graph;
  },
};

/** Checks `graph` and its nested graphs; sorts their nodes in place. Throws E_GRAPH. */
export function verifyGraph(graph: Graph, file?: string): void {
  const stack: { g: Graph; outer: ReadonlySet<string> }[] = [{ g: graph, outer: new Set() }];
  while (stack.length > 0) {
    const { g, outer } = stack.pop() as { g: Graph; outer: ReadonlySet<string> };
    sortAndCheck(g, outer, file, g === graph ? undefined : g.name);
    // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent, a shortcut: a node without subgraphs adds no graph to check
    const withSub = g.nodes.filter((n) => n.subgraphs !== undefined);
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: without subgraphs the scope below is built for nothing
    if (withSub.length === 0) continue;
    const scope = new Set(outer);
    for (const i of g.inputs) scope.add(i);
    g.tensors.forEach((t, name) => {
      if (t.data !== undefined) scope.add(name);
    });
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' in the scope is never looked up: an omitted input ('') is skipped before any scope check
    for (const n of g.nodes) for (const o of n.outputs) if (o !== '') scope.add(o);
    for (const n of withSub) for (const sg of Object.values(n.subgraphs ?? {})) stack.push({ g: sg, outer: scope });
  }
}

function graphError(message: string, file: string | undefined, node?: string): FootprintError {
  const ctx: { file?: string; node?: string } = {};
  // Stryker disable next-line ConditionalExpression: equivalent, an error's context with file: undefined reads and serializes as one without it
  if (file !== undefined) ctx.file = file;
  // Stryker disable next-line ConditionalExpression: equivalent, an error's context with node: undefined reads and serializes as one without it
  if (node !== undefined) ctx.node = node;
  return new FootprintError('E_GRAPH', message, ctx);
}

/** ' in graph <name>' for nested graphs, '' for the model's main graph. */
function where(label: string | undefined): string {
  return label !== undefined ? ` in graph '${label}'` : '';
}

function sortAndCheck(g: Graph, outer: ReadonlySet<string>, file: string | undefined, label: string | undefined): void {
  const inputs = new Set(g.inputs);
  for (const i of g.inputs) {
    if (!g.tensors.has(i)) throw graphError(`graph input '${i}'${where(label)} has no tensor entry`, file);
  }
  const producer = new Map<string, number>();
  g.nodes.forEach((n, idx) => {
    for (const o of n.outputs) {
      if (o === '') continue;
      if (!g.tensors.has(o)) throw graphError(`node '${n.name}' output '${o}' has no tensor entry${where(label)}`, file, n.name);
      const prev = producer.get(o);
      if (prev !== undefined) {
        // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, prev is the index of a node already walked, so it exists
        const other = g.nodes[prev]?.name ?? '?';
        throw graphError(`tensor '${o}' is produced twice: by node '${other}' and by node '${n.name}'${where(label)}`, file, n.name);
      }
      if (inputs.has(o)) throw graphError(`tensor '${o}' is a graph input and is also produced by node '${n.name}'${where(label)}`, file, n.name);
      producer.set(o, idx);
    }
  });

  // Every read is checked here; a node reading from itself or a later node puts the graph out of order.
  // Stryker disable next-line BooleanLiteral: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
  let sorted = true;
  g.nodes.forEach((n, idx) => {
    n.inputs.forEach((name, k) => {
      if (name === '') return;
      const p = producer.get(name);
      if (p !== undefined) {
        // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
        if (p >= idx) sorted = false;
        return;
      }
      const t = g.tensors.get(name);
      if (inputs.has(name) || t?.data !== undefined || outer.has(name)) return;
      if (t === undefined) throw graphError(`node '${n.name}' input #${k} '${name}' names no tensor of the graph${where(label)}`, file, n.name);
      throw graphError(`node '${n.name}' reads tensor '${name}', which no node produces and which is neither a graph input nor a constant${where(label)}`, file, n.name);
    });
    if (!n.subgraphs) return;
    for (const r of outerReads(n)) {
      const p = producer.get(r);
      // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
      if (p !== undefined && p >= idx) sorted = false;
    }
  });

  for (const o of g.outputs) {
    const t = g.tensors.get(o);
    if (producer.has(o) || inputs.has(o) || t?.data !== undefined || outer.has(o)) continue;
    if (t === undefined) throw graphError(`graph output '${o}'${where(label)} has no tensor entry`, file);
    throw graphError(`graph output '${o}'${where(label)} is not produced by any node`, file);
  }

  // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
  if (!sorted) g.nodes = topoOrder(g, dependencies(g, producer), file, label);
}

/**
 * Node index -> indexes of the nodes it reads from (its inputs, and what its nested graphs read
 * from this graph). Built only for a graph out of order: a sorted one (nearly every file) needs
 * none, and on a 100k-node graph they were 100k arrays.
 */
function dependencies(g: Graph, producer: ReadonlyMap<string, number>): number[][] {
  return g.nodes.map((n) => {
    const d: number[] = [];
    for (const name of n.inputs) {
      const p = name === '' ? undefined : producer.get(name);
      if (p !== undefined) d.push(p);
    }
    for (const r of outerReads(n)) {
      const p = producer.get(r);
      if (p !== undefined) d.push(p);
    }
    return d;
  });
}

/** Kahn's algorithm, ready nodes taken in file order; names a cycle when there is one. */
function topoOrder(g: Graph, deps: number[][], file: string | undefined, label: string | undefined): Node[] {
  const n = g.nodes.length;
  const indegree = new Array<number>(n).fill(0);
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray entry in a users list is no node index: its indegree entry is never 0 and it is never pushed
  const users: number[][] = Array.from({ length: n }, () => []);
  deps.forEach((d, i) => {
    for (const p of d) {
      indegree[i] = (indegree[i] ?? 0) + 1;
      // Stryker disable next-line OptionalChaining: equivalent, p is the index of a node of this graph, so users[p] exists
      users[p]?.push(i);
    }
  });
  const heap = new MinHeap();
  indegree.forEach((deg, i) => {
    if (deg === 0) heap.push(i);
  });
  const order: Node[] = [];
  while (heap.size > 0) {
    const i = heap.pop();
    order.push(g.nodes[i] as Node);
    // Stryker disable next-line ArrayDeclaration: equivalent, i is the index of a node of this graph, so users[i] exists
    for (const u of users[i] ?? []) {
      const left = (indegree[u] ?? 0) - 1;
      indegree[u] = left;
      if (left === 0) heap.push(u);
    }
  }
  if (order.length === n) return order;
  const cycle = findCycle(deps, indegree);
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, the cycle holds indices of nodes of this graph
  const names = cycle.map((i) => `'${g.nodes[i]?.name ?? '?'}'`);
  // Stryker disable next-line OptionalChaining: equivalent, the cycle is not empty and holds indices of nodes of this graph
  const first = g.nodes[cycle[0] ?? 0]?.name;
  // Stryker disable next-line StringLiteral: equivalent, the cycle is not empty, so names[0] exists
  throw graphError(`cycle between nodes ${names.join(' -> ')} -> ${names[0] ?? ''}${where(label)}`, file, first);
}

/** Among nodes left with indegree > 0, walks predecessors until one repeats: that loop is a cycle. */
function findCycle(deps: number[][], indegree: number[]): number[] {
  const start = indegree.findIndex((d) => d > 0);
  const seenAt = new Map<number, number>();
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray first entry shifts every recorded position and the slice by the same one
  const path: number[] = [];
  let cur = start;
  while (!seenAt.has(cur)) {
    seenAt.set(cur, path.length);
    path.push(cur);
    // Stryker disable next-line ArrayDeclaration: equivalent, cur is always the index of a node of this graph, so deps[cur] exists
    const next = (deps[cur] ?? []).find((p) => (indegree[p] ?? 0) > 0);
    // Stryker disable next-line ConditionalExpression: equivalent, a node left with indegree > 0 has a producer left unsorted, whose indegree is > 0 too: next always exists
    if (next === undefined) break;
    cur = next;
  }
  const loop = path.slice(seenAt.get(cur) ?? 0);
  // `path` follows edges backwards (node -> its producer); reverse to show data flow.
  return loop.reverse();
}
export { verifyInvariants } from './invariants.js';
