/**
 * The generic attribute rules (attrs.ts), the kernel and stride limits (stride.ts), the Pad limits
 * (pad.ts) and the innermost-axis Transpose rule (layout.ts) in the cases StrykerJS found
 * untested: each default limit at and above it, each sentence and hint, the attributes that only
 * matter in some configurations, and the NHWC-to-channel-first permutation mapping worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { reasonOf } from './helpers.js';


/** One `op` node 'n' on x (shape `x`) with extra inputs from `more`. */
function one(op: OpKind, x: Shape | undefined, attrs: Attrs, more: (g: GraphBuilder) => string[] = () => []): GraphBuilder {
  const g = new GraphBuilder();
  const xi = g.tensor('x', 'float32', x);
  g.graph.inputs.push(xi);
  g.output(g.node(op, [xi, ...more(g)], attrs, { name: 'n' }));
  return g;
}
const conv = (attrs: Attrs, rank = 4) => one('Conv', rank === 4 ? [1, 8, 32, 32] : [1, 8, 32], attrs, (g) => [g.constant('w', 'float32', rank === 4 ? [8, 8, 3, 3] : [8, 8, 3])]);

describe('kernel and stride limits', () => {
  it('kernel-max: the default is 12; 12x12 runs, 13 on one axis is named with the hint', () => {
    expect(reasonOf(conv({ kernel_shape: [12, 12] }), 'Conv', { rule: 'kernel-max' })).toBeUndefined();
    expect(reasonOf(conv({ kernel_shape: [12, 13] }), 'Conv', { rule: 'kernel-max' })).toMatchObject({
      value: '12x13', message: "Conv 'n': kernel 12x13; NPU takes kernels up to 12x12.",
      hint: 'Split the kernel into smaller ones (e.g. two stacked convolutions), or run the layer on the CPU.',
    });
    expect(reasonOf(conv({ kernel_shape: [13, 1] }), 'Conv', { rule: 'kernel-max' })?.value).toBe('13x1');
  });

  it('stride-h-max and stride-w-max: the default is 4 (4 runs, 5 is named); each reads its own axis', () => {
    expect(reasonOf(conv({ strides: [4, 4] }), 'Conv', { rule: 'stride-h-max' })).toBeUndefined();
    expect(reasonOf(conv({ strides: [5, 1] }), 'Conv', { rule: 'stride-h-max' })).toMatchObject({
      value: 5, message: "Conv 'n': height stride 5; NPU strides up to 4 along the height.", hint: 'Use a smaller stride and subsample after the layer.',
    });
    expect(reasonOf(conv({ strides: [5, 1] }), 'Conv', { rule: 'stride-w-max' })).toBeUndefined();
    expect(reasonOf(conv({ strides: [1, 5] }), 'Conv', { rule: 'stride-w-max' })?.message).toBe("Conv 'n': width stride 5; NPU strides up to 4 along the width.");
    // A 1-D layer has no width stride: 1.
    expect(reasonOf(conv({ strides: [5] }, 3), 'Conv', { rule: 'stride-w-max' })).toBeUndefined();
    expect(reasonOf(conv({ strides: [5] }, 3), 'Conv', { rule: 'stride-h-max' })?.value).toBe(5);
  });

  it('stride-square: s x s runs, another is named; no strides is 1x1', () => {
    expect(reasonOf(conv({ strides: [2, 2] }), 'Conv', { rule: 'stride-square' })).toBeUndefined();
    expect(reasonOf(conv({}), 'Conv', { rule: 'stride-square' })).toBeUndefined();
    expect(reasonOf(conv({ strides: [2, 1] }), 'Conv', { rule: 'stride-square' })).toMatchObject({
      value: '2x1', limit: 's x s', message: "Conv 'n': stride 2x1 differs between height and width; NPU needs a square stride.",
    });
    expect(reasonOf(conv({ strides: [2] }, 3), 'Conv', { rule: 'stride-square' })?.value).toBe('2x1');
  });

  it('stride-in: every stride must be listed', () => {
    const ref: RuleRef = { rule: 'stride-in', limit: [1, 2] };
    expect(reasonOf(conv({ strides: [1, 2] }), 'Conv', ref)).toBeUndefined();
    expect(reasonOf(conv({ strides: [1, 3] }), 'Conv', ref)).toMatchObject({ value: '1x3', message: "Conv 'n': stride 1x3; NPU takes strides of 1 or 2 only." });
    expect(reasonOf(conv({ strides: [3, 1] }), 'Conv', ref)?.value).toBe('3x1');
  });
});

describe('Pad limits', () => {
  const pad = (pads: number[], attrs: Attrs = {}, value?: number, shape: Shape | 'unknown' = [1, 8, 8, 8]) =>
    one('Pad', shape === 'unknown' ? undefined : shape, attrs, (g) => [g.values('pads', 'int64', pads), ...(value === undefined ? [] : [g.values('v', 'float32', [value], [])])]);

  it('pad-no-batch: before and after are named; a negative (cropping) batch pad counts too; an unknown rank is not judged', () => {
    expect(reasonOf(pad([0, 0, 1, 1, 0, 0, 1, 1]), 'Pad', { rule: 'pad-no-batch' })).toBeUndefined();
    expect(reasonOf(pad([1, 0, 0, 0, 2, 0, 0, 0]), 'Pad', { rule: 'pad-no-batch' })).toMatchObject({
      value: 'batch pads 1,2', limit: 'no batch padding', message: "Pad 'n': pads the batch axis (1 before, 2 after); NPU pads the other axes only.",
    });
    expect(reasonOf(pad([0, 0, 0, 0, 3, 0, 0, 0]), 'Pad', { rule: 'pad-no-batch' })?.value).toBe('batch pads 0,3');
    expect(reasonOf(pad([-1, 0, 0, 0, 1, 0, 0, 0]), 'Pad', { rule: 'pad-no-batch' })?.value).toBe('batch pads -1,1');
    expect(reasonOf(pad([1, 0, 0, 0, 0, 0, 0, 0], {}, undefined, 'unknown'), 'Pad', { rule: 'pad-no-batch' })).toBeUndefined();
  });

  it('pad-max: the default is 31; the first pad above it is named with the hint', () => {
    expect(reasonOf(pad([0, 0, 31, 0, 0, 0, 0, 31]), 'Pad', { rule: 'pad-max' })).toBeUndefined();
    expect(reasonOf(pad([0, 0, 31, 0, 0, 0, 0, 33]), 'Pad', { rule: 'pad-max' })).toMatchObject({
      value: 33, message: "Pad 'n': pads 33 elements on one side; NPU pads at most 31.", hint: 'Pad in two steps, or pad inside the convolution that follows.',
    });
    expect(reasonOf(pad([0, 0, 5, 0, 0, 0, 0, 0]), 'Pad', { rule: 'pad-max', limit: 4 })?.value).toBe(5);
  });

  it('pad-zero-constant: another mode is named; a non-zero constant is described', () => {
    expect(reasonOf(pad([0, 0, 1, 1, 0, 0, 1, 1]), 'Pad', { rule: 'pad-zero-constant' })).toBeUndefined();
    expect(reasonOf(pad([0, 0, 1, 1, 0, 0, 1, 1], { mode: 'edge' }), 'Pad', { rule: 'pad-zero-constant' })).toMatchObject({
      value: 'mode edge', limit: 'constant 0', message: "Pad 'n': pads with mode edge; NPU pads with zeros only.",
    });
    const nz = 'a non-zero (or computed) constant value';
    expect(reasonOf(pad([0, 0, 1, 1, 0, 0, 1, 1], {}, 1), 'Pad', { rule: 'pad-zero-constant' })?.value).toBe(nz);
    expect(reasonOf(pad([0, 0, 1, 1, 0, 0, 1, 1], { mode: 'constant' }, 1), 'Pad', { rule: 'pad-zero-constant' })?.message).toBe(`Pad 'n': pads with ${nz}; NPU pads with zeros only.`);
  });
});

describe('transpose-innermost: permutations in channel-first order', () => {
  const tr = (perm: number[] | undefined, layout?: 'NHWC', shape: Shape | 'unknown' = [1, 2, 3, 4]) =>
    one('Transpose', shape === 'unknown' ? undefined : shape, { ...(perm ? { perm } : {}), ...(layout ? { layout } : {}) });
  const ref: RuleRef = { rule: 'transpose-innermost' };

  it('NCHW 0,2,1,3 keeps W in place: named with the sentence and hint', () => {
    expect(reasonOf(tr([0, 2, 1, 3]), 'Transpose', ref)).toMatchObject({
      value: 'perm 0,2,1,3', limit: 'moves the innermost axis',
      message: "Transpose 'n': the permutation (0,2,1,3 in channel-first order) keeps the innermost axis in place and moves only outer axes; NPU does not run such a Transpose.",
      hint: 'Avoid the transpose: export the layout the next layer reads; for channel padding, let the previous layer (or a 1x1 convolution) produce the extra zero channels.',
    });
  });

  it('moving W, the identity, rank 2 and the default reversal run', () => {
    expect(reasonOf(tr([0, 2, 3, 1]), 'Transpose', ref)).toBeUndefined();
    expect(reasonOf(tr([0, 1, 2, 3]), 'Transpose', ref)).toBeUndefined();
    expect(reasonOf(tr([1, 0], undefined, [4, 8]), 'Transpose', ref)).toBeUndefined();
    expect(reasonOf(tr(undefined, undefined, [2, 3, 4]), 'Transpose', ref)).toBeUndefined();
  });

  it('NHWC perms are mapped to channel-first first (worked by hand)', () => {
    // NHWC 0,3,2,1 (swap H and C) is NCHW 0,2,1,3: W stays innermost.
    expect(reasonOf(tr([0, 3, 2, 1], 'NHWC'), 'Transpose', ref)?.value).toBe('perm 0,2,1,3');
    // NHWC 0,2,1,3 (swap H and W) is NCHW 0,1,3,2: W moves.
    expect(reasonOf(tr([0, 2, 1, 3], 'NHWC'), 'Transpose', ref)).toBeUndefined();
    // A rank-3 NHWC perm is not remapped: 1,0,2 keeps axis 2 in place.
    expect(reasonOf(tr([1, 0, 2], 'NHWC', [2, 3, 4]), 'Transpose', ref)?.value).toBe('perm 1,0,2');
  });

  it('a perm whose length is not the rank, or no perm and no rank, is not judged; a perm with no rank is', () => {
    expect(reasonOf(tr([0, 2, 1, 3], undefined, [1, 2, 3]), 'Transpose', ref)).toBeUndefined();
    expect(reasonOf(tr(undefined, undefined, 'unknown'), 'Transpose', ref)).toBeUndefined();
    expect(reasonOf(tr([0, 2, 1, 3], undefined, 'unknown'), 'Transpose', ref)?.value).toBe('perm 0,2,1,3');
  });

  it('the perm as a constant input (TFLite) is read; one computed at run time is not judged', () => {
    const byInput = (computed: boolean) => one('Transpose', [1, 2, 3, 4], {}, (g) => [computed ? g.input('p', 'int32', [4]) : g.values('p', 'int32', [0, 2, 1, 3], [4])]);
    expect(reasonOf(byInput(false), 'Transpose', ref)?.value).toBe('perm 0,2,1,3');
    expect(reasonOf(byInput(true), 'Transpose', ref)).toBeUndefined();
  });
});

describe('attr-in, attr-absent, input-absent, caution', () => {
  const avg = (attrs: Attrs) => one('AveragePool', [1, 8, 8, 8], { kernel_shape: [2, 2], ...attrs });
  const cip: RuleRef = { rule: 'attr-in', attr: 'count_include_pad', limit: ['1'] };

  it('count_include_pad is judged only on a pool that pads (explicit non-zero pads, or SAME auto_pad)', () => {
    expect(reasonOf(avg({}), 'AveragePool', cip)).toBeUndefined();
    expect(reasonOf(avg({ pads: [0, 0, 0, 0] }), 'AveragePool', cip)).toBeUndefined();
    expect(reasonOf(avg({ auto_pad: 'VALID' }), 'AveragePool', cip)).toBeUndefined();
    expect(reasonOf(avg({ pads: [0, 0, 1, 0] }), 'AveragePool', cip)).toMatchObject({
      value: 'count_include_pad=0', message: "AveragePool 'n': count_include_pad is 0; NPU supports only 1.",
      hint: 'Export the pool with count_include_pad=1, or pad explicitly with a Pad before it.',
    });
    expect(reasonOf(avg({ auto_pad: 'SAME_LOWER' }), 'AveragePool', cip)?.value).toBe('count_include_pad=0');
    expect(reasonOf(avg({ auto_pad: 'SAME_UPPER' }), 'AveragePool', cip)?.value).toBe('count_include_pad=0');
  });

  it('every element of a list must be listed; an attribute without a hint has none; several allowed values are joined with "or"', () => {
    const ref: RuleRef = { rule: 'attr-in', attr: 'dilations', limit: ['1', '2'] };
    expect(reasonOf(conv({ dilations: [1, 2] }), 'Conv', ref)).toBeUndefined();
    const r = reasonOf(conv({ dilations: [1, 3] }), 'Conv', ref);
    expect(r).toMatchObject({ value: 'dilations=1,3', message: "Conv 'n': dilations is 1,3; NPU supports only 1 or 2." });
    expect(r?.hint).toBeUndefined();
    // An absent attribute with no ONNX default is not judged.
    expect(reasonOf(conv({}), 'Conv', ref)).toBeUndefined();
  });

  it('the IR\'s string layout is not ONNX\'s integer layout (which defaults to 0)', () => {
    const ref: RuleRef = { rule: 'attr-in', attr: 'layout', limit: ['0'] };
    expect(reasonOf(conv({ layout: 'NHWC' }), 'Conv', ref)).toBeUndefined();
    expect(reasonOf(conv({ layout: 1 }), 'Conv', ref)?.value).toBe('layout=1');
    // The IR layout stands for ONNX's default, 0, which a rule asking layout 1 refuses.
    expect(reasonOf(conv({ layout: 'NHWC' }), 'Conv', { ...ref, limit: ['1'] })?.value).toBe('layout=0');
  });

  it('attr-absent: a set attribute is named with the fix', () => {
    const ref: RuleRef = { rule: 'attr-absent', attr: 'output_shape' };
    expect(reasonOf(one('ConvTranspose', [1, 8, 4, 4], {}), 'ConvTranspose', ref)).toBeUndefined();
    expect(reasonOf(one('ConvTranspose', [1, 8, 4, 4], { output_shape: [8, 8] }), 'ConvTranspose', ref)).toMatchObject({
      value: 'output_shape=8,8', limit: 'no output_shape',
      message: "ConvTranspose 'n': sets output_shape (8,8); NPU does not support it.", hint: 'Export without output_shape.',
    });
  });

  it('input-absent: a given optional input is named; an empty name is no input', () => {
    const lstm = (ins: string[]) => one('Relu', [1, 8], {}, (g) => ins.map((n) => (n === '' ? '' : g.input(n, 'float32', [1]))));
    expect(reasonOf(lstm(['a', '']), 'Relu', { rule: 'input-absent', limit: 2 })).toBeUndefined();
    expect(reasonOf(lstm(['a']), 'Relu', { rule: 'input-absent', limit: 2 })).toBeUndefined();
    expect(reasonOf(lstm(['a', 'b']), 'Relu', { rule: 'input-absent', limit: 2 })).toMatchObject({
      value: "input 2 'b'", limit: 'no input 2', message: "Relu 'n': has optional input 2 ('b'); NPU does not support it.", hint: 'Export without input 2.',
    });
  });

  it('caution: always reported, with the vendor\'s words', () => {
    expect(reasonOf(one('Relu', [1, 8], {}), 'Relu', { rule: 'caution', limit: 'only int8' })).toMatchObject({
      value: 'Relu', limit: 'only int8', message: "Relu 'n': NPU's operator table says \"only int8\" for Relu; check this layer with the vendor compiler.",
    });
  });
});
