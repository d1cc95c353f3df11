/**
 * collectRequests (memory/lifetimes.ts) on graphs small enough to count by hand: which tensors get a
 * buffer, its size after alignment, and the steps it is alive, under both step conventions of
 * memory/profiles.ts ('nodes': node i is step i; 'scopes': TFLM's scope 0 before the first op, op i
 * in scope i + 1). The traits are TFLM's with everything else off unless a test turns it on, so each
 * figure follows from the lifetime rules in lifetimes.ts's header alone.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { collectRequests } from '../../src/memory/lifetimes.js';
import { PLANNER_TRAITS, type PlannerTraits } from '../../src/memory/profiles.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';

const plain: PlannerTraits = { ...PLANNER_TRAITS.tflm, alignment: 1, steps: 'nodes' };
const none = (): number => 0;

function collect(graph: Graph, traits: Partial<PlannerTraits> = {}, opts: { ioInside?: boolean; order?: number[]; scratch?: (n: Node) => number; kernel?: (n: Node) => number[] } = {}) {
  return collectRequests(graph, {
    traits: { ...plain, ...traits },
    ioInside: opts.ioInside ?? true,
    scratchSize: opts.scratch ?? none,
    kernelScratch: opts.kernel,
    order: opts.order,
  });
}

const spans = (r: ReturnType<typeof collect>) => Object.fromEntries(r.requests.map((q) => [q.tensor, [q.kind, q.size, q.firstStep, q.lastStep]]));

/** x -> Relu (a) -> Relu (b); Add(a, b) -> y: a is read at steps 1 and 2. Every tensor is [1, 10] of `dtype`. */
function chain(dtype: DType = 'float32'): Graph {
  const g = new GraphBuilder('chain');
  const x = g.input('x', dtype, [1, 10]);
  const a = g.node('Relu', [x], {}, { name: 'r1', outShapes: [[1, 10]], outDType: dtype });
  const b = g.node('Relu', [a], {}, { name: 'r2', outShapes: [[1, 10]], outDType: dtype });
  g.output(g.node('Add', [a, b], {}, { name: 'add', outShapes: [[1, 10]], outDType: dtype }));
  return g.graph;
}

describe('lifetimes in steps', () => {
  it("'nodes': produced at its node's step, alive to its last reader; inputs from 0; outputs to the last step", () => {
    // float32 [1, 10] = 40 B each; nodes r1 = 0, r2 = 1, add = 2
    expect(spans(collect(chain()))).toEqual({
      x: ['input', 40, 0, 0],
      r1_out: ['activation', 40, 0, 2],
      r2_out: ['activation', 40, 1, 2],
      add_out: ['output', 40, 2, 2],
    });
  });

  it("'scopes': op i runs in scope i + 1, inputs from scope 0, outputs to the final scope (3 ops: scope 3)", () => {
    expect(spans(collect(chain(), { steps: 'scopes' }))).toEqual({
      x: ['input', 40, 0, 1],
      r1_out: ['activation', 40, 1, 3],
      r2_out: ['activation', 40, 2, 3],
      add_out: ['output', 40, 3, 3],
    });
  });

  it("'scopes': a graph output nothing writes (an input passed through) is alive from scope 0 to the end", () => {
    const g = new GraphBuilder('pass');
    const x = g.input('x', 'float32', [1, 10]);
    g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 10]], outDType: 'float32' });
    g.output('x');
    g.output('r_out');
    expect(spans(collect(g.graph, { steps: 'scopes' }))).toEqual({ x: ['input', 40, 0, 1], r_out: ['output', 40, 1, 1] });
    // in 'nodes', one node: the last step is 0
    expect(spans(collect(g.graph))).toEqual({ x: ['input', 40, 0, 0], r_out: ['output', 40, 0, 0] });
  });

  it('an execution order moves each tensor with its producer; the order is returned as given', () => {
    // two branches: r1 and r2 both read x; run r2 first
    const g = new GraphBuilder('branches');
    const x = g.input('x', 'float32', [1, 10]);
    const a = g.node('Relu', [x], {}, { name: 'r1', outShapes: [[1, 10]], outDType: 'float32' });
    const b = g.node('Relu', [x], {}, { name: 'r2', outShapes: [[1, 10]], outDType: 'float32' });
    g.output(g.node('Add', [a, b], {}, { name: 'add', outShapes: [[1, 10]], outDType: 'float32' }));
    const r = collect(g.graph, {}, { order: [1, 0, 2] });
    expect(r.order).toEqual([1, 0, 2]);
    expect(spans(r)).toEqual({ x: ['input', 40, 0, 1], r1_out: ['activation', 40, 1, 2], r2_out: ['activation', 40, 0, 2], add_out: ['output', 40, 2, 2] });
    expect(collect(g.graph).order).toEqual([0, 1, 2]);
  });
});

describe('which tensors get a buffer, and its size', () => {
  it('sizes are rounded up to the alignment: 40 B is 48 at 16, 40 at 4 and 8', () => {
    expect(collect(chain(), { alignment: 16 }).requests.map((q) => q.size)).toEqual([48, 48, 48, 48]);
    expect(collect(chain(), { alignment: 8 }).requests.map((q) => q.size)).toEqual([40, 40, 40, 40]);
    expect(collect(chain(), { alignment: 4 }).requests.map((q) => q.size)).toEqual([40, 40, 40, 40]);
  });

  it('I/O outside the activations: no request, their bytes counted apart (unaligned)', () => {
    const r = collect(chain(), { alignment: 16 }, { ioInside: false });
    expect(spans(r)).toEqual({ r1_out: ['activation', 48, 0, 2], r2_out: ['activation', 48, 1, 2] });
    expect([r.inputsBytes, r.outputsBytes]).toEqual([40, 40]);
    const inside = collect(chain(), {}, { ioInside: true });
    expect([inside.inputsBytes, inside.outputsBytes]).toEqual([0, 0]);
  });

  it('64-bit integers are stored as 32-bit only when the planner says so (int64 [1, 10]: 40 B, else 80)', () => {
    expect(collect(chain('int64'), { int64As32: true }).requests.map((q) => q.size)).toEqual([40, 40, 40, 40]);
    expect(collect(chain('uint64'), { int64As32: true }).requests.map((q) => q.size)).toEqual([40, 40, 40, 40]);
    expect(collect(chain('int64')).requests.map((q) => q.size)).toEqual([80, 80, 80, 80]);
    // other types keep their width
    expect(collect(chain('int16'), { int64As32: true }).requests.map((q) => q.size)).toEqual([20, 20, 20, 20]);
  });

  it('constants get no buffer; variables are persistent (aligned) and never planned; unknown sizes are listed', () => {
    const g = new GraphBuilder('kinds');
    const x = g.input('x', 'float32', [1, 10]);
    const w = g.constant('w', 'float32', [1, 10]);
    g.tensor('state', 'float32', [1, 5]);
    (g.get('state') as { variable?: boolean }).variable = true;
    const s = g.node('Add', [x, w, 'state'], {}, { name: 'add', outShapes: [[1, 10]], outDType: 'float32' });
    const u = g.node('Relu', [s], {}, { name: 'relu', outDType: 'float32' }); // no shape
    g.output(g.node('Relu', [u], {}, { name: 'relu2', outShapes: [[1, 10]], outDType: 'float32' }));
    const r = collect(g.graph, { alignment: 16 });
    expect(Object.keys(spans(r))).toEqual(['x', 'add_out', 'relu2_out']);
    expect(r.persistent).toEqual([{ tensor: 'state', size: 32 }]);
    expect(r.unsized).toEqual(['relu_out']);
  });

  it('an unsized variable is listed as unsized, not persistent; an empty tensor gets no buffer', () => {
    const g = new GraphBuilder('odd');
    const x = g.input('x', 'float32', [1, 10]);
    g.tensor('state', 'float32');
    (g.get('state') as { variable?: boolean }).variable = true;
    const e = g.node('Slice', [x, 'state'], {}, { name: 'slice', outShapes: [[1, 0]], outDType: 'float32' });
    g.output(g.node('Relu', [e], {}, { name: 'relu', outShapes: [[1, 0]], outDType: 'float32' }));
    const r = collect(g.graph);
    expect(r.persistent).toEqual([]);
    expect(r.unsized).toEqual(['state']);
    expect(Object.keys(spans(r))).toEqual(['x']);
  });

  it("scratch: a node's kernel buffers (#scratch0, #scratch1 ..., empty ones skipped) then its own area (#scratch), alive at its step only, aligned", () => {
    const kernel = (n: Node) => (n.name === 'r2' ? [12, 0, 5] : []);
    const scratch = (n: Node) => (n.name === 'r2' ? 7 : n.name === 'add' ? -3 : 0);
    const r = collect(chain(), { alignment: 4 }, { kernel, scratch });
    expect(r.requests.slice(4).map((q) => [q.tensor, q.kind, q.size, q.firstStep, q.lastStep])).toEqual([
      ['r2#scratch0', 'scratch', 12, 1, 1],
      ['r2#scratch2', 'scratch', 8, 1, 1],
      ['r2#scratch', 'scratch', 8, 1, 1],
    ]);
    // in scopes, r2 runs in scope 2
    expect(collect(chain(), { steps: 'scopes' }, { kernel, scratch }).requests.slice(4).map((q) => q.firstStep)).toEqual([2, 2, 2]);
  });
});

describe("views of the caller's input (ST: a reshape of an input kept outside the activations is not copied)", () => {
  /** x -> Reshape -> Flatten -> Relu (out); and Reshape of x as a second output when `viewOut`. */
  function views(viewOut: boolean): Graph {
    const g = new GraphBuilder('views');
    const x = g.input('x', 'float32', [1, 2, 5]);
    const r = g.node('Reshape', [x], {}, { name: 'reshape', outShapes: [[1, 10]], outDType: 'float32' });
    const f = g.node('Flatten', [r], {}, { name: 'flatten', outShapes: [[1, 10]], outDType: 'float32' });
    g.output(g.node('Relu', [f], {}, { name: 'relu', outShapes: [[1, 10]], outDType: 'float32' }));
    if (viewOut) g.output(g.node('Squeeze', [x], {}, { name: 'squeeze', outShapes: [[2, 5]], outDType: 'float32' }));
    return g.graph;
  }

  it('a reshape of the input, and a reshape of that view, get no buffer when the planner has views and the I/O is outside', () => {
    expect(Object.keys(spans(collect(views(false), { userViews: true }, { ioInside: false })))).toEqual([]);
    expect(Object.keys(spans(collect(views(false), { userViews: false }, { ioInside: false })))).toEqual(['reshape_out', 'flatten_out']);
    // with the I/O inside the activations the input is a buffer like any other: its reshapes are too
    expect(Object.keys(spans(collect(views(false), { userViews: true }, { ioInside: true })))).toEqual(['x', 'reshape_out', 'flatten_out', 'relu_out']);
  });

  it('a reshape of the input that is itself a graph output keeps its buffer; an element-wise op of the input is no view', () => {
    const r = collect(views(true), { userViews: true }, { ioInside: false });
    expect(Object.keys(spans(r))).toEqual([]);
    expect(r.outputsBytes).toBe(80);
    const g = new GraphBuilder('relu');
    const x = g.input('x', 'float32', [1, 10]);
    const a = g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 10]], outDType: 'float32' });
    g.output(g.node('Reshape', [a], {}, { name: 'reshape', outShapes: [[10]], outDType: 'float32' }));
    expect(Object.keys(spans(collect(g.graph, { userViews: true }, { ioInside: false })))).toEqual(['r_out']);
  });
});

describe('lifetimes: what extends them', () => {
  it('a graph output produced early lives to the last step (nodes: 2 of 3; scopes: 3)', () => {
    const g = new GraphBuilder('early');
    const x = g.input('x', 'float32', [1, 10]);
    const a = g.node('Relu', [x], {}, { name: 'r1', outShapes: [[1, 10]], outDType: 'float32' });
    const b = g.node('Relu', [a], {}, { name: 'r2', outShapes: [[1, 10]], outDType: 'float32' });
    g.output(a);
    g.output(g.node('Relu', [b], {}, { name: 'r3', outShapes: [[1, 10]], outDType: 'float32' }));
    expect(spans(collect(g.graph))['r1_out']).toEqual(['output', 40, 0, 2]);
    expect(spans(collect(g.graph, { steps: 'scopes' }))['r1_out']).toEqual(['output', 40, 1, 3]);
  });

  it("a node's shape_reads keep those tensors alive until it runs", () => {
    const g = new GraphBuilder('shape-reads');
    const x = g.input('x', 'float32', [1, 10]);
    const a = g.node('Relu', [x], {}, { name: 'r1', outShapes: [[1, 10]], outDType: 'float32' });
    const b = g.node('Relu', [x], {}, { name: 'r2', outShapes: [[1, 10]], outDType: 'float32' });
    g.output(g.node('Relu', [b], { shape_reads: [a] }, { name: 'r3', outShapes: [[1, 10]], outDType: 'float32' }));
    expect(spans(collect(g.graph))['r1_out']).toEqual(['activation', 40, 0, 2]);
  });

  it('integer I/O: the int8 tensor standing for the float output lives to the last step, like an output', () => {
    // x -> Q -> relu -> DQ (y, float output); relu -> Neg -> z (a second output, computed last)
    const g = new GraphBuilder('qdq');
    const x = g.input('x', 'float32', [1, 10]);
    const s = g.values('s', 'float32', [0.5], []);
    const q = g.node('QuantizeLinear', [x, s], {}, { name: 'q', outShapes: [[1, 10]], outDType: 'int8' });
    const r = g.node('Relu', [q], {}, { name: 'relu', outShapes: [[1, 10]], outDType: 'int8' });
    const t = g.node('Abs', [q], {}, { name: 'abs', outShapes: [[1, 10]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [r, s], {}, { name: 'dq', outShapes: [[1, 10]], outDType: 'float32' }));
    g.output(g.node('Neg', [t], {}, { name: 'neg', outShapes: [[1, 10]], outDType: 'int8' }));
    const got = collect(g.graph, { integerIo: true });
    expect(got.ioTensors).toEqual({ x: 'q_out', dq_out: 'relu_out' });
    // nodes q 0, relu 1, abs 2, dq 3, neg 4: q_out stands for x (from 0), relu_out for the output (to 4)
    expect(spans(got)['q_out']).toEqual(['input', 10, 0, 2]);
    expect(spans(got)['relu_out']).toEqual(['output', 10, 1, 4]);
    expect(spans(got)['x']).toBeUndefined();
    expect(spans(got)['dq_out']).toBeUndefined();
  });

  it('a reshape of an activation (not of the input) is no view: it keeps its buffer', () => {
    const g = new GraphBuilder('act-reshape');
    const x = g.input('x', 'float32', [1, 10]);
    const a = g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 10]], outDType: 'float32' });
    const v = g.node('Reshape', [a], {}, { name: 'reshape', outShapes: [[10]], outDType: 'float32' });
    g.output(g.node('Relu', [v], {}, { name: 'r2', outShapes: [[10]], outDType: 'float32' }));
    expect(Object.keys(spans(collect(g.graph, { userViews: true }, { ioInside: false })))).toEqual(['r_out', 'reshape_out']);
  });
});
