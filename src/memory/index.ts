export { planMemory, peakLiveBytes } from './plan.js';
export { checkPlan, assertPlan, describeProblem, type PlanProblem } from './check.js';
export { noScratch, noKernelScratch, kernelScratchRules } from './scratch.js';
export { tensorBytes } from './lifetimes.js';
export { liveBytesByStep } from './plan.js';
export { PLANNER_TRAITS, plannerTraits, type PlannerTraits } from './profiles.js';
export type { MemoryPlan, PlannedOverlap, PlannedFold, PlanOptions, PlannedBuffer, PlannerProfile, PersistentBuffer, BufferRequest, ScratchSizeFn, KernelScratchFn, NestedScratch } from './types.js';
