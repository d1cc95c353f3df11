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
 *   UNIDIRECTIONAL_SEQUENCE_LSTM (unidirectional_sequence_lstm.cc Prepare): four buffers of
 *                                         batch * state units * the cell state's element size
 *                                         (int16 or float)
 *   TRANSPOSE_CONV (transpose_conv.cc Prepare): int8 input: output elements int32; int16 input:
 *                                         output elements int64, then an int16 bias widened to
 *                                         int64 (CalculateOpData)
 *
 * The int8/float conv, depthwise, fully connected, softmax (LUTs are persistent, int16 only) and
 * pooling reference kernels request none. Optimized kernels (CMSIS-NN, ...) do and are not
 * modelled here. Sources: tensorflow/tflite-micro @ 90b983c (2026-08-20).
 */
import type { Graph, Node } from '../../ir/graph.js';
import { elementCount } from '../../ir/shape.js';
import { attrInt } from '../../ops/util/attrs.js';
import { isInt8, outputOf, tensorOf } from './geometry.js';

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

/** TFLite's LSTM operands: 0 input, 18 output (hidden) state, 19 cell state. */
function lstmScratch(graph: Graph, node: Node): number[] {
  if (node.sourceOp !== 'UNIDIRECTIONAL_SEQUENCE_LSTM') return [];
  const x = tensorOf(graph, node, 0);
  const hidden = tensorOf(graph, node, 18);
  const cell = tensorOf(graph, node, 19);
  const batch = attrInt(node, 'time_major', 0) === 1 ? x?.shape?.[1] : x?.shape?.[0];
  const units = hidden?.shape?.[1];
  const bytes = cell?.dtype === 'int16' ? 2 : cell?.dtype === 'float32' ? 4 : undefined;
  if (typeof batch !== 'number' || typeof units !== 'number' || bytes === undefined) return [];
  return new Array<number>(4).fill(batch * units * bytes);
}

function transposeConvScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  const out = elementCount(outputOf(graph, node)?.shape);
  if (out === undefined) return [];
  if (x?.dtype === 'int8') return [4 * out];
  if (x?.dtype !== 'int16') return [];
  const bias = tensorOf(graph, node, 2);
  const n = elementCount(bias?.shape);
  return bias?.dtype === 'int16' && n !== undefined ? [8 * out, 8 * n] : [8 * out];
}

export function tflmScratch(node: Node, graph: Graph): number[] {
  switch (node.op) {
    case 'SVDF': return svdfScratch(graph, node);
    case 'LSTM': return lstmScratch(graph, node);
    case 'ConvTranspose': return transposeConvScratch(graph, node);
    case 'Conv':
    case 'Gemm': return int4FilterScratch(graph, node);
    default: return [];
  }
}
