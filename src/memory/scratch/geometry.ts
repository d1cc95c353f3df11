/** What the scratch rules need to know about a node: its tensors, and a convolution's geometry. */
import type { Graph, Node, Tensor } from '../../ir/graph.js';
import { weightDims } from '../../ops/conv.js';
import { attrInt, attrString } from '../../ops/util/attrs.js';
import { splitShape } from '../../ops/util/spatial.js';
import { isNum, product } from '../../ops/util/dims.js';

export function tensorOf(graph: Graph, node: Node, i: number): Tensor | undefined {
  const name = node.inputs[i];
  return name ? graph.tensors.get(name) : undefined;
}

export function outputOf(graph: Graph, node: Node, i = 0): Tensor | undefined {
  const name = node.outputs[i];
  return name ? graph.tensors.get(name) : undefined;
}

/** int8/uint8 activations: the integer kernels (stedgeai `*_sssa8_*`, TFLM int8 paths). */
export function isInt8(t: Tensor | undefined): boolean {
  return t?.dtype === 'int8' || t?.dtype === 'uint8';
}

export interface ConvGeometry {
  /** Input channels (all groups). */
  cin: number;
  cout: number;
  /** Kernel elements (kh * kw...). */
  k: number;
  group: number;
  /** One group per input channel (TFLite DEPTHWISE_CONV_2D, ONNX group == Cin > 1). */
  depthwise: boolean;
}

/** A static-shaped, non-transposed convolution's geometry; undefined when a dim is unknown. */
export function convGeometry(graph: Graph, node: Node): ConvGeometry | undefined {
  if (node.op !== 'Conv') return undefined;
  const x = tensorOf(graph, node, 0);
  const w = tensorOf(graph, node, 1);
  if (!x?.shape || !w?.shape) return undefined;
  if (x.shape.length < 3 || w.shape.length !== x.shape.length) return undefined;
  const cin = splitShape(node, x.shape).channels;
  const wd = weightDims(node, w.shape, false);
  const k = product(wd.kernel);
  if (!isNum(cin) || !isNum(wd.out) || k === undefined) return undefined;
  const ihwo = attrString(node, 'weight_layout') === 'IHWO';
  const group = ihwo ? cin : attrInt(node, 'group', 1);
  const depthwise = ihwo || (group > 1 && group === cin);
  return { cin, cout: wd.out, k, group, depthwise };
}
