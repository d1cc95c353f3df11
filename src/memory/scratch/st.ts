/**
 * Scratch buffers of ST Edge AI Core's kernels (the 'st' profile): one `<layer>_scratch0` array
 * per layer, placed in the activations buffer and alive only while its layer runs.
 *
 * Sources: the C-Arrays and c_info.json of stedgeai 1.0 for two int8 wake-word models
 * (../shared/reference/stedgeai-sww), and 2.x `network.c` / c_info.json files from public projects
 * (test/reference/st-scratch-layers.json lists every layer, its repository and commit; 290 layers).
 * The parts follow the CMSIS-NN `*_get_buffer_size` functions (DSP build) ST's kernels build on:
 *
 *   int8 depthwise (forward_dw_sssa8_ch)  2*Cin*K (int16 im2col) + Cout*K + 10*Cout + 1
 *                                         e.g. C 128, K 10x1: 128 * (3*10 + 10) + 1 = 5,121
 *   int8 pointwise 1x1 (forward_pw_sssa8_ch)
 *                                         2 int16 im2col columns (4*Cin/G) + 10*Cout (per-channel
 *                                         requantization: int32 multiplier, int32 bias term, int16 shift)
 *                                         e.g. Cin 40, Cout 128: 160 + 1,280 = 1,440
 *   int8 conv, K > 1 (forward_conv2d_sssa8_ch, forward_conv2d_deep_sssa8_ch)
 *                                         4*Cin/G*K + 14*Cout + min(2*Cin/G*K*Cout, 5,120): the
 *                                         weights widened to int16, at most 5,120 B at a time
 *                                         e.g. Cin 54, K 3, Cout 48: 648 + 672 + 5,120 = 6,440
 *   int8 dense (forward_dense_integer_SSSA[_ch])
 *                                         the input widened to int16 (2*Cin), plus 10*Cout with
 *                                         per-channel weights (_ch): Cin 11, Cout 64 -> 662 B
 *   int8 softmax (forward_sm_integer)     one int32 per input difference the kernel tabulates:
 *                                         |diff_min| of TFLite's softmax quantization,
 *                                         floor(31 * 2^26 / 2^e), e the exponent of beta*scale*2^26
 *                                         (scale 0.1471 -> 124 words; 0.0944 -> 248; 9.578 -> 1)
 *   float conv, one group                 one im2col column: Cin*K floats (seed 001: 9 x 4 = 36 B,
 *                                         144 x 4 = 576 B)
 *   binary conv (int1 input)              2 words per kernel tap and word of packed input channels
 *                                         (seed 001: 3x3, 1 channel -> 72 B; fitted, one layer)
 *   float LSTM (forward_lstm)             7 * units floats, whatever the input size: 700 for 100
 *                                         units (stm32ai 5.2, sine_LSTM_Dense_50_50.h5's report),
 *                                         350 for 50 units with 2 or 50 inputs (a 2024 network.c);
 *                                         a bidirectional layer runs as two layers, one direction
 *                                         after the other, each 7 * units at the same offset
 *                                         (yash-akbari/AFIB_Detection_ON_STM32L475VGT6@0eb5645
 *                                         network.c: 140 floats each for 20 units)
 *
 *   SVM classifier (forward_svc)          one float per support vector (its kernel value) plus
 *                                         7 per class pair + 3 (the pairwise votes and
 *                                         probabilities): 646 SVs, 4 classes -> 691 floats; 450, 4
 *                                         -> 495; 656, 5 -> 729 (the 7 and 3 FITTED on these three);
 *                                         checked on 550, 3 -> 574 and 990, 4 -> 1,035 (five
 *                                         public network.c files, test/ops/ml.test.ts)
 *
 * Float dense and float softmax have none (dense_64x32.onnx: stedgeai's 384 B holds no scratch).
 * Other ops: none.
 */
import { supportVectorCount, supportVectorMismatch } from '../../ops/ml.js';
import { classCount } from '../../ops/ml-arrays.js';
import type { Graph, Node } from '../../ir/graph.js';
import { convGeometry, isInt8, outputOf, tensorOf } from './geometry.js';
import type { CpuSimd, KernelScratchFn } from '../types.js';

/**
 * stedgeai's per-output-channel requantization data in a pointwise conv's or dense layer's scratch
 * (bytes). FITTED on the two wake-word models (stedgeai 1.0); checked on every pointwise and
 * per-channel dense layer of test/reference/st-scratch-layers.json (2.x, other projects).
 */
const PER_CHANNEL_BYTES = 10;
/**
 * A K > 1 int8 conv's per-channel bytes and the cap on its int16 weight copy. FITTED on the
 * weather-forecasting project's network.c (conv2d_1: Cin 7, K 5, Cout 54 -> 4,676 B; conv2d_4:
 * Cin 54, K 3, Cout 48 -> 6,440 B); checked on the other K > 1 layers of
 * test/reference/st-scratch-layers.json, among them another project's c_info.json.
 */
const CONV_PER_CHANNEL_BYTES = 14;
const CONV_WEIGHT_COPY_MAX = 5_120;
/**
 * A binary convolution's scratch: 32-bit words per kernel tap and per word of packed input
 * channels. FITTED on the one binary layer of seed 001's two-layer report (quant_conv2d: 3x3, one
 * input channel, scratch0 18 floats = 72 B); no second report to check it on.
 */
const BINARY_CONV_WORDS_PER_TAP = 2;
/** Words of forward_sm_integer's table when the input scale is unknown: stedgeai 1.0's for the wake-word model. */
const SOFTMAX_INT8_WORDS_UNKNOWN = 124;

function convScratch(graph: Graph, node: Node, simd: CpuSimd): number[] {
  const g = convGeometry(graph, node);
  const x = tensorOf(graph, node, 0);
  if (!g) return [];
  if (isInt8(x)) {
    if (g.depthwise) return [2 * g.cin * g.k + g.cout * g.k + PER_CHANNEL_BYTES * g.cout + 1];
    const cols = (g.cin / g.group) * g.k;
    // Helium builds (Cortex-M55) NOT CALIBRATED: the pointwise rule, close to ST 4.0's one
    // stm32n6 c_info (../shared/reference/packetqc-ai: 5,632 B for 5,120 B, Cin 256, K 3, Cout 256)
    if (g.k === 1 || simd === 'helium') return [2 * 2 * cols + PER_CHANNEL_BYTES * g.cout];
    return [2 * 2 * cols + CONV_PER_CHANNEL_BYTES * g.cout + Math.min(2 * cols * g.cout, CONV_WEIGHT_COPY_MAX)];
  }
  // Stryker disable next-line OptionalChaining: equivalent, g exists only when input 0 has a tensor with a shape (convGeometry), so x exists
  if (x?.dtype === 'int1') return [4 * BINARY_CONV_WORDS_PER_TAP * g.k * Math.ceil(g.cin / g.group / 32)];
  // Stryker disable next-line OptionalChaining: equivalent, g exists only when input 0 has a tensor with a shape (convGeometry), so x exists
  if (x?.dtype === 'float32' && g.group === 1) return [4 * g.cin * g.k];
  return [];
}

/** Input features of a fully connected layer (the input's last dim); per-channel weights add their requantization data. */
function denseScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  const w = tensorOf(graph, node, 1);
  const y = outputOf(graph, node);
  if (!isInt8(x) || w?.data === undefined) return [];
  // Stryker disable next-line OptionalChaining: equivalent, isInt8(x) held just above, so x exists
  const xShape = x?.shape;
  const k = xShape?.at(-1);
  const n = y?.shape?.[y.shape.length - 1];
  if (typeof k !== 'number') return [];
  const perChannel = (w.quant?.scale.length ?? 1) > 1;
  if (!perChannel) return [2 * k];
  return typeof n === 'number' ? [2 * k + PER_CHANNEL_BYTES * n] : [];
}

/**
 * TFLite's int8 softmax quantization (kScaledDiffIntegerBits = 5): the input multiplier
 * beta*scale*2^26 = m * 2^e (m in [0.5, 1)); differences below diff_min = -floor(31 * 2^26 / 2^e)
 * contribute nothing, and the kernel tabulates one int32 per difference from 0 to |diff_min|.
 */
export function softmaxTableWords(scale: number, beta: number): number | undefined {
  // Stryker disable next-line ArithmeticOperator: equivalent, a cap of 2^31 - 1 or 2^31 + 1 gives e = 31 or 32, and floor(31 * 2^(26 - e)) = 0 words either way
  const real = Math.min(beta * scale * 2 ** 26, 2 ** 31 - 1);
  if (!(real > 0) || !Number.isFinite(real)) return undefined;
  let e = Math.floor(Math.log2(real)) + 1;
  // QuantizeMultiplier: a mantissa that rounds to 2^31 moves to the next exponent
  if (Math.round((real / 2 ** e) * 2 ** 31) === 2 ** 31) e += 1;
  return Math.floor(31 * 2 ** (26 - e));
}

function softmaxScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  if (!isInt8(x) || !isInt8(outputOf(graph, node))) return [];
  // Stryker disable next-line OptionalChaining: equivalent, isInt8(x) held just above, so x exists
  const scale = x?.quant?.scale[0];
  const beta = typeof node.attrs['beta'] === 'number' ? node.attrs['beta'] : 1;
  // Stryker disable next-line ConditionalExpression: equivalent, softmaxTableWords(undefined) is NaN-guarded and gives undefined too
  const words = scale === undefined ? undefined : softmaxTableWords(scale, beta);
  return [4 * Math.max(words ?? SOFTMAX_INT8_WORDS_UNKNOWN, 1)];
}

/** ST's kernels for a DSP-extension core (Cortex-M4, M7, M33): the default rule table. */
export function stScratch(node: Node, graph: Graph): number[] {
  // Stryker disable next-line StringLiteral: equivalent, only 'helium' changes a rule: any other name is the DSP table
  return stScratchFor(node, graph, 'dsp');
}

/** The kernels ST builds for the core's SIMD extension. */
export function stScratchRules(simd: CpuSimd): KernelScratchFn {
  return (node, graph) => stScratchFor(node, graph, simd);
}

/** ST's float LSTM work area: 7 floats per unit (the directions of a bidirectional layer take turns). */
const LSTM_FLOATS_PER_UNIT = 7;

function lstmScratch(graph: Graph, node: Node): number[] {
  const x = tensorOf(graph, node, 0);
  const r = tensorOf(graph, node, 2);
  if (x?.dtype !== 'float32') return [];
  const hidden = typeof node.attrs['hidden_size'] === 'number' ? node.attrs['hidden_size'] : node.sourceOp === 'LSTM' ? r?.shape?.[r.shape.length - 1] : undefined;
  if (typeof hidden !== 'number' || hidden <= 0) return [];
  return [4 * LSTM_FLOATS_PER_UNIT * hidden];
}

/** forward_svc's work area per class pair, and its fixed part (floats; FITTED, see the header). */
const SVC_FLOATS_PER_PAIR = 7;
const SVC_FLOATS_FIXED = 3;

function svcScratch(graph: Graph, node: Node): number[] {
  const sv = supportVectorCount(node);
  const k = classCount(node);
  // counts the support vectors present do not back (the rule's W_SHAPE) take no work area
  const x = tensorOf(graph, node, 0)?.shape;
  if (sv === 0 || k < 2 || supportVectorMismatch(node, x?.[x.length - 1]) !== undefined) return [];
  return [4 * (sv + (SVC_FLOATS_PER_PAIR * k * (k - 1)) / 2 + SVC_FLOATS_FIXED)];
}

function stScratchFor(node: Node, graph: Graph, simd: CpuSimd): number[] {
  switch (node.op) {
    case 'LSTM': return lstmScratch(graph, node);
    case 'Conv': return convScratch(graph, node, simd);
    case 'Gemm':
    case 'MatMul': return denseScratch(graph, node);
    case 'Softmax': return softmaxScratch(graph, node);
    case 'SVMClassifier': return svcScratch(graph, node);
    default: return [];
  }
}

