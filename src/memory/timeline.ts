/**
 * Where the peak is (METRICS.md "Memory timeline"): for each execution step, the layer that runs
 * and the bytes in use (the union of the live buffers' byte ranges, so an output overlapping its
 * input counts once); the peak step, its layer, and the tensors alive there with their role for
 * that layer.
 */
import type { Graph } from '../ir/graph.js';
import { plannerTraits } from './profiles.js';
import { dropEnded } from './place.js';
import type { MemoryPlan, PlannedBuffer } from './types.js';
import { compareNames } from '../ir/names.js';

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

/** Union of the buffers' byte ranges; `xs` is in offset order. */
function unionBytes(xs: readonly PlannedBuffer[]): number {
  let total = 0;
  let end = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const b = xs[i] as PlannedBuffer;
    const hi = b.offset + b.size;
    // Stryker disable next-line EqualityOperator: equivalent, a range ending exactly at `end` adds hi - max(lo, end) = 0
    if (hi <= end) continue;
    total += hi - Math.max(b.offset, end);
    end = hi;
  }
  return total;
}

/** Puts `b` into `live` (in offset order) after the buffers at its offset or below. */
function insertByOffset(live: PlannedBuffer[], b: PlannedBuffer): void {
  let i = live.length;
  live.push(b);
  for (; i > 0 && (live[i - 1] as PlannedBuffer).offset > b.offset; i--) live[i] = live[i - 1] as PlannedBuffer;
  live[i] = b;
}

/** The timeline step a buffer starts at: its first step, less the planner's shift (not below 0). */
function firstStepOf(b: PlannedBuffer, shift: number): number {
  return Math.max(b.firstStep - shift, 0);
}

/**
 * The buffers that live at some step, in the order they start (first step, then buffer order),
 * and the bytes in use at each step: a sweep over start and end steps that keeps one live list
 * (the lists of every step, kept until the peak was known, were most of the report's garbage on
 * a 100k-node graph). The live list is kept in offset order, so each step's union is one pass
 * over it (a sorted copy per step allocated 57 MiB on the 100k-node chain).
 */
function liveBytesByStep(buffers: readonly PlannedBuffer[], steps: number, shift: number): { starting: PlannedBuffer[]; bytes: number[] } {
  const start = (b: PlannedBuffer): number => firstStepOf(b, shift);
  // ties keep buffer order: Array.prototype.sort is stable (ES2019)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a buffer starting at or after the last step sorts last, where the sweep never reaches it, and the peak's filter leaves it out
  const starting = buffers.filter((b) => start(b) < steps && b.lastStep - shift >= 0).sort((a, b) => start(a) - start(b));
  const bytes: number[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, the first step's compaction drops anything the list starts with (no lastStep)
  const live: PlannedBuffer[] = [];
  let next = 0;
  for (let i = 0; i < steps; i++) {
    dropEnded(live, i + shift); // (lastStep - shift >= i)
    for (let b = starting[next]; b !== undefined && start(b) === i; b = starting[++next]) insertByOffset(live, b);
    bytes.push(unionBytes(live));
  }
  return { starting, bytes };
}

export function memoryTimeline(graph: Graph, plan: MemoryPlan): MemoryTimeline {
  const shift = plannerTraits(plan.planner).steps === 'scopes' ? 1 : 0;
  const { starting, bytes } = liveBytesByStep(plan.buffers, plan.order.length, shift);
  // one figure per step of the order (liveBytesByStep's length)
  const steps = plan.order.map((layer, i) => ({ layer, liveBytes: bytes[i] as number }));
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
  // alive at the peak: started at or before it, not yet ended
  const alive = starting.filter((b) => firstStepOf(b, shift) <= at && b.lastStep - shift >= at);
  const tensors = alive.sort((a, b) => b.size - a.size || compareNames(a.tensor, b.tensor)).map((b) => ({ tensor: b.tensor, role: role(b), bytes: b.size }));
  return { steps, peak: { step: at, layer: step.layer, liveBytes: step.liveBytes, tensors } };
}
