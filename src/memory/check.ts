/**
 * The plan checker (METRICS.md: "Any plan must be checked"): no two buffers whose lifetimes
 * overlap may share bytes, except a layer's output over the input it consumed (plan.overlaps):
 * then the input must end its life where the output begins, and the output must start at least
 * `lead` bytes below the input. Every buffer lies inside the arena.
 */
import { FootprintError } from '../diagnostics/diagnostic.js';
import { dropEnded, lifetimesOverlap } from './place.js';
import type { PlannedBuffer, PlannedOverlap } from './types.js';

export type PlanProblem =
  | { kind: 'overlap'; a: PlannedBuffer; b: PlannedBuffer }
  | { kind: 'outside'; a: PlannedBuffer };

function bytesOverlap(a: PlannedBuffer, b: PlannedBuffer): boolean {
  return a.size > 0 && b.size > 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size;
}

/**
 * The allowed overlaps by input tensor: the first rule of each input, and the rules of an input
 * that already has one (rare: two outputs over one input) in a list. Keyed by the input's own
 * name, not by a string joining the pair: the 100k-node chain's 33k joined keys were 5 MiB made
 * and dropped for each plan checked. (Not place.ts's OverlapIndex, which pairs requests by index.)
 */
interface RulesByInput {
  first: Map<string, PlannedOverlap>;
  more: PlannedOverlap[];
}

function rulesByInput(list: readonly PlannedOverlap[]): RulesByInput {
  const index: RulesByInput = { first: new Map(), more: [] };
  for (const o of list) {
    if (index.first.has(o.input)) index.more.push(o);
    else index.first.set(o.input, o);
  }
  return index;
}

/** The rule letting `output` overlap `input`, if any. */
function ruleFor(index: RulesByInput, input: string, output: string): PlannedOverlap | undefined {
  const o = index.first.get(input);
  if (o === undefined || o.output === output) return o;
  return index.more.find((m) => m.input === input && m.output === output);
}

/**
 * Returns the first problem found, or undefined when the plan is sound. Sweeps by first step:
 * each buffer is compared with the buffers alive when it starts (every pair of overlapping
 * lifetimes meets that way), so checking costs the sum of live-set sizes.
 */
function allowed(a: PlannedBuffer, b: PlannedBuffer, overlaps: RulesByInput): boolean {
  const pair = (x: PlannedBuffer, y: PlannedBuffer) => {
    const o = ruleFor(overlaps, x.tensor, y.tensor);
    return o !== undefined && x.lastStep === y.firstStep && y.offset <= x.offset - o.lead;
  };
  return pair(a, b) || pair(b, a);
}

/** What a check reads of a plan (a report's memory section has it too). */
export interface CheckedPlan {
  arenaBytes: number;
  buffers: readonly PlannedBuffer[];
  overlaps?: readonly PlannedOverlap[];
}

export function checkPlan(plan: CheckedPlan): PlanProblem | undefined {
  const overlaps = rulesByInput(plan.overlaps ?? []);
  for (const a of plan.buffers) {
    if (a.offset < 0 || a.size < 0 || a.offset + a.size > plan.arenaBytes) return { kind: 'outside', a };
  }
  const byStart = [...plan.buffers].sort((x, y) => x.firstStep - y.firstStep);
  // Stryker disable next-line ArrayDeclaration: equivalent, a non-buffer seed has no lastStep and the first filter drops it
  const active: PlannedBuffer[] = [];
  // (indexed loops, the ended buffers dropped in place: run once per plan over every buffer, a
  // filtered copy and iterator results per buffer were 40 MB on a 100k-node graph)
  for (let i = 0; i < byStart.length; i++) {
    const b = byStart[i] as PlannedBuffer;
    // (this only prunes buffers whose lifetime ended; lifetimesOverlap tests every remaining pair again)
    dropEnded(active, b.firstStep);
    for (let j = 0; j < active.length; j++) {
      const a = active[j] as PlannedBuffer;
      if (bytesOverlap(a, b) && lifetimesOverlap(a, b) && !allowed(a, b, overlaps)) return { kind: 'overlap', a, b };
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
export function assertPlan(plan: CheckedPlan): void {
  const p = checkPlan(plan);
  if (p) throw new FootprintError('E_INTERNAL', `memory plan is invalid: ${describeProblem(p)}`);
}
