/**
 * Kneron's pooling forms (src/targets/rules/kneron-pool.ts), form by form and family by family.
 * Each row's expectation is read from the footnote wording the rule quotes (Kneron
 * document_center operators.md, footnotes 2, 3, 4, 24, 25; docs/vendors/kneron.md): for each
 * pool, which form (if any) it matches, with each form's conditions tested at the edge that
 * separates it from the next one (k = 3 vs 4, s = k vs k + 1, a power of 2 vs not, ceil_mode,
 * count_include_pad, dilation, 1-D pools).
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import { mapToTarget } from '../../src/mapping/map.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { oneRule } from './helpers.js';

type Op = 'MaxPool' | 'AveragePool';

function pool(op: Op, k: number[], s: number[] | undefined, attrs: Attrs = {}, family?: string) {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 8, ...k.map(() => 32)]);
  g.output(g.node(op, [x], { kernel_shape: k, ...(s ? { strides: s } : {}), ...attrs }, { name: 'p' }));
  const ref: RuleRef = family === undefined ? { rule: 'kneron-pool' } : { rule: 'kneron-pool', limit: family };
  const l = mapToTarget(g.graph, oneRule(op, ref)).layers.find((y) => y.name === 'p');
  if (!l) throw new Error('no layer');
  return l;
}
const runs = (op: Op, k: number[], s: number[] | undefined, family: string, attrs: Attrs = {}): boolean => pool(op, k, s, attrs, family).unit === 'HW';

// [op, kernel, stride, attributes, family, runs on the NPU, which footnote form decides]
const CASES: [Op, number[], number[] | undefined, Attrs, string, boolean, string][] = [
  // kernel 1 with stride > 1 (every family, both pools)
  ['MaxPool', [1, 1], [2, 2], {}, 'kl520', true, 'kernel 1, stride 2'],
  ['MaxPool', [1, 1], [1, 1], {}, 'kl520', false, 'kernel 1 needs stride > 1; the square form needs k >= 2'],
  ['MaxPool', [1, 1], [1, 1], {}, 'kl530', true, 'small forms: k = s = 1'],
  ['MaxPool', [1, 1], [2, 2], { ceil_mode: 1 }, 'kl520', false, 'kernel 1 needs ceil_mode 0'],
  ['MaxPool', [1, 1], [2, 2], { dilations: [2, 2] }, 'kl520', false, 'kernel 1 needs no dilation'],
  ['MaxPool', [1, 1], [2, 1], {}, 'kl720', false, 'kernel 1 needs stride > 1 on every axis'],
  ['AveragePool', [1, 1], [2, 2], {}, 'kl520', true, 'kernel 1, stride 2'],
  // kernel above 3 (MaxPool)
  ['MaxPool', [4, 4], [1, 1], {}, 'kl520', true, 'kernel above 3'],
  ['MaxPool', [4, 3], [1, 1], {}, 'kl520', false, 'kernel above 3 on every axis only'],
  ['MaxPool', [5, 5], [1, 1], { ceil_mode: 1 }, 'kl520', false, 'kernel above 3 needs ceil_mode 0'],
  ['MaxPool', [5, 5], [1, 1], { dilations: [2, 2] }, 'kl720', true, 'kernel above 3 does not look at dilation'],
  ['MaxPool', [5], [1], {}, 'kl530', true, 'a 1-D kernel above 3'],
  ['AveragePool', [5, 5], [1, 1], {}, 'kl520', false, 'kernel above 3 is a MaxPool form'],
  // kernel = stride = n x n, n a power of 2 above 3
  ['AveragePool', [4, 4], [4, 4], {}, 'kl520', true, 'n = 4'],
  ['AveragePool', [8, 8], [8, 8], {}, 'kl530', true, 'n = 8'],
  ['AveragePool', [4, 4], [4, 4], { count_include_pad: 1 }, 'kl520', false, 'an AveragePool needs count_include_pad 0'],
  ['AveragePool', [4, 4], [4, 4], { ceil_mode: 1 }, 'kl720', false, 'ceil_mode 0'],
  ['AveragePool', [4, 4], [4, 4], { dilations: [1, 1] }, 'kl720', true, 'explicit dilations of 1'],
  ['AveragePool', [4, 4], [2, 2], {}, 'kl520', false, 'stride must equal the kernel'],
  ['AveragePool', [4, 4], [4, 2], {}, 'kl730', false, 'stride must be square'],
  ['AveragePool', [2, 2], [2, 2], {}, 'kl520', true, 'n = 2 is not above 3, but the square form takes it'],
  // square stride s x s with s > 3, count_include_pad 0 (AveragePool)
  ['AveragePool', [6, 6], [6, 6], {}, 'kl520', true, '6 is no power of 2; stride 6 > 3'],
  ['AveragePool', [2, 2], [5, 5], {}, 'kl720', true, 'stride 5 > 3'],
  ['AveragePool', [2, 2], [5, 4], {}, 'kl720', false, 'stride not square'],
  ['AveragePool', [6, 6], [6, 6], { count_include_pad: 1 }, 'kl520', false, 'count_include_pad 1'],
  ['AveragePool', [6, 6], [6, 6], { ceil_mode: 1 }, 'kl530', false, 'ceil_mode 1'],
  ['MaxPool', [3, 3], [5, 5], {}, 'kl520', false, 'the big-stride form is an AveragePool form'],
  // KL520/KL720 MaxPool: k x k, s x s, 2 <= k <= 3, s <= k (ceil_mode free)
  ['MaxPool', [2, 2], [2, 2], {}, 'kl520', true, 'k = s = 2'],
  ['MaxPool', [3, 3], [3, 3], {}, 'kl720', true, 's = k = 3'],
  ['MaxPool', [3, 3], [4, 4], {}, 'kl720', false, 's = k + 1'],
  ['MaxPool', [2, 2], [2, 2], { ceil_mode: 1 }, 'kl520', true, 'the small forms allow ceil_mode 1'],
  ['MaxPool', [3, 3], [1, 1], { dilations: [2, 2] }, 'kl520', false, 'dilated'],
  ['MaxPool', [3, 2], [1, 1], {}, 'kl520', false, 'kernel not square'],
  ['MaxPool', [2, 2], [2, 1], {}, 'kl520', false, 'stride not square'],
  ['MaxPool', [3], [1], {}, 'kl520', false, 'a 1-D pool is not k x k'],
  // KL520 AveragePool: the square form from k = 1
  ['AveragePool', [1, 1], [1, 1], {}, 'kl520', true, 'k = s = 1'],
  ['AveragePool', [3, 3], [2, 2], { count_include_pad: 1 }, 'kl520', true, 'the small form allows count_include_pad 1'],
  ['AveragePool', [1, 3], [1, 3], {}, 'kl520', false, 'KL520 has no one-axis form'],
  // KL530/KL630/KL730 and KL720 AveragePool: the small forms
  ['MaxPool', [3, 3], [3, 3], {}, 'kl530', true, 'k = s = 3'],
  ['MaxPool', [3, 3], [4, 4], {}, 'kl530', false, 's = 4 > 3'],
  ['MaxPool', [2, 2], [3, 3], {}, 'kl530', true, 's > k is allowed in the small forms'],
  ['MaxPool', [3, 1], [2, 1], {}, 'kl530', true, 'kernel and stride 1 on the columns; rows 3, stride 2'],
  ['MaxPool', [4, 1], [1, 1], {}, 'kl530', false, 'rows 4 > 3'],
  ['MaxPool', [3, 1], [4, 1], {}, 'kl530', false, 'row stride 4 > 3'],
  ['MaxPool', [3, 1], [2, 2], {}, 'kl530', false, 'column stride must be 1'],
  ['MaxPool', [1, 3], [1, 3], {}, 'kl530', true, 'kernel and stride 1 on the rows; columns 3 = stride'],
  ['MaxPool', [1, 3], [1, 2], {}, 'kl530', false, 'kernel_w = stride_w needed'],
  ['MaxPool', [1, 3], [2, 3], {}, 'kl530', false, 'row stride must be 1'],
  ['MaxPool', [2, 2], [2, 2], { dilations: [1, 2] }, 'kl530', false, 'dilated'],
  ['MaxPool', [3], [3], {}, 'kl530', false, 'KL530 MaxPool has no 1-D form'],
  ['MaxPool', [2, 2, 2], [1, 1, 1], {}, 'kl530', false, 'a 3-D pool'],
  ['AveragePool', [1, 3], [1, 3], {}, 'kl720', true, 'KL720 AveragePool takes the small forms'],
  ['AveragePool', [3], [2], {}, 'kl730', true, 'KL730 AveragePool: 1-D pools too'],
  ['AveragePool', [3], [2], {}, 'kl530', false, 'KL530 AveragePool: no 1-D form'],
  ['AveragePool', [4], [1], {}, 'kl730', false, '1-D kernel 4 > 3'],
  ['AveragePool', [3], [4], {}, 'kl730', false, '1-D stride 4 > 3'],
  ['AveragePool', [3], undefined, {}, 'kl730', true, 'no strides: stride 1'],
  // each condition at the edge a mutation run found untested
  ['AveragePool', [2, 2], [4, 5], {}, 'kl520', false, 'a stride above 3 must be square; 4 > k = 2 for the square form'],
  ['AveragePool', [5, 5], [3, 3], {}, 'kl520', false, 'stride 3 is not above 3; k = 5 is above the square form\'s 3'],
  ['MaxPool', [3, 3], [2, 2], { dilations: [2, 2] }, 'kl520', false, 'the square form needs no dilation'],
  ['MaxPool', [3, 3], [2, 2], { dilations: [1, 1] }, 'kl520', true, 'dilations given as 1, 1 are no dilation'],
  ['AveragePool', [3, 5], [1, 1], {}, 'kl730', false, 'a 2-D kernel 3x5 is none of the small forms (the 1-D one is for 1-D pools)'],
  ['MaxPool', [3], [3], {}, 'kl530', false, 'no 1-D MaxPool form on KL530 (only KL730 AveragePool has one)'],
  ['MaxPool', [2, 2, 2], [2, 2, 2], {}, 'kl530', false, 'a 3-D pool matches no 2-D form'],
  ['MaxPool', [3, 3], [3, 3], {}, 'kl530', true, 'k = s = 3: the largest square small form'],
  ['MaxPool', [4, 1], [2, 1], {}, 'kl530', false, 'kernel 4 on the other axis is above 3 (and 1 is not above 3)'],
  ['MaxPool', [], [], {}, 'kl530', false, 'an empty kernel_shape matches no form (no kernel 1, no k x k)'],
  ['AveragePool', [2, 2, 2], [4, 4, 4], {}, 'kl530', false, 'the big-stride form is s x s: a 3-D stride 4x4x4 is not'],
  ['MaxPool', [2, 2], [2, 1], {}, 'kl530', false, 'the small square form needs a square stride too'],
  ['AveragePool', [4, 4], [2, 2], {}, 'kl530', false, 'the small square form: k = 4 is above 3 (and stride 2 is no big stride)'],
  ['MaxPool', [3, 1], [3, 1], {}, 'kl530', true, 'kernel and stride 1 on the columns; rows 3, stride 3 (at the limit)'],
  ['MaxPool', [2, 2, 2], [1, 1, 1], {}, 'kl520', false, 'the KL520 k x k form is 2-D: a 2x2x2 kernel is not'],
  ['MaxPool', [1, 4], [1, 4], {}, 'kl530', false, 'kernel and stride 1 on the rows; columns 4 = stride 4 is above 3'],
];

describe('kneron-pool: each form at its edges', () => {
  it.each(CASES)('%s kernel %j stride %j %j on %s: runs %s (%s)', (op, k, s, attrs, family, expected) => {
    expect(runs(op, k, s, family, attrs)).toBe(expected);
  });
});

describe('kneron-pool: what a refusal says', () => {
  const KL520_MAX = 'kernel 1 with stride > 1; or kernel = stride = n x n with n a power of 2 above 3; or kernel above 3; or k x k kernel, s x s stride, 2 <= k <= 3, s <= k';
  it('the default family is KL520; value, limit, message and hint', () => {
    const r = pool('MaxPool', [3, 3], [4, 4]).reasons[0];
    expect(r).toMatchObject({
      value: 'kernel 3x3, stride 4x4', limit: KL520_MAX,
      message: `MaxPool 'p': kernel 3x3, stride 4x4 matches none of NPU's pooling forms (${KL520_MAX}).`,
      hint: 'Change the kernel or stride to a listed form (e.g. 3x3 stride 2, or 2x2 stride 2).',
    });
  });

  it('ceil_mode 1, dilation and count_include_pad 1 are named after the shape, in that order', () => {
    expect(pool('AveragePool', [4, 4], [4, 4], { ceil_mode: 1, dilations: [2, 2], count_include_pad: 1 }, 'kl520').reasons[0]?.value)
      .toBe('kernel 4x4, stride 4x4, ceil_mode 1, dilated, count_include_pad 1');
    expect(pool('MaxPool', [5, 5], [1, 1], { ceil_mode: 1 }, 'kl520').reasons[0]?.value).toBe('kernel 5x5, stride 1x1, ceil_mode 1');
    // count_include_pad is an AveragePool attribute only.
    expect(pool('MaxPool', [3, 3], [4, 4], { count_include_pad: 1 }, 'kl520').reasons[0]?.value).toBe('kernel 3x3, stride 4x4');
  });

  it('the limit lists the family\'s forms for the pool kind', () => {
    expect(pool('AveragePool', [1, 3], [1, 3], {}, 'kl520').reasons[0]?.limit)
      .toBe('kernel = stride = n x n with n a power of 2 above 3; or kernel 1 with stride > 1; or square stride s x s with s > 3 (count_include_pad 0); or k x k kernel, s x s stride, 1 <= k <= 3, s <= k');
    expect(pool('AveragePool', [4], [4], {}, 'kl730').reasons[0]?.limit).toBe(
      'kernel = stride = n x n with n a power of 2 above 3; or kernel 1 with stride > 1; or square stride s x s with s > 3 (count_include_pad 0); '
      + 'or k x k kernel and s x s stride with k, s <= 3; or kernel and stride 1 on one axis, kernel = stride <= 3 on the other (1-D pools too)');
    expect(pool('MaxPool', [3, 3], [4, 4], {}, 'kl730').reasons[0]?.limit).toBe(
      'kernel 1 with stride > 1; or kernel = stride = n x n with n a power of 2 above 3; or kernel above 3; '
      + 'or k x k kernel and s x s stride with k, s <= 3; or kernel and stride 1 on one axis, kernel = stride <= 3 on the other');
  });

  it('a pool whose kernel is unknown is not judged', () => {
    const g = new GraphBuilder();
    g.output(g.node('MaxPool', [g.input('x', 'float32', [1, 8, 8, 8])], {}, { name: 'p' }));
    const m = mapToTarget(g.graph, oneRule('MaxPool', { rule: 'kneron-pool', limit: 'kl520' }));
    expect(m.layers[0]?.unit).toBe('HW');
  });
});
