/**
 * What each memory planner does (METRICS.md "Activations"), in one table: alignment, how
 * lifetimes are counted, which kernels' scratch rules apply, whether a streaming layer may write
 * over the input it has consumed, and whether zero pads fold into the following convolution.
 * The search over execution and offset orders is an option of any planner (PlanOptions.search).
 */
import type { PlannerProfile } from '../passes/pass.js';

export interface PlannerTraits {
  /** Every buffer size is rounded up to this many bytes. */
  alignment: number;
  /** 'nodes': step i = node i (ST); 'scopes': TFLM's allocation scopes (op i = scope i + 1). */
  steps: 'nodes' | 'scopes';
  /** Which kernels' scratch rules apply (memory/scratch.ts). */
  scratch: 'st' | 'tflm';
  /** A streaming layer's output may overlap the part of its input it has consumed (memory/streaming.ts). */
  overlap: boolean;
  /** A zero Pad read only by a convolution gets no buffer (memory/pad-fold.ts). */
  foldPads: boolean;
  /** A convolution and the pooling that reads it run as one layer (memory/pool-fusion.ts). */
  fusePools: boolean;
  /** A QDQ model's I/O buffers are its int8 tensors (memory/boundary-qdq.ts). */
  integerIo: boolean;
  /** Channel-first I/O gets a transposed channel-last copy (memory/channel-first-io.ts). */
  channelFirstIo: boolean;
  /** A reshape of an input kept out of the activations reads the caller's buffer: no copy (memory/lifetimes.ts). */
  userViews: boolean;
  /**
   * 64-bit integer activations are stored as 32-bit: stedgeai has no 64-bit integer arrays (an
   * ONNX-ML classifier's int64 label and skl2onnx's Cast to int64 are S32 in its generated code:
   * svm.c, randomforest.c, METRICS.md "Classical ML (ONNX-ML)").
   */
  int64As32: boolean;
  /** One line for the reports. */
  label: string;
}

export const PLANNER_TRAITS: Readonly<Record<PlannerProfile, PlannerTraits>> = {
  st: {
    alignment: 4, steps: 'nodes', scratch: 'st', overlap: true, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
    label: 'st (ST Edge AI Core, default optimization: 4-byte aligned, zero pads folded, streaming layers overlap their input)',
  },
  'st-time': {
    alignment: 4, steps: 'nodes', scratch: 'st', overlap: false, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
    label: 'st-time (ST Edge AI Core -O time: 4-byte aligned, zero pads folded, no overlap)',
  },
  tflm: {
    alignment: 16, steps: 'scopes', scratch: 'tflm', overlap: false, foldPads: false, fusePools: false, integerIo: false, channelFirstIo: false, userViews: false, int64As32: false,
    label: 'tflm (TFLite Micro greedy, 16-byte aligned)',
  },
  // 'best' runs 'st' and 'tflm' with search and overlap and keeps the lower (memory/plan.ts);
  // these traits describe its 'st' basis.
  best: {
    alignment: 4, steps: 'nodes', scratch: 'st', overlap: true, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
    label: 'best (lowest of a searched ST plan and a searched TFLite Micro plan, streaming overlap)',
  },
};

export function plannerTraits(p: PlannerProfile): PlannerTraits {
  return PLANNER_TRAITS[p];
}
