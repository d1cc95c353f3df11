/**
 * Where the peak is (METRICS.md "Memory timeline"): for each execution step, the layer that runs
 * and the bytes in use (the union of the live buffers' byte ranges, so an output overlapping its
 * input counts once); the peak step, its layer, and the tensors alive there with their role for
 * that layer.
 */
import type { Graph } from '../ir/graph.js';
import { plannerTraits } from './profiles.js';
import type { MemoryPlan, PlannedBuffer } from './types.js';

export type PeakRole = 'input' | 'output' | 'scratch' | 'held';

export interface TimelineStep {
  layer: string;
  liveBytes: number;
}

export interface MemoryTimeline {
  steps: TimelineStep[];
  peak: {
    step: number;
    layer: string;
    liveBytes: number;
    /** Alive at the peak, largest first: read by the layer, written by it, its scratch, or held for a later layer. */
    tensors: { tensor: string; role: PeakRole; bytes: number }[];
  } | null;
}

/** Union of byte ranges. */
function unionBytes(xs: readonly PlannedBuffer[]): number {
  const r = xs.map((b) => [b.offset, b.offset + b.size] as const).sort((p, q) => p[0] - q[0]);
  let total = 0;
  let end = -Infinity;
  for (const [lo, hi] of r) {
    if (hi <= end) continue;
    total += hi - Math.max(lo, end);
    end = hi;
  }
  return total;
}

/** The buffers alive at each step, by a sweep over start and end steps. */
function aliveByStep(buffers: readonly PlannedBuffer[], steps: number, shift: number): PlannedBuffer[][] {
  const starts: PlannedBuffer[][] = Array.from({ length: steps }, () => []);
  for (const b of buffers) {
    const s = Math.max(b.firstStep - shift, 0);
    if (s < steps && b.lastStep - shift >= 0) starts[s]?.push(b);
  }
  const out: PlannedBuffer[][] = [];
  let live: PlannedBuffer[] = [];
  for (let i = 0; i < steps; i++) {
    live = live.filter((b) => b.lastStep - shift >= i).concat(starts[i] ?? []);
    out.push(live);
  }
  return out;
}

export function memoryTimeline(graph: Graph, plan: MemoryPlan): MemoryTimeline {
  const shift = plannerTraits(plan.planner).steps === 'scopes' ? 1 : 0;
  const alive = aliveByStep(plan.buffers, plan.order.length, shift);
  const steps = plan.order.map((layer, i) => ({ layer, liveBytes: unionBytes(alive[i] ?? []) }));
  let at = -1;
  steps.forEach((s, i) => {
    if (at < 0 || s.liveBytes > (steps[at]?.liveBytes ?? 0)) at = i;
  });
  const step = steps[at];
  if (!step) return { steps, peak: null };
  const node = graph.nodes.find((n) => n.name === step.layer) ?? plan.addedSteps.find((n) => n.name === step.layer);
  const folded = new Map(plan.folds.map((f) => [f.into, f.input]));
  const reads = new Set([...(node?.inputs ?? []), ...(folded.has(step.layer) ? [folded.get(step.layer) ?? ''] : [])]);
  const writes = new Set(node?.outputs ?? []);
  const role = (b: PlannedBuffer): PeakRole =>
    b.kind === 'scratch' && b.tensor.startsWith(`${step.layer}#`) ? 'scratch' : writes.has(b.tensor) ? 'output' : reads.has(b.tensor) ? 'input' : 'held';
  const tensors = [...(alive[at] ?? [])].sort((a, b) => b.size - a.size || a.tensor.localeCompare(b.tensor)).map((b) => ({ tensor: b.tensor, role: role(b), bytes: b.size }));
  return { steps, peak: { step: at, layer: step.layer, liveBytes: step.liveBytes, tensors } };
}
