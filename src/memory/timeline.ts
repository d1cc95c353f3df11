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
    // Stryker disable next-line EqualityOperator: equivalent, a range ending exactly at `end` adds hi - max(lo, end) = 0
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: equivalent, `starts` has a list for each step below `steps` only: `?.` skips a later start as the bound does, and below it the list exists
    if (s < steps && b.lastStep - shift >= 0) starts[s]?.push(b);
  }
  const out: PlannedBuffer[][] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, a non-buffer seed has no lastStep (NaN >= i is false) and the first filter drops it
  let live: PlannedBuffer[] = [];
  starts.forEach((begin, i) => {
    live = live.filter((b) => b.lastStep - shift >= i).concat(begin);
    out.push(live);
  });
  return out;
}

export function memoryTimeline(graph: Graph, plan: MemoryPlan): MemoryTimeline {
  const shift = plannerTraits(plan.planner).steps === 'scopes' ? 1 : 0;
  const alive = aliveByStep(plan.buffers, plan.order.length, shift);
  // one list of alive buffers per step of the order (aliveByStep's length)
  const steps = plan.order.map((layer, i) => ({ layer, liveBytes: unionBytes(alive[i] as PlannedBuffer[]) }));
  let at = -1;
  steps.forEach((s, i) => {
    // Stryker disable next-line OptionalChaining: equivalent, `at < 0` is tested first, so steps[at] exists when it is read
    if (at < 0 || s.liveBytes > (steps[at]?.liveBytes ?? 0)) at = i;
  });
  const step = steps[at];
  if (!step) return { steps, peak: null };
  const node = graph.nodes.find((n) => n.name === step.layer) ?? plan.addedSteps.find((n) => n.name === step.layer);
  const folded = new Map(plan.folds.map((f) => [f.into, f.input]));
  // Stryker disable next-line OptionalChaining,ArrayDeclaration,StringLiteral: equivalent, every step of `order` is a graph node or an added step, so node is found; an extra read name matches no buffer
  const reads = new Set([...(node?.inputs ?? []), ...(folded.has(step.layer) ? [folded.get(step.layer) ?? ''] : [])]);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every step of `order` is a graph node or an added step, so node is found
  const writes = new Set(node?.outputs ?? []);
  const role = (b: PlannedBuffer): PeakRole =>
    b.kind === 'scratch' && b.tensor.startsWith(`${step.layer}#`) ? 'scratch' : writes.has(b.tensor) ? 'output' : reads.has(b.tensor) ? 'input' : 'held';
  const tensors = [...(alive[at] as PlannedBuffer[])].sort((a, b) => b.size - a.size || a.tensor.localeCompare(b.tensor)).map((b) => ({ tensor: b.tensor, role: role(b), bytes: b.size }));
  return { steps, peak: { step: at, layer: step.layer, liveBytes: step.liveBytes, tensors } };
}
