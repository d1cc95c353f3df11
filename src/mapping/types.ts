/** Results of mapping a graph onto a target (TARGETS.md "The mapping decision"). */
import type { OpKind } from '../ir/op-kinds.js';
import type { Wrap } from './lowering.js';

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
  reasons: MappingReason[];
  /** Operators the compiler inserts before and after this layer (mapping/lowering.ts). */
  wrap?: Wrap;
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
  layers: LayerMapping[];
  warnings: MappingWarning[];
}
