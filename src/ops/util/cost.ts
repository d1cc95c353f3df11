/** Cost helpers: MACC values are finite, non-negative and capped at 2^53 - 1. */
import type { Cost, OpRuleContext } from '../rule.js';
import { countOr0 } from './dims.js';

export function clampMacc(n: number): number {
  if (Number.isNaN(n) || n <= 0) return 0;
  return Math.min(Math.round(n), Number.MAX_SAFE_INTEGER);
}

export function cost(macc: number, pure = 0): Cost {
  return { macc: clampMacc(macc), pure: clampMacc(pure) };
}

export const ZERO_COST: Cost = Object.freeze({ macc: 0, pure: 0 });

/** Number of elements of output i (0 when unknown). */
export function outCount(ctx: OpRuleContext, i = 0): number {
  return countOr0(ctx.output(i)?.shape);
}

/** Number of elements of input i (0 when unknown). */
export function inCount(ctx: OpRuleContext, i = 0): number {
  return countOr0(ctx.input(i)?.shape);
}

/** Whether input i is present (not omitted with ''). */
export function hasInput(ctx: OpRuleContext, i: number): boolean {
  const name = ctx.node.inputs[i];
  return name !== undefined && name !== '';
}
