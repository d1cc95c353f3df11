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
import { DEEP_MIN_CHANNELS, PAD_BEFORE, usesDeepKernel, withDeepConvPads } from '../../src/memory/deep-conv-pad.js';
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

  it('the added layer is a Pad (constant mode) after a node that reads nothing; an output of unknown shape adds none', () => {
    const { g } = conv1d(54, 3, 48);
    g.nodes.unshift({ name: 'k', op: 'Constant', sourceOp: 'Constant', inputs: [], outputs: ['k_out'], attrs: { value_ints: [1] } });
    g.tensors.set('k_out', { name: 'k_out', dtype: 'int64', shape: [1] });
    const padded = withDeepConvPads(g);
    expect(padded.nodes.map((n) => [n.name, n.op, n.sourceOp, n.attrs['mode']])).toEqual([
      ['k', 'Constant', 'Constant', undefined], [`conv${PAD_BEFORE}`, 'Pad', 'Pad', 'constant'], ['conv', 'Conv', 'Conv', undefined],
    ]);
    const unknown = conv1d(54, 3, 48).g;
    const out = unknown.tensors.get('conv_out');
    if (out) delete out.shape;
    expect(withDeepConvPads(unknown)).toBe(unknown);
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

describe('the Pad layer ST adds: its pads, the padded shape and the VALID convolution (withDeepConvPads)', () => {
  /** One int8 conv on x with weights w and attrs; the planning copy's Pad and conv. */
  function rewrite(x: number[], w: number[], attrs: Record<string, number[] | string>, out: number[]) {
    const b = new GraphBuilder();
    const xi = b.input('x', 'int8', x);
    b.output(b.node('Conv', [xi, b.constant('w', 'int8', w), b.constant('bias', 'int32', [w[0] ?? 0])], attrs, { name: 'conv', outShapes: [out], outDType: 'int8' }));
    const g = withDeepConvPads(b.graph);
    const [pad, conv] = g.nodes;
    return { g, pad, conv, padded: g.tensors.get(`conv${PAD_BEFORE}`)?.shape };
  }

  it.each([
    // NHWC 8x8, 3x3 stride 2 -> 4x4: SAME pads 1 in all per axis, after (UPPER) or before (LOWER)
    ['SAME_UPPER', [0, 0, 0, 0, 0, 1, 1, 0]],
    ['SAME_LOWER', [0, 1, 1, 0, 0, 0, 0, 0]],
  ] as const)('%s: ONNX-order pads over N, H, W, C', (autoPad, pads) => {
    const { g, pad, conv, padded } = rewrite([1, 8, 8, 8], [16, 3, 3, 8], { layout: 'NHWC', weight_layout: 'OHWI', strides: [2, 2], auto_pad: autoPad }, [1, 4, 4, 16]);
    expect(pad).toMatchObject({ op: 'Pad', name: `conv${PAD_BEFORE}`, inputs: ['x'], outputs: [`conv${PAD_BEFORE}`], attrs: { mode: 'constant', pads } });
    expect(padded).toEqual([1, 9, 9, 8]);
    expect(conv?.inputs).toEqual([`conv${PAD_BEFORE}`, 'w', 'bias']);
    expect(conv?.attrs).toMatchObject({ auto_pad: 'VALID', pads: [0, 0, 0, 0], strides: [2, 2] });
    expect(g.nodes).toHaveLength(2);
  });

  it('NCHW with explicit pads (1 above, 2 below, kernel 3x1 from OIHW weights)', () => {
    const { pad, padded } = rewrite([1, 8, 6, 5], [16, 8, 3, 1], { layout: 'NCHW', weight_layout: 'OIHW', pads: [1, 0, 2, 0] }, [1, 16, 7, 5]);
    expect(pad?.attrs['pads']).toEqual([0, 0, 1, 0, 0, 0, 2, 0]);
    expect(padded).toEqual([1, 8, 9, 5]);
  });

  it('a dilated kernel: SAME pads its effective extent ((3 - 1) x 2 + 1 = 5 rows: 2 and 2)', () => {
    const { pad, padded } = rewrite([1, 8, 1, 8], [16, 3, 1, 8], { layout: 'NHWC', weight_layout: 'OHWI', dilations: [2, 1], auto_pad: 'SAME_UPPER' }, [1, 8, 1, 16]);
    expect(pad?.attrs['pads']).toEqual([0, 2, 0, 0, 0, 2, 0, 0]);
    expect(padded).toEqual([1, 12, 1, 8]);
  });

  it('NCHW SAME with the kernel from OIHW weights (3x1: pads H only), and grouped convolutions by channels per group', () => {
    const { pad, padded } = rewrite([1, 8, 6, 5], [16, 8, 3, 1], { layout: 'NCHW', weight_layout: 'OIHW', auto_pad: 'SAME_UPPER' }, [1, 16, 6, 5]);
    expect(pad?.attrs['pads']).toEqual([0, 0, 1, 0, 0, 0, 1, 0]);
    expect(padded).toEqual([1, 8, 8, 5]);
    // 16 channels in 2 groups: 8 per group, deep; 8 in 2 groups: 4 per group, not deep
    const grouped = (cin: number) => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 8, 1, cin]);
      b.output(b.node('Conv', [x, b.constant('w', 'int8', [16, 3, 1, cin / 2])], { layout: 'NHWC', weight_layout: 'OHWI', group: 2, auto_pad: 'SAME_UPPER' }, { name: 'conv', outShapes: [[1, 8, 1, 16]], outDType: 'int8' }));
      return usesDeepKernel(b.graph, b.graph.nodes[0] as Node);
    };
    expect([grouped(16), grouped(8)]).toEqual([true, false]);
  });

  it('nothing to pad: the graph itself comes back (a VALID deep conv, a shallow padded one)', () => {
    for (const [x, w, autoPad, out] of [[[1, 8, 1, 9], [16, 3, 1, 9], 'VALID', [1, 6, 1, 16]], [[1, 8, 1, 7], [16, 3, 1, 7], 'SAME_UPPER', [1, 8, 1, 16]]] as const) {
      const b = new GraphBuilder();
      const xi = b.input('x', 'int8', [...x]);
      b.output(b.node('Conv', [xi, b.constant('w', 'int8', [...w])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad }, { name: 'conv', outShapes: [[...out]], outDType: 'int8' }));
      expect(withDeepConvPads(b.graph)).toBe(b.graph);
    }
  });
});
