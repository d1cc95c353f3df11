/**
 * The kernel family a layer runs on a CPU, as the cost model prices it: a pointwise (1x1)
 * convolution is a plain matrix product, a convolution over few input channels (the first layer
 * of an image or audio model) cannot vectorize over channels, a depthwise convolution reuses no
 * input across output channels, a fully connected (or recurrent) layer reads each weight once.
 */
import type { Graph, Node } from '../ir/graph.js';
import { weightDims } from '../ops/conv.js';
import { getRule } from '../ops/table.js';
import type { KernelKind } from '../targets/cores.js';

export type { KernelKind };

/** Input channels at or below which a convolution is priced as `few-channels`. */
export const FEW_CHANNELS = 4;

/** A compute operator (the ops table's role) other than a convolution is a matrix product. */
export function kernelKind(graph: Graph, node: Node): KernelKind {
  if (getRule(node.op).role !== 'compute') return 'elementwise';
  if (node.op !== 'Conv' && node.op !== 'ConvTranspose') return 'fully-connected';
  const w = graph.tensors.get(node.inputs[1] ?? '')?.shape;
  if (!w) return 'conv';
  const dims = weightDims(node, w, node.op === 'ConvTranspose');
  const group = typeof node.attrs['group'] === 'number' ? node.attrs['group'] : 1;
  if (node.attrs['weight_layout'] === 'IHWO' || (group > 1 && dims.inPerGroup === 1)) return 'depthwise';
  if (dims.kernel.every((k) => k === 1)) return 'pointwise';
  return typeof dims.inPerGroup === 'number' && dims.inPerGroup * group <= FEW_CHANNELS ? 'few-channels' : 'conv';
}
