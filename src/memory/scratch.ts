/**
 * Per-op scratch buffers (METRICS.md "Activations"): the work areas a kernel needs while it runs
 * (im2col columns, per-channel requantization data, SVDF partial sums). Each profile has its rule
 * table: 'st' follows ST Edge AI Core's kernels (scratch/st.ts), 'tflm' TFLite Micro's reference
 * kernels (scratch/tflm.ts). Scratch buffers are planned like tensors, alive during their op only.
 *
 * `scratchSize` (ScratchSizeFn) is the older single-area hook that nested graphs add to
 * (memory/nested.ts); `kernelScratch` lists an op's separate buffers.
 */
import type { CpuSimd, KernelScratchFn, PlannerProfile, ScratchSizeFn } from './types.js';
import { stScratchRules } from './scratch/st.js';
import { plannerTraits } from './profiles.js';
import { tflmScratch } from './scratch/tflm.js';

export const noScratch: ScratchSizeFn = () => 0;

export const noKernelScratch: KernelScratchFn = () => [];

/** The profile's kernel scratch rules; ST's depend on the CPU's SIMD extension (default: DSP). */
// Stryker disable next-line StringLiteral: equivalent, only 'helium' changes ST's rules: any other default is the DSP table
export function kernelScratchRules(profile: PlannerProfile, simd: CpuSimd = 'dsp'): KernelScratchFn {
  return plannerTraits(profile).scratch === 'tflm' ? tflmScratch : stScratchRules(simd);
}
