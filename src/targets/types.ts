/**
 * A target as data (TARGETS.md): compute units in preference order, each with the rules that
 * decide which operators it accepts, memory pools, and the runtime's planner profile. Target files
 * (built-in JSON or a user's `--target ./my-board.json`) are validated into these types by
 * `validate.ts`; the rule predicates themselves are code (`rules/*.ts`), named by `rule`.
 */
import type { OpKind } from '../ir/op-kinds.js';
import type { PlannerProfile } from '../memory/types.js';

/** A rule's parameter as written in the target file; each rule says which form it takes. */
export type RuleLimit = number | string | number[] | string[];

/** One rule applied to an operator: `{ "rule": "stride-range", "limit": [1, 3] }`. */
export interface RuleRef {
  /** Name of a predicate in rules/index.ts. */
  rule: string;
  limit?: RuleLimit;
  /** 'error' (default): a failure refuses the unit. 'warning': reported, the unit still accepts. */
  severity?: 'error' | 'warning';
  /** Only in `common`: operators the rule does not apply to. */
  except?: OpKind[];
  /** A note shown in the supported-ops docs (where the limit comes from, what is estimated). */
  note?: string;
  /** The attribute a generic attribute rule reads (`attr-in`, `attr-absent`): `"auto_pad"`. */
  attr?: string;
  /** The fix this target's toolchain offers, replacing the rule's own (a vendor optimizer's rewrite). */
  hint?: string;
}

export type UnitKind = 'npu' | 'cpu';

/**
 * How long a unit takes (METRICS.md "Latency"): a CPU by its core's kernel rates (targets/cores.ts)
 * at its clock; an accelerator by the slowest of its MAC rate and its memory traffic (with its source).
 */
export type UnitCost = CpuCost | AcceleratorCost;

export interface CpuCost {
  core: string;
  clockHz: number;
}

/**
 * An accelerator's layer time: the longest of its MACs at `macsPerSecond` x `utilization`, its
 * weights read at `weightBytesPerSecond` and its input and output at `activationBytesPerSecond`,
 * plus `perLayerCycles` at `clockHz` (each term only when given).
 */
export interface AcceleratorCost {
  macsPerSecond: number;
  utilization?: number;
  weightBytesPerSecond?: number;
  activationBytesPerSecond?: number;
  perLayerCycles?: number;
  clockHz?: number;
  /** A fixed time per layer in microseconds, fitted with `macsPerSecond` on published latencies. */
  perLayerUs?: number;
  /**
   * Per NPU configuration (`npuMode`): an effective MAC rate and a fixed time per layer, fitted on
   * the vendor's published latencies; replaces `macsPerSecond` and the per-layer cycles.
   */
  perMode?: Record<string, { macsPerSecond: number; perLayerUs: number }>;
  /**
   * Whether a constant of this cost was fitted on published latencies (its `source` says which).
   * Absent: fitted when it has per-mode rates, a utilization or a time per layer.
   */
  fitted?: boolean;
  source: string;
}

export interface Unit {
  name: string;
  kind: UnitKind;
  description?: string;
  /** Rules applied to every operator this unit considers (dtype, rank, batch...). */
  common: RuleRef[];
  /**
   * Operators the unit accepts, each with its own rules (an empty list: accepted whenever the
   * common rules hold). `"*"` applies to any operator not listed; without it, an unlisted
   * operator is refused with the `op-listed` reason.
   */
  rules: Partial<Record<OpKind | '*', RuleRef[]>>;
  /** The latency model of this unit; absent: not estimated. */
  cost?: UnitCost;
}

export type PoolAccess = 'rw' | 'ro';
export type PoolUse = 'activations' | 'weights';

export interface Pool {
  name: string;
  /** Bytes; undefined for an unbounded pool (stedgeai's `{"name": "default"}`). */
  size?: number;
  /** Bytes the placement may use (defaults to size). */
  usableSize?: number;
  address?: number;
  access: PoolAccess;
  /** What the pool may hold; in the target's order of preference. */
  use: PoolUse[];
  /** Off-chip memory (PSRAM, external flash): activations placed here are flagged as a spill. */
  external?: boolean;
  description?: string;
}

export interface Source {
  title: string;
  url: string;
}

/**
 * The vendor toolchain a target estimates, and the words its users read: `pulsar2` reports NPU and
 * CPU subgraphs (`subgraph [0], type: GraphType.NPU`), `kneron` CPU nodes; without a vocabulary,
 * epochs (ST Neural-ART, Vela).
 */
export interface Toolchain {
  name: string;
  /** The toolchain version the operator table comes from. */
  version: string;
  vocabulary?: 'pulsar2' | 'kneron';
}

export interface Target {
  name: string;
  description: string;
  /** One line, shown once in reports: an estimate of the vendor compiler, not the vendor compiler. */
  disclaimer: string;
  sources: Source[];
  /** The runtime's memory planner profile. */
  planner: PlannerProfile;
  /** Buffer alignment in bytes inside a pool (16 for Ethos-U). */
  alignment: number;
  /** Compiler options the rules may read (`expand-softmax`...), all off unless set. */
  options: Record<string, boolean>;
  /** In preference order: NPU first, CPU last. */
  units: Unit[];
  /** In preference order for activations (fast internal SRAM first, external PSRAM last). */
  pools: Pool[];
  toolchain?: Toolchain;
  /** The NPU configuration compiled for (Pulsar2's `npu_mode`), one of `npuModes`. */
  npuMode?: string;
  npuModes?: string[];
}
