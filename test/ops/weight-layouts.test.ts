/**
 * Where each weight layout keeps its channels and kernel (src/ops/conv.ts weightDims,
 * outChannelAxis, inChannelAxis, outChannelCount): ONNX Conv OIHW, ONNX ConvTranspose IOHW
 * (Cin, Cout/G, k...), TFLite OHWI and depthwise IHWO (1, H, W, Cout), Keras HWIO and Keras
 * depthwise HWOI, Gemm with and without transB, MatMul. The weights in every case are a shape
 * written so that each dimension is a different number and the expected axis is read off it.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/ir/graph.js';
import { inChannelAxis, outChannelAxis, outChannelCount, weightDims } from '../../src/ops/conv.js';

const node = (op: string, attrs: Node['attrs'] = {}): Node => ({ name: 'n', op: op as Node['op'], sourceOp: op, inputs: [], outputs: [], attrs });

describe('weightDims: out channels, in channels per group, kernel', () => {
  it.each<[string, string | undefined, boolean, number[], { out: number; inPerGroup: number; kernel: number[] }]>([
    ['ONNX Conv (OIHW, the default)', undefined, false, [16, 8, 3, 5], { out: 16, inPerGroup: 8, kernel: [3, 5] }],
    ['ONNX ConvTranspose (IOHW, the transposed default)', undefined, true, [8, 4, 3, 5], { out: 4, inPerGroup: 8, kernel: [3, 5] }],
    ['TFLite Conv (OHWI)', 'OHWI', false, [16, 3, 5, 8], { out: 16, inPerGroup: 8, kernel: [3, 5] }],
    ['TFLite depthwise (IHWO)', 'IHWO', false, [1, 3, 5, 16], { out: 16, inPerGroup: 1, kernel: [3, 5] }],
    ['Keras Conv (HWIO)', 'HWIO', false, [3, 5, 8, 16], { out: 16, inPerGroup: 8, kernel: [3, 5] }],
    ['Keras depthwise (HWOI)', 'HWOI', false, [3, 5, 16, 1], { out: 16, inPerGroup: 1, kernel: [3, 5] }],
  ])('%s', (_, layout, transposed, w, want) => {
    expect(weightDims(node(transposed ? 'ConvTranspose' : 'Conv', layout ? { weight_layout: layout } : {}), w, transposed)).toEqual(want);
  });
});

describe('channel axes of a rank-4 (or rank-2) weight', () => {
  it.each<[string, string, Node['attrs'], number, number, number]>([
    ['Conv OIHW', 'Conv', {}, 4, 0, 1],
    ['Conv OHWI', 'Conv', { weight_layout: 'OHWI' }, 4, 0, 3],
    ['Conv IHWO', 'Conv', { weight_layout: 'IHWO' }, 4, 3, 0],
    ['Conv HWIO', 'Conv', { weight_layout: 'HWIO' }, 4, 3, 2],
    ['Conv HWOI', 'Conv', { weight_layout: 'HWOI' }, 4, 0, 3],
    ['ConvTranspose (IOHW default)', 'ConvTranspose', {}, 4, 1, 0],
    ['ConvTranspose IOHW named', 'ConvTranspose', { weight_layout: 'IOHW' }, 4, 1, 0],
    ['Gemm', 'Gemm', {}, 2, 1, 0],
    ['Gemm transB', 'Gemm', { transB: 1 }, 2, 0, 1],
    ['MatMul rank 3', 'MatMul', {}, 3, 2, 1],
  ])('%s: output and input channel axes', (_, op, attrs, rank, out, inAxis) => {
    expect(outChannelAxis(node(op, attrs), rank)).toBe(out);
    expect(inChannelAxis(node(op, attrs), rank)).toBe(inAxis);
  });
});

describe('outChannelCount', () => {
  it('the out axis\'s size; a grouped ConvTranspose multiplies Cout/G by G; a symbol is unknown', () => {
    expect(outChannelCount(node('Conv'), [16, 8, 3, 3])).toBe(16);
    expect(outChannelCount(node('ConvTranspose', { group: 4 }), [8, 2, 3, 3])).toBe(8);
    expect(outChannelCount(node('ConvTranspose'), [8, 2, 3, 3])).toBe(2);
    // group on a Conv is not a multiplier: the weights already hold every output channel.
    expect(outChannelCount(node('Conv', { group: 4 }), [16, 2, 3, 3])).toBe(16);
    expect(outChannelCount(node('Conv'), ['C', 8, 3, 3])).toBeUndefined();
  });
});
