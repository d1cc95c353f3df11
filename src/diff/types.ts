/**
 * Types of the diff layer. The NPU-mapping fields (`unit`, `reasons`, `epochs`, `pools`) are not
 * in every Report: they are declared here as optional extensions and read only when present.
 */
import type { Report, ReportLayer } from '../report/types.js';
import type { PoolFamily } from '../mapping/family.js';

export type Unit = 'HW' | 'SW_INT' | 'SW_FLOAT' | 'unsupported';

/** A reason as the mapping writes it (`MappingReason`: the sentence in `message`), or plain text. */
export type ReasonLike = string | { readonly message: string; readonly hint?: string; readonly rule?: string; readonly unit?: string };

/**
 * A loose view of a layer with the NPU-mapping fields (all optional: CPU-only targets have none).
 * Every Report layer fits it; reasons may also be plain strings (tests, older reports).
 */
export interface MappedLayer extends Omit<ReportLayer, 'unit' | 'reasons'> {
  unit?: Unit;
  reasons?: readonly ReasonLike[];
  /** A fix hint for SW layers, when the mapping gives one (else the reasons' hints are used). */
  hint?: string;
}

export interface EpochCounts {
  total: number;
  hw: number;
  sw: number;
  /** Epochs no unit runs; counted with SW in the comment. */
  unsupported?: number;
  /** False for CPU-only targets: then the epochs are ignored. */
  shown?: boolean;
  list?: unknown[];
}

/** Per-pool usage (the mapping's PoolUsage); `used`/`usable`/`size` accepted as aliases. */
export interface PoolUsage {
  name: string;
  usedBytes?: number;
  /** null: an unbounded pool. */
  usableBytes?: number | null;
  used?: number;
  usable?: number;
  size?: number;
  external?: boolean;
}

/** A loose view of a Report with the mapping fields; every Report fits it. */
export interface MappedReport extends Omit<Report, 'layers' | 'epochs' | 'pools'> {
  layers: MappedLayer[];
  epochs?: EpochCounts;
  /** The pool usage list, or the mapping's PoolsResult holding it (with the buffers no pool could hold). */
  pools?: PoolUsage[] | { pools: PoolUsage[]; unplaced?: readonly UnplacedBuffer[] };
}

/** A buffer no memory pool could hold (the mapping's `pools.unplaced`): `kind` 'weights' or an activation's kind. */
export interface UnplacedBuffer {
  tensor: string;
  size: number;
  kind: string;
}

/** One metric, base vs head. `pct` is undefined when base is 0 or either side is missing. */
export interface MetricDelta {
  base: number | undefined;
  head: number | undefined;
  delta: number;
  pct: number | undefined;
}

export interface TotalsDiff {
  weightsBytes: MetricDelta;
  activationsBytes: MetricDelta;
  ramTotalBytes: MetricDelta;
  macc: MetricDelta;
  params: MetricDelta;
  inputsBytes: MetricDelta;
  outputsBytes: MetricDelta;
  /** I/O tensor bytes (sum of the declared inputs and outputs, wherever they live). */
  ioBytes: MetricDelta;
  /** The estimated latency, when the target estimates one (milliseconds). */
  latencyMs?: MetricDelta;
  epochsTotal?: MetricDelta;
  epochsHw?: MetricDelta;
  epochsSw?: MetricDelta;
  /** Targets that speak a vendor's words (Pulsar2 subgraphs, Kneron CPU nodes): the head's vocabulary. */
  partition?: {
    vocabulary: 'pulsar2' | 'kneron';
    npuSubgraphs: MetricDelta;
    cpuSubgraphs: MetricDelta;
    cpuNodes: MetricDelta;
  };
}

export interface PoolDiff {
  name: string;
  used: MetricDelta;
  /** Usable bytes at head (else base); undefined for an unbounded pool. */
  usableBytes: number | undefined;
}

export interface LayerRef {
  name: string;
  /** The name in the file, when the report shows another one (the layers are matched by it). */
  originalName?: string;
  op: string;
  macc: number;
  weightsBytes: number;
  outputBytes: number;
}

export interface LayerChange {
  name: string;
  baseOp: string;
  headOp: string;
  opChanged: boolean;
  macc: MetricDelta;
  weightsBytes: MetricDelta;
  /** Output tensor bytes: the layer's share of activation RAM. */
  outputBytes: MetricDelta;
  shapeChanged: boolean;
  baseShape: readonly (number | string)[] | null;
  headShape: readonly (number | string)[] | null;
  baseDtype: string;
  headDtype: string;
}

export interface MovedOp {
  name: string;
  op: string;
  from: Unit | undefined;
  to: Unit;
  direction: 'toSW' | 'toHW' | 'other';
  reasons: string[];
  hint?: string;
  /** True when the layer is new at head (so "moved" means "added as SW"). */
  added: boolean;
}

export interface OpCountChange {
  op: string;
  base: number;
  head: number;
}

export interface IoSignature {
  name: string;
  dtype: string;
  shape: readonly (number | string)[] | null;
  quant: { scale: number; zeroPoint: number } | null;
}

export interface IoChange {
  kind: 'input' | 'output';
  index: number;
  change: 'added' | 'removed' | 'changed';
  fields: ('name' | 'dtype' | 'shape' | 'quant')[];
  base?: IoSignature;
  head?: IoSignature;
}

/** Why the activations changed (METRICS.md "Memory timeline"): the peak on each side. */
export interface PeakChange {
  /** `file`: the layer's name in the model file (the shown names follow positions). */
  base: { layer: string; file: string; liveBytes: number } | null;
  head: { layer: string; file: string; liveBytes: number } | null;
  /** True when the peak is at another layer at head. */
  moved: boolean;
  /** Tensors alive at both peaks (same name) whose size changed, largest change first. */
  grown: { tensor: string; base: number; head: number }[];
}

export interface ModelDiff {
  /** 'added' (no base), 'removed' (no head), 'changed' or 'same' (both, compared), 'none'. */
  kind: 'added' | 'removed' | 'changed' | 'same' | 'none';
  totals: TotalsDiff;
  pools: PoolDiff[];
  /** Layers present on both sides with a difference, largest first (RAM, then MACC, then weights). */
  layers: LayerChange[];
  addedLayers: LayerRef[];
  removedLayers: LayerRef[];
  /** Operator types whose count changed (new types have base 0, removed types head 0). */
  opCounts: OpCountChange[];
  moved: MovedOp[];
  io: IoChange[];
  /** Present when both sides carry a memory timeline (report schema 1.1). */
  peak?: PeakChange;
  /** The head's "could be" arena from another order or placement, when lower. */
  couldBe?: { arenaBytes: number; reordered: boolean; pct: number };
}

// ---- comment input ----

export type EntryStatus = 'added' | 'modified' | 'renamed' | 'removed' | 'unchanged';

export interface CommentEntry {
  path: string;
  target: string;
  status: EntryStatus;
  oldPath?: string;
  base?: Report;
  head?: Report;
  baseError?: string;
  headError?: string;
  lfsNotFetched?: boolean;
  baseFromCache?: boolean;
}

export interface CommentInput {
  entries: CommentEntry[];
  budgets?: BudgetResult;
  /** Report key for the hidden marker `<!-- model-footprint:KEY -->`. */
  key: string;
  analyzerVersion: string;
  baseSha: string;
  headSha?: string;
  targets: string[];
  artifactUrl?: string;
  summaryUrl?: string;
  /** Default 65,536 (GitHub's limit on a comment body). */
  maxChars?: number;
  /** Problems with the result itself (a missing shard), shown under the verdict. */
  warnings?: string[];
}

export interface CommentOutput {
  markdown: string;
  /** 0: full; 1: no per-layer detail; 2: no per-model details; 3: summary table only, rows capped. */
  shortened: 0 | 1 | 2 | 3;
}

// ---- budgets ----

/** Bytes as a number, or a string: "1.5MB", "512KiB", "0x10000", "2048". */
export type SizeSpec = number | string;

export interface BudgetLimits {
  ramBytes?: SizeSpec;
  flashBytes?: SizeSpec;
  /** Per pool name: a limit on the pool's used bytes. */
  pools?: Record<string, SizeSpec>;
  /** A limit on the estimated latency, in milliseconds (models whose target estimates one). */
  latencyMs?: number;
  thresholds?: { ramPct?: number; flashPct?: number; maccPct?: number; latencyPct?: number };
}

export interface Budgets extends BudgetLimits {
  /** Per model glob (matched against the path): overrides the global limits for those models. */
  perModel?: Record<string, BudgetLimits>;
}

/**
 * What a limit is about: bytes (RAM, Flash, a pool) or milliseconds (latency). 'unplaced': the
 * buffers of one family (`holds`) that fit in no pool of the target; their bytes are `used`, against
 * a limit of 0 that no budget changes: a model that does not fit its pools never passes.
 */
export type BudgetKind = 'ram' | 'flash' | 'pool' | 'latency' | 'unplaced';

/** A limit's subject beyond its kind: the pool's name, or the family and count of unplaced buffers. */
export interface LimitSubject {
  pool?: string;
  holds?: PoolFamily;
  buffers?: number;
}

export interface BudgetExceeded extends LimitSubject {
  path: string;
  target: string;
  kind: BudgetKind;
  used: number;
  limit: number;
}

export interface Regression {
  path: string;
  target: string;
  metric: 'ram' | 'flash' | 'macc' | 'latency';
  base: number;
  head: number;
  pct: number;
  threshold: number;
}

export interface NewSwEpochs {
  path: string;
  target: string;
  base: number;
  head: number;
}

/** Headroom of one model x target against one limit (for the comment's bars): the limit, and how full it is. */
export interface BudgetUsage extends BudgetExceeded {
  /** used / limit, 0..n (1 = full). */
  ratio: number;
}

export interface BudgetResult {
  exceeded: BudgetExceeded[];
  regressions: Regression[];
  newSwEpochs: NewSwEpochs[];
  usage: BudgetUsage[];
}
