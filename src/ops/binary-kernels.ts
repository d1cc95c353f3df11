/**
 * ST Edge AI Core's binary (DQNN) kernels, as its runtime declares them (METRICS.md "Binary
 * layers"): the forward functions of the headers layers_conv2d_dqnn.h and layers_dense_dqnn.h of
 * X-CUBE-AI's Middlewares/ST/AI/Inc, as committed in public projects
 * (embeddip/examples-stm32@2034c6dc49). A function is named by its family and formats,
 * `forward_<family>_i<in>o<out>w<weights>` (s1 binary, s8 / s16 integer, f32 float), then `_bn`
 * when a BN is folded into it, then, for a padded convolution, the value it pads with: `_pad0`
 * (zero, QKeras-like) or `_pad1` (-1 / +1, Larq-like), then `_fxp` for the 16-bit fixed-point
 * ones; a function without `_pad` takes no padding (valid). Left out: the `_optimN` variants of a
 * function (the same kernel under the runtime's extra assumptions), the DoReFa conv2d, the
 * unsigned-16-bit-output (`ou16`) conv2d, and the dense `_bn` twins (stedgeai's dense layers keep
 * their bias). Where a layer's formats have no kernel, stedgeai runs it in float (passes/binary.ts).
 */

export type BinaryFormat = 's1' | 's8' | 's16' | 'f32';
export type BinaryFamily = 'conv2d' | 'pw' | 'dw' | 'dense';
export type Padding = 'valid' | 'pad0' | 'pad1';

/** The function names, as the headers spell them. */
export const ST_BINARY_KERNELS: readonly string[] = [
  // layers_conv2d_dqnn.h
  'forward_pw_is1os1ws1_bn', 'forward_pw_is1os8ws1_bn', 'forward_pw_is1of32ws1_bn',
  'forward_conv2d_is1os1ws1_bn', 'forward_conv2d_is1os8ws1_bn',
  'forward_conv2d_is1os1ws1_bn_pad0', 'forward_conv2d_is1os8ws1_bn_pad0',
  'forward_conv2d_is1os1ws1_bn_pad1', 'forward_conv2d_is1os8ws1_bn_pad1',
  'forward_conv2d_is8os1ws8', 'forward_conv2d_is16os1ws1_bn_fxp', 'forward_conv2d_is16os16ws1_fxp',
  'forward_dw_is1os1ws1_bn', 'forward_dw_is1os1ws1_bn_pad0', 'forward_dw_is1os1ws1_bn_pad1',
  'forward_conv2d_is8os8ws1', 'forward_conv2d_is1os16ws1_bn_pad0_fxp', 'forward_conv2d_is1os16ws1_bn_pad1_fxp',
  // layers_dense_dqnn.h
  ...['is1os1ws1', 'is1os8ws1', 'is1os16ws1', 'is1of32ws1', 'is1of32wf32', 'is1of32ws8', 'is1os1ws8', 'is1os8ws8', 'is1os16ws8',
    'is8of32ws1', 'is8os1ws1', 'is8os8ws1', 'is8os16ws1', 'is16os1ws1', 'is16os8ws1', 'is16os16ws1', 'is16of32ws1',
    'if32os1ws1', 'if32os8ws1', 'if32os16ws1', 'if32of32ws1'].map((k) => `forward_dense_${k}`),
];

export interface Formats { input: BinaryFormat; output: BinaryFormat; weights: BinaryFormat }

interface Kernel { name: string; family: BinaryFamily; formats: Formats; padding: Padding }

const NAME = /^forward_(conv2d|pw|dw|dense)_i(s1|s8|s16|f32)o(s1|s8|s16|f32)w(s1|s8|f32)(?:_bn)?(?:_(pad0|pad1))?(?:_fxp)?$/;

/** A name of the list, read back into its family, formats and padding. */
export function parseKernel(name: string): Kernel | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, family, input, output, weights, padding] = m as unknown as [string, BinaryFamily, BinaryFormat, BinaryFormat, BinaryFormat, Padding | undefined];
  return { name, family, formats: { input, output, weights }, padding: padding ?? 'valid' };
}

const KERNELS: readonly Kernel[] = ST_BINARY_KERNELS.map((n) => parseKernel(n) as Kernel);

const same = (a: Formats, b: Formats): boolean => a.input === b.input && a.output === b.output && a.weights === b.weights;

/** The runtime function for these formats and padding, or undefined when there is none. */
export function binaryKernel(family: BinaryFamily, f: Formats, padding: Padding): string | undefined {
  return KERNELS.find((k) => k.family === family && k.padding === padding && same(k.formats, f))?.name;
}

/** The format triples the family has for a padding, in the headers' order (for messages). */
export function kernelFormats(family: BinaryFamily, padding: Padding): Formats[] {
  return KERNELS.filter((k) => k.family === family && k.padding === padding).map((k) => k.formats);
}
