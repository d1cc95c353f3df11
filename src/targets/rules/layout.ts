/** Layout rules: how a Transpose moves data, seen in the channel-first order ST's compiler works in. */
import { layoutOf } from '../../ops/util/attrs.js';
import type { Node } from '../../ir/graph.js';
import { transposePerm } from './operands.js';
import { input, who, type RuleDef } from './types.js';

/** NCHW axis j is NHWC axis NHWC_OF[j]; NHWC axis k is NCHW axis NCHW_OF[k]. */
const NHWC_OF = [0, 3, 1, 2];
const NCHW_OF = [0, 2, 3, 1];

/**
 * A permutation in channel-first terms: a rank-4 Transpose of an NHWC graph (TFLite) is
 * rewritten as the NCHW permutation ST's compiler sees (its optimized ONNX is NCHW).
 */
function channelFirst(node: Node, perm: number[]): number[] {
  if (layoutOf(node) !== 'NHWC' || perm.length !== 4) return perm;
  return NHWC_OF.map((k) => NCHW_OF[perm[k] ?? k] ?? k);
}

export const transposeInnermost: RuleDef = {
  id: 'transpose-innermost',
  limitForm: 'none',
  doc: () => 'A Transpose must move the innermost axis (W in channel-first order); one that permutes only outer axes (NCHW perm 0,2,1,3: channels with rows) runs in software.',
  check(ctx) {
    const rank = input(ctx, 0)?.shape?.length;
    const perm = transposePerm(ctx);
    if (perm === undefined || (rank !== undefined && perm.length !== rank)) return undefined;
    const p = channelFirst(ctx.node, perm);
    const last = p.length - 1;
    if (p[last] !== last || p.every((a, i) => a === i)) return undefined;
    const shown = p.join(',');
    return {
      value: `perm ${shown}`,
      limit: 'moves the innermost axis',
      message: `${who(ctx.node)}: the permutation (${shown} in channel-first order) keeps the innermost axis in place and moves only outer axes; ${ctx.unit.name} does not run such a Transpose.`,
      hint: 'Avoid the transpose: export the layout the next layer reads; for channel padding, let the previous layer (or a 1x1 convolution) produce the extra zero channels.',
    };
  },
};
