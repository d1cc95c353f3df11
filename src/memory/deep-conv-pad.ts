/**
 * ST's "deep" int8 convolution takes no padding (METRICS.md "Activations"). On DSP cores ST Edge
 * AI Core 2.x runs an int8 convolution with a kernel larger than 1x1, not depthwise, and 8 or more
 * input channels per group with `forward_conv2d_deep_sssa8_ch`; when that convolution pads, ST adds
 * a Pad layer before it (`<conv>_pad_before`, a buffer of the padded input) and runs the
 * convolution VALID. With fewer channels (`forward_conv2d_sssa8_ch`) the kernel pads on the fly.
 * Seen in every network.c of test/reference/st-scratch-layers.json's weather-forecasting project:
 * 12 deep geometries (Cin 9 to 64) all behind a `_pad_before` layer with filter_pad 0, 6 geometries
 * with Cin 4 to 7 padding in the kernel (filter_pad 2). The threshold 8 lies between 7 and 9: an
 * assumption. This returns a planning copy of the graph with those Pad layers; the model's own
 * graph is unchanged, and pad folding (memory/pad-fold.ts) leaves them alone.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { layoutOf } from '../ops/util/attrs.js';
import { geometry, joinShape, resolvedPads, splitShape } from '../ops/util/spatial.js';
import { weightDims } from '../ops/conv.js';
import { isNum } from '../ops/util/dims.js';
import { convGeometry, isInt8, tensorOf } from './scratch/geometry.js';
import { LayeredMap } from '../ir/layered-map.js';

/** Input channels per group from which ST picks the deep kernel (between 7 and 9 in ST's files). */
export const DEEP_MIN_CHANNELS = 8;

/** Suffix of the Pad layer ST adds before a padded deep convolution. */
export const PAD_BEFORE = '_pad_before';

/** True when ST runs `node` with its deep int8 kernel (DSP cores). */
export function usesDeepKernel(graph: Graph, node: Node): boolean {
  // (the input's type first: a float model's convolutions need no geometry here)
  if (!isInt8(tensorOf(graph, node, 0))) return false;
  const g = convGeometry(graph, node);
  if (!g || g.depthwise || g.k <= 1) return false;
  return g.cin / g.group >= DEEP_MIN_CHANNELS;
}

/** The convolution's pads per spatial axis, [begin..., end...], resolving auto_pad; undefined when unknown. */
function convPads(graph: Graph, node: Node, x: Tensor, y: Tensor): number[] | undefined {
  const w = tensorOf(graph, node, 1);
  // Stryker disable next-line OptionalChaining: equivalent, a deep convolution has a geometry, so its weights have a tensor with a shape
  if (!x.shape || !y.shape || !w?.shape) return undefined;
  // Stryker disable next-line BooleanLiteral: equivalent, the kernel is the same slice of OIHW and IOHW weights (the two defaults), and every other layout is named
  const kernel = weightDims(node, w.shape, false).kernel;
  // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, a deep convolution's geometry exists only for a static kernel
  if (!kernel.every(isNum)) return undefined;
  return resolvedPads(geometry(node, kernel as number[]), splitShape(node, x.shape).spatial, splitShape(node, y.shape).spatial);
}

export function withDeepConvPads(graph: Graph): Graph {
  // (no set of the deep ones: the loop asks again, the nodes before the first deep one twice; the
  // int8 TFLite chain's 33k deep convolutions made a 1.5 MiB set)
  // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: with nothing to pad the loop copies every node and `added` stays 0, so the graph itself is returned
  if (!graph.nodes.some((n) => usesDeepKernel(graph, n))) return graph;
  // the model's tensors under the few this copy adds, not copied (ir/layered-map.ts)
  const tensors = new LayeredMap(graph.tensors);
  const nodes: Node[] = [];
  let added = 0;
  for (const n of graph.nodes) {
    const x = tensorOf(graph, n, 0);
    const y = n.outputs[0] ? graph.tensors.get(n.outputs[0]) : undefined;
    const pads = x && y && usesDeepKernel(graph, n) ? convPads(graph, n, x, y) : undefined;
    if (!x?.shape || !pads || pads.every((p) => p === 0)) {
      nodes.push(n);
      continue;
    }
    const split = splitShape(n, x.shape);
    const r = split.spatial.length;
    const spatial = split.spatial.map((d, i) => (isNum(d) ? d + (pads[i] ?? 0) + (pads[i + r] ?? 0) : d));
    const shape = joinShape(n, split.batch, split.channels, spatial);
    // ONNX Pad order over every axis of the layout: [begin..., end...]
    const axes = shape.length;
    const offset = layoutOf(n) === 'NHWC' ? 1 : 2;
    const all = new Array<number>(2 * axes).fill(0);
    for (let i = 0; i < r; i++) {
      all[offset + i] = pads[i] ?? 0;
      all[axes + offset + i] = pads[i + r] ?? 0;
    }
    const name = `${n.name}${PAD_BEFORE}`;
    tensors.set(name, { ...x, name, shape });
    nodes.push({ name, op: 'Pad', sourceOp: 'Pad', inputs: [x.name], outputs: [name], attrs: { mode: 'constant', pads: all } });
    nodes.push({ ...n, inputs: [name, ...n.inputs.slice(1)], attrs: { ...n.attrs, auto_pad: 'VALID', pads: new Array<number>(2 * r).fill(0) } });
    // Stryker disable next-line UpdateOperator: equivalent, only `added === 0` is read, and -1, -2... are as non-zero as 1, 2...
    added++;
  }
  return added === 0 ? graph : { ...graph, nodes, tensors };
}
