/**
 * The search (memory/best.ts): execution orders found exactly or greedily, offset orders, and the
 * 'best' planner over ST's and TFLite Micro's rules. Figures computed by hand below.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { planMemory } from '../../src/memory/plan.js';
import { checkPlan } from '../../src/memory/check.js';
import { MAX_EXACT_NODES, MAX_STATES } from '../../src/memory/best.js';

/**
 * One motif: x -> p (P, 100 B) -> q (Q, 4 B); x -> r (R, 100 B) -> s (S, 4 B); t = Concat(Q, S)
 * (8 B). Softmax and Concat never overlap their input, so every byte below is a separate buffer.
 */
function motifs(count: number): GraphBuilder {
  const b = new GraphBuilder();
  let x = b.input('x0', 'float32', [2]); // 8 B
  const f = (op: 'Softmax' | 'Concat', ins: string[], name: string, n: number) => b.node(op, ins, op === 'Concat' ? { axis: 0 } : {}, { name, outShapes: [[n]], outDType: 'float32' });
  for (let k = 0; k < count; k++) {
    const p = f('Softmax', [x], `p${k}`, 25);
    const r = f('Softmax', [x], `r${k}`, 25);
    const q = f('Softmax', [p], `q${k}`, 1);
    const s = f('Softmax', [r], `s${k}`, 1);
    x = f('Concat', [q, s], `t${k}`, 2);
  }
  b.output(x);
  return b;
}

describe('execution order search', () => {
  it('one motif: the file order holds P and R together (8 + 100 + 100 = 208 B); p, q, r, s, t needs 8 + 4 + 100 = 112 B', () => {
    const g = motifs(1).graph;
    const file = planMemory(g, { planner: 'st-time' });
    expect(file.arenaBytes).toBeGreaterThanOrEqual(208);
    const searched = planMemory(g, { planner: 'st-time', search: true });
    expect(searched.searchMethod).toBe('exact');
    expect(searched.arenaBytes).toBe(112);
    expect(searched.reordered).toBe(true);
    expect(searched.order).toEqual(['p0', 'q0', 'r0', 's0', 't0']);
    expect(checkPlan(searched)).toBeUndefined();
  });

  it(`exact up to ${MAX_EXACT_NODES} nodes, greedy above; both run each motif p, q, r, s, t`, () => {
    const below = motifs(MAX_EXACT_NODES / 5 - 1).graph; // 115 nodes
    const at = motifs(MAX_EXACT_NODES / 5).graph; // 120 nodes
    const above = motifs(MAX_EXACT_NODES / 5 + 1).graph; // 125 nodes
    expect([below, at, above].map((g) => g.nodes.length)).toEqual([MAX_EXACT_NODES - 5, MAX_EXACT_NODES, MAX_EXACT_NODES + 5]);
    const plans = [below, at, above].map((g) => planMemory(g, { planner: 'st-time', search: true }));
    expect(plans.map((p) => p.searchMethod)).toEqual(['exact', 'exact', 'greedy']);
    for (const p of plans) {
      const motifsRun = p.order.length / 5;
      expect(p.order).toEqual(Array.from({ length: motifsRun }, (_, k) => ['p', 'q', 'r', 's', 't'].map((n) => `${n}${k}`)).flat());
      // live bytes peak at 8 + 4 + 100 = 112 in every motif; the file order would hold 208
      expect(p.arenaBytes).toBeGreaterThanOrEqual(112);
      expect(p.arenaBytes).toBeLessThan(208);
      expect(checkPlan(p)).toBeUndefined();
    }
  });

  it(`past ${MAX_STATES.toLocaleString('en-US')} executed-node sets the search turns greedy, even on a small graph`, () => {
    // x feeds k independent Softmax nodes joined by one Concat: 2^k sets of executed branches
    const wide = (k: number) => {
      const b = new GraphBuilder();
      const x = b.input('x', 'float32', [2]);
      const outs = Array.from({ length: k }, (_, i) => b.node('Softmax', [x], {}, { name: `b${i}`, outShapes: [[2]], outDType: 'float32' }));
      b.output(b.node('Concat', outs, { axis: 0 }, { name: 'cat', outShapes: [[2 * k]], outDType: 'float32' }));
      return b.graph;
    };
    // 2^13 = 8,192 sets fit, 2^16 = 65,536 do not (13 and 16 branches: 15 and 18 nodes)
    expect(2 ** 13).toBeLessThan(MAX_STATES);
    expect(2 ** 16).toBeGreaterThan(MAX_STATES);
    expect(planMemory(wide(13), { planner: 'st-time', search: true }).searchMethod).toBe('exact');
    expect(planMemory(wide(16), { planner: 'st-time', search: true }).searchMethod).toBe('greedy');
  });
});

describe("'best': the lower of a searched ST plan and a searched TFLite Micro plan", () => {
  it('takes TFLM\'s kernels when they need less scratch: a dense int8 layer has ST\'s int16 copy of its input, TFLM none', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 640]);
    b.output(b.node('Gemm', [x, b.constant('w', 'int8', [128, 640]), b.constant('bias', 'int32', [128])], { transB: 1 }, { name: 'fc', outShapes: [[1, 128]], outDType: 'int8' }));
    const st = planMemory(b.graph, { planner: 'st' });
    const tflm = planMemory(b.graph, { planner: 'tflm' });
    // ST: x 640 + out 128 + the widened input 640 x 2 = 1,280 (memory/scratch/st.ts); TFLM: 640 + 128
    expect(st.arenaBytes).toBe(640 + 128 + 1_280);
    expect(tflm.arenaBytes).toBe(640 + 128);
    const best = planMemory(b.graph, { planner: 'best' });
    expect(best.planner).toBe('best');
    expect(best.basis).toBe('tflm');
    expect(best.arenaBytes).toBe(640 + 128);
  });
});
