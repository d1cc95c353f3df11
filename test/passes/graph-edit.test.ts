/**
 * The rewriting helpers every pass shares (passes/graph-edit.ts) and the heap of the stable
 * topological sort (passes/min-heap.ts), on graphs written out by hand: nested graphs, the outer
 * tensors a subgraph reads, the use index, rewiring and renaming (inside subgraphs that do not
 * define the name themselves), absorbing, removing, fresh names.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { absorb, buildUseIndex, foldFollower, freshTensorName, nestedGraphs, outerReads, readersOf, removeNodes, renameTensor, replaceUses } from '../../src/passes/graph-edit.js';
import { MinHeap } from '../../src/passes/min-heap.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { prng } from '../helpers/prng.js';

const empty = (name: string): Graph => ({ name, tensors: new Map(), nodes: [], inputs: [], outputs: [] });
const node = (name: string, inputs: string[], outputs: string[], subgraphs?: Record<string, Graph>): Node => ({ name, op: subgraphs ? 'If' : 'Relu', sourceOp: 'x', inputs, outputs, attrs: {}, ...(subgraphs ? { subgraphs } : {}) });

/**
 * body: input i, constant c, node m (i, c, x) -> t, node inner with subgraph deep; outputs t and y.
 * deep: reads z (outer), t (defined by body), '' (absent). So the If node reads x, y and z from outside.
 */
function nested() {
  const deep = empty('deep');
  deep.nodes.push(node('dn', ['z', 't', ''], ['d']));
  deep.outputs.push('d');
  const body = empty('body');
  body.inputs.push('i');
  body.tensors.set('c', { name: 'c', dtype: 'float32', shape: [1], data: { kind: 'values', values: [1] } });
  body.nodes.push(node('m', ['i', 'c', 'x'], ['t']), node('inner', [], ['', 'u'], { deep }));
  body.outputs.push('t', 'y');
  const ifNode = node('if', ['cond'], ['out'], { body });
  return { deep, body, ifNode };
}


/** renameTensor with the producer and readers a fresh use index gives (as the index-keeping passes call it). */
function renameTensorIndexed(g: Graph, from: string, to: string): void {
  const idx = buildUseIndex(g);
  renameTensor(g, from, to, idx.producer.get(from), readersOf(idx, from));
}

describe('nested graphs and what they read', () => {
  it('nestedGraphs lists every depth, outermost first, without the graph itself', () => {
    const { deep, body, ifNode } = nested();
    const g = empty('main');
    g.nodes.push(node('a', [], ['p']), ifNode);
    expect(nestedGraphs(g)).toEqual([body, deep]);
    expect(nestedGraphs(body)).toEqual([deep]);
    expect(nestedGraphs(deep)).toEqual([]);
  });

  it('outerReads: names read but defined nowhere inside (not inputs, constants, outputs of inner nodes), at any depth', () => {
    const { ifNode } = nested();
    expect([...outerReads(ifNode)].sort()).toEqual(['x', 'y', 'z']);
  });

  it('a subgraph\'s tensor entry without data for an outer name (an outer value it returns) does not define it: still an outer read', () => {
    const body = empty('body');
    body.tensors.set('v', { name: 'v', dtype: 'float32', shape: [1] });
    body.outputs.push('v');
    expect([...outerReads(node('if', ['cond'], ['out'], { body }))]).toEqual(['v']);
  });

  it('a node without subgraphs reads nothing from outside: one shared empty set', () => {
    const a = outerReads(node('a', ['x'], ['y']));
    expect(a.size).toBe(0);
    expect(outerReads(node('b', ['q'], ['r']))).toBe(a);
  });
});

describe('the use index', () => {
  it('producers, readers once per node (however often it reads), subgraph reads as uses of their node, absent names skipped', () => {
    const { ifNode } = nested();
    const g = empty('main');
    const a = node('a', ['in', ''], ['x', '']);
    const add = node('add', ['x', 'in', 'x'], ['s']);
    g.nodes.push(a, add, ifNode);
    g.inputs.push('in');
    g.outputs.push('out');
    const idx = buildUseIndex(g);
    expect([...idx.producer].map(([k, n]) => [k, n.name])).toEqual([['x', 'a'], ['s', 'add'], ['out', 'if']]);
    expect([...idx.consumers].map(([k, ns]) => [k, ns.map((n) => n.name)])).toEqual([
      ['in', ['a', 'add']],
      ['x', ['add', 'if']],
      ['cond', ['if']],
      ['y', ['if']],
      ['z', ['if']],
    ]);
    expect([...idx.graphInputs]).toEqual(['in']);
    expect([...idx.graphOutputs]).toEqual(['out']);
    // of some tensors only: x (written by a, read by add and by the If's branch) and s (no reader); the graph's I/O whole
    const some = buildUseIndex(g, new Set(['x', 's']));
    expect([...some.producer].map(([k, n]) => [k, n.name])).toEqual([['x', 'a'], ['s', 'add']]);
    expect([...some.consumers].map(([k, ns]) => [k, ns.map((n) => n.name)])).toEqual([['x', ['add', 'if']]]);
    expect([...some.graphInputs]).toEqual(['in']);
    expect([...some.graphOutputs]).toEqual(['out']);
  });
});

describe('rewiring and renaming', () => {
  it('replaceUses rewires every read, in subgraphs too (their nodes and outputs), unless a subgraph defines the name', () => {
    const { deep, body, ifNode } = nested();
    const g = empty('main');
    const r = node('r', ['x', 'q', 'x'], ['s']);
    g.nodes.push(r, ifNode);
    replaceUses(g, 'x', 'x2');
    expect(r.inputs).toEqual(['x2', 'q', 'x2']);
    expect(body.nodes[0]?.inputs).toEqual(['i', 'c', 'x2']);
    replaceUses(g, 'y', 'y2');
    expect(body.outputs).toEqual(['t', 'y2']);
    replaceUses(g, 'z', 'z2');
    expect(deep.nodes[0]?.inputs).toEqual(['z2', 't', '']);
    // t is produced inside body, i is body's input, c its constant: none is rewired
    replaceUses(g, 't', 'T');
    replaceUses(g, 'i', 'I');
    replaceUses(g, 'c', 'C');
    expect(body.nodes[0]?.inputs).toEqual(['i', 'c', 'x2']);
    expect(body.outputs).toEqual(['t', 'y2']);
    expect(deep.nodes[0]?.inputs).toEqual(['z2', 't', '']);
  });

  it('replaceUses with a list of nodes touches only those', () => {
    const g = empty('main');
    const [a, b] = [node('a', ['x'], ['p']), node('b', ['x'], ['q'])];
    g.nodes.push(a, b);
    replaceUses(g, 'x', 'w', [b]);
    expect([a.inputs, b.inputs]).toEqual([['x'], ['w']]);
  });

  it("renameTensor: the producer's output, every reader, the graph outputs; the tensor entry moves", () => {
    const b = new GraphBuilder('rename');
    const x = b.input('x', 'float32', [1, 4]);
    const y = b.node('Relu', [x], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' });
    const z = b.node('Add', [y, y], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'float32' });
    b.output(y);
    b.output(z);
    const g = b.graph;
    renameTensorIndexed(g, y, 'renamed');
    expect(g.nodes.map((n) => [n.inputs, n.outputs])).toEqual([[['x'], ['renamed']], [['renamed', 'renamed'], ['add_out']]]);
    expect(g.outputs).toEqual(['renamed', 'add_out']);
    expect(g.tensors.has(y)).toBe(false);
    expect(g.tensors.get('renamed')).toEqual({ name: 'renamed', dtype: 'float32', shape: [1, 4] });
  });

  it("renameTensor onto an existing entry keeps that entry's description, filling its unknown shape and type from the old one", () => {
    const g = empty('m');
    g.tensors.set('a', { name: 'a', dtype: 'float32', shape: [2, 3], quant: { scale: [0.5], zeroPoint: [0] } });
    g.tensors.set('b', { name: 'b', dtype: 'unknown' });
    g.nodes.push(node('p', [], ['a']));
    renameTensorIndexed(g, 'a', 'b');
    expect(g.tensors.get('b')).toEqual({ name: 'b', dtype: 'float32', shape: [2, 3], quant: { scale: [0.5], zeroPoint: [0] } });
    g.tensors.set('c', { name: 'c', dtype: 'int8', shape: [6] });
    renameTensorIndexed(g, 'b', 'c');
    expect(g.tensors.get('c')).toEqual({ name: 'c', dtype: 'int8', shape: [6], quant: { scale: [0.5], zeroPoint: [0] } });
    expect([...g.tensors.keys()]).toEqual(['c']);
  });

  it('renameTensor onto an entry whose shape is written undefined takes the old shape; a graph input (no producer) is renamed in its readers', () => {
    const g = empty('m');
    g.tensors.set('a', { name: 'a', dtype: 'int8', shape: [4] });
    g.tensors.set('b', { name: 'b', dtype: 'int8', shape: undefined });
    g.nodes.push(node('p', [], ['a']));
    renameTensorIndexed(g, 'a', 'b');
    expect(g.tensors.get('b')?.shape).toEqual([4]);
    const h = empty('h');
    h.inputs.push('x');
    h.tensors.set('x', { name: 'x', dtype: 'int8', shape: [2] });
    const r = node('r', ['x'], ['y']);
    h.nodes.push(r);
    renameTensorIndexed(h, 'x', 'x2');
    expect(r.inputs).toEqual(['x2']);
  });

  it('renameTensor renames only the one output of a producer that writes several', () => {
    const g = empty('m');
    const split = node('split', [], ['s0', 's1', 's2']);
    g.nodes.push(split, node('r', ['s1'], ['y']));
    renameTensorIndexed(g, 's1', 'mid');
    expect(split.outputs).toEqual(['s0', 'mid', 's2']);
  });

  it('renaming a name with no tensor entry still rewires the nodes', () => {
    const g = empty('m');
    const p = node('p', [], ['a']);
    const q = node('q', ['a'], ['b']);
    g.nodes.push(p, q);
    renameTensorIndexed(g, 'a', 'n');
    expect([p.outputs, q.inputs, g.tensors.size]).toEqual([['n'], ['n'], 0]);
  });
});

describe('absorbing and removing nodes', () => {
  it('absorb appends the absorbed node and what it had absorbed', () => {
    const into = node('conv', [], []);
    const bn = { ...node('bn', [], []), fused: ['scale'] };
    absorb(into, bn);
    absorb(into, node('relu', [], []));
    expect(into.fused).toEqual(['bn', 'scale', 'relu']);
  });

  it("foldFollower: the op writes the follower's output, the index follows, the follower is dead with no outputs", () => {
    const b = new GraphBuilder('fold');
    const x = b.input('x', 'float32', [1, 4]);
    const c = b.node('Add', [x, x], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'float32' });
    const r = b.node('Relu', [c], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' });
    b.output(r);
    const g = b.graph;
    const idx = buildUseIndex(g);
    const [op, follower] = g.nodes as [Node, Node];
    const dead = new Set<Node>();
    foldFollower(g, idx, op, follower, c, r, dead);
    expect(op.outputs).toEqual(['relu_out']);
    expect(follower.outputs).toEqual([]);
    expect(op.fused).toEqual(['relu']);
    expect(dead.has(follower)).toBe(true);
    expect(idx.producer.get('relu_out')).toBe(op);
    expect(idx.producer.has('add_out')).toBe(false);
    removeNodes(g, dead);
    expect(g.nodes.map((n) => n.name)).toEqual(['add']);
    expect(g.outputs).toEqual(['relu_out']);
  });

  it('removeNodes keeps the order of the others; nothing dead leaves the list as it was', () => {
    const g = empty('m');
    const ns = ['a', 'b', 'c', 'd'].map((n) => node(n, [], []));
    g.nodes = [...ns];
    const before = g.nodes;
    removeNodes(g, new Set());
    expect(g.nodes).toBe(before);
    removeNodes(g, new Set([ns[1] as Node, ns[3] as Node]));
    expect(g.nodes.map((n) => n.name)).toEqual(['a', 'c']);
  });

  it('freshTensorName: the base when free, else base_1, base_2 ...', () => {
    const g = empty('m');
    expect(freshTensorName(g, 't')).toBe('t');
    g.tensors.set('t', { name: 't', dtype: 'float32' });
    expect(freshTensorName(g, 't')).toBe('t_1');
    g.tensors.set('t_1', { name: 't_1', dtype: 'float32' });
    g.tensors.set('t_3', { name: 't_3', dtype: 'float32' });
    expect(freshTensorName(g, 't')).toBe('t_2');
  });
});

describe('MinHeap', () => {
  it('pops in ascending order whatever the push order, duplicates included (200 random sequences)', () => {
    const rand = prng(19);
    for (let s = 0; s < 200; s++) {
      const n = Math.floor(rand() * 40);
      const xs = Array.from({ length: n }, () => Math.floor(rand() * 20));
      const h = new MinHeap();
      for (const x of xs) h.push(x);
      expect(h.size).toBe(n);
      const out: number[] = [];
      while (h.size > 0) out.push(h.pop());
      expect(out).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it('with an order of its own (keys the caller holds, as the greedy order search): 500 random entries (many ties on a and on b) come out in (a, b, v) order', () => {
    const r = prng(7);
    const entries = Array.from({ length: 500 }, (_, v) => [Math.floor(r() * 5), Math.floor(r() * 5), v] as const);
    const key = (x: number) => entries[x] as readonly [number, number, number];
    const h = new MinHeap((x, y) => {
      const [a, b] = [key(x), key(y)];
      return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
    });
    for (const [, , v] of entries) h.push(v);
    const out: number[] = [];
    while (h.size > 0) out.push(h.pop());
    const expected = [...entries].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).map((e) => e[2]);
    expect(out).toEqual(expected);
  });

  it('with an order of its own, pushes between pops keep the order', () => {
    // entry ids 0.. with keys (a, b); ties on both: the lower id first
    const keys: [number, number][] = [];
    const h = new MinHeap((x, y) => {
      const [kx, ky] = [keys[x] as [number, number], keys[y] as [number, number]];
      return kx[0] !== ky[0] ? kx[0] < ky[0] : kx[1] !== ky[1] ? kx[1] < ky[1] : x < y;
    });
    const push = (a: number, b: number) => h.push(keys.push([a, b]) - 1);
    push(2, 0); // entry 0
    push(1, 5); // entry 1
    expect(h.pop()).toBe(1);
    push(1, 9); // entry 2
    push(2, 0); // entry 3: ties entry 0
    expect([h.pop(), h.pop(), h.pop()]).toEqual([2, 0, 3]);
    expect(h.size).toBe(0);
  });

  it('pushes between pops keep the order; popping an empty heap throws', () => {
    const h = new MinHeap();
    for (const x of [5, 3, 8]) h.push(x);
    expect(h.pop()).toBe(3);
    h.push(1);
    h.push(6);
    expect([h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([1, 5, 6, 8]);
    expect(h.size).toBe(0);
    expect(() => h.pop()).toThrow('MinHeap.pop on an empty heap');
  });

  it('a two-level heap sifts down to the smaller child: 1, 3, 2 pushed pop as 1, 2, 3', () => {
    const h = new MinHeap();
    for (const x of [1, 3, 2, 4, 2]) h.push(x);
    expect([h.pop(), h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([1, 2, 2, 3, 4]);
  });
});
