/**
 * ST's binary kernel catalogue (src/ops/binary-kernels.ts) against the runtime headers it was read
 * from (layers_conv2d_dqnn.h, layers_dense_dqnn.h: the function names below are theirs), and the
 * 1-bit packing (src/ir/packing.ts) at its 32-value word limit.
 */
import { describe, expect, it } from 'vitest';
import { binaryKernel, kernelFormats, parseKernel, ST_BINARY_KERNELS } from '../../src/ops/binary-kernels.js';
import { packedBytes, wordPackedBytes } from '../../src/ir/packing.js';

const f = (input: 's1' | 's8' | 's16' | 'f32', output: 's1' | 's8' | 's16' | 'f32', weights: 's1' | 's8' | 'f32') => ({ input, output, weights });

describe('ST binary kernels', () => {
  it('names the functions the headers declare', () => {
    expect(binaryKernel('conv2d', f('s1', 's1', 's1'), 'valid')).toBe('forward_conv2d_is1os1ws1_bn');
    expect(binaryKernel('conv2d', f('s1', 's1', 's1'), 'pad0')).toBe('forward_conv2d_is1os1ws1_bn_pad0');
    expect(binaryKernel('conv2d', f('s1', 's8', 's1'), 'pad1')).toBe('forward_conv2d_is1os8ws1_bn_pad1');
    expect(binaryKernel('conv2d', f('s8', 's1', 's8'), 'valid')).toBe('forward_conv2d_is8os1ws8');
    expect(binaryKernel('pw', f('s1', 'f32', 's1'), 'valid')).toBe('forward_pw_is1of32ws1_bn');
    expect(binaryKernel('dw', f('s1', 's1', 's1'), 'pad1')).toBe('forward_dw_is1os1ws1_bn_pad1');
    expect(binaryKernel('dense', f('s1', 'f32', 'f32'), 'valid')).toBe('forward_dense_is1of32wf32');
    expect(binaryKernel('dense', f('f32', 's1', 's1'), 'valid')).toBe('forward_dense_if32os1ws1');
  });

  it('has no kernel where the headers have none', () => {
    // no K x K conv writes float32; the 16-bit output conv has no valid-padding kernel; no padded pointwise
    expect(binaryKernel('conv2d', f('s1', 'f32', 's1'), 'pad0')).toBeUndefined();
    expect(binaryKernel('conv2d', f('s1', 's16', 's1'), 'valid')).toBeUndefined();
    // the 16-bit ones are fixed point: `_fxp`, after the padding
    expect(binaryKernel('conv2d', f('s1', 's16', 's1'), 'pad0')).toBe('forward_conv2d_is1os16ws1_bn_pad0_fxp');
    expect(binaryKernel('conv2d', f('s16', 's1', 's1'), 'valid')).toBe('forward_conv2d_is16os1ws1_bn_fxp');
    expect(binaryKernel('conv2d', f('s16', 's16', 's1'), 'valid')).toBe('forward_conv2d_is16os16ws1_fxp');
    expect(binaryKernel('pw', f('s1', 's1', 's1'), 'pad0')).toBeUndefined();
    expect(binaryKernel('dw', f('s1', 's8', 's1'), 'valid')).toBeUndefined();
    expect(binaryKernel('dense', f('f32', 'f32', 'f32'), 'valid')).toBeUndefined();
  });

  it('lists each family\'s formats: 7 conv2d, 3 pointwise, 1 depthwise, 21 dense (the headers\' count)', () => {
    expect(new Set([...(['valid', 'pad0', 'pad1'] as const)].flatMap((p) => kernelFormats('conv2d', p).map((x) => `${x.input}${x.output}${x.weights}`))).size).toBe(7);
    expect(kernelFormats('conv2d', 'valid').map((x) => `${x.input}${x.output}${x.weights}`)).toEqual(['s1s1s1', 's1s8s1', 's8s1s8', 's16s1s1', 's16s16s1', 's8s8s1']);
    expect(kernelFormats('pw', 'valid')).toEqual([f('s1', 's1', 's1'), f('s1', 's8', 's1'), f('s1', 'f32', 's1')]);
    expect(kernelFormats('dw', 'pad0')).toEqual([f('s1', 's1', 's1')]);
    expect(kernelFormats('dense', 'valid')).toHaveLength(21);
    expect(kernelFormats('conv2d', 'pad1').map((x) => `${x.input}${x.output}${x.weights}`)).toEqual(['s1s1s1', 's1s8s1', 's1s16s1']);
  });
});

describe('the kernel names, read back', () => {
  it('every listed name parses into its family, formats and padding (39 functions: 18 conv2d / pw / dw, 21 dense)', () => {
    expect(ST_BINARY_KERNELS).toHaveLength(18 + 21);
    expect(ST_BINARY_KERNELS.filter((n) => parseKernel(n) === undefined)).toEqual([]);
    expect(parseKernel('forward_conv2d_is1os16ws1_bn_pad1_fxp')).toEqual({ name: 'forward_conv2d_is1os16ws1_bn_pad1_fxp', family: 'conv2d', formats: f('s1', 's16', 's1'), padding: 'pad1' });
    expect(parseKernel('forward_dense_if32of32ws1')).toMatchObject({ family: 'dense', formats: f('f32', 'f32', 's1'), padding: 'valid' });
  });

  it('names outside the scheme do not parse: an optimN variant, the DoReFa conv, an unsigned output, a prefix or suffix', () => {
    for (const n of ['forward_pw_is1os1ws1_bn_optim2', 'forward_conv2d_dorefa_is8os1ws8', 'forward_conv2d_is1ou16ws1_bn_pad0_fxp', 'x_forward_dw_is1os1ws1_bn', 'forward_dw_is1os1ws1_bn_pad0_x']) {
      expect(parseKernel(n)).toBeUndefined();
    }
  });
});

describe('1b-32bpacked', () => {
  it('a word per 32 values along the axis, each slice starting a word', () => {
    // 10 pixels of 31, 32, 33 channels: 1, 1, 2 words each
    expect(wordPackedBytes([1, 10, 31], 2)).toBe(10 * 4);
    expect(wordPackedBytes([1, 10, 32], 2)).toBe(10 * 4);
    expect(wordPackedBytes([1, 10, 33], 2)).toBe(10 * 8);
    // along another axis: weights [Cout 4, K 9, Cin 40] packed along Cin -> 36 slices x 2 words
    expect(wordPackedBytes([4, 9, 40], 2)).toBe(36 * 8);
    expect(wordPackedBytes([4, 9, 40], 0)).toBe(9 * 40 * 4);
    // 3-bit values: 11 take 33 bits, 2 words; 10 take 30 bits, 1 word
    expect(wordPackedBytes([11], 0, 3)).toBe(8);
    expect(wordPackedBytes([10], 0, 3)).toBe(4);
    expect(wordPackedBytes([0, 5], 0)).toBe(0);
  });

  it('int1 tensors pack their last axis unless told; constants need both storageBits and packedAxis', () => {
    expect(packedBytes({ name: 'a', dtype: 'int1', shape: [1, 4, 40] })).toBe(4 * 8);
    expect(packedBytes({ name: 'a', dtype: 'int1', shape: [40, 4], packedAxis: 0 })).toBe(4 * 8);
    expect(packedBytes({ name: 'w', dtype: 'float32', shape: [40, 4], storageBits: 1, packedAxis: 0 })).toBe(4 * 8);
    expect(packedBytes({ name: 'w', dtype: 'float32', shape: [40, 4], storageBits: 1 })).toBeUndefined();
    expect(packedBytes({ name: 'w', dtype: 'float32', shape: [40, 4] })).toBeUndefined();
    expect(packedBytes({ name: 'a', dtype: 'int1', shape: [1, 'N', 40] })).toBeUndefined();
  });
});
