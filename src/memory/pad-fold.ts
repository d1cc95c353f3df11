/**
 * Pad folding (METRICS.md "Activations"): ST Edge AI Core merges a zero `Pad` into the
 * convolution that reads it, so the padded tensor never gets a buffer; the convolution reads the
 * unpadded tensor and pads on the fly. A Pad folds when it is constant-mode with a zero value (the
 * zero point for a quantized tensor), pads only the convolution's spatial axes and as SAME would
 * (on each axis the end pad equals the begin pad or one more: TensorFlow's MobileNet exports), and
 * its output is read by that one convolution alone (as its data input) and is not a graph output.
 * A causal pad (2 rows before, none after) does not fold: the packetqc-ai c_info.json keeps its
 * buffer. Nor does a pad before a convolution whose kernel takes no padding (`takesPadding`: ST's
 * deep int8 kernel on DSP cores, memory/deep-conv-pad.ts).
 */
import type { Graph, Node } from '../ir/graph.js';
import { buildUseIndex, type UseIndex } from '../passes/graph-edit.js';
import { tensorNamed } from '../ir/tensor-named.js';
import { readValues } from '../ir/tensor-data.js';
import { isFloat } from '../ir/dtype.js';
import { attrInts, attrString, layoutOf } from '../ops/util/attrs.js';

export interface FoldedPad {
  /** The Pad node. */
  pad: string;
  /** Its input: the tensor the convolution now reads. */
  input: string;
  /** Its output: gets no buffer. */
  output: string;
  /** The convolution it folds into. */
  into: string;
  /** Rows of padding added above the first spatial axis (H): the convolution's extra top pad. */
  top: number;
}

/** Reads a small constant input, or undefined. */
function constInput(graph: Graph, node: Node, i: number, max: number): number[] | undefined {
  const name = node.inputs[i];
  const t = name ? graph.tensors.get(name) : undefined;
  return t?.data ? readValues(t, max) : undefined;
}

/** The pad amounts in ONNX order [begin..., end...] over all axes, or undefined. */
export function padAmounts(graph: Graph, node: Node, rank: number): number[] | undefined {
  const pads = attrInts(node, 'pads') ?? attrInts(node, 'paddings') ?? constInput(graph, node, 1, 2 * rank);
  if (!pads || pads.length !== 2 * rank) return undefined;
  if ((node.inputs[3] ?? '') !== '') return undefined; // explicit axes: not modelled here
  return pads;
}

export function padsWithZero(graph: Graph, node: Node): boolean {
  if (attrString(node, 'mode', 'constant') !== 'constant') return false;
  const valueName = node.inputs[2] ?? '';
  if (valueName === '') return true; // TFLite PAD / ONNX default: zero in the real domain
  const v = constInput(graph, node, 2, 1);
  if (v?.length !== 1) return false;
  // A float value is in the real domain (a Pad between QDQ pairs): zero. An integer one is stored: the zero point.
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, v holds the value constInput read from that tensor, so the tensor exists
  if (isFloat(graph.tensors.get(valueName)?.dtype ?? 'unknown')) return v[0] === 0;
  const x = tensorNamed(graph, node.inputs[0]);
  // Stryker disable next-line OptionalChaining: equivalent, x is the Pad's data input, which has a tensor in every verified graph (passes/verify.ts)
  const zero = x?.quant?.zeroPoint[0] ?? 0;
  return v[0] === zero;
}

/**
 * The Pads that fold into their convolution, by Pad output name. `sameOnly: false` also takes
 * zero pads larger than SAME's (a stride-2 depthwise padded 0/2): the epoch builder's reading,
 * where the accelerator's convolution pads any amount (BlazeFace's Pad_33 is inside Conv2D_34's
 * epoch in ST's c_info.json), while the memory planner keeps their buffer.
 */
export function foldedPads(graph: Graph, idx: UseIndex = buildUseIndex(graph), sameOnly = true, takesPadding: (conv: Node) => boolean = () => true): Map<string, FoldedPad> {
  const readers = idx.consumers;
  const outputs = new Set(graph.outputs);
  const out = new Map<string, FoldedPad>();
  for (const node of graph.nodes) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, in practice another node reaching padAmounts would need 2 x rank constant pad amounts on a zero value, read by a Conv as its data
    if (node.op !== 'Pad' || node.subgraphs) continue;
    // Stryker disable next-line StringLiteral: equivalent, a Pad without outputs has no readers under any name, so the reader count test below skips it whatever the fallback
    const o = node.outputs[0] ?? '';
    const x = tensorNamed(graph, node.inputs[0]);
    const conv = readers.get(o);
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output ('') has no readers, so the reader count test skips it as well
    if (o === '' || outputs.has(o) || !x?.shape || conv?.length !== 1) continue;
    const c = conv[0];
    // Stryker disable next-line OptionalChaining,ConditionalExpression: equivalent, c is the one reader of o: when o is not its input 0 it is another input, which the next test skips
    if (c?.op !== 'Conv' || c.inputs[0] !== o || c.inputs.slice(1).includes(o) || !takesPadding(c)) continue;
    const rank = x.shape.length;
    const pads = padAmounts(graph, node, rank);
    if (!pads || pads.some((p) => p < 0) || !padsWithZero(graph, node)) continue;
    // Only the spatial axes may be padded: NHWC [N, spatial..., C], NCHW [N, C, spatial...].
    const spatial = layoutOf(c) === 'NHWC' ? [...Array(rank).keys()].slice(1, -1) : [...Array(rank).keys()].slice(2);
    const padded = pads.map((p, k) => (p !== 0 ? k % rank : -1)).filter((a) => a >= 0);
    if (spatial.length === 0 || !padded.every((a) => spatial.includes(a))) continue;
    const sameLike = spatial.every((a) => {
      const [b, e] = [pads[a] ?? 0, pads[a + rank] ?? 0];
      return e === b || e === b + 1;
    });
    if (sameOnly && !sameLike) continue;
    out.set(o, { pad: node.name, input: x.name, output: o, into: c.name, top: pads[spatial[0] ?? 0] ?? 0 });
  }
  return out;
}
