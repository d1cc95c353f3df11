/** Results of mapping a graph onto a target (TARGETS.md "The mapping decision"). */
import type { OpKind } from '../ir/op-kinds.js';
import type { Wrap } from './lowering.js';
import type { Toolchain } from '../targets/types.js';

/** HW: the accelerator; SW_INT / SW_FLOAT: the CPU's integer / float kernels; unsupported: no unit. */
export type UnitClass = 'HW' | 'SW_INT' | 'SW_FLOAT' | 'unsupported';

/** One failing rule of one unit that refused the layer. */
export interface MappingReason {
  unit: string;
  rule: string;
  /** The sentence a user reads: operator, offending value, limit. */
  message: string;
  value: string | number;
  limit: string;
  hint?: string;
}

export interface LayerMapping {
  name: string;
  op: OpKind;
  unit: UnitClass;
  /** The unit that runs it; null when unsupported. */
  unitName: string | null;
  /** Every failing rule of every unit tried before the accepting one (all of them when unsupported). */
  reasons: readonly MappingReason[];
  /** Operators the compiler inserts before and after this layer (mapping/lowering.ts). */
  wrap?: Wrap;
  /**
   * Targets with `split-fused-activations`: the activation our optimizer fused into this layer,
   * when the target runs it as its own operator on another unit (the layer itself runs on `unit`).
   */
  splitActivation?: SplitActivation;
}

export interface SplitActivation {
  op: OpKind;
  unit: UnitClass;
  unitName: string | null;
  reasons: readonly MappingReason[];
}

/** A rule with severity 'warning' that failed (the unit still accepted), e.g. prime channel counts. */
export interface MappingWarning extends MappingReason {
  node: string;
}

export interface Mapping {
  target: string;
  /** One line: an estimate of the vendor compiler, not the vendor compiler. */
  disclaimer: string;
  /** True when the target has an accelerator (epochs are shown only then). */
  hasAccelerator: boolean;
  /** The vendor toolchain the target estimates (its version, the words its users read). */
  toolchain?: Toolchain;
  /** The NPU configuration compiled for (Pulsar2's npu_mode). */
  npuMode?: string;
  layers: LayerMapping[];
  warnings: MappingWarning[];
}
