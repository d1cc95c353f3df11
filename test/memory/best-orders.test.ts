/**
 * The execution-order search of the 'best' planner (memory/best.ts searchOrder) against its
 * definition in that file's header, on seeded random graphs: the peak of live bytes of an order is
 * simulated here (inputs live from the start; a node's outputs and scratch join while it runs; a
 * tensor is freed after its last reader; graph outputs are never freed). The exact search must
 * reach the lowest peak over every topological order (enumerated here); past its bounds, the
 * greedy order must run, at each step, the ready node with the lowest peak while it runs, ties:
 * the most bytes freed (out - freed lowest), then the lowest index.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.js';
import { GraphBuilder } from '../builders/ir.js';
import { collectRequests, type Requests } from '../../src/memory/lifetimes.js';
import { PLANNER_TRAITS } from '../../src/memory/profiles.js';
import { MAX_EXACT_NODES, MAX_STATES, offsetOrders, onlyOrder, searchBest, searchOrder } from '../../src/memory/best.js';
import type { BufferRequest } from '../../src/memory/types.js';
import type { Graph, Node } from '../../src/ir/graph.js';


/**
 * n nodes over 2 inputs, each reading one or two earlier tensors (with `twice`, one tensor twice
 * instead of once); unread tensors are outputs (and,
 * with `readOutputs`, about one read tensor in four: an output also read by later nodes); some
 * nodes have scratch.
 */
function randomGraph(seed: number, n: number, readOutputs = false, twice = false): { graph: Graph; req: Requests } {
  const r = prng(seed);
  const b = new GraphBuilder(`g${seed}`);
  const tensors = [b.input('in0', 'float32', [1, 1 + Math.floor(r() * 16)]), b.input('in1', 'float32', [1, 1 + Math.floor(r() * 16)])];
  const read = new Set<string>();
  const scratch = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const pick = () => tensors[Math.floor(r() * tensors.length)] as string;
    const picked = [...new Set(r() < 0.5 ? [pick()] : [pick(), pick()])];
    // with `twice`, a node of one input reads it twice (Add(x, x)): one read of one buffer
    const ins = twice && picked.length === 1 ? [picked[0] as string, picked[0] as string] : picked;
    for (const t of ins) read.add(t);
    const y = b.node(ins.length === 1 ? 'Relu' : 'Add', ins, {}, { name: `n${i}`, outShapes: [[1, 1 + Math.floor(r() * 32)]], outDType: 'float32' });
    if (r() < 0.3) scratch.set(`n${i}`, 4 * (1 + Math.floor(r() * 8)));
    tensors.push(y);
  }
  for (const t of tensors) if (!read.has(t) && !b.graph.inputs.includes(t)) b.output(t);
  const also = prng(seed + 1000);
  if (readOutputs) for (const t of read) if (!b.graph.inputs.includes(t) && also() < 0.25) b.output(t);
  return { graph: b.graph, req: requestsOf(b.graph, (node) => scratch.get(node.name) ?? 0) };
}

/** The requests searchOrder reads: one step per node, sizes unrounded, `scratch` bytes per node. */
function requestsOf(graph: Graph, scratch: (node: Node) => number = () => 0): Requests {
  return collectRequests(graph, { traits: { ...PLANNER_TRAITS.tflm, alignment: 1, steps: 'nodes' }, ioInside: true, scratchSize: scratch });
}

/** The header's model of live bytes, independent of best.ts. */
function model(graph: Graph, req: Requests) {
  const size = new Map(req.requests.filter((q) => q.kind !== 'scratch').map((q) => [q.tensor, q.size]));
  const scratch = new Map<string, number>();
  for (const q of req.requests) if (q.kind === 'scratch') scratch.set(q.tensor.slice(0, q.tensor.lastIndexOf('#')), (scratch.get(q.tensor.slice(0, q.tensor.lastIndexOf('#'))) ?? 0) + q.size);
  const produced = new Set(graph.nodes.flatMap((n) => n.outputs));
  const readsOf = (v: number) => [...new Set((graph.nodes[v] as Node).inputs)].filter((t) => size.has(t));
  const outOf = (v: number) => (graph.nodes[v] as Node).outputs.reduce((s, o) => s + (size.get(o) ?? 0), 0);
  const readers = new Map<string, number>();
  graph.nodes.forEach((_, v) => { for (const t of readsOf(v)) readers.set(t, (readers.get(t) ?? 0) + 1); });
  for (const o of graph.outputs) if (size.has(o)) readers.set(o, (readers.get(o) ?? 0) + 1);
  const initial = [...size].filter(([t]) => !produced.has(t)).reduce((s, [, b]) => s + b, 0);
  const preds = graph.nodes.map((node) => graph.nodes.map((p, i) => (p.outputs.some((o) => node.inputs.includes(o)) ? i : -1)).filter((i) => i >= 0));
  /** Steps an order through: the live bytes, the peak, and the bytes each candidate would free. */
  const run = (order: readonly number[], visit?: (ready: number[], live: number, left: Map<string, number>, chosen: number) => void): number => {
    let live = initial;
    let peak = 0;
    const left = new Map(readers);
    const done = new Set<number>();
    for (const v of order) {
      if (visit) visit(graph.nodes.map((_, i) => i).filter((i) => !done.has(i) && (preds[i] ?? []).every((p) => done.has(p))), live, left, v);
      peak = Math.max(peak, live + outOf(v) + (scratch.get((graph.nodes[v] as Node).name) ?? 0));
      live += outOf(v);
      for (const t of readsOf(v)) {
        left.set(t, (left.get(t) ?? 0) - 1);
        if (left.get(t) === 0) live -= size.get(t) ?? 0;
      }
      done.add(v);
    }
    return peak;
  };
  const topoOrders = (): number[][] => {
    const out: number[][] = [];
    const walk = (prefix: number[], done: Set<number>) => {
      if (prefix.length === graph.nodes.length) out.push([...prefix]);
      graph.nodes.forEach((_, i) => {
        if (done.has(i) || !(preds[i] ?? []).every((p) => done.has(p))) return;
        done.add(i);
        walk([...prefix, i], done);
        done.delete(i);
      });
    };
    walk([], new Set());
    return out;
  };
  return { run, topoOrders, readsOf, outOf, size, scratch };
}

describe('the exact order search', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: the lowest peak over every topological order of 7 nodes', (seed) => {
    const { graph, req } = randomGraph(seed, 7);
    const { order, method } = searchOrder(graph, req);
    const m = model(graph, req);
    const lowest = Math.min(...m.topoOrders().map((o) => m.run(o)));
    expect(method).toBe('exact');
    expect(m.run(order ?? [])).toBe(lowest);
  });

  it('one node: no search', () => {
    const { graph, req } = randomGraph(9, 1);
    expect(searchOrder(graph, req)).toEqual({ order: undefined, method: 'none' });
  });
});

/** A chain of n Relu nodes: each reads the one before, so the graph's order is its only one. */
function chain(n: number): { graph: Graph; req: Requests } {
  const b = new GraphBuilder('chain');
  let t = b.input('x', 'float32', [1, 4]);
  for (let i = 0; i < n; i++) t = b.node('Relu', [t], {}, { name: `r${i}`, outShapes: [[1, 4]], outDType: 'float32' });
  b.output(t);
  return { graph: b.graph, req: requestsOf(b.graph) };
}

/**
 * A chain of n - 1 Relu nodes and, last, one more beside it (it reads the input; a graph output):
 * one choice, when that node runs, so about 2n executed-node sets, far below MAX_STATES.
 */
function branched(n: number): { graph: Graph; req: Requests } {
  const b = new GraphBuilder('branched');
  const x = b.input('x', 'float32', [1, 4]);
  let t = x;
  for (let i = 0; i < n - 1; i++) t = b.node('Relu', [t], {}, { name: `r${i}`, outShapes: [[1, 4]], outDType: 'float32' });
  b.output(t);
  b.output(b.node('Relu', [x], {}, { name: 'side', outShapes: [[1, 4]], outDType: 'float32' }));
  return { graph: b.graph, req: requestsOf(b.graph) };
}

describe('the bound on the exact search', () => {
  it(`exact up to MAX_EXACT_NODES (${MAX_EXACT_NODES}) nodes, greedy from one more`, () => {
    const method = (n: number) => {
      const { graph, req } = branched(n);
      return searchOrder(graph, req).method;
    };
    expect([method(2), method(MAX_EXACT_NODES - 1), method(MAX_EXACT_NODES), method(MAX_EXACT_NODES + 1)]).toEqual(['exact', 'exact', 'exact', 'greedy']);
  });

  it(`k independent nodes have 2^k executed-node sets: 2^14 = 16,384 fit MAX_STATES (${MAX_STATES}), 2^15 = 32,768 do not`, () => {
    const method = (k: number) => {
      const b = new GraphBuilder('wide');
      const x = b.input('x', 'float32', [1, 4]);
      // every output is a graph output, so nothing is freed and no order prunes another
      for (let i = 0; i < k; i++) b.output(b.node('Relu', [x], {}, { name: `r${i}`, outShapes: [[1, 4 + i]], outDType: 'float32' }));
      return searchOrder(b.graph, requestsOf(b.graph)).method;
    };
    expect([method(13), method(14), method(15)]).toEqual(['exact', 'exact', 'greedy']);
  });
});

describe('the bound on executed-node sets, asked for', () => {
  it('a graph with one choice turns greedy at a bound of 0 sets and 1, and is exact at MAX_STATES', () => {
    const { graph, req } = branched(5);
    expect([0, 1, MAX_STATES].map((bound) => searchOrder(graph, req, bound).method)).toEqual(['greedy', 'greedy', 'exact']);
  });

  it('a step whose own peak reaches the best one found is not searched past: 2 sets visited, not 3', () => {
    // x (16 B) -> a: an empty output, 100 B of scratch; x -> b: 16 B out, 84 B of scratch; both outputs.
    // From {}: a first (peak 16 + 100, then b: 16 + 16 + 84 = 116; sets {} and {a}); b then starts at
    // 16 + 16 + 84 = 116, no lower than 116: {b} is never visited. Without that cut-off, or with it only
    // above the best (>), the search needs a third set.
    const b = new GraphBuilder('prune');
    const x = b.input('x', 'float32', [1, 4]);
    b.output(b.node('Relu', [x], {}, { name: 'a', outShapes: [[0]], outDType: 'float32' }));
    b.output(b.node('Relu', [x], {}, { name: 'b', outShapes: [[1, 4]], outDType: 'float32' }));
    const req = requestsOf(b.graph, (node) => (node.name === 'a' ? 100 : 84));
    expect([1, 2].map((bound) => searchOrder(b.graph, req, bound))).toEqual([{ order: [0, 1], method: 'greedy' }, { order: [0, 1], method: 'exact' }]);
  });
});

describe('a graph with only one order', () => {
  const residual = (blocks: number): Graph => {
    // the 100k-node chain of npm run bench: Relu(x) then Add(that, x); each node reads the one before
    const b = new GraphBuilder('residual');
    let x = b.input('x', 'float32', [1, 4]);
    for (let i = 0; i < blocks; i++) {
      const r = b.node('Relu', [x], {}, { name: `r${i}`, outShapes: [[1, 4]], outDType: 'float32' });
      x = b.node('Add', [r, x], {}, { name: `a${i}`, outShapes: [[1, 4]], outDType: 'float32' });
    }
    b.output(x);
    return b.graph;
  };

  it('a chain and a residual chain have one order; a node beside the chain makes two', () => {
    expect(onlyOrder(chain(2).graph)).toBe(true);
    expect(onlyOrder(residual(3))).toBe(true);
    expect(onlyOrder(branched(3).graph)).toBe(false);
  });

  it('a node that does not read the one just before it: more than one order', () => {
    // r0 and r1 both read x (r1 could run first), then Add reads both
    const b = new GraphBuilder('fork');
    const x = b.input('x', 'float32', [1, 4]);
    const r0 = b.node('Relu', [x], {}, { name: 'r0', outShapes: [[1, 4]], outDType: 'float32' });
    const r1 = b.node('Relu', [x], {}, { name: 'r1', outShapes: [[1, 4]], outDType: 'float32' });
    b.output(b.node('Add', [r0, r1], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'float32' }));
    expect(onlyOrder(b.graph)).toBe(false);
  });

  it('a node reading a later node\'s output: not the graph\'s order (the search decides)', () => {
    const g = chain(3).graph;
    const [n0, n1, n2] = g.nodes as [Node, Node, Node];
    // r1 also reads r2's output: r1 would have to run after r2, which runs after r1
    g.nodes = [n0, { ...n1, inputs: [...n1.inputs, n2.outputs[0] as string] }, n2];
    expect(onlyOrder(g)).toBe(false);
  });

  it('an omitted operand (\'\') links nothing; a nested graph\'s read of the previous output does', () => {
    const g = chain(2).graph;
    const [n0, n1] = g.nodes as [Node, Node];
    const body: Graph = { name: 'body', tensors: new Map(), nodes: [], inputs: [], outputs: [n0.outputs[0] as string] };
    // n1 reads only '' and the graph input itself; its subgraph returns n0's output
    g.nodes = [{ ...n0, outputs: [...n0.outputs, ''] }, { ...n1, op: 'If', inputs: ['', 'x'], subgraphs: { body } }];
    expect(onlyOrder(g)).toBe(true);
    g.nodes = [{ ...n0, outputs: [...n0.outputs, ''] }, { ...n1, inputs: ['', 'x'] }];
    expect(onlyOrder(g)).toBe(false);
    // an omitted operand of the first node is no read of the second's omitted output
    g.nodes = [{ ...n0, inputs: [...n0.inputs, ''] }, { ...n1, outputs: [...n1.outputs, ''] }];
    expect(onlyOrder(g)).toBe(true);
  });

  it(`its own order is the exact one, searched past MAX_EXACT_NODES (${MAX_EXACT_NODES}) nodes and at a bound of 0 sets`, () => {
    const g = residual(MAX_EXACT_NODES);
    const req = requestsOf(g);
    const own = g.nodes.map((_, i) => i);
    expect(g.nodes.length).toBe(2 * MAX_EXACT_NODES);
    expect(searchOrder(g, req)).toEqual({ order: own, method: 'exact' });
    expect(searchOrder(g, req, 0)).toEqual({ order: own, method: 'exact' });
    // a chain of one node has nothing to order
    expect(searchOrder(chain(1).graph, chain(1).req)).toEqual({ order: undefined, method: 'none' });
  });
});

describe('searchBest plans each distinct order once', () => {
  it("when the searched order is the graph's own, nothing is collected again", () => {
    const b = new GraphBuilder('chain');
    let t = b.input('x', 'float32', [1, 4]);
    for (let i = 0; i < 4; i++) t = b.node('Relu', [t], {}, { name: `r${i}`, outShapes: [[1, 4 + i]], outDType: 'float32' });
    b.output(t);
    const asked: (readonly number[] | undefined)[] = [];
    const collect = (order?: readonly number[]) => {
      asked.push(order);
      return requestsOf(b.graph);
    };
    const first = requestsOf(b.graph);
    expect(searchBest(b.graph, collect, first).method).toBe('exact');
    expect(asked).toEqual([]);
  });
});

/**
 * The steps of `order` where the greedy rule was not followed: at each step the ready node with the
 * lowest (peak while it runs, out - freed, index), by the header's model of live bytes.
 */
function greedyMistakes(graph: Graph, req: Requests, order: readonly number[]): string[] {
  const m = model(graph, req);
  const wrong: string[] = [];
  m.run(order, (ready, live, left, chosen) => {
    const key = (v: number) => {
      const freed = m.readsOf(v).reduce((s, t) => s + (left.get(t) === 1 ? (m.size.get(t) ?? 0) : 0), 0);
      return [live + m.outOf(v) + (m.scratch.get((graph.nodes[v] as Node).name) ?? 0), m.outOf(v) - freed, v];
    };
    const expected = [...ready].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0) || a - b;
    })[0];
    if (expected !== chosen) wrong.push(`chose ${chosen} (${key(chosen).join(', ')}), expected ${expected} (${key(expected ?? -1).join(', ')})`);
  });
  return wrong;
}

describe('the greedy order search (past the exact bounds)', () => {
  it.each([[11, false], [12, false], [13, true], [14, true]])(`seed %i, ${MAX_EXACT_NODES + 10} nodes (outputs also read: %s): each step runs the ready node with the lowest (peak while it runs, out - freed, index)`, (seed, readOutputs) => {
    const { graph, req } = randomGraph(seed, MAX_EXACT_NODES + 10, readOutputs);
    // with readOutputs, graph outputs that several nodes read (never freed, whoever reads them last); without, none is read
    expect(graph.outputs.filter((o) => graph.nodes.filter((n) => n.inputs.includes(o)).length >= 2).length > 3).toBe(readOutputs);
    const { order, method } = searchOrder(graph, req);
    expect(method).toBe('greedy');
    expect([...(order ?? [])].sort((a, b) => a - b)).toEqual(graph.nodes.map((_, i) => i));
    expect(greedyMistakes(graph, req, order ?? [])).toEqual([]);
  });

  it.each([15, 16])(`seed %i, ${MAX_EXACT_NODES + 10} nodes, some reading one tensor twice: that is one read (the node frees it when it is its last reader)`, (seed) => {
    const { graph, req } = randomGraph(seed, MAX_EXACT_NODES + 10, false, true);
    expect(graph.nodes.filter((n) => n.inputs.length === 2 && n.inputs[0] === n.inputs[1]).length).toBeGreaterThan(20);
    const { order, method } = searchOrder(graph, req);
    expect(method).toBe('greedy');
    expect(greedyMistakes(graph, req, order ?? [])).toEqual([]);
  });
});

describe("best's own offset orders", () => {
  const req = (tensor: string, size: number, firstStep: number, lastStep: number): BufferRequest => ({ tensor, kind: 'activation', size, firstStep, lastStep });
  it('by size, and by conflict degree (own size + the sizes alive with it) then size; ties in request order', () => {
    const items = [
      req('a', 40, 0, 1), // alive with b (step 1) and d (step 0): 40 + 10 + 20 = 70
      req('b', 10, 1, 2), // with a and c: 10 + 40 + 30 = 80
      req('c', 30, 2, 3), // with b: 30 + 10 = 40
      req('d', 20, 0, 0), // with a: 20 + 40 = 60
      req('e', 10, 5, 5), // alone: 10
      req('f', 10, 6, 6), // alone: 10
    ];
    expect(offsetOrders(items)).toEqual([
      [0, 2, 3, 1, 4, 5], // 40, 30, 20, then the three 10 B ones in request order
      [1, 0, 3, 2, 4, 5], // 80, 70, 60, 40, then e and f (10 each, same size) in request order
    ]);
    // equal degrees are ordered by size: g (8) and h (12) alive together, both 20
    expect(offsetOrders([req('g', 8, 0, 0), req('h', 12, 0, 0)])[1]).toEqual([1, 0]);
  });
});
