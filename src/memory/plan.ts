/**
 * Memory planning over tensor lifetimes (METRICS.md "Activations").
 *   const plan = planMemory(graph, { planner: 'tflm', ioInsideActivations: false });
 * Kernel scratch buffers come from the profile's rule table (memory/scratch.ts) unless
 * `kernelScratch` says otherwise. Every plan is checked before it is returned.
 */
import type { Graph } from '../ir/graph.js';
import { assertPlan } from './check.js';
import { collectRequests } from './lifetimes.js';
import { placeSt, placeTflm } from './place.js';
import { kernelScratchRules, noKernelScratch, noScratch } from './scratch.js';
import { withNestedScratch, type NestedNotes } from './nested.js';
import type { MemoryPlan, PlanOptions } from './types.js';

export function planMemory(graph: Graph, opts: PlanOptions = {}): MemoryPlan {
  const planner = opts.planner ?? 'st';
  const ioInside = opts.ioInsideActivations ?? true;
  const notes: NestedNotes = { nested: [], unsized: [] };
  const kernel = opts.kernelScratch === false ? noKernelScratch : (opts.kernelScratch ?? kernelScratchRules(planner));
  const scratch = withNestedScratch(opts.scratchSize ?? noScratch, { planner, kernelScratch: kernel }, planMemory, notes);
  const req = collectRequests(graph, planner, ioInside, scratch, kernel);
  const buffers = planner === 'tflm' ? placeTflm(req.requests) : placeSt(req.requests);
  const arenaBytes = buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
  const plan: MemoryPlan = {
    planner,
    arenaBytes,
    buffers,
    persistent: req.persistent,
    persistentBytes: req.persistent.reduce((s, p) => s + p.size, 0),
    inputsBytes: req.inputsBytes,
    outputsBytes: req.outputsBytes,
    ramTotalBytes: arenaBytes + req.inputsBytes + req.outputsBytes,
    ioInsideActivations: ioInside,
    unsized: [...req.unsized, ...notes.unsized],
  };
  if (notes.nested.length > 0) plan.nested = notes.nested;
  assertPlan(plan);
  return plan;
}

/** A lower bound for any plan: the largest total size of buffers alive at one step. */
export function peakLiveBytes(plan: Pick<MemoryPlan, 'buffers'>): number {
  const steps = new Set<number>();
  for (const b of plan.buffers) steps.add(b.firstStep);
  let peak = 0;
  for (const s of steps) {
    let sum = 0;
    for (const b of plan.buffers) if (b.firstStep <= s && s <= b.lastStep) sum += b.size;
    peak = Math.max(peak, sum);
  }
  return peak;
}
