/**
 * Conv and ConvTranspose (src/ops/conv.ts) by weight layout and at the operand edges conv-edges
 * leaves out: where each layout keeps its channels (the axes below are the layouts' definitions:
 * O = output channels, I = input channels per group, H W = kernel), the kernel when kernel_shape
 * is absent, the channel check per group, TFLite's depthwise (IHWO) and transposed (OHWI) weights,
 * and operands that are missing or shapeless. MACC = O x Cin/G x K (+ Cout), worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Node } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { inChannelAxis, outChannelAxis, outChannelCount } from '../../src/ops/conv.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

const node = (op: string, attrs: Attrs = {}): Node => ({ name: 'n', op: op as Node['op'], sourceOp: op, inputs: [], outputs: [], attrs });

describe('channel axes by layout', () => {
  it('output channels: OIHW / OHWI 0, IHWO / HWIO last, IOHW 1 (and a ConvTranspose without a layout), Gemm by transB, MatMul last', () => {
    expect([
      outChannelAxis(node('Conv'), 4), outChannelAxis(node('Conv', { weight_layout: 'OHWI' }), 4),
      outChannelAxis(node('Conv', { weight_layout: 'IHWO' }), 4), outChannelAxis(node('Conv', { weight_layout: 'HWIO' }), 4),
      outChannelAxis(node('Conv', { weight_layout: 'IOHW' }), 4), outChannelAxis(node('ConvTranspose'), 4),
      outChannelAxis(node('Gemm'), 2), outChannelAxis(node('Gemm', { transB: 1 }), 2), outChannelAxis(node('MatMul'), 3),
    ]).toEqual([0, 0, 3, 3, 1, 1, 1, 0, 2]);
  });

  it('input channels: OIHW 1, OHWI / HWOI last, HWIO last but one, IHWO 0, a ConvTranspose 0, Gemm by transB, MatMul last but one', () => {
    expect([
      inChannelAxis(node('Conv'), 4), inChannelAxis(node('Conv', { weight_layout: 'OHWI' }), 4), inChannelAxis(node('Conv', { weight_layout: 'HWOI' }), 4),
      inChannelAxis(node('Conv', { weight_layout: 'HWIO' }), 4), inChannelAxis(node('Conv', { weight_layout: 'IHWO' }), 4), inChannelAxis(node('ConvTranspose'), 4),
      inChannelAxis(node('Gemm'), 2), inChannelAxis(node('Gemm', { transB: 1 }), 2), inChannelAxis(node('MatMul'), 4),
    ]).toEqual([1, 3, 3, 2, 0, 0, 0, 1, 2]);
  });

  it('a grouped ConvTranspose counts Cout/G per group times G; a Conv counts its own', () => {
    expect(outChannelCount(node('ConvTranspose', { group: 3 }), [6, 4, 3, 3])).toBe(12);
    expect(outChannelCount(node('Conv', { group: 3 }), [6, 4, 3, 3])).toBe(6);
    expect(outChannelCount(node('Conv'), ['C', 4, 3, 3])).toBeUndefined();
  });
});

function run(op: 'Conv' | 'ConvTranspose', x: Shape | undefined, w: Shape | 'omitted' | 'ghost', attrs: Attrs = {}) {
  const g = new GraphBuilder();
  const xs = x ? g.input('x', 'int8', x) : g.tensor('x', 'int8');
  const ws = w === 'omitted' ? '' : w === 'ghost' ? 'ghost' : g.constant('w', 'int8', w);
  const out = g.node(op, [xs, ws], attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, dtype: g.get(out).dtype, macc: messages.includes('E_') || messages.includes('differ') || messages.includes('expects') || messages.includes('static') ? undefined : costOf(g, 'n').macc, messages };
}

const NHWC = { layout: 'NHWC' };

describe('Conv by layout: shapes and MACC', () => {
  it('HWIO [3, 3, 8, 16] on NHWC [1, 8, 8, 8]: 16 channels out, 6 x 6 x 16 x 8 x 9 MACC', () => {
    expect(run('Conv', [1, 8, 8, 8], [3, 3, 8, 16], { ...NHWC, weight_layout: 'HWIO' })).toMatchObject({ shape: [1, 6, 6, 16], macc: 6 * 6 * 16 * 8 * 9 });
  });

  it('HWOI [3, 3, 16, 8] on NHWC [1, 8, 8, 8]: 16 channels out, 8 input channels per output', () => {
    expect(run('Conv', [1, 8, 8, 8], [3, 3, 16, 8], { ...NHWC, weight_layout: 'HWOI' })).toMatchObject({ shape: [1, 6, 6, 16], macc: 6 * 6 * 16 * 8 * 9 });
  });

  it('TFLite depthwise IHWO [1, 3, 3, 8] on [1, 8, 8, 8], no group attribute: 1 input channel per output, no channel refusal', () => {
    expect(run('Conv', [1, 8, 8, 8], [1, 3, 3, 8], { ...NHWC, weight_layout: 'IHWO' })).toMatchObject({ shape: [1, 6, 6, 8], macc: 6 * 6 * 8 * 9, messages: '' });
  });

  it('the channel check per group: 2 groups of 4 read 8 channels; 6 channels are refused, naming both', () => {
    expect(run('Conv', [1, 8, 5, 5], [4, 4, 1, 1], { group: 2 })).toMatchObject({ shape: [1, 4, 5, 5], macc: 25 * 4 * 4 });
    expect(run('Conv', [1, 6, 5, 5], [4, 4, 1, 1], { group: 2 }).messages).toContain('input has 6 channels but weight expects 4 x 2 groups');
  });
});

describe('Conv kernels and operands', () => {
  it('symbolic kernel dims without kernel_shape are refused; with kernel_shape it counts (3 x 3)', () => {
    expect(run('Conv', [1, 8, 8, 8], [16, 8, 'k', 3]).messages).toContain('kernel dims [k,3] are not static and kernel_shape is absent');
    expect(run('Conv', [1, 8, 8, 8], [16, 8, 'k', 'k'], { kernel_shape: [3, 3] })).toMatchObject({ shape: [1, 16, 6, 6], macc: 36 * 16 * 8 * 9 });
  });

  it('no weights (omitted or naming no tensor): a 1 x 1 window, channels unknown, 0 MACC', () => {
    for (const w of ['omitted', 'ghost'] as const) {
      expect(run('Conv', [1, 8, 5, 5], w)).toMatchObject({ shape: [1, '?', 5, 5], macc: 0 });
    }
  });

  it('an input without a shape: no shape out, the dtype still the input\'s (Conv and ConvTranspose)', () => {
    expect(run('Conv', undefined, [16, 8, 3, 3])).toMatchObject({ shape: undefined, dtype: 'int8' });
    expect(run('ConvTranspose', undefined, [8, 16, 3, 3])).toMatchObject({ shape: undefined, dtype: 'int8' });
  });
});

describe('ConvTranspose by layout', () => {
  it('TFLite OHWI weights [16, 3, 3, 8], 2 groups: Cout is the weights\' 16 (not x 2); MACC every input element x 8 x 9', () => {
    const r = run('ConvTranspose', [1, 4, 4, 8], [16, 3, 3, 8], { ...NHWC, weight_layout: 'OHWI', group: 2 });
    expect(r).toMatchObject({ shape: [1, 6, 6, 16], macc: 4 * 4 * 8 * 8 * 9 });
  });

  it('without weights: channels unknown, 0 MACC; symbolic kernel dims with kernel_shape: counted', () => {
    expect(run('ConvTranspose', [1, 4, 4, 4], 'omitted')).toMatchObject({ shape: [1, '?', 4, 4], macc: 0 });
    expect(run('ConvTranspose', [1, 4, 4, 4], [4, 2, 'k', 'k'], { kernel_shape: [3, 3] })).toMatchObject({ shape: [1, 2, 6, 6], macc: 64 * 2 * 9 });
  });
});

describe('1-D convolutions with Keras kernels (HWIO / HWOI [k, ., .])', () => {
  it('x [1, 10, 8] (N, W, C), kernel 3: 8 outputs of 16 channels, 8 x 16 x 8 x 3 MACC', () => {
    expect(run('Conv', [1, 10, 8], [3, 8, 16], { ...NHWC, weight_layout: 'HWIO' })).toMatchObject({ shape: [1, 8, 16], macc: 8 * 16 * 8 * 3 });
    expect(run('Conv', [1, 10, 8], [3, 16, 8], { ...NHWC, weight_layout: 'HWOI' })).toMatchObject({ shape: [1, 8, 16], macc: 8 * 16 * 8 * 3 });
  });

  it('a ConvTranspose with OHWI weights keeps its output channels first', () => {
    expect(outChannelAxis(node('ConvTranspose', { weight_layout: 'OHWI' }), 4)).toBe(0);
  });
});
