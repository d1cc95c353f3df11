/**
 * Property test: random DAGs (seeded) -> every plan, of every planner and both I/O settings,
 * passes the checker and needs at least the bytes in use at any step.
 */
import { describe, expect, it } from 'vitest';
import { planMemory, peakLiveBytes } from '../../src/memory/plan.js';
import { checkPlan, describeProblem } from '../../src/memory/check.js';
import { memoryTimeline } from '../../src/memory/timeline.js';
import { PLANNERS } from '../../src/passes/pass.js';
import type { PlannedBuffer } from '../../src/memory/types.js';
import { randomGraph } from '../helpers/random-graph.js';
import { prng } from '../helpers/prng.js';


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
