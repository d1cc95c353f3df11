/** Pad operator limits (Kneron: no batch padding, spatial pads below 32, zero constant). */
import { padAmounts, padsWithZero } from '../../memory/pad-fold.js';
import { formatLimit, input, num, type RuleDef, type TargetRuleContext, who } from './types.js';

function pads(ctx: TargetRuleContext): { pads: number[]; rank: number } | undefined {
  const rank = input(ctx, 0)?.shape?.length;
  // Stryker disable next-line ConditionalExpression: equivalent, as false: padAmounts compares the pads' length with 2 x rank, NaN for an unknown rank, and finds none
  if (rank === undefined) return undefined;
  const p = padAmounts(ctx.graph, ctx.node, rank);
  return p ? { pads: p, rank } : undefined;
}

/** The batch axis: 0 in both layouts. */
export const padNoBatch: RuleDef = {
  id: 'pad-no-batch',
  limitForm: 'none',
  doc: () => 'The batch axis must not be padded.',
  check(ctx) {
    const p = pads(ctx);
    if (!p || rank0(p) === 0) return undefined;
    return { value: `batch pads ${p.pads[0] ?? 0},${p.pads[p.rank] ?? 0}`, limit: 'no batch padding', message: `${who(ctx.node)}: pads the batch axis (${p.pads[0] ?? 0} before, ${p.pads[p.rank] ?? 0} after); ${ctx.unit.name} pads the other axes only.` };
  },
};

function rank0(p: { pads: number[]; rank: number }): number {
  return Math.abs(p.pads[0] ?? 0) + Math.abs(p.pads[p.rank] ?? 0);
}

export const padMax: RuleDef = {
  id: 'pad-max',
  limitForm: 'number',
  doc: (l) => `Every pad amount must be at most ${formatLimit(l)}.`,
  check(ctx) {
    const max = num(ctx.limit, 31);
    const p = pads(ctx);
    const big = p?.pads.find((x) => x > max);
    if (big === undefined) return undefined;
    return { value: big, message: `${who(ctx.node)}: pads ${big} elements on one side; ${ctx.unit.name} pads at most ${max}.`, hint: 'Pad in two steps, or pad inside the convolution that follows.' };
  },
};

export const padZeroConstant: RuleDef = {
  id: 'pad-zero-constant',
  limitForm: 'none',
  doc: () => 'The Pad must be constant mode with the value 0.',
  check(ctx) {
    if (padsWithZero(ctx.graph, ctx.node)) return undefined;
    const mode = ctx.node.attrs['mode'];
    const what = typeof mode === 'string' && mode !== 'constant' ? `mode ${mode}` : 'a non-zero (or computed) constant value';
    return { value: what, limit: 'constant 0', message: `${who(ctx.node)}: pads with ${what}; ${ctx.unit.name} pads with zeros only.` };
  },
};
