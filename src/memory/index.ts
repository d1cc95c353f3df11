export { planMemory, planAndSearch, peakLiveBytes } from './plan.js';
export { checkPlan, assertPlan, describeProblem, type PlanProblem } from './check.js';
export { noScratch, noKernelScratch, kernelScratchRules } from './scratch.js';
export { tensorBytes } from './lifetimes.js';
export { memoryTimeline, type MemoryTimeline, type TimelineStep, type PeakRole } from './timeline.js';
export { PLANNER_TRAITS, plannerTraits, type PlannerTraits } from './profiles.js';
export type { MemoryPlan, PlannedOverlap, PlannedFold, PlanOptions, PlannedBuffer, PlannerProfile, PersistentBuffer, BufferRequest, ScratchSizeFn, KernelScratchFn, NestedScratch } from './types.js';
