/**
 * ST Edge AI Core's binary (DQNN) kernels, as its runtime declares them (METRICS.md "Binary
 * layers"): the headers layers_conv2d_dqnn.h and layers_dense_dqnn.h of X-CUBE-AI's
 * Middlewares/ST/AI/Inc, as committed in public projects (embeddip/examples-stm32@2034c6dc49).
 * A kernel is named by its formats, `i<in>o<out>w<weights>` (s1 binary, s8 / s16 integer, f32
 * float), and, for a padded convolution, the value it pads with: `pad0` (zero, QKeras-like) or
 * `pad1` (-1 / +1, Larq-like); `valid` kernels take no padding. Where a layer's formats have no
 * kernel, stedgeai runs it in float (passes/binary.ts).
 */

export type BinaryFormat = 's1' | 's8' | 's16' | 'f32';
export type BinaryFamily = 'conv2d' | 'pw' | 'dw' | 'dense';
export type Padding = 'valid' | 'pad0' | 'pad1';

interface KernelSet {
  /** `i<in>o<out>w<weights>` -> the paddings it has. */
  formats: Readonly<Record<string, readonly Padding[]>>;
  /** The runtime's `_bn` suffix on the binary-input kernels (a BN folded into them). */
  bn: boolean;
}

const ALL: readonly Padding[] = ['valid', 'pad0', 'pad1'];
const NONE: readonly Padding[] = ['valid'];

export const ST_BINARY_KERNELS: Readonly<Record<BinaryFamily, KernelSet>> = {
  // forward_conv2d_is1os1ws1_bn(_pad0|_pad1), is1os8ws1_bn(...), is1os16ws1_bn_pad0/pad1_fxp,
  // is8os1ws8, is16os1ws1_bn_fxp, is16os16ws1_fxp, is8os8ws1: no K x K kernel writes float32
  conv2d: {
    bn: true,
    formats: {
      is1os1ws1: ALL, is1os8ws1: ALL, is1os16ws1: ['pad0', 'pad1'],
      is8os1ws8: NONE, is16os1ws1: NONE, is16os16ws1: NONE, is8os8ws1: NONE,
    },
  },
  // forward_pw_is1os1ws1_bn, is1os8ws1_bn, is1of32ws1_bn
  pw: { bn: true, formats: { is1os1ws1: NONE, is1os8ws1: NONE, is1of32ws1: NONE } },
  // forward_dw_is1os1ws1_bn(_pad0|_pad1)
  dw: { bn: true, formats: { is1os1ws1: ALL } },
  // forward_dense_*: every combination the header lists
  dense: {
    bn: false,
    formats: Object.fromEntries([
      'is1os1ws1', 'is1os8ws1', 'is1os16ws1', 'is1of32ws1', 'is1of32wf32', 'is1of32ws8', 'is1os1ws8', 'is1os8ws8', 'is1os16ws8',
      'is8of32ws1', 'is8os1ws1', 'is8os8ws1', 'is8os16ws1', 'is16os1ws1', 'is16os8ws1', 'is16os16ws1', 'is16of32ws1',
      'if32os1ws1', 'if32os8ws1', 'if32os16ws1', 'if32of32ws1',
    ].map((f) => [f, NONE])),
  },
};

export interface Formats { input: BinaryFormat; output: BinaryFormat; weights: BinaryFormat }

const key = (f: Formats): string => `i${f.input}o${f.output}w${f.weights}`;

/** The runtime function for these formats and padding, or undefined when there is none. */
export function binaryKernel(family: BinaryFamily, f: Formats, padding: Padding): string | undefined {
  const set = ST_BINARY_KERNELS[family];
  const pads = set.formats[key(f)];
  if (!pads?.includes(padding)) return undefined;
  const bn = set.bn && f.input === 's1' ? '_bn' : '';
  return `forward_${family}_${key(f)}${bn}${padding === 'valid' ? '' : `_${padding}`}`;
}

/** The format triples the family has for a padding, as `in/out/weights` (for messages). */
export function kernelFormats(family: BinaryFamily, padding: Padding): Formats[] {
  return Object.entries(ST_BINARY_KERNELS[family].formats)
    .filter(([, pads]) => pads.includes(padding))
    .map(([k]) => {
      const m = /^i(\w+?)o(\w+?)w(\w+)$/.exec(k);
      return { input: m?.[1] as BinaryFormat, output: m?.[2] as BinaryFormat, weights: m?.[3] as BinaryFormat };
    });
}
