/**
 * Property test: random DAGs (seeded) -> every plan, of every planner and both I/O settings,
 * passes the checker and needs at least the bytes in use at any step.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { planMemory, peakLiveBytes } from '../../src/memory/plan.js';
import { checkPlan, describeProblem } from '../../src/memory/check.js';
import { memoryTimeline } from '../../src/memory/timeline.js';
import { PLANNERS } from '../../src/passes/pass.js';
import type { DType } from '../../src/ir/dtype.js';
import type { PlannedBuffer } from '../../src/memory/types.js';
import { prng } from '../helpers/prng.js';


const DTYPES: DType[] = ['int8', 'float32', 'int16', 'float16'];

function randomGraph(seed: number): GraphBuilder {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const g = new GraphBuilder(`g${seed}`);
  const pool: string[] = [];
  const nInputs = int(1, 3);
  for (let i = 0; i < nInputs; i++) pool.push(g.input(`in${i}`, DTYPES[int(0, 3)] ?? 'int8', [int(1, 300)]));
  const nNodes = int(1, 20);
  const consumed = new Set<string>();
  for (let i = 0; i < nNodes; i++) {
    const k = int(1, Math.min(3, pool.length));
    const inputs = new Set<string>();
    // favour recent tensors so chains form, but reach back for long-lived ones too
    for (let j = 0; j < k; j++) inputs.add(pool[Math.max(0, pool.length - 1 - int(0, rnd() < 0.7 ? 2 : pool.length - 1))] ?? pool[0] ?? '');
    for (const x of inputs) consumed.add(x);
    const outs = int(1, 2);
    // half the single-output nodes keep their first input's element count: they may run in place
    const same = outs === 1 && rnd() < 0.5 ? g.get([...inputs][0] ?? '').shape : undefined;
    const out = g.node('Add', [...inputs], {}, { name: `n${i}`, outputs: outs, outShapes: Array.from({ length: outs }, () => (same ? [...same] : [int(0, 500)])), outDType: DTYPES[int(0, 3)] ?? 'int8' });
    pool.push(out);
    if (outs === 2) pool.push(`n${i}_out1`);
  }
  // every unconsumed node output is a graph output; plus a random extra one
  for (const t of pool) if (!consumed.has(t) && !g.graph.inputs.includes(t)) g.output(t);
  const extra = pool[int(nInputs, pool.length - 1)];
  if (extra && !g.graph.outputs.includes(extra)) g.output(extra);
  return g;
}

describe('memory plans of 200 random DAGs', () => {
  it('are sound, no smaller than the bytes in use at any step, and best is never above st or tflm', () => {
    let checked = 0;
    let overlapped = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const g = randomGraph(seed);
      for (const ioInsideActivations of [true, false]) {
        const arena: Partial<Record<(typeof PLANNERS)[number], number>> = {};
        for (const planner of PLANNERS) {
          const p = planMemory(g.graph, { planner, ioInsideActivations });
          const problem = checkPlan(p);
          expect(problem === undefined ? 'ok' : `seed ${seed} ${planner}: ${describeProblem(problem)}`).toBe('ok');
          // without overlaps every live buffer needs its own bytes; with them, the union of the live ranges
          expect(p.arenaBytes).toBeGreaterThanOrEqual(p.overlaps.length === 0 ? peakLiveBytes(p) : 0);
          if (p.overlaps.length > 0) overlapped++;
          expect(p.arenaBytes).toBeGreaterThanOrEqual(Math.max(0, ...memoryTimeline(g.graph, p).steps.map((s) => s.liveBytes)));
          expect(p.arenaBytes).toBeLessThanOrEqual(p.buffers.reduce((s, b) => s + b.size, 0));
          const align = planner === 'tflm' || p.basis === 'tflm' ? 16 : 4;
          for (const b of p.buffers) expect(b.size % align).toBe(0);
          arena[planner] = p.arenaBytes;
          checked++;
        }
        expect(arena.best).toBeLessThanOrEqual(Math.min(arena.st ?? Infinity, arena.tflm ?? Infinity));
      }
    }
    expect(checked).toBe(200 * 2 * PLANNERS.length);
    // the random Adds of equal sizes overlap in place often enough for the union bound to be exercised
    expect(overlapped).toBeGreaterThan(50);
  });
});

/** The obvious pairwise check the sweep in checkPlan must agree with. */
function bruteForceConflict(buffers: PlannedBuffer[]): boolean {
  for (let i = 0; i < buffers.length; i++) {
    for (let j = i + 1; j < buffers.length; j++) {
      const a = buffers[i];
      const b = buffers[j];
      if (!a || !b) continue;
      const time = a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
      const bytes = a.offset < b.offset + b.size && b.offset < a.offset + a.size;
      if (time && bytes) return true;
    }
  }
  return false;
}

describe('plan checker on scrambled plans', () => {
  it('agrees with a pairwise check (200 graphs, offsets scrambled)', () => {
    let conflicts = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed * 7919);
      const p = planMemory(randomGraph(seed).graph, { planner: seed % 2 ? 'st' : 'tflm' });
      for (const b of p.buffers) if (rnd() < 0.3) b.offset = Math.floor(rnd() * p.arenaBytes);
      const arenaBytes = p.buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
      const expected = bruteForceConflict(p.buffers);
      if (expected) conflicts++;
      expect(checkPlan({ arenaBytes, buffers: p.buffers }) !== undefined, `seed ${seed}`).toBe(expected);
    }
    // the scrambling must produce both outcomes for the comparison to mean anything
    expect(conflicts).toBeGreaterThan(20);
    expect(conflicts).toBeLessThan(200);
  });
});
