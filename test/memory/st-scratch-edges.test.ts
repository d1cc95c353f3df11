/**
 * The 'st' scratch rules (memory/scratch/st.ts) at their edges: the softmax table's exponent when
 * the multiplier rounds up to the next power of two (TFLite's QuantizeMultiplier), a softmax
 * without beta, and operands omitted or shapeless, which must request nothing or what the
 * known operands give, never throw. Each size is the formula in the file's header.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { softmaxTableWords, stScratch } from '../../src/memory/scratch/st.js';

const only = (g: Graph): Node => g.nodes[0] as Node;

describe('the int8 softmax table (TFLite diff_min)', () => {
  it('a multiplier that rounds up to 2^31 moves to the next exponent (QuantizeMultiplier)', () => {
    // beta * scale * 2^26 = 2^20 - 2^-14: its mantissa over 2^20 is 1 - 2^-34, which rounds (x 2^31) to
    // 2^31, so the exponent becomes 21, not 20: floor(31 * 2^(26 - 21)) = 992 words (not 1,984)
    expect(softmaxTableWords((2 ** 20 - 2 ** -14) / 2 ** 26, 1)).toBe(992);
    // an exact power of two: mantissa 0.5, exponent 21, the same 992
    expect(softmaxTableWords(2 ** 20 / 2 ** 26, 1)).toBe(992);
    // just below, far enough not to round: exponent 20, 1,984 words
    expect(softmaxTableWords((2 ** 20 - 2 ** 10) / 2 ** 26, 1)).toBe(1984);
  });

  it('a Softmax without beta uses beta = 1 (ONNX and TFLite default)', () => {
    const softmax = (attrs: Node['attrs']): number[] => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 10], { scale: [0.0944], zeroPoint: [0] });
      b.output(b.node('Softmax', [x], attrs, { name: 'sm', outShapes: [[1, 10]], outDType: 'int8' }));
      return stScratch(only(b.graph), b.graph);
    };
    // scale 0.0944: 0.0944 x 2^26 = 6,335,103, below 2^23, so e = 23: floor(31 x 2^3) = 248 words
    // (the header's 0.0944 -> 248; not the 124 words assumed for an unknown scale)
    expect(softmax({})).toEqual([4 * 248]);
    expect(softmax({ beta: 1 })).toEqual([4 * 248]);
    // beta 2 doubles the multiplier: e = 24, 124 words
    expect(softmax({ beta: 2 })).toEqual([4 * 124]);
  });
});

describe('st rules with operands missing', () => {
  it('int8 dense without an output tensor: the widened input alone (per-tensor), nothing per-channel (Cout unknown)', () => {
    const dense = (perChannel: boolean): number[] => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 11]);
      const w = b.constant('w', 'int8', [64, 11], { scale: new Array<number>(perChannel ? 64 : 1).fill(0.01), zeroPoint: new Array<number>(perChannel ? 64 : 1).fill(0) });
      b.graph.nodes.push({ name: 'fc', op: 'Gemm', sourceOp: 'Gemm', inputs: [x, w], outputs: ['y'], attrs: { transB: 1 } });
      return stScratch(only(b.graph), b.graph);
    };
    expect(dense(false)).toEqual([2 * 11]);
    expect(dense(true)).toEqual([]);
  });

  it("int8 MatMul over a rank-3 input [1, 4, 11]: the features are the last axis (11), not the second", () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 4, 11]);
    const w = b.constant('w', 'int8', [11, 64], { scale: [0.01], zeroPoint: [0] });
    b.output(b.node('MatMul', [x, w], {}, { name: 'mm', outShapes: [[1, 4, 64]], outDType: 'int8' }));
    expect(stScratch(only(b.graph), b.graph)).toEqual([2 * 11]);
  });

  it('float LSTM without hidden_size and without its recurrence weights: nothing', () => {
    const b = new GraphBuilder();
    b.graph.nodes.push({ name: 'lstm', op: 'LSTM', sourceOp: 'LSTM', inputs: [b.input('x', 'float32', [5, 1, 8]), b.constant('w', 'float32', [1, 16, 8])], outputs: ['y'], attrs: {} });
    expect(stScratch(only(b.graph), b.graph)).toEqual([]);
  });

  it('SVC with its input omitted or shapeless: the work area from the counts alone', () => {
    const svc = (input: 'omitted' | 'shapeless'): number[] => {
      const b = new GraphBuilder();
      if (input === 'shapeless') b.tensor('x', 'float32');
      const attrs = { vectors_per_class: [2, 1], classlabels_ints: [0, 1], support_vectors: new Array<number>(12).fill(0.5) };
      b.graph.nodes.push({ name: 'svc', op: 'SVMClassifier', sourceOp: 'SVMClassifier', inputs: [input === 'omitted' ? '' : 'x'], outputs: ['l'], attrs });
      return stScratch(only(b.graph), b.graph);
    };
    // 3 support vectors, 2 classes: 3 + 7 x 1 pair + 3 = 13 floats
    expect(svc('omitted')).toEqual([4 * 13]);
    expect(svc('shapeless')).toEqual([4 * 13]);
  });
});
