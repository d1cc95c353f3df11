/**
 * Scratch buffers TFLite Micro's reference kernels request in their Prepare with
 * RequestScratchBufferInArena (tensorflow/tflite-micro, tensorflow/lite/micro/kernels/). Each
 * request is its own buffer in the planner, rounded up to 16 bytes, alive during its op only
 * (micro_allocation_info.cc: first_created = last_used = the op's allocation scope).
 *
 *   SVDF (svdf_common.cc PrepareSvdf)     int8: batch*num_filters int32 (time-weights products)
 *                                         and batch*num_units int32 (bias + reduced output);
 *                                         float: batch*num_filters float
 *   CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED with int4 weights (conv_common.cc,
 *   depthwise_conv_common.cc, fully_connected.cc): the unpacked filter, one byte per element
 *
 * The int8/float conv, depthwise, fully connected, softmax (LUTs are persistent, int16 only) and
 * pooling reference kernels request none. Optimized kernels (CMSIS-NN, ...) do and are not
 * modelled here.
 */
import type { Graph, Node } from '../../ir/graph.js';
import { elementCount } from '../../ir/shape.js';
import { attrInt } from '../../ops/util/attrs.js';
import { isInt8, tensorOf } from './geometry.js';

function svdfScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  const wf = tensorOf(graph, node, 1);
  const batch = x?.shape?.[0];
  const filters = wf?.shape?.[0];
  if (typeof batch !== 'number' || typeof filters !== 'number') return [];
  const rank = attrInt(node, 'rank', 1);
  if (isInt8(x)) return [4 * batch * filters, 4 * batch * Math.floor(filters / Math.max(rank, 1))];
  return [4 * batch * filters];
}

function int4FilterScratch(graph: Graph, node: Node): number[] {
  const w = tensorOf(graph, node, 1);
  if (w?.dtype !== 'int4' && w?.quant?.dtype !== 'int4') return [];
  const n = elementCount(w.shape);
  return n === undefined ? [] : [n];
}

export function tflmScratch(node: Node, graph: Graph): number[] {
  switch (node.op) {
    case 'SVDF': return svdfScratch(graph, node);
    case 'Conv':
    case 'Gemm': return int4FilterScratch(graph, node);
    default: return [];
  }
}
