import type { Graph, Node } from '../ir/graph.js';

import type { PlannerProfile } from '../passes/pass.js';

/** 'st': ST Edge AI-like (4-byte sizes); 'tflm': TFLite Micro's GreedyMemoryPlanner. */
export { PLANNERS, type PlannerProfile } from '../passes/pass.js';

export type BufferKind = 'activation' | 'input' | 'output' | 'scratch';

/**
 * The SIMD extension a CPU's kernels are built for, which picks ST's kernel variants
 * (memory/scratch/st.ts): 'dsp' the Armv7E-M / Armv8-M DSP extension (Cortex-M4, M7, M33),
 * 'helium' the M-profile vector extension (Cortex-M55), 'none' (Cortex-M0+).
 */
export type CpuSimd = 'dsp' | 'helium' | 'none';

/** A buffer the planner must place: a tensor (or scratch area) and the steps it is alive. */
export interface BufferRequest {
  tensor: string;
  kind: BufferKind;
  /** Bytes after the profile's rounding (4 for st, 16 for tflm). */
  size: number;
  firstStep: number;
  lastStep: number;
}

export interface PlannedBuffer extends BufferRequest {
  offset: number;
}

export interface PersistentBuffer {
  tensor: string;
  size: number;
}

/** A layer whose output overlaps the input it consumed (memory/streaming.ts). */
export interface PlannedOverlap {
  node: string;
  input: string;
  output: string;
  /** The output starts at least this many bytes below the input. */
  lead: number;
  /** Bytes the two buffers share. */
  sharedBytes: number;
}

/** A Pad merged into the convolution that reads it: its output got no buffer (memory/pad-fold.ts). */
export interface PlannedFold {
  pad: string;
  into: string;
  /** The tensor the convolution reads instead (the Pad's input). */
  input: string;
  /** The padded tensor's bytes, not allocated. */
  savedBytes: number;
}

export interface MemoryPlan {
  planner: PlannerProfile;
  /** Peak offset + size over the planned buffers: the activations buffer. */
  arenaBytes: number;
  /**
   * Placed buffers. Steps: 'st' uses node indexes (graph inputs from 0, outputs to the last
   * node); 'tflm' uses TFLM's allocation scopes (0 before the first op, op i is scope i + 1).
   */
  buffers: PlannedBuffer[];
  /** Variable (state) tensors: alive for the whole run, outside the arena. */
  persistent: PersistentBuffer[];
  persistentBytes: number;
  /** I/O kept outside the arena (ioInsideActivations false): their bytes; 0 when inside. */
  inputsBytes: number;
  outputsBytes: number;
  /** arena + inputs + outputs (stedgeai's `ram (total)`); persistent bytes are reported apart. */
  ramTotalBytes: number;
  ioInsideActivations: boolean;
  /** Activation tensors left out because their size is unknown (symbolic shape). */
  unsized: string[];
  /** Control nodes whose largest subgraph's own plan is a scratch area (memory/nested.ts). */
  nested?: NestedScratch[];
  /** Layers whose output overlaps their consumed input (planners with overlap). */
  overlaps: PlannedOverlap[];
  /** Pads folded into their convolution. */
  folds: PlannedFold[];
  /** Node names in execution order (step order for 'nodes' steps). */
  order: string[];
  /** True when the order differs from the graph's (the 'best' planner's search). */
  reordered: boolean;
  /** Steps the runtime adds that the model's graph does not have (channel-first I/O Transposes). */
  addedSteps: { name: string; inputs: string[]; outputs: string[] }[];
  /** Graph inputs/outputs whose buffer is another tensor (integer I/O of a QDQ model): name -> tensor. */
  ioTensors: Record<string, string>;
  /** With `search`: whether the execution order was found exactly or greedily (memory/best.ts). */
  searchMethod?: 'exact' | 'greedy' | 'none';
  /** 'best' only: whose kernel rules (scratch, alignment, lifetimes) gave the lowest plan. */
  basis?: 'st' | 'tflm';
}

/** A control node's scratch area: the arena its largest subgraph needs on its own. */
export interface NestedScratch {
  node: string;
  subgraph: string;
  bytes: number;
}

/** Bytes of per-op scratch areas (im2col, softmax tables...). Returns 0 when the op needs none. */
export type ScratchSizeFn = (node: Node, graph: Graph) => number;

/**
 * Bytes of each scratch buffer an op's kernel requests (im2col, requantization data...), [] when
 * none. Each is planned on its own (rounded to the profile's alignment), alive during the op.
 */
export type KernelScratchFn = (node: Node, graph: Graph) => readonly number[];

export interface PlanOptions {
  planner?: PlannerProfile;
  /** Execution order as node indexes (a topological order); default: the graph's. */
  order?: readonly number[];
  /**
   * Search execution and offset orders under the planner's rules (memory/best.ts); always on for
   * 'best'. The analysis uses it for the "could be" figure under the target's own planner.
   */
  search?: boolean;
  /** Overrides the planner's overlap trait ('best' searches TFLM's rules with overlap). */
  overlap?: boolean;
  /** A nested graph (If/Loop body): its I/O are not the model's, no I/O conventions apply. */
  nested?: boolean;
  /** Default true: graph inputs/outputs live inside the activations buffer. */
  ioInsideActivations?: boolean;
  /**
   * Hook for per-op scratch buffers; default: none. A node with nested graphs gets its largest
   * subgraph's own arena added to it in any case (memory/nested.ts).
   */
  scratchSize?: ScratchSizeFn;
  /**
   * Kernel scratch buffers per op; default: the profile's rule table (memory/scratch.ts);
   * false: none (a tensor-only plan).
   */
  kernelScratch?: KernelScratchFn | false;
  /** The target CPU's SIMD extension, which picks ST's kernel variants (memory/scratch/st.ts); default 'dsp'. */
  simd?: CpuSimd;
}
