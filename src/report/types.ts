/** The Report: one versioned, JSON-serialisable structure; schemas/report.schema.json documents it. */
import type { Category } from '../diagnostics/codes.js';
import type { Severity } from '../diagnostics/diagnostic.js';

// The Report owns its types (the versioned JSON contract): the analysis stages convert into them
// (src/analysis/build-report.ts), so their internals can change without changing the contract.

/** Where a layer runs on the target. */
export type ReportUnitClass = 'HW' | 'SW_INT' | 'SW_FLOAT' | 'unsupported';

/** One failing rule of one unit that refused a layer: the sentence, the value, the limit, the fix. */
export interface ReportReason {
  readonly unit: string;
  readonly rule: string;
  readonly message: string;
  readonly value: string | number;
  readonly limit: string;
  readonly hint?: string;
}

/** A warning rule that failed while the unit still accepted the layer (e.g. prime channel counts). */
export interface ReportWarning extends ReportReason {
  node: string;
}

/** One scheduling step of the target's runtime. */
export interface ReportEpoch {
  /** 1-based, in execution order. */
  id: number;
  unit: ReportUnitClass;
  nodes: readonly string[];
  ops: readonly string[];
  macc: number;
  /** Why the accelerator refused (SW and unsupported epochs); empty for HW epochs. */
  reasons: readonly ReportReason[];
  /** Set on an operator the compiler inserts around `nodes` (not in the file): what it is and why. */
  inserted?: string;
  /** Set on an activation fused into the layer in `nodes` that the target runs on its own (schema 1.3). */
  separated?: string;
}

/** One memory pool's use. */
export interface ReportPoolUsage {
  name: string;
  address?: number;
  access: 'rw' | 'ro';
  external: boolean;
  holds: ('activations' | 'weights')[];
  /** null for an unbounded pool. */
  usableBytes: number | null;
  usedBytes: number;
  /** used / usable * 100 (one decimal); null for an unbounded pool. */
  percent: number | null;
  buffers: number;
}

export const REPORT_SCHEMA_VERSION = '1.3';

export interface ReportTotals {
  params: number;
  paramsBytes: number;
  macc: number;
  maccPure: number;
  weightsBytes: number;
  floatWeightsBytes: number;
  quantParamsBytes: number;
  activationsBytes: number;
  /** Bytes of inputs held outside the activations buffer (0 when inputs live inside). */
  inputsBytes: number;
  outputsBytes: number;
  ramTotalBytes: number;
  persistentBytes: number;
  /** The estimated inference time in cycles of the target's CPU clock (report 1.3); null when a unit has no cost model. */
  cycles?: number | null;
  /** The estimated inference time in milliseconds at the target's clocks; null likewise. */
  latencyMs?: number | null;
}

export interface ReportLayer {
  /** The name the report shows (analysis/layer-names.ts: stedgeai's scheme for TFLite). */
  name: string;
  /** The name in the file, when the report shows another one; diffs match layers by it. */
  originalName?: string;
  op: string;
  sourceOp: string;
  /** null when unknown; symbolic dims stay strings. */
  outputShape: readonly (number | string)[] | null;
  dtype: string;
  params: number;
  macc: number;
  maccPure: number;
  weightsBytes: number;
  fused: readonly string[];
  connectedTo: readonly string[];
  activation: string | null;
  operationType: string;
  /**
   * Nested graphs (If branches, Loop/Scan bodies) with their own layers. The row's figures
   * include them: every subgraph's weights, each subgraph's MACC times its `repeat`.
   */
  subgraphs?: ReportSubgraph[];
  /** Where the target runs the layer: HW (accelerator), SW_INT / SW_FLOAT (CPU kernels), unsupported. */
  unit?: ReportUnitClass;
  /** The unit's name in the target file (e.g. 'neural-art', 'cortex-m55'); null when unsupported. */
  unitName?: string | null;
  /** Every rule that refused the layer on a preferred unit: value, limit, sentence and fix. */
  reasons?: readonly ReportReason[];
  /** Estimated cycles of the unit that runs the layer, at that unit's clock (null: not estimated). */
  cycles?: number | null;
  /** Estimated time in milliseconds (null: not estimated). */
  timeMs?: number | null;
}

export interface ReportSubgraph {
  /** The attribute holding the graph: then_branch, else_branch, body... */
  name: string;
  /** Times the subgraph's MACC counts in its node's row: 1 or 0 for If branches, the trip count for Loop. */
  repeat: number;
  layers: ReportLayer[];
}

export interface ReportIO {
  /** The tensor's name in the file (the model's interface). */
  name: string;
  /** The name the layer table uses for this input (stedgeai's spelling), when it differs. */
  layerName?: string;
  dtype: string;
  shape: (number | string)[] | null;
  /** null when the shape is not static. */
  bytes: number | null;
  quant: { scale: number; zeroPoint: number } | null;
  location: 'activations' | 'user';
}

export interface ReportOperationType {
  type: string;
  macc: number;
  /** Fraction of the total MACC, 0..1. */
  share: number;
}

/** The memory planners a report names (PLANNERS in passes/pass.ts; METRICS.md "Activations"). */
export type ReportPlanner = 'st' | 'st-time' | 'tflm' | 'best';

/** A planned buffer; the report shares the plan's own (readonly here). */
export interface ReportBuffer {
  readonly tensor: string;
  readonly kind: 'activation' | 'input' | 'output' | 'scratch';
  readonly offset: number;
  readonly size: number;
  readonly firstStep: number;
  readonly lastStep: number;
}

/** Where the peak is (METRICS.md "Memory timeline"). */
export interface ReportTimeline {
  /** Per execution step: the layer that runs and the bytes in use (live buffers, overlaps counted once). */
  steps: { layer: string; liveBytes: number }[];
  peak: {
    step: number;
    layer: string;
    liveBytes: number;
    tensors: { tensor: string; role: 'input' | 'output' | 'scratch' | 'held'; bytes: number }[];
  } | null;
}

export interface ReportMemory {
  planner: ReportPlanner;
  /** What the planner does, in one line. */
  plannerLabel: string;
  arenaBytes: number;
  ioInsideActivations: boolean;
  bufferCount: number;
  buffers: readonly ReportBuffer[];
  persistent: { tensor: string; size: number }[];
  unsized: string[];
  /** Layers whose output overwrote the part of their input they had consumed. */
  overlaps: { layer: string; input: string; output: string; sharedBytes: number }[];
  /** Pads merged into the convolution that reads them (no buffer). */
  folds: { pad: string; into: string; savedBytes: number }[];
  /** True when the plan runs the layers in another order than the file's. */
  reordered: boolean;
  timeline: ReportTimeline;
  /**
   * The lowest arena the search found under the same planner's rules (memory/best.ts), when it
   * is lower than this plan's; null otherwise. `reordered`: it needs another execution order.
   */
  couldBe: { arenaBytes: number; reordered: boolean } | null;
}

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  category: Category;
  message: string;
  node?: string;
}

export interface ReportOptions {
  planner: ReportPlanner;
  ioInsideActivations: boolean;
  inputShapes?: Record<string, number[]>;
}

/** The target the model was mapped onto (TARGETS.md). */
export interface ReportTarget {
  name: string;
  /** One line: the rules are an estimate of the vendor compiler, not the vendor compiler. */
  disclaimer: string;
  hasAccelerator: boolean;
  warnings: ReportWarning[];
  /** The vendor toolchain estimated: its name, the version its operator table comes from, its words. */
  toolchain?: { name: string; version: string; vocabulary?: 'pulsar2' | 'kneron' };
  /** The NPU configuration (Pulsar2's npu_mode). */
  npuMode?: string;
}

/** The latency estimate (METRICS.md "Latency"; report schema 1.3). */
export interface ReportLatency {
  /** One line: what it estimates. */
  estimate: string;
  /** The target's CPU clock, in hertz (totals.cycles counts it). */
  clockHz: number | null;
  timeMs: number | null;
  cycles: number | null;
  units: { name: string; kind: 'npu' | 'cpu'; layers: number; clockHz: number | null; cycles: number | null; timeMs: number | null; basis: string }[];
}

/** One NPU or CPU subgraph, in execution order (Pulsar2: `subgraph [i], type: GraphType.NPU`). */
export interface ReportPartitionPart {
  index: number;
  type: 'NPU' | 'CPU';
  layers: string[];
  ops: string[];
  macc: number;
}

/** An operator the NPU refused (a Kneron "CPU node"), with every reason. */
export interface ReportCpuNode {
  name: string;
  op: string;
  reasons: ReportReason[];
  /** The index of the CPU subgraph holding it. */
  subgraph: number;
  /** NPU subgraphs run before and after it: it cuts the NPU graph. */
  cuts: boolean;
  unsupported: boolean;
}

/** The partition in the vendor's words (targets with a `toolchain.vocabulary`; schema 1.3). */
export interface ReportPartition {
  vocabulary: 'pulsar2' | 'kneron';
  npuSubgraphs: number;
  cpuSubgraphs: number;
  npuMacc: number;
  cpuMacc: number;
  subgraphs: ReportPartitionPart[];
  cpuNodes: ReportCpuNode[];
}

/** Scheduling steps of the target's runtime; present only for targets with an accelerator. */
export interface ReportEpochs {
  total: number;
  hw: number;
  sw: number;
  unsupported: number;
  list: ReportEpoch[];
}

/** Activations and weights placed into the target's memory pools. */
export interface ReportPools {
  method: 'plan-offsets' | 'first-fit';
  pools: ReportPoolUsage[];
  /** True when any activation landed in external memory (PSRAM): slower inference. */
  spilled: boolean;
  spillPools: string[];
  unplaced: { tensor: string; size: number; kind: string }[];
  warnings: string[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  model: {
    path: string;
    /** The format's name in the format registry: 'onnx', 'tflite', 'keras'. */
    format: string;
    /** Graph name, else the file name without extension. */
    name: string;
    /** Main number format, as stedgeai's model_fmt: 'float', 'ss/sa per channel', 'ua/ua per tensor'... */
    fmt: string;
    /** null when the caller did not hash the file (--no-hash). */
    sha256: string | null;
    md5?: string;
    meta: Record<string, string | number>;
  };
  options: ReportOptions;
  totals: ReportTotals;
  layers: ReportLayer[];
  inputs: ReportIO[];
  outputs: ReportIO[];
  operationTypes: ReportOperationType[];
  memory: ReportMemory;
  /** The target mapping (always present from analyzeModel; absent in reports built without a target). */
  target?: ReportTarget;
  epochs?: ReportEpochs;
  partition?: ReportPartition;
  latency?: ReportLatency;
  pools?: ReportPools;
  diagnostics: ReportDiagnostic[];
}
