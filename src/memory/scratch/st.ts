/**
 * Scratch buffers of ST Edge AI Core's kernels (the 'st' profile): one `<layer>_scratch0` array
 * per layer, placed in the activations buffer and alive only while its layer runs.
 *
 * Fitted on stedgeai v1.0.0's C-Arrays for two int8 streaming-wake-word models (str_ww_ref_model:
 * ../shared/reference/stedgeai-sww report; strm_ww_int8: the c_info.json beside it), 20 layers,
 * every size matched exactly, and on seed 001 (float conv). The parts follow the CMSIS-NN
 * `*_get_buffer_size` functions (DSP build) ST's kernels build on, plus 10 bytes per output channel
 * (per-channel requantization data: an int32 multiplier, an int32 bias term and an int16 shift).
 *
 *   int8 depthwise (forward_dw_sssa8_ch)  2*Cin*K (int16 im2col, arm_depthwise_conv_s8_opt)
 *                                         + Cout*K + 10*Cout + 1
 *                                         e.g. C 128, K 10x1: 128 * (3*10 + 10) + 1 = 5,121
 *   int8 conv / pointwise (forward_pw_sssa8_ch)
 *                                         2 columns * Cin/G*K * int16 (arm_convolve_s8) + 10*Cout
 *                                         e.g. 1x1, Cin 40, Cout 128: 160 + 1,280 = 1,440
 *   int8 dense (forward_dense_integer_SSSA)  Cin * int16 (the input widened): 32 -> 64 B
 *   int8 softmax (forward_sm_integer)     124 * int32 = 496 B for the 3-class softmax in both
 *                                         reports; taken as max(124, classes) int32 (empirical)
 *   float conv, one group                 one im2col column: Cin*K floats (seed 001: 9 x 4 = 36 B)
 *
 * Verified only where data exists: depthwise with multiplier 1 and kernels k x 1, pointwise 1x1;
 * the k x k int8 conv uses the same two-column im2col as its 1x1 case. Float dense and float
 * softmax have none (dense_64x32.onnx: stedgeai's 384 B holds no scratch). Other ops: none.
 */
import type { Graph, Node } from '../../ir/graph.js';
import { convGeometry, isInt8, outputOf, tensorOf } from './geometry.js';

/**
 * stedgeai's per-output-channel requantization data in a conv's scratch (bytes). FITTED on the two
 * wake-word models (stedgeai 1.0); checked within 10% on three independent published totals
 * (test/memory/scratch-models.test.ts, METRICS.md "Activations").
 */
const PER_CHANNEL_BYTES = 10;
/** int32 words of forward_sm_integer's scratch seen for 3 classes (stedgeai v1.0.0). FITTED, as above. */
const SOFTMAX_INT8_WORDS = 124;

function convScratch(graph: Graph, node: Node): number[] {
  const g = convGeometry(graph, node);
  const x = tensorOf(graph, node, 0);
  if (!g) return [];
  if (isInt8(x)) {
    if (g.depthwise) return [2 * g.cin * g.k + g.cout * g.k + PER_CHANNEL_BYTES * g.cout + 1];
    return [2 * 2 * (g.cin / g.group) * g.k + PER_CHANNEL_BYTES * g.cout];
  }
  if (x?.dtype === 'float32' && g.group === 1) return [4 * g.cin * g.k];
  return [];
}

/** Input features of a fully connected layer: the input's last dim. */
function denseScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  const w = tensorOf(graph, node, 1);
  if (!isInt8(x) || w?.data === undefined) return [];
  const k = x?.shape?.[x.shape.length - 1];
  return typeof k === 'number' ? [2 * k] : [];
}

function softmaxScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  if (!isInt8(x) || !isInt8(outputOf(graph, node))) return [];
  const c = x?.shape?.[x.shape.length - 1];
  return typeof c === 'number' ? [4 * Math.max(SOFTMAX_INT8_WORDS, c)] : [];
}

export function stScratch(node: Node, graph: Graph): number[] {
  switch (node.op) {
    case 'Conv': return convScratch(graph, node);
    case 'Gemm':
    case 'MatMul': return denseScratch(graph, node);
    case 'Softmax': return softmaxScratch(graph, node);
    default: return [];
  }
}

