export { planMemory, peakLiveBytes } from './plan.js';
export { checkPlan, assertPlan, describeProblem, type PlanProblem } from './check.js';
export { noScratch, noKernelScratch, kernelScratchRules } from './scratch.js';
export { PROFILE_ALIGNMENT, tensorBytes } from './lifetimes.js';
export type { MemoryPlan, PlanOptions, PlannedBuffer, PlannerProfile, PersistentBuffer, BufferRequest, ScratchSizeFn, KernelScratchFn, NestedScratch } from './types.js';
