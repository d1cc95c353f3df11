/**
 * The plan checker (METRICS.md: "Any plan must be checked"): no two buffers whose lifetimes
 * overlap may share bytes, and every buffer lies inside the arena.
 */
import { FootprintError } from '../diagnostics/diagnostic.js';
import { lifetimesOverlap } from './place.js';
import type { MemoryPlan, PlannedBuffer } from './types.js';

export type PlanProblem =
  | { kind: 'overlap'; a: PlannedBuffer; b: PlannedBuffer }
  | { kind: 'outside'; a: PlannedBuffer };

function bytesOverlap(a: PlannedBuffer, b: PlannedBuffer): boolean {
  return a.size > 0 && b.size > 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size;
}

/**
 * Returns the first problem found, or undefined when the plan is sound. Sweeps by first step:
 * each buffer is compared with the buffers alive when it starts (every pair of overlapping
 * lifetimes meets that way), so checking costs the sum of live-set sizes.
 */
export function checkPlan(plan: Pick<MemoryPlan, 'arenaBytes' | 'buffers'>): PlanProblem | undefined {
  for (const a of plan.buffers) {
    if (a.offset < 0 || a.size < 0 || a.offset + a.size > plan.arenaBytes) return { kind: 'outside', a };
  }
  const byStart = [...plan.buffers].sort((x, y) => x.firstStep - y.firstStep);
  let active: PlannedBuffer[] = [];
  for (const b of byStart) {
    active = active.filter((a) => a.lastStep >= b.firstStep);
    for (const a of active) {
      if (bytesOverlap(a, b) && lifetimesOverlap(a, b)) return { kind: 'overlap', a, b };
    }
    active.push(b);
  }
  return undefined;
}

export function describeProblem(p: PlanProblem): string {
  const show = (b: PlannedBuffer) => `'${b.tensor}' [${b.offset}, ${b.offset + b.size}) steps ${b.firstStep}..${b.lastStep}`;
  return p.kind === 'overlap'
    ? `buffers share bytes while both alive: ${show(p.a)} and ${show(p.b)}`
    : `buffer outside the arena: ${show(p.a)}`;
}

/** Throws an internal error naming the conflicting buffers when the plan is unsound. */
export function assertPlan(plan: Pick<MemoryPlan, 'arenaBytes' | 'buffers'>): void {
  const p = checkPlan(plan);
  if (p) throw new FootprintError('E_INTERNAL', `memory plan is invalid: ${describeProblem(p)}`);
}
