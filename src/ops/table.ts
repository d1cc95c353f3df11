/**
 * The operator table: one rule per OpKind (shape inference, MACC, constant folding). Rules live
 * in small files by family; this file only assembles them and adds the cost of a fused
 * activation (`node.activation`) to the node's default MACC (METRICS.md).
 */
import { hasTrait } from './traits.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { OP_KINDS, type OpKind } from '../ir/op-kinds.js';
import type { Cost, OpRule, OpRuleContext } from './rule.js';
import { ACTIVATION_RULES, activationFactor } from './activation.js';
import { CONTROL_RULES } from './control.js';
import { CONV_RULES } from './conv.js';
import { ELEMENTWISE_RULES } from './elementwise.js';
import { GATHER_RULES } from './gather.js';
import { GEMM_RULES } from './gemm.js';
import { INDEXING_RULES } from './indexing.js';
import { MISC_RULES } from './misc.js';
import { ML_RULES } from './ml.js';
import { MOVEMENT_RULES } from './movement.js';
import { NORMALIZATION_RULES } from './normalization.js';
import { POOL_RULES } from './pooling.js';
import { QUANT_RULES } from './quant.js';
import { RECURRENT_RULES } from './recurrent.js';
import { REDUCE_RULES } from './reduce.js';
import { RESIZE_RULES } from './resize.js';
import { SHAPE_MATH_RULES } from './shape-math.js';
import { STRIDED_SLICE_RULES } from './strided-slice.js';
import { ZERO_COST, clampMacc, outCount } from './util/cost.js';
import { ShapeError } from './util/dims.js';


/**
 * Default-mode MACC of an activation fused into a node: its factor times the node's output.
 * In a quantized (ss/sa) layer a fused Relu/Relu6/Clip is the requantization's clamp and costs 0,
 * as stedgeai's C model counts it (sww reference: conv2d_1 143,488 MACC, its nl_1_nl folded away).
 */
export function fusedActivationMacc(ctx: OpRuleContext): number {
  const act = ctx.node.activation;
  if (act === undefined) return 0;
  if (ctx.node.integer === true && hasTrait(act, 'clamp')) return 0;
  return activationFactor(act, ctx.node.integer === true) * outCount(ctx);
}

function withFusedActivation(rule: OpRule): OpRule {
  const base = rule.cost;
  return {
    ...rule,
    cost(ctx: OpRuleContext): Cost {
      let c: Cost;
      try {
        c = base(ctx);
      } catch (e: unknown) {
        // Inconsistent inputs: inference already reported them (W_SHAPE); the node counts 0.
        if (e instanceof ShapeError) return ZERO_COST;
        throw e;
      }
      const extra = fusedActivationMacc(ctx);
      // Stryker disable next-line ConditionalExpression: equivalent, adding 0 gives the same figures (c is already clamped)
      return extra === 0 ? c : { macc: clampMacc(c.macc + extra), pure: c.pure };
    },
  };
}

const ALL: OpRule[] = [
  ...CONV_RULES, ...GEMM_RULES, ...RECURRENT_RULES, ...POOL_RULES, ...REDUCE_RULES, ...NORMALIZATION_RULES,
  ...ELEMENTWISE_RULES, ...ACTIVATION_RULES, ...QUANT_RULES, ...MOVEMENT_RULES, ...INDEXING_RULES,
  ...GATHER_RULES, ...SHAPE_MATH_RULES, ...RESIZE_RULES, ...MISC_RULES, ...CONTROL_RULES, ...STRIDED_SLICE_RULES, ...ML_RULES,
];

/** The table of `rules`, refused unless it has exactly one rule for every operator kind. */
export function buildTable(rules: readonly OpRule[]): ReadonlyMap<OpKind, OpRule> {
  const m = new Map<OpKind, OpRule>();
  for (const r of rules) {
    if (m.has(r.kind)) throw new FootprintError('E_INTERNAL', `operator table: two rules for ${r.kind}`);
    m.set(r.kind, withFusedActivation(r));
  }
  const missing = OP_KINDS.filter((k) => !m.has(k));
  if (missing.length > 0) throw new FootprintError('E_INTERNAL', `operator table: no rule for ${missing.join(', ')}`);
  return m;
}

/** Every rule, by kind. */
export const RULES: ReadonlyMap<OpKind, OpRule> = buildTable(ALL);

export function getRule(kind: OpKind): OpRule {
  const r = RULES.get(kind) ?? RULES.get('Unknown');
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, buildTable() refuses a table without a rule for every kind, 'Unknown' included, so r is always found and this error never thrown
  if (!r) throw new FootprintError('E_INTERNAL', `operator table: no rule for ${kind}`);
  return r;
}
