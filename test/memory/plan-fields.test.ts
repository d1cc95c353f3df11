/**
 * The fields of a memory plan (memory/plan.ts) that the reports print, each worked out by hand:
 * the bytes an output shares with its input, the Transposes ST adds at channel-first I/O
 * (memory/channel-first-io.ts) and the plan's record of them, whether the order was changed,
 * the overlap override, and what planAndSearch returns for each planner.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { peakLiveBytes, planAndSearch, planMemory } from '../../src/memory/plan.js';
import { withChannelLastIo, CHANNEL_LAST } from '../../src/memory/channel-first-io.js';
import type { Graph } from '../../src/ir/graph.js';
import type { PlannedBuffer } from '../../src/memory/types.js';

const NHWC = { layout: 'NHWC' } as const;

/** x 1x5x5x4 int8 (100 B) -> pointwise conv 4 -> 8 (200 B) -> Relu (200 B), as in scratch.test.ts. */
function pointwise(): Graph {
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, 5, 5, 4]);
  const c = b.node('Conv', [x, b.constant('w', 'int8', [8, 1, 1, 4])], { ...NHWC, weight_layout: 'OHWI' }, { name: 'pw', outShapes: [[1, 5, 5, 8]], outDType: 'int8' });
  b.output(b.node('Relu', [c], {}, { name: 'relu', outShapes: [[1, 5, 5, 8]], outDType: 'int8' }));
  return b.graph;
}

describe('plan fields', () => {
  it('with the I/O kept outside the activations, the input has no buffer: an overlap rule on it records nothing', () => {
    const p = planMemory(pointwise(), { kernelScratch: false, ioInsideActivations: false });
    expect(p.buffers.map((b) => b.tensor)).toEqual(['pw_out']);
    expect(p.overlaps).toEqual([]);
  });

  it("a plan names its control nodes' nested plans only when there are some", () => {
    expect(planMemory(pointwise(), { kernelScratch: false }).nested).toBeUndefined();
    const b = new GraphBuilder('if');
    const x = b.input('x', 'float32', [1, 8]);
    const body = new GraphBuilder('then');
    body.output(body.node('Relu', [x], {}, { name: 'inner', outShapes: [[1, 8]], outDType: 'float32' }));
    b.output(b.node('If', [b.input('c', 'bool', [])], {}, { name: 'if', outShapes: [[1, 8]], outDType: 'float32' }));
    const node = b.graph.nodes[0];
    if (node) node.subgraphs = { then_branch: body.graph };
    expect(planMemory(b.graph, { kernelScratch: false }).nested?.map((n) => n.node)).toEqual(['if']);
  });

  it("best with equal arenas from both bases keeps the first basis (st): a float Relu in place, 64 B either way", () => {
    const b = new GraphBuilder('relu');
    b.output(b.node('Relu', [b.input('x', 'float32', [1, 16])], {}, { name: 'r', outShapes: [[1, 16]], outDType: 'float32' }));
    const arenas = (['st', 'tflm'] as const).map((planner) => planMemory(b.graph, { planner, kernelScratch: false, search: true, overlap: true }).arenaBytes);
    expect(arenas).toEqual([64, 64]);
    expect(planMemory(b.graph, { planner: 'best', kernelScratch: false })).toMatchObject({ arenaBytes: 64, basis: 'st' });
  });

  it('peakLiveBytes: the largest sum of sizes alive at one step (a 0..2 10 B, b 1..1 20 B, c 2..3 5 B: 30 B at step 1)', () => {
    const buf = (tensor: string, size: number, firstStep: number, lastStep: number): PlannedBuffer => ({ tensor, kind: 'activation', offset: 0, size, firstStep, lastStep });
    expect(peakLiveBytes({ buffers: [buf('a', 10, 0, 2), buf('b', 20, 1, 1), buf('c', 5, 2, 3)] })).toBe(30);
    expect(peakLiveBytes({ buffers: [] })).toBe(0);
  });

  it('an overlap records the bytes both buffers hold: x [120, 220) and the output [0, 200) share 80 B', () => {
    const p = planMemory(pointwise(), { kernelScratch: false });
    const x = p.buffers.find((b) => b.tensor === 'x');
    const y = p.buffers.find((b) => b.tensor === 'pw_out');
    expect([x?.offset, y?.offset]).toEqual([120, 0]);
    expect(p.overlaps).toEqual([
      { node: 'pw', input: 'x', output: 'pw_out', lead: 120, sharedBytes: 80 },
      { node: 'relu', input: 'pw_out', output: 'relu_out', lead: 0, sharedBytes: 200 },
    ]);
  });

  it("the overlap option overrides the planner's: st-time with overlap, st without", () => {
    expect(planMemory(pointwise(), { planner: 'st-time', kernelScratch: false }).overlaps).toEqual([]);
    expect(planMemory(pointwise(), { planner: 'st-time', kernelScratch: false, overlap: true }).overlaps.map((o) => o.node)).toEqual(['pw', 'relu']);
    expect(planMemory(pointwise(), { kernelScratch: false, overlap: false }).overlaps).toEqual([]);
    expect(planMemory(pointwise(), { kernelScratch: false, overlap: false }).arenaBytes).toBe(400);
  });

  it('reordered: false for the graph order, true for another; the order is listed by name', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    const a = b.node('Sigmoid', [x], {}, { name: 'a', outShapes: [[1, 4]], outDType: 'float32' });
    const c = b.node('Tanh', [x], {}, { name: 'c', outShapes: [[1, 4]], outDType: 'float32' });
    b.output(b.node('Add', [a, c], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'float32' }));
    const own = planMemory(b.graph, { planner: 'st-time' });
    expect([own.reordered, own.order]).toEqual([false, ['a', 'c', 'add']]);
    const other = planMemory(b.graph, { planner: 'st-time', order: [1, 0, 2] });
    expect([other.reordered, other.order]).toEqual([true, ['c', 'a', 'add']]);
  });

  it("planAndSearch: for 'best' and for a given order the searched plan is the plan itself; otherwise a plan of its own", () => {
    const best = planAndSearch(pointwise(), { planner: 'best' });
    expect(best.searched).toBe(best.plan);
    const ordered = planAndSearch(pointwise(), { planner: 'st', order: [0, 1] });
    expect(ordered.searched).toBe(ordered.plan);
    const st = planAndSearch(pointwise(), { planner: 'st' });
    expect(st.searched).not.toBe(st.plan);
    expect(st.searched.searchMethod).toBe('exact');
    expect(st.plan.searchMethod).toBeUndefined();
    const tflm = planAndSearch(pointwise(), { planner: 'tflm' });
    expect(tflm.searched.arenaBytes).toBeLessThanOrEqual(tflm.plan.arenaBytes);
  });

  it("best keeps the lower of its two bases, and names it", () => {
    const p = planMemory(pointwise(), { planner: 'best', kernelScratch: false });
    const st = planMemory(pointwise(), { planner: 'st', kernelScratch: false, search: true, overlap: true });
    const tflm = planMemory(pointwise(), { planner: 'tflm', kernelScratch: false, search: true, overlap: true });
    expect(p.arenaBytes).toBe(Math.min(st.arenaBytes, tflm.arenaBytes));
    expect(p.planner).toBe('best');
    // equal arenas: the first basis (st) is kept
    expect(p.basis).toBe(st.arenaBytes <= tflm.arenaBytes ? 'st' : 'tflm');
  });
});

/** x NCHW float [1, C, H, W] -> NCHW Conv 1x1 -> y [1, 8, H, W]. */
function nchw(c: number, h: number, w: number): Graph {
  const b = new GraphBuilder('nchw');
  const x = b.input('x', 'float32', [1, c, h, w]);
  b.output(b.node('Conv', [x, b.constant('w', 'float32', [8, c, 1, 1])], { layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'conv', outShapes: [[1, 8, h, w]], outDType: 'float32' }));
  return b.graph;
}

const none = { inputs: new Map<string, string>(), outputs: new Map<string, string>() };

describe("ST's Transposes at channel-first I/O", () => {
  it('an NCHW input and output with channels and pixels get a Transpose each, into and out of channel-last copies', () => {
    const g = withChannelLastIo(nchw(3, 4, 4), none);
    expect(g.nodes.map((n) => [n.name, n.inputs, n.outputs])).toEqual([
      [`x${CHANNEL_LAST}/transpose`, ['x'], [`x${CHANNEL_LAST}`]],
      ['conv', [`x${CHANNEL_LAST}`, 'w'], [`conv_out${CHANNEL_LAST}`]],
      [`conv_out${CHANNEL_LAST}/transpose`, [`conv_out${CHANNEL_LAST}`], ['conv_out']],
    ]);
    expect(g.tensors.get(`x${CHANNEL_LAST}`)).toEqual({ name: `x${CHANNEL_LAST}`, dtype: 'float32', shape: [1, 3, 4, 4] });
  });

  it('one channel, or one pixel, is the same bytes either way: no Transpose on that side', () => {
    const oneChannel = withChannelLastIo(nchw(1, 4, 4), none);
    expect(oneChannel.nodes.map((n) => n.name)).toEqual(['conv', `conv_out${CHANNEL_LAST}/transpose`]);
    const onePixel = nchw(3, 1, 1);
    expect(withChannelLastIo(onePixel, none)).toBe(onePixel);
  });

  it('an input that needs one and an output that does not: only the input side gets a Transpose', () => {
    const b = new GraphBuilder('in-only');
    const x = b.input('x', 'float32', [1, 3, 4, 4]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [1, 3, 1, 1])], { layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'conv', outShapes: [[1, 1, 4, 4]], outDType: 'float32' }));
    expect(withChannelLastIo(b.graph, none).nodes.map((n) => n.name)).toEqual([`x${CHANNEL_LAST}/transpose`, 'conv']);
  });

  it('the Transposes are Transpose nodes; one for an integer input that stands for the float one runs after its quantizer', () => {
    const g = withChannelLastIo(nchw(3, 4, 4), none);
    expect(g.nodes.map((n) => [n.op, n.sourceOp])).toEqual([['Transpose', 'Transpose'], ['Conv', 'Conv'], ['Transpose', 'Transpose']]);
    const b = new GraphBuilder('q-in');
    const x = b.input('x', 'float32', [1, 3, 4, 4]);
    const q = b.node('QuantizeLinear', [x, b.values('s', 'float32', [0.1], [])], {}, { name: 'q', outShapes: [[1, 3, 4, 4]], outDType: 'int8' });
    b.output(b.node('Conv', [q, b.constant('w', 'int8', [1, 3, 1, 1])], { layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'conv', outShapes: [[1, 1, 4, 4]], outDType: 'int8' }));
    const boundary = { inputs: new Map([['x', q]]), outputs: new Map<string, string>() };
    expect(withChannelLastIo(b.graph, boundary).nodes.map((n) => n.name)).toEqual(['q', `${q}${CHANNEL_LAST}/transpose`, 'conv']);
  });

  it('an input passed straight to an output has no producer to follow on the output side', () => {
    const g = nchw(3, 4, 4);
    g.outputs.push('x');
    expect(withChannelLastIo(g, none).nodes.map((n) => n.name)).toEqual([`x${CHANNEL_LAST}/transpose`, 'conv', `conv_out${CHANNEL_LAST}/transpose`]);
  });

  it('I/O with a symbolic dim is left alone (its layout in memory is not known)', () => {
    const b = new GraphBuilder('sym');
    const x = b.input('x', 'float32', ['N', 3, 4, 4]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [1, 3, 1, 1])], { layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'conv', outShapes: [['N', 1, 4, 4]], outDType: 'float32' }));
    expect(withChannelLastIo(b.graph, none)).toBe(b.graph);
  });

  it('a channel-last graph, or rank-2 I/O, is returned as it is', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 4, 4, 3]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [8, 1, 1, 3])], { layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'conv', outShapes: [[1, 4, 4, 8]], outDType: 'float32' }));
    expect(withChannelLastIo(b.graph, none)).toBe(b.graph);
    const h = new GraphBuilder();
    const y = h.input('y', 'float32', [4, 3]);
    h.output(h.node('Relu', [y], {}, { name: 'r', outShapes: [[4, 3]], outDType: 'float32' }));
    expect(withChannelLastIo(h.graph, none)).toBe(h.graph);
  });

  it("the planner's own plan lists the added steps; the model's graph is unchanged", () => {
    const g = nchw(3, 4, 4);
    const p = planMemory(g, { kernelScratch: false });
    expect(p.addedSteps).toEqual([
      { name: `x${CHANNEL_LAST}/transpose`, inputs: ['x'], outputs: [`x${CHANNEL_LAST}`] },
      { name: `conv_out${CHANNEL_LAST}/transpose`, inputs: [`conv_out${CHANNEL_LAST}`], outputs: ['conv_out'] },
    ]);
    expect(p.order).toEqual([`x${CHANNEL_LAST}/transpose`, 'conv', `conv_out${CHANNEL_LAST}/transpose`]);
    expect(g.nodes.map((n) => n.name)).toEqual(['conv']);
    // TFLM keeps the file's layout: nothing added; nested graphs neither
    expect(planMemory(g, { planner: 'tflm', kernelScratch: false }).addedSteps).toEqual([]);
    expect(planMemory(g, { kernelScratch: false, nested: true }).addedSteps).toEqual([]);
  });
});
