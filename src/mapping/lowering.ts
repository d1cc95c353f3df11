/**
 * Compiler lowerings (TARGETS.md "Lowerings"): a layer the vendor compiler rewrites into several
 * operators before it maps them. Each inserted operator is mapped by the target's own rules, as if
 * it were in the file, so its unit and its reasons come from the same table.
 *
 * `channel-pad-transposes` (stm32n6): a Pad that pads the channel axis becomes
 * Transpose (channels to rows) -> Pad (rows) -> Transpose (back). ST Edge AI Core 2.2 does this
 * to every channel Pad of BlazeFace: its optimized ONNX (`_OE_3_3_0.onnx`) holds the three
 * operators, and its c_info.json runs both Transposes as software epochs.
 */
import { tensorNamed } from '../ir/tensor-named.js';
import type { Graph, Node } from '../ir/graph.js';
import { layoutOf } from '../ops/util/attrs.js';
import { padAmounts } from '../memory/pad-fold.js';
import type { Target } from '../targets/types.js';
import type { MappingReason, UnitClass } from './types.js';

/** Operators the compiler inserts around a layer: one before it, one after it. */
export interface Wrap {
  op: 'Transpose';
  unit: UnitClass;
  unitName: string | null;
  /** Why the inserted operator runs where it does (the failing rules of the units it skipped). */
  reasons: readonly MappingReason[];
  /** One sentence: what the compiler inserts and why. */
  why: string;
}

/** The Transpose the compiler inserts before a channel Pad (channels exchanged with rows), or undefined. */
export function channelPadTranspose(graph: Graph, node: Node, target: Target): Node | undefined {
  if (target.options['channel-pad-transposes'] !== true) return undefined;
  // Stryker disable next-line ConditionalExpression: equivalent, as false: another operator reaching padAmounts has no 8 pads on a rank-4 input (a convolution's are spatial: 4), so it gets no Transpose either
  if (node.op !== 'Pad') return undefined;
  const x = tensorNamed(graph, node.inputs[0]);
  if (x?.shape?.length !== 4) return undefined;
  const pads = padAmounts(graph, node, 4);
  const layout = layoutOf(node);
  // Channels and rows of a rank-4 tensor: NHWC axes 3 and 1, NCHW axes 1 and 2.
  const [c, h] = layout === 'NHWC' ? [3, 1] : [1, 2];
  if (pads === undefined || ((pads[c] ?? 0) === 0 && (pads[c + 4] ?? 0) === 0)) return undefined;
  const perm = [0, 1, 2, 3];
  perm[c] = h;
  perm[h] = c;
  return {
    name: `${node.name}.transpose`,
    op: 'Transpose',
    sourceOp: 'Transpose (inserted by the compiler)',
    inputs: [x.name],
    outputs: [],
    attrs: { perm, layout },
  };
}

export function wrapWhy(node: Node): string {
  return `${node.op} '${node.name}' pads the channel axis: the compiler moves the channels to the rows with a Transpose, pads the rows, and transposes back.`;
}
