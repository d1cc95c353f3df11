/**
 * Cycles per MAC (and per element, per layer) of the CPU kernels, per Arm Cortex-M core
 * (METRICS.md "Latency"). One home for every constant and its origin.
 *
 * Cortex-M7: FITTED on the MLPerf Tiny v1.2 results of STMicroelectronics with X-CUBE-AI 9.0 on a
 * NUCLEO-H7A3ZI-Q at 280 MHz (kws 11.32 ms, vww 23.80 ms, resnet 40.84 ms, ad01 1.23 ms;
 * mlcommons/tiny_results_v1.2 @ cadb362): `fully-connected` from ad01 (all fully connected), the
 * three convolution rates from the other three models (an exact fit: three models, three rates).
 * Cortex-M4: the M7 rates times one factor, FITTED on ad01 on a NUCLEO-L4R5ZI at 120 MHz (5.26 ms)
 * and CHECKED on the other three models of that board (bench/latency.ts prints the ratios).
 * The per-layer and per-element costs are assumptions (a function call and a requantization),
 * not fitted. The other cores are NOT CALIBRATED (no published figure here): their rates are the
 * M4's or M7's scaled by their datapath, and reports say so.
 */

import type { Target } from './types.js';
import type { CpuSimd } from '../memory/types.js';

export type { CpuSimd } from '../memory/types.js';

/** The kernel family a layer runs on a CPU (latency/kinds.ts decides it from the layer). */
export type KernelKind = 'pointwise' | 'conv' | 'few-channels' | 'depthwise' | 'fully-connected' | 'elementwise';

export interface CoreCost {
  /** Cycles per MAC (per MACC unit for element-wise layers) of int8 kernels, per kernel family. */
  int8: Readonly<Record<KernelKind, number>>;
  /** The same for float32 kernels. */
  float: Readonly<Record<KernelKind, number>>;
  /** Fixed cycles per layer (kernel call, parameter setup). */
  perLayer: number;
  /** True when the rates were fitted on published board measurements of this core. */
  calibrated: boolean;
  /** Where the rates come from, in one line. */
  source: string;
  /** The SIMD extension ST's kernels are built for: it picks their scratch sizes (memory/scratch/st.ts). */
  simd: CpuSimd;
}


/** Per-layer cost: a kernel call and its setup (assumed, not fitted). */
const PER_LAYER = 1000;
/** Cycles per element of an element-wise int8 layer (load, requantize, store; assumed). */
const PER_ELEMENT = 4;

const M7_INT8: Record<KernelKind, number> = {
  pointwise: 0.503, conv: 0.725, depthwise: 0.725, 'few-channels': 5.888, 'fully-connected': 1.258, elementwise: PER_ELEMENT,
};
/** FITTED on ad01 on the L4R5 (5.26 ms at 120 MHz): its M4 rate over the M7's. */
export const M4_OVER_M7 = 1.858;

function scaled(r: Readonly<Record<KernelKind, number>>, k: number): Record<KernelKind, number> {
  return Object.fromEntries(Object.entries(r).map(([kind, v]) => [kind, Math.round(v * k * 1000) / 1000])) as Record<KernelKind, number>;
}

/** Float kernels: single-precision FMA without SIMD, about twice the int8 cycles (not calibrated). */
const FLOAT_OVER_INT8 = 2;

const M4_INT8 = scaled(M7_INT8, M4_OVER_M7);

export const CORES: Readonly<Record<string, CoreCost>> = {
  'cortex-m7': { int8: M7_INT8, float: scaled(M7_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: true, simd: 'dsp', source: 'fitted on MLPerf Tiny v1.2, X-CUBE-AI 9.0, NUCLEO-H7A3ZI-Q at 280 MHz' },
  'cortex-m4': { int8: M4_INT8, float: scaled(M4_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: true, simd: 'dsp', source: 'Cortex-M7 rates times a factor fitted on MLPerf Tiny v1.2 ad01, X-CUBE-AI 9.0, NUCLEO-L4R5ZI at 120 MHz' },
  // Same 3-stage pipeline and DSP extension as the M4.
  'cortex-m33': { int8: M4_INT8, float: scaled(M4_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: false, simd: 'dsp', source: 'not calibrated: the Cortex-M4 rates (same pipeline and DSP extension)' },
  // Helium (MVE) processes 16 int8 lanes per beat pair: taken as twice the M7's throughput.
  'cortex-m55': { int8: scaled(M7_INT8, 0.5), float: scaled(M7_INT8, 1), perLayer: PER_LAYER, calibrated: false, simd: 'helium', source: 'not calibrated: half the Cortex-M7 rates (Helium vector extension)' },
  // No DSP extension: one 32-bit MAC per cycle at best, no SIMD.
  'cortex-m0plus': { int8: scaled(M4_INT8, 3), float: scaled(M4_INT8, 30), perLayer: PER_LAYER, calibrated: false, simd: 'none', source: 'not calibrated: three times the Cortex-M4 rates (no DSP extension; float is emulated in software)' },
};

export const CORE_NAMES: readonly string[] = Object.keys(CORES);

/** The SIMD extension of the target's CPU (its first CPU unit with a known core); 'dsp' when none says. */
export function targetSimd(target: Pick<Target, 'units'>): CpuSimd {
  for (const u of target.units) {
    if (u.kind !== 'cpu' || !u.cost || !('core' in u.cost)) continue;
    const c = CORES[u.cost.core];
    if (c) return c.simd;
  }
  return 'dsp';
}
