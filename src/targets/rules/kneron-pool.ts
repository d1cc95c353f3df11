/**
 * Kneron's pooling conditions (document_center operators.md, footnotes 2, 3, 4, 24, 25): a MaxPool
 * or AveragePool runs on the NPU when it matches one of the listed forms. `limit` names the chip
 * family whose footnote applies: kl520, kl720 (also KL530/KL630 for AveragePool), kl530 (KL630),
 * kl730.
 */
import { kernelOf, stridesOf } from './conv.js';
import { type RuleDef, type TargetRuleContext, who } from './types.js';

const FAMILIES = ['kl520', 'kl720', 'kl530', 'kl730'] as const;
type Family = (typeof FAMILIES)[number];

interface Pool {
  k: number[];
  s: number[];
  dil1: boolean;
  ceil0: boolean;
  cip0: boolean;
  avg: boolean;
}

const all = (a: number[], f: (x: number) => boolean) => a.length > 0 && a.every(f);

/** A named form: the words of the footnote, and its test. */
interface Form {
  words: string;
  /** Absent for a form another one of the same list always includes: it is named, never decides. */
  test?(p: Pool): boolean;
}

const kernel1: Form = { words: 'kernel 1 with stride > 1', test: (p) => p.ceil0 && p.dil1 && all(p.k, (x) => x === 1) && all(p.s, (x) => x > 1) };
/**
 * Named in every list, as the footnotes list it, but never the one that decides: a MaxPool that
 * matches it has a kernel above 3 (bigKernel), an AveragePool a square stride above 3 with
 * count_include_pad 0 (bigStride).
 */
const pow2: Form = { words: 'kernel = stride = n x n with n a power of 2 above 3' };
const bigKernel: Form = { words: 'kernel above 3', test: (p) => !p.avg && p.ceil0 && all(p.k, (x) => x > 3) };
const bigStride: Form = { words: 'square stride s x s with s > 3 (count_include_pad 0)', test: (p) => p.avg && p.ceil0 && p.cip0 && p.s.length === 2 && p.s[0] === p.s[1] && (p.s[0] ?? 0) > 3 };

/** 2-D k x k kernel, s x s stride, with kMin <= k <= 3 and s <= k (KL520 and KL720 MaxPool). */
function squareUpTo3(kMin: number): Form {
  return {
    words: `k x k kernel, s x s stride, ${kMin} <= k <= 3, s <= k`,
    test: (p) => p.dil1 && p.k.length === 2 && p.k[0] === p.k[1] && p.s[0] === p.s[1] && (p.k[0] ?? 0) >= kMin && (p.k[0] ?? 0) <= 3 && (p.s[0] ?? 0) <= (p.k[0] ?? 0),
  };
}

/** KL530/KL630/KL730 (and KL720 AveragePool): k x k / s x s up to 3, or one axis 1 and the other up to 3. */
function smallForms(allow1D: boolean): Form {
  return {
    words: `k x k kernel and s x s stride with k, s <= 3; or kernel and stride 1 on one axis, kernel = stride <= 3 on the other${allow1D ? ' (1-D pools too)' : ''}`,
    test: (p) => {
      if (!p.dil1) return false;
      if (p.k.length === 1) return allow1D && (p.k[0] ?? 0) <= 3 && (p.s[0] ?? 0) <= 3;
      if (p.k.length !== 2) return false;
      const [kh, kw] = p.k as [number, number];
      const [sh, sw] = [p.s[0] ?? 1, p.s[1] ?? 1];
      if (kh === kw && sh === sw && kh <= 3 && sh <= 3) return true;
      if (kw === 1 && sw === 1 && kh <= 3 && sh <= 3) return true;
      return kh === 1 && sh === 1 && kw === sw && kw <= 3;
    },
  };
}

function forms(family: Family, avg: boolean): Form[] {
  if (!avg) return [kernel1, pow2, bigKernel, family === 'kl520' || family === 'kl720' ? squareUpTo3(2) : smallForms(false)];
  if (family === 'kl520') return [pow2, kernel1, bigStride, squareUpTo3(1)];
  return [pow2, kernel1, bigStride, smallForms(family === 'kl730')];
}

function read(ctx: TargetRuleContext): Pool | undefined {
  const k = kernelOf(ctx);
  if (!k) return undefined;
  const d = ctx.node.attrs['dilations'];
  return {
    k,
    s: stridesOf(ctx, k.length),
    dil1: !Array.isArray(d) || d.every((x) => x === 1),
    ceil0: (ctx.node.attrs['ceil_mode'] ?? 0) === 0,
    cip0: (ctx.node.attrs['count_include_pad'] ?? 0) === 0,
    avg: ctx.node.op === 'AveragePool',
  };
}

export const kneronPool: RuleDef = {
  id: 'kneron-pool',
  limitForm: 'string',
  choices: FAMILIES,
  doc: (l) => `The pool must match one of the ${String(l)} footnote's forms. MaxPool: ${forms((l ?? 'kl520') as Family, false).map((f) => f.words).join('; or ')}. AveragePool: ${forms((l ?? 'kl520') as Family, true).map((f) => f.words).join('; or ')}. ceil_mode 0 except for the small forms.`,
  check(ctx) {
    const p = read(ctx);
    if (!p) return undefined;
    const family = (typeof ctx.limit === 'string' ? ctx.limit : 'kl520') as Family;
    const fs = forms(family, p.avg);
    if (fs.some((f) => f.test?.(p) === true)) return undefined;
    const extra = [p.ceil0 ? '' : 'ceil_mode 1', p.dil1 ? '' : 'dilated', p.avg && !p.cip0 ? 'count_include_pad 1' : ''].filter((x) => x !== '').join(', ');
    const shape = `kernel ${p.k.join('x')}, stride ${p.s.join('x')}${extra ? `, ${extra}` : ''}`;
    // The toolchain's own rewrite (Kneron's --replace-avgpool-with-conv) is the target file's hint.
    const hint = 'Change the kernel or stride to a listed form (e.g. 3x3 stride 2, or 2x2 stride 2).';
    return { value: shape, limit: fs.map((f) => f.words).join('; or '), message: `${who(ctx.node)}: ${shape} matches none of ${ctx.unit.name}'s pooling forms (${fs.map((f) => f.words).join('; or ')}).`, hint };
  },
};
