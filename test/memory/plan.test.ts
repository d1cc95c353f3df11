import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { planMemory, peakLiveBytes } from '../../src/memory/plan.js';
import { checkPlan, assertPlan } from '../../src/memory/check.js';
import type { MemoryPlan, PlanOptions } from '../../src/memory/types.js';

/** Plans and proves the plan sound (every plan in these tests goes through the checker). */
function plan(g: GraphBuilder, opts: PlanOptions = {}): MemoryPlan {
  const p = planMemory(g.graph, opts);
  expect(checkPlan(p)).toBeUndefined();
  return p;
}

function offsets(p: MemoryPlan): Record<string, [number, number]> {
  return Object.fromEntries(p.buffers.map((b) => [b.tensor, [b.offset, b.size]]));
}

/** x(100) -> n0 -> a(200) -> n1 -> b(50) -> n2 -> c(300) -> n3 -> y(40), int8 bytes. */
function chain(): GraphBuilder {
  const g = new GraphBuilder('chain');
  const x = g.input('x', 'int8', [100]);
  const a = g.node('Relu', [x], {}, { name: 'a', outShapes: [[200]], outDType: 'int8' });
  const b = g.node('Relu', [a], {}, { name: 'b', outShapes: [[50]], outDType: 'int8' });
  const c = g.node('Relu', [b], {}, { name: 'c', outShapes: [[300]], outDType: 'int8' });
  const y = g.node('Relu', [c], {}, { name: 'y', outShapes: [[40]], outDType: 'int8' });
  g.output(y);
  return g;
}

/** x(40) -> a(100); a -> b(60); a -> c(60); b + c -> y(100). */
function diamond(): GraphBuilder {
  const g = new GraphBuilder('diamond');
  const x = g.input('x', 'int8', [40]);
  const a = g.node('Relu', [x], {}, { name: 'a', outShapes: [[100]], outDType: 'int8' });
  const b = g.node('Relu', [a], {}, { name: 'b', outShapes: [[60]], outDType: 'int8' });
  const c = g.node('Relu', [a], {}, { name: 'c', outShapes: [[60]], outDType: 'int8' });
  g.output(g.node('Add', [b, c], {}, { name: 'y', outShapes: [[100]], outDType: 'int8' }));
  return g;
}

describe('st profile (hand-computed)', () => {
  it('plans a 4-node chain', () => {
    // lifetimes: x[0,0] a[0,1] b[1,2] c[2,3] y[3,3]; sizes 100 200 52 300 40 (4-aligned)
    // order c a x b y: c@0; a@0 (dead before c); x after a @200; b after c/a @300; y after c @300
    const p = plan(chain());
    expect(offsets(p)).toEqual({ x: [200, 100], a_out: [0, 200], b_out: [300, 52], c_out: [0, 300], y_out: [300, 40] });
    expect(p.arenaBytes).toBe(352); // = b + c alive at step 2: optimal
    expect(p.ramTotalBytes).toBe(352);
    expect(p.buffers.find((b) => b.tensor === 'a_out')).toMatchObject({ firstStep: 0, lastStep: 1, kind: 'activation' });
  });

  it('plans a diamond', () => {
    // lifetimes: x[0,0] a[0,2] b[1,3] c[2,3] y[3,3]; order a(100,first 0) y(100,first 3) b c x
    // a@0; y@0 (a dead at 3); b after a,y @100; c after b @160; x after a @100 (b,c,y not yet alive)
    const p = plan(diamond());
    expect(offsets(p)).toEqual({ x: [100, 40], a_out: [0, 100], b_out: [100, 60], c_out: [160, 60], y_out: [0, 100] });
    expect(p.arenaBytes).toBe(220);
  });

  it('keeps I/O outside when asked: ram total = activations + inputs + outputs', () => {
    // plan without x, y: c@0, a@0, b@300 -> 352; inputs 100 B, outputs 40 B
    const p = plan(chain(), { ioInsideActivations: false });
    expect(p.buffers.map((b) => b.tensor).sort()).toEqual(['a_out', 'b_out', 'c_out']);
    expect(p.arenaBytes).toBe(352);
    expect(p.inputsBytes).toBe(100);
    expect(p.outputsBytes).toBe(40);
    expect(p.ramTotalBytes).toBe(352 + 100 + 40);
  });
});

describe('tflm profile (hand-computed from TFLM GreedyMemoryPlanner)', () => {
  it('plans a 4-node chain with 16-byte sizes and TFLM scopes', () => {
    // scopes (op i = i+1): x[0,1] a[1,2] b[2,3] c[3,4] y[4,4]; sizes 112 208 64 304 48
    // order c a x b y: c@0; a@0; x after a @208; b after c @304; y after c @304
    const p = plan(chain(), { planner: 'tflm' });
    expect(offsets(p)).toEqual({ x: [208, 112], a_out: [0, 208], b_out: [304, 64], c_out: [0, 304], y_out: [304, 48] });
    expect(p.arenaBytes).toBe(368);
    expect(p.buffers.find((b) => b.tensor === 'y_out')).toMatchObject({ firstStep: 4, lastStep: 4 });
  });

  it('plans a diamond, equal sizes taken latest-added first (ReverseSortInPlace)', () => {
    // scopes: x[0,1] a[1,3] b[2,4] c[3,4] y[4,4]; sizes 48 112 64 64 112; added x a b c y
    // sorted: y a c b x. y@0; a@0 (y starts at 4); c after y,a @112; b after c @176; x after a @112
    const p = plan(diamond(), { planner: 'tflm' });
    expect(offsets(p)).toEqual({ x: [112, 48], a_out: [0, 112], b_out: [176, 64], c_out: [112, 64], y_out: [0, 112] });
    expect(p.arenaBytes).toBe(240);
  });

  it('rounds every buffer up to 16 bytes', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [5]); // 20 B
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [[5]], outDType: 'float32' }));
    const tflm = plan(g, { planner: 'tflm' });
    expect(tflm.buffers.map((b) => b.size)).toEqual([32, 32]);
    expect(tflm.arenaBytes).toBe(64);
    const st = plan(g, { planner: 'st-time' });
    expect(st.buffers.map((b) => b.size)).toEqual([20, 20]);
    expect(st.arenaBytes).toBe(40);
    // st (default optimization): Relu is element-wise, its output overwrites its input in place
    const inPlace = plan(g, { planner: 'st' });
    expect(inPlace.arenaBytes).toBe(20);
    expect(inPlace.overlaps).toEqual([{ node: 'r', input: 'x', output: 'r_out', lead: 0, sharedBytes: 20 }]);
  });
});

describe('persistent, constants, scratch, unknown sizes', () => {
  it('keeps variable tensors out of the arena and reports them as persistent', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [5]);
    g.tensor('state', 'float32', [5]); // 20 B
    g.get('state').variable = true;
    const w = g.constant('w', 'float32', [5]);
    // x + state (+ a constant third input: not an activation either)
    g.output(g.node('Add', [x, 'state', w], {}, { name: 'add', outShapes: [[5]], outDType: 'float32' }));
    const st = plan(g);
    expect(st.buffers.map((b) => b.tensor).sort()).toEqual(['add_out', 'x']);
    expect(st.persistent).toEqual([{ tensor: 'state', size: 20 }]);
    expect(st.persistentBytes).toBe(20);
    expect(plan(g, { planner: 'tflm' }).persistentBytes).toBe(32);
  });

  it('places scratch buffers from the hook for their node only', () => {
    const p = plan(chain(), { scratchSize: (node) => (node.name === 'b' ? 10 : 0) });
    const s = p.buffers.find((b) => b.kind === 'scratch');
    expect(s).toMatchObject({ tensor: 'b#scratch', size: 12, firstStep: 1, lastStep: 1 });
  });

  it('lists tensors of unknown size instead of planning them', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', ['N', 4]);
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [['N', 4]], outDType: 'int8' }));
    const p = plan(g);
    expect(p.unsized).toEqual(['x', 'r_out']);
    expect(p.arenaBytes).toBe(0);
  });
});

describe('plan checker', () => {
  it('catches two simultaneously alive buffers sharing bytes', () => {
    const p = plan(chain());
    const b = p.buffers.find((x) => x.tensor === 'b_out');
    if (!b) throw new Error('no b_out');
    b.offset = 250; // b[1,2] now shares [250, 300) with c[2,3] at [0, 300)
    const problem = checkPlan(p);
    expect(problem?.kind).toBe('overlap');
    expect(problem && 'b' in problem ? [problem.a.tensor, problem.b.tensor].sort() : []).toEqual(['b_out', 'c_out']);
    expect(() => assertPlan(p)).toThrow(/b_out|c_out/);
  });

  it('accepts buffers that share bytes at different times, rejects one past the arena', () => {
    const p = plan(chain());
    expect(p.buffers.filter((x) => x.offset === 0).length).toBe(2); // a and c share offset 0
    const y = p.buffers.find((x) => x.tensor === 'y_out');
    if (!y) throw new Error('no y_out');
    y.offset = 340; // 340 + 40 > 352
    expect(checkPlan(p)?.kind).toBe('outside');
  });

  it('gives a lower bound: the largest live set', () => {
    expect(peakLiveBytes(plan(diamond()))).toBe(220); // a + b + c at step 2
  });
});
