/**
 * Conv and ConvTranspose at their edges (src/ops/conv.ts): output sizes from the ONNX formulas
 * (ConvTranspose: s (in - 1) + output_padding + ((k - 1) d + 1) - pads, SAME: in x s), the group
 * count of TFLite depthwise weights, the refusals (weight rank, kernel rank, channels), a binary
 * layer's threshold input adding no bias, and MACC = O x Cin/G x K (+ Cout). Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(op: 'Conv' | 'ConvTranspose', x: Shape, w: Shape, attrs: Attrs = {}, bias = false) {
  const g = new GraphBuilder();
  const ins = [g.input('x', 'float32', x), g.constant('w', 'float32', w)];
  if (bias) ins.push(g.constant('b', 'float32', [8]));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, cost: messages ? undefined : costOf(g, 'n'), messages };
}

describe('ConvTranspose output sizes', () => {
  it('s (in - 1) + output_padding + extent - pads, per axis', () => {
    // H: 2 * 3 + 1 + 3 - 2 = 8; W: 2 * 3 + 0 + 3 - 0 = 9
    expect(run('ConvTranspose', [1, 4, 4, 4], [4, 2, 3, 3], { strides: [2, 2], pads: [1, 0, 1, 0], output_padding: [1, 0] }).shape).toEqual([1, 2, 8, 9]);
    // dilation 2: extent 5; 1 * 3 + 5 = 8
    expect(run('ConvTranspose', [1, 4, 4, 4], [4, 2, 3, 3], { dilations: [2, 2] }).shape).toEqual([1, 2, 8, 8]);
    expect(run('ConvTranspose', [1, 4, 4, 4], [4, 2, 3, 3], { strides: [2, 2], auto_pad: 'VALID', pads: [5, 5, 5, 5] }).shape).toEqual([1, 2, 9, 9]);
    expect(run('ConvTranspose', [1, 4, 4, 5], [4, 2, 3, 3], { strides: [3, 2], auto_pad: 'SAME_LOWER' }).shape).toEqual([1, 2, 12, 10]);
    expect(run('ConvTranspose', [1, 4, 4, 4], [4, 2, 3, 3], { output_shape: [1, 2, 10, 11] }).shape).toEqual([1, 2, 10, 11]);
  });

  it('grouped IOHW weights: Cout = G x (Cout/G); MACC every input element x Cout/G x K, bias Cout', () => {
    const r = run('ConvTranspose', [1, 4, 4, 4], [4, 2, 3, 3], { group: 2 }, true);
    expect(r.shape).toEqual([1, 4, 6, 6]);
    expect(r.cost).toEqual({ macc: 64 * 2 * 9 + 4, pure: 64 * 2 * 9 });
  });

  it('a symbolic spatial dim stays unknown', () => {
    const s = run('ConvTranspose', [1, 4, 'H', 4], [4, 2, 3, 3]).shape;
    expect(s?.slice(0, 2)).toEqual([1, 2]);
    expect(typeof s?.[2]).toBe('string');
    expect(s?.[3]).toBe(6);
  });
});

describe('Conv', () => {
  it('TFLite depthwise (IHWO) takes its groups from the input channels; MACC O x 1 x K', () => {
    const r = run('Conv', [1, 6, 6, 8], [1, 3, 3, 8], { layout: 'NHWC', weight_layout: 'IHWO' });
    expect(r.shape).toEqual([1, 4, 4, 8]);
    expect(r.cost?.macc).toBe(128 * 9);
  });

  it('refuses a weight rank other than the input\'s, a kernel_shape of another rank, and channels that do not match the groups', () => {
    expect(run('Conv', [1, 4, 8, 8], [8, 4, 3], {}).messages).toContain('weight rank 3 differs from input rank 4');
    expect(run('Conv', [1, 4, 8, 8], [8, 4, 3, 3], { kernel_shape: [3] }).messages).toContain('kernel has 1 dims, input has 2 spatial dims');
    expect(run('Conv', [1, 4, 8, 8], [8, 2, 3, 3], { group: 3 }).messages).toContain('input has 4 channels but weight expects 2 x 3 groups');
  });

  it('a binary layer\'s third input is its threshold, not a bias: no Cout added', () => {
    const plain = run('Conv', [1, 4, 8, 8], [8, 4, 3, 3], {}, true).cost;
    const binary = run('Conv', [1, 4, 8, 8], [8, 4, 3, 3], { threshold: true }, true).cost;
    expect(plain).toEqual({ macc: 288 * 36 + 8, pure: 288 * 36 });
    expect(binary).toEqual({ macc: 288 * 36, pure: 288 * 36 });
  });
});
