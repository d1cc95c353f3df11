/**
 * ST's deep int8 convolution takes no padding (memory/deep-conv-pad.ts): on DSP cores a padded one
 * gets a `<conv>_pad_before` buffer of the padded input, as in the weather-forecasting project's
 * network.c (test/reference/st-scratch-layers.json names it): conv2d_4 (Cin 54, K 3, SAME) reads
 * conv2d_4_pad_before_output, 8 x 54 = 432 B, padded from conv2d_1's 6 x 54 = 324 B output.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { DEEP_MIN_CHANNELS, PAD_BEFORE, usesDeepKernel } from '../../src/memory/deep-conv-pad.js';
import { planMemory } from '../../src/memory/plan.js';
import { checkPlan } from '../../src/memory/check.js';

const NHWC = { layout: 'NHWC', weight_layout: 'OHWI', strides: [1, 1] };

/** x [1, 1, w, cin] -> conv K 1 x k, SAME -> [1, 1, w, cout]. */
function conv1d(cin: number, k: number, cout: number, w = 6, dtype: DType = 'int8', autoPad = 'SAME_UPPER'): { g: Graph; n: Node } {
  const b = new GraphBuilder();
  const x = b.input('x', dtype, [1, 1, w, cin]);
  const out = autoPad === 'VALID' ? w - k + 1 : w;
  b.output(b.node('Conv', [x, b.constant('w', dtype, [cout, 1, k, cin]), b.constant('bias', dtype === 'int8' ? 'int32' : dtype, [cout])], { ...NHWC, auto_pad: autoPad }, { name: 'conv', outShapes: [[1, 1, out, cout]], outDType: dtype }));
  const n = b.graph.nodes[0];
  if (!n) throw new Error('no node');
  return { g: b.graph, n };
}

describe('deep int8 convolutions take no padding (ST, DSP cores)', () => {
  it('the deep kernel: int8, K > 1, not depthwise, from 8 input channels per group', () => {
    expect(DEEP_MIN_CHANNELS).toBe(8);
    expect(usesDeepKernel(conv1d(7, 3, 16).g, conv1d(7, 3, 16).n)).toBe(false);
    const at = conv1d(8, 3, 16);
    expect(usesDeepKernel(at.g, at.n)).toBe(true);
    const above = conv1d(9, 3, 16);
    expect(usesDeepKernel(above.g, above.n)).toBe(true);
    const pointwise = conv1d(54, 1, 16);
    expect(usesDeepKernel(pointwise.g, pointwise.n)).toBe(false);
    const float = conv1d(54, 3, 16, 6, 'float32');
    expect(usesDeepKernel(float.g, float.n)).toBe(false);
  });

  it('a padded deep convolution gets a Pad buffer of its padded input (ST: 432 B for 6 x 54 padded to 8 x 54)', () => {
    const { g } = conv1d(54, 3, 48);
    const p = planMemory(g, { planner: 'st' });
    expect(checkPlan(p)).toBeUndefined();
    expect(p.buffers.find((b) => b.tensor === `conv${PAD_BEFORE}`)?.size).toBe(8 * 54);
    // the model's own graph is unchanged
    expect(g.nodes.map((n) => n.op)).toEqual(['Conv']);
    // TFLite Micro pads inside its kernel; a Helium build is not modelled so
    expect(planMemory(g, { planner: 'tflm' }).buffers.some((b) => b.tensor.endsWith(PAD_BEFORE))).toBe(false);
    expect(planMemory(g, { planner: 'st', simd: 'helium' }).buffers.some((b) => b.tensor.endsWith(PAD_BEFORE))).toBe(false);
  });

  it('no Pad layer below 8 channels, or for a VALID deep convolution', () => {
    const few = planMemory(conv1d(7, 3, 48).g, { planner: 'st' });
    expect(few.buffers.some((b) => b.tensor.endsWith(PAD_BEFORE))).toBe(false);
    const valid = planMemory(conv1d(54, 3, 48, 6, 'int8', 'VALID').g, { planner: 'st' });
    expect(valid.buffers.some((b) => b.tensor.endsWith(PAD_BEFORE))).toBe(false);
  });

  it("a model's zero Pad before a deep convolution keeps its buffer; before a shallow one it folds", () => {
    const withPad = (cin: number): Graph => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 1, 6, cin]);
      const padded = b.node('Pad', [x], { mode: 'constant', pads: [0, 0, 1, 0, 0, 0, 1, 0] }, { name: 'pad', outShapes: [[1, 1, 8, cin]], outDType: 'int8' });
      b.output(b.node('Conv', [padded, b.constant('w', 'int8', [48, 1, 3, cin])], { ...NHWC, auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 1, 6, 48]], outDType: 'int8' }));
      return b.graph;
    };
    expect(planMemory(withPad(54), { planner: 'st' }).folds).toEqual([]);
    expect(planMemory(withPad(7), { planner: 'st' }).folds.map((f) => f.pad)).toEqual(['pad']);
    expect(planMemory(withPad(54), { planner: 'st', simd: 'helium' }).folds.map((f) => f.pad)).toEqual(['pad']);
  });
});
