/**
 * The operand and axis rules (src/targets/rules/operands.ts) in the cases StrykerJS found untested:
 * the axis names of every rank in both layouts, where each rule reads its operands (attribute,
 * constant input, computed input, missing input), the exact sentences, and the guards that let a
 * rule hold without a warning when a shape is unknown. Expected values are written from the
 * inputs of each case and the Kneron/Axera table wording the rule cites.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { mapToTarget } from '../../src/mapping/map.js';
import type { LayerMapping } from '../../src/mapping/types.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { computedMatMul, oneRule } from './helpers.js';

/** One `op` node named 'n' on input x (shape `x`), extra inputs from `more`, output shape `y`. */
function one(op: OpKind, x: Shape | undefined, attrs: Attrs, y: Shape | undefined, more: (g: GraphBuilder) => string[] = () => []): GraphBuilder {
  const g = new GraphBuilder();
  const xi = g.tensor('x', 'float32', x);
  g.graph.inputs.push(xi);
  g.output(g.node(op, [xi, ...more(g)], attrs, { name: 'n', ...(y ? { outShapes: [y] } : {}), outDType: 'float32' }));
  return g;
}

/** The mapped layer 'n' and the number of mapping warnings, with `ref` the NPU's only rule for `op`. */
function run(g: GraphBuilder, op: OpKind, ref: RuleRef): { l: LayerMapping; warnings: number } {
  const m = mapToTarget(g.graph, oneRule(op, ref));
  const l = m.layers.find((x) => x.name === 'n');
  if (!l) throw new Error('no layer n');
  return { l, warnings: m.warnings.length };
}
const unit = (g: GraphBuilder, op: OpKind, ref: RuleRef): string => run(g, op, ref).l.unit;
const reason = (g: GraphBuilder, op: OpKind, ref: RuleRef) => run(g, op, ref).l.reasons[0];

describe('reduce-axes: axis names per rank and layout', () => {
  const red = (x: Shape, axes: number[] | undefined, attrs: Attrs = {}) => one('ReduceMean', x, { ...(axes ? { axes } : {}), keepdims: 1, ...attrs }, x.map(() => 1));
  const none: RuleRef = { rule: 'reduce-axes', limit: [] };

  it.each<[string, Shape, Attrs, string]>([
    ['rank 4 NCHW', [1, 2, 3, 4], {}, 'batch, channel, row, column'],
    ['rank 4 NHWC', [1, 2, 3, 4], { layout: 'NHWC' }, 'batch, row, column, channel'],
    ['rank 5 NCHW (two row axes, listed once)', [1, 2, 3, 4, 5], {}, 'batch, channel, row, column'],
    ['rank 5 NHWC (NDHWC: two row axes, the channel last)', [1, 2, 3, 4, 5], { layout: 'NHWC' }, 'batch, row, column, channel'],
    ['rank 3 NCHW', [1, 2, 3], {}, 'batch, channel, column'],
    ['rank 3 NHWC', [1, 2, 3], { layout: 'NHWC' }, 'batch, column, channel'],
    ['rank 2', [1, 2], {}, 'batch, channel'],
    ['rank 1', [2], {}, 'batch'],
  ])('%s: reducing every axis names each once', (_, x, attrs, names) => {
    expect(reason(red(x, undefined, attrs), 'ReduceMean', none)?.value).toBe(names);
  });

  it('one axis at a time: NHWC keeps the channel last at rank 5 and at rank 2 the second axis is the channel', () => {
    expect(reason(red([1, 2, 3, 4, 5], [4], { layout: 'NHWC' }), 'ReduceMean', none)?.value).toBe('channel');
    expect(reason(red([1, 2, 3, 4, 5], [3], { layout: 'NHWC' }), 'ReduceMean', none)?.value).toBe('column');
    expect(reason(red([1, 2, 3, 4, 5], [2], { layout: 'NHWC' }), 'ReduceMean', none)?.value).toBe('row');
    expect(reason(red([1, 2], [1], { layout: 'NHWC' }), 'ReduceMean', none)?.value).toBe('channel');
  });

  it('an axis past the named ones is "axis i"; negative axes count from the end', () => {
    expect(reason(red([1, 2], [5]), 'ReduceMean', none)?.value).toBe('axis 5');
    expect(reason(red([1, 2, 3, 4], [-1]), 'ReduceMean', none)?.value).toBe('column');
    expect(reason(red([1, 2, 3, 4], [-3]), 'ReduceMean', { rule: 'reduce-axes', limit: ['row'] })?.value).toBe('channel');
  });

  it('the axes may come from a constant second input; noop_with_empty_axes reduces nothing', () => {
    const fromInput = one('ReduceMean', [1, 2, 3, 4], { keepdims: 1 }, [1, 2, 1, 1], (g) => [g.values('axes', 'int64', [2, 3])]);
    expect(unit(fromInput, 'ReduceMean', { rule: 'reduce-axes', limit: ['row', 'column'] })).toBe('HW');
    expect(reason(fromInput, 'ReduceMean', { rule: 'reduce-axes', limit: ['row'] })?.value).toBe('column');
    expect(unit(red([1, 2, 3, 4], undefined, { noop_with_empty_axes: 1 }), 'ReduceMean', none)).toBe('HW');
    expect(unit(red([1, 2, 3, 4], [], { noop_with_empty_axes: 1 }), 'ReduceMean', none)).toBe('HW');
    expect(reason(red([1, 2, 3, 4], [], { noop_with_empty_axes: 0 }), 'ReduceMean', none)?.value).toBe('batch, channel, row, column');
  });

  it('the sentence and hint; an unknown input rank holds without a warning', () => {
    expect(reason(red([1, 2, 3, 4], [2, 3], { layout: 'NHWC' }), 'ReduceMean', { rule: 'reduce-axes', limit: ['row', 'batch'] })).toMatchObject({
      value: 'column, channel',
      message: "ReduceMean 'n': reduces the column and channel axis; NPU reduces over row, batch only.",
      hint: 'Reshape or Transpose so the reduction runs over a supported axis.',
    });
    expect(run(one('ReduceMean', undefined, { axes: [0] }, undefined), 'ReduceMean', none)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });
});

describe('expand-axes', () => {
  const ref = (limit: string[]): RuleRef => ({ rule: 'expand-axes', limit });
  const ex = (x: Shape | undefined, y: Shape | undefined) => one('Expand', x, {}, y, (g) => [g.values('s', 'int64', [1, 8, 4, 4])]);

  it('the axes whose size changes, named; allowed ones run', () => {
    expect(unit(ex([1, 8, 1, 1], [1, 8, 4, 4]), 'Expand', ref(['row', 'column']))).toBe('HW');
    expect(reason(ex([1, 8, 1, 1], [1, 8, 4, 4]), 'Expand', ref(['row']))).toMatchObject({
      value: 'row, column', message: "Expand 'n': expands along row and column; NPU expands along row only.",
    });
    expect(reason(ex([1, 1, 4, 4], [1, 8, 4, 4]), 'Expand', ref(['row', 'column']))?.value).toBe('channel');
  });

  it('an unchanged or symbolic output axis is not judged; unknown shapes hold without a warning', () => {
    expect(unit(ex([1, 8, 4, 4], [1, 8, 4, 4]), 'Expand', ref([]))).toBe('HW');
    expect(unit(ex([1, 8, 1, 1], [1, 8, 'h', 'w']), 'Expand', ref([]))).toBe('HW');
    expect(run(ex(undefined, [1, 8, 4, 4]), 'Expand', ref([]))).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(run(ex([1, 8, 1, 1], undefined), 'Expand', ref([]))).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });

  it('an axis the input lacks has size 1 (broadcasting, right-aligned); several allowed axes are listed', () => {
    // [8] -> [1, 3, 8]: axis 0 is 1 -> 1, axis 1 is 1 -> 3 (the channel of a rank-3 NCHW tensor), axis 2 is 8 -> 8.
    expect(reason(ex([8], [1, 3, 8]), 'Expand', ref([]))?.value).toBe('channel');
    expect(reason(ex([1, 1, 4, 4], [1, 8, 4, 4]), 'Expand', ref(['row', 'column']))?.message).toBe("Expand 'n': expands along channel; NPU expands along row, column only.");
  });

  it('a fifth axis is named by its layout; an axis past the names is "axis i"', () => {
    expect(reason(ex([1, 8, 1, 1, 1], [1, 8, 1, 1, 4]), 'Expand', ref([]))?.value).toBe('column');
    expect(reason(one('Expand', [1, 1, 1], { layout: 'NHWC' }, [1, 1, 4]), 'Expand', ref([]))?.value).toBe('channel');
  });
});

describe('resize-one-axis', () => {
  const rs = (x: Shape | undefined, y: Shape | undefined, attrs: Attrs = {}) => one('Resize', x, attrs, y);
  const ref: RuleRef = { rule: 'resize-one-axis' };

  it('both spatial axes scaled: the shapes, the limit, the sentence and the hint', () => {
    expect(reason(rs([1, 8, 4, 4], [1, 8, 8, 8]), 'Resize', ref)).toMatchObject({
      value: '1x8x4x4 -> 1x8x8x8', limit: 'rows or columns',
      message: "Resize 'n': scales both rows and columns; NPU scales one of them per layer (vertical or horizontal upscaling, not both).",
      hint: 'Kneron runs such a resize as a CPU node (KneronResize); two resizes, one per axis, stay on the NPU.',
    });
  });

  it('one spatial axis, or the channel with one spatial axis, runs; NHWC names its own axes', () => {
    expect(unit(rs([1, 8, 4, 4], [1, 8, 4, 8]), 'Resize', ref)).toBe('HW');
    expect(unit(rs([1, 8, 4, 4], [1, 16, 8, 4]), 'Resize', ref)).toBe('HW');
    // NHWC 1x4x4x8 -> 1x4x8x16: column and channel change, one spatial axis.
    expect(unit(rs([1, 4, 4, 8], [1, 4, 8, 16], { layout: 'NHWC' }), 'Resize', ref)).toBe('HW');
    expect(reason(rs([1, 4, 4, 8], [1, 8, 8, 8], { layout: 'NHWC' }), 'Resize', ref)?.value).toBe('1x4x4x8 -> 1x8x8x8');
  });

  it('unknown shapes or different ranks hold without a warning', () => {
    expect(run(rs(undefined, [1, 8, 8, 8]), 'Resize', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(run(rs([1, 8, 4, 4], undefined), 'Resize', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(run(rs([8, 4, 4], [1, 8, 8, 8]), 'Resize', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });
});

describe('transpose-perms and transpose-not-batch: where the permutation comes from', () => {
  const perms: RuleRef = { rule: 'transpose-perms', limit: ['0,1,3,2'] };

  it('a constant second input (TFLite) is the permutation; the sentence lists the allowed ones', () => {
    const g = one('Transpose', [1, 2, 3, 4], {}, [1, 3, 4, 2], (b) => [b.values('perm', 'int32', [0, 2, 3, 1])]);
    expect(reason(g, 'Transpose', { rule: 'transpose-perms', limit: ['0,1,3,2', '0,2,1,3'] })).toMatchObject({
      value: '0,2,3,1', message: "Transpose 'n': permutation 0,2,3,1; NPU transposes only 0,1,3,2 or 0,2,1,3.",
    });
    expect(reason(g, 'Transpose', { rule: 'transpose-not-batch' })).toBeUndefined();
  });

  it('a computed permutation is not judged; without one, ONNX reverses the axes of a known rank', () => {
    const computed = one('Transpose', [1, 2, 3, 4], {}, [1, 3, 4, 2], (b) => [b.input('p', 'int64', [4])]);
    expect(run(computed, 'Transpose', perms)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(unit(computed, 'Transpose', { rule: 'transpose-not-batch' })).toBe('HW');
    expect(reason(one('Transpose', [1, 2, 3], {}, [3, 2, 1]), 'Transpose', perms)?.value).toBe('2,1,0');
    expect(run(one('Transpose', undefined, {}, undefined), 'Transpose', perms)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });

  it('transpose-not-batch: the sentence and limit', () => {
    expect(reason(one('Transpose', [1, 2, 3, 4], { perm: [3, 1, 2, 0] }, [4, 2, 3, 1]), 'Transpose', { rule: 'transpose-not-batch' })).toMatchObject({
      value: '3,1,2,0', limit: 'batch axis kept',
      message: "Transpose 'n': permutation 3,1,2,0 moves the batch axis; NPU does not transpose the batch.",
    });
  });
});

describe('input-channels', () => {
  const ref: RuleRef = { rule: 'input-channels', limit: [3, 4] };
  const d2s = (x: Shape | undefined, attrs: Attrs = {}) => one('DepthToSpace', x, { blocksize: 2, ...attrs }, undefined);

  it('a listed count runs; another is named with the list', () => {
    expect(unit(d2s([1, 4, 2, 2]), 'DepthToSpace', ref)).toBe('HW');
    expect(unit(d2s([1, 3, 2, 2]), 'DepthToSpace', ref)).toBe('HW');
    expect(reason(d2s([1, 8, 2, 2]), 'DepthToSpace', ref)).toMatchObject({ value: 8, message: "DepthToSpace 'n': 8 input channels; NPU takes 3 or 4." });
  });

  it('NHWC reads the last axis; rank 1, an unknown shape and a symbolic channel hold', () => {
    expect(unit(d2s([1, 2, 2, 4], { layout: 'NHWC' }), 'DepthToSpace', ref)).toBe('HW');
    expect(reason(d2s([1, 4, 2, 8], { layout: 'NHWC' }), 'DepthToSpace', ref)?.value).toBe(8);
    expect(unit(d2s([8]), 'DepthToSpace', ref)).toBe('HW');
    expect(unit(d2s(undefined), 'DepthToSpace', ref)).toBe('HW');
    expect(unit(d2s([1, 'c', 2, 2]), 'DepthToSpace', ref)).toBe('HW');
    // Rank 2 is judged: its channel is the second axis.
    expect(unit(d2s([1, 3]), 'DepthToSpace', ref)).toBe('HW');
    expect(reason(d2s([1, 5]), 'DepthToSpace', ref)?.value).toBe(5);
  });
});

describe('single-index and indices-rank-max', () => {
  const ga = (idx: Shape | undefined) => one('Gather', [8, 4], { axis: 0 }, undefined, (g) => [g.tensor('i', 'int64', idx, { data: { kind: 'computed', by: 'test' } })]);

  it('a scalar or any all-ones shape is one index; the sentence and hint otherwise', () => {
    expect(unit(ga([]), 'Gather', { rule: 'single-index' })).toBe('HW');
    expect(unit(ga([1, 1]), 'Gather', { rule: 'single-index' })).toBe('HW');
    expect(reason(ga([2, 1]), 'Gather', { rule: 'single-index' })).toMatchObject({
      value: 'indices 2x1', limit: 'one index',
      message: "Gather 'n': gathers with indices of shape [2, 1]; NPU gathers a single index.",
      hint: "Kneron's converter replaces a single-index Gather with a Slice or Reshape; several indices run on the CPU.",
    });
    // A symbolic count may be several: refused.
    expect(reason(ga(['k']), 'Gather', { rule: 'single-index' })?.value).toBe('indices k');
    expect(run(ga(undefined), 'Gather', { rule: 'single-index' })).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });

  it('indices-rank-max: the default is 1 (at it runs, above it is named); the sentence and hint', () => {
    expect(unit(ga([3]), 'Gather', { rule: 'indices-rank-max' })).toBe('HW');
    expect(reason(ga([3, 2]), 'Gather', { rule: 'indices-rank-max' })).toMatchObject({
      value: 2, message: "Gather 'n': indices of rank 2 ([3, 2]); NPU takes indices of rank 1 at most.", hint: 'Flatten the indices and Reshape the result.',
    });
    expect(run(ga(undefined), 'Gather', { rule: 'indices-rank-max' })).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });
});

describe('pow-exponent', () => {
  const pow = (e: number[] | 'computed' | 'none', shape: Shape = []) => one('Pow', [1, 8], {}, [1, 8], (g) => (e === 'none' ? [] : e === 'computed' ? [g.input('e', 'float32', [1])] : [g.values('e', 'float32', e, shape)]));

  it('without a list, any constant scalar runs; with one, only its values', () => {
    expect(unit(pow([3]), 'Pow', { rule: 'pow-exponent' })).toBe('HW');
    expect(unit(pow([2]), 'Pow', { rule: 'pow-exponent', limit: [2, 0.5] })).toBe('HW');
    expect(unit(pow([0.5]), 'Pow', { rule: 'pow-exponent', limit: [2, 0.5] })).toBe('HW');
    expect(reason(pow([3]), 'Pow', { rule: 'pow-exponent', limit: [2, 0.5] })).toMatchObject({
      value: '3', limit: '2 or 0.5',
      message: "Pow 'n': exponent 'e' is 3; NPU needs a constant scalar equal to 2 or 0.5.",
      hint: 'Write x*x for a square; other powers run on the CPU.',
    });
  });

  it('a non-scalar or computed exponent is named; a missing one is not judged', () => {
    expect(reason(pow([2, 2], [2]), 'Pow', { rule: 'pow-exponent' })).toMatchObject({
      value: 'not a scalar', limit: 'constant scalar', message: "Pow 'n': exponent 'e' is not a scalar; NPU needs a constant scalar.",
    });
    expect(reason(pow('computed'), 'Pow', { rule: 'pow-exponent' })?.value).toBe('computed at run time');
    expect(unit(pow('none'), 'Pow', { rule: 'pow-exponent', limit: [2] })).toBe('HW');
  });
});

describe('clip-relu: bounds from attributes, constant inputs, missing or computed inputs', () => {
  const ref: RuleRef = { rule: 'clip-relu' };
  const clip = (attrs: Attrs, lo?: number | 'computed' | '', hi?: number | 'computed' | '') => one('Clip', [1, 8], attrs, [1, 8], (g) => {
    const b = (name: string, v: number | 'computed' | '' | undefined): string => (v === undefined || v === '' ? '' : v === 'computed' ? g.input(name, 'float32', []) : g.values(name, 'float32', [v], []));
    const ins = [b('lo', lo), b('hi', hi)];
    return hi === undefined ? (lo === undefined ? [] : [ins[0] ?? '']) : ins;
  });

  it('opset < 11 attributes: min 0, max 6 runs; min -1 is named', () => {
    expect(unit(clip({ min: 0, max: 6 }), 'Clip', ref)).toBe('HW');
    expect(reason(clip({ min: -1, max: 6 }), 'Clip', ref)).toMatchObject({
      value: 'min -1, max 6', limit: 'min 0, max >= 0', message: "Clip 'n': clips to [-1, 6]; NPU runs a Clip with min 0 and max >= 0 only.",
    });
  });

  it('min 0 with no max runs; no min is "none"; a computed bound is "computed"', () => {
    expect(unit(clip({}, 0), 'Clip', ref)).toBe('HW');
    expect(unit(clip({}, 0, ''), 'Clip', ref)).toBe('HW');
    expect(reason(clip({}, '', 6), 'Clip', ref)?.value).toBe('min none, max 6');
    expect(reason(clip({}, 0, 'computed'), 'Clip', ref)?.value).toBe('min 0, max computed');
    expect(reason(clip({}, 'computed', 6), 'Clip', ref)?.value).toBe('min computed, max 6');
  });
});

describe('slice-steps-one: steps from the attribute, input 4 (ONNX) or input 3 (StridedSlice)', () => {
  const ref: RuleRef = { rule: 'slice-steps-one' };
  const slice = (op: 'Slice' | 'StridedSlice', steps: number[] | 'computed' | 'none', attrs: Attrs = {}) => one(op, [1, 8, 8, 8], attrs, undefined, (g) => {
    const ins = [g.values('b', 'int64', [0, 0]), g.values('e', 'int64', [4, 4])];
    if (op === 'Slice') ins.push(g.values('a', 'int64', [2, 3]));
    if (steps === 'computed') ins.push(g.input('st', 'int64', [2]));
    else if (steps !== 'none') ins.push(g.values('st', 'int64', steps));
    return ins;
  });

  it('all steps 1 run; another step is named with the sentence', () => {
    expect(unit(slice('Slice', [1, 1]), 'Slice', ref)).toBe('HW');
    expect(reason(slice('Slice', [1, 2]), 'Slice', ref)).toMatchObject({
      value: 'steps 1,2', limit: 'steps 1', message: "Slice 'n': slice steps 1,2; NPU slices with step 1 only.",
    });
    expect(unit(slice('StridedSlice', [1, 1]), 'StridedSlice', ref)).toBe('HW');
    expect(reason(slice('StridedSlice', [2, 1]), 'StridedSlice', ref)?.value).toBe('steps 2,1');
  });

  it('no steps input means steps of 1; computed steps are named; the attribute wins', () => {
    expect(unit(slice('Slice', 'none'), 'Slice', ref)).toBe('HW');
    expect(reason(slice('Slice', 'computed'), 'Slice', ref)?.value).toBe('steps computed');
    expect(unit(slice('Slice', [3, 3], { steps: [1, 1] }), 'Slice', ref)).toBe('HW');
    expect(reason(slice('Slice', 'none', { steps: [1, -1] }), 'Slice', ref)?.value).toBe('steps 1,-1');
  });
});

describe('matmul-shape: computed operands by rank', () => {
  const mm = (r: number) => computedMatMul(r, 'n');

  it('the default is rank 4 exactly; a range is inclusive at both ends and says "lo to hi"', () => {
    expect(unit(mm(4), 'MatMul', { rule: 'matmul-shape' })).toBe('HW');
    expect(reason(mm(3), 'MatMul', { rule: 'matmul-shape' })).toMatchObject({
      value: 3, message: "MatMul 'n': a product of two computed tensors of rank 3; NPU takes rank 4 there.",
    });
    const r35: RuleRef = { rule: 'matmul-shape', limit: [3, 5] };
    expect(unit(mm(3), 'MatMul', r35)).toBe('HW');
    expect(unit(mm(5), 'MatMul', r35)).toBe('HW');
    expect(reason(mm(2), 'MatMul', r35)?.message).toBe("MatMul 'n': a product of two computed tensors of rank 2; NPU takes rank 3 to 5 there.");
    expect(reason(mm(6), 'MatMul', r35)?.value).toBe(6);
  });

  it('constant weights: 1 x 1 x W x V runs, 2 x 1 x W x V and 1 x 2 x W x V do not; the hint', () => {
    const w = (shape: number[]) => one('MatMul', [1, 4], {}, [1, 4], (g) => [g.constant('w', 'float32', shape)]);
    expect(reason(w([2, 1, 4, 4]), 'MatMul', { rule: 'matmul-shape' })).toMatchObject({
      value: 'weights 2x1x4x4', limit: 'W x V or 1 x 1 x W x V',
      message: "MatMul 'n': constant weights of shape [2, 1, 4, 4]; NPU takes W x V or 1 x 1 x W x V.",
      hint: "Reshape the weights to 2-D (Kneron's --opt-matmul rewrites such products).",
    });
    expect(reason(w([1, 2, 4, 4]), 'MatMul', { rule: 'matmul-shape' })?.value).toBe('weights 1x2x4x4');
    expect(reason(w([1, 1, 4]), 'MatMul', { rule: 'matmul-shape' })?.value).toBe('weights 1x1x4');
  });

  it('constant weights of unknown shape, or a computed input of unknown shape, hold without a warning', () => {
    const shapeless = one('MatMul', [1, 4], {}, [1, 4], (g) => [g.tensor('w', 'float32', undefined, { data: { kind: 'computed', by: 'test' } })]);
    expect(run(shapeless, 'MatMul', { rule: 'matmul-shape' })).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    const noRank = one('MatMul', undefined, {}, undefined, (g) => [g.input('b', 'float32', [4, 4])]);
    expect(run(noRank, 'MatMul', { rule: 'matmul-shape' })).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });
});

describe('prelu-slope', () => {
  const ref: RuleRef = { rule: 'prelu-slope' };
  const pr = (x: Shape | undefined, s: Shape | undefined) => one('PRelu', x, {}, x, (g) => [g.tensor('s', 'float32', s, { data: { kind: 'computed', by: 'test' } })]);

  it.each<[Shape]>([[[8]], [[1, 8, 1, 1]]])('slope %j: one per channel, runs', (s) => {
    expect(unit(pr([1, 8, 4, 4], s), 'PRelu', ref)).toBe('HW');
  });

  it.each<[Shape]>([[[4]], [[1]], [[2, 8, 1, 1]], [[1, 4, 1, 1]], [[1, 8, 2, 1]], [[1, 8, 1, 2]], [[8, 1, 1]], [[1, 8, 4, 4]], [[1, 8, 1, 1, 1]]])('slope %j is named with the limit for C = 8', (s) => {
    expect(reason(pr([1, 8, 4, 4], s), 'PRelu', ref)).toMatchObject({
      value: `slope ${s.join('x')}`, limit: '(8,) or (1, 8, 1, 1)',
      message: `PRelu 'n': slope of shape [${s.join(', ')}]; NPU takes one slope per channel, (C,) or (1, C, 1, 1).`,
    });
  });

  it('an input of rank other than 4, or an unknown shape, holds without a warning', () => {
    expect(run(pr([1, 8, 4], [4]), 'PRelu', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(run(pr(undefined, [8]), 'PRelu', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
    expect(run(pr([1, 8, 4, 4], undefined), 'PRelu', ref)).toMatchObject({ l: { unit: 'HW' }, warnings: 0 });
  });
});

describe('tconv-output-padding', () => {
  const ref: RuleRef = { rule: 'tconv-output-padding' };
  const tc = (attrs: Attrs) => one('ConvTranspose', [1, 8, 4, 4], attrs, [1, 8, 8, 8], (g) => [g.constant('w', 'float32', [8, 8, 2, 2])]);

  it('output padding at the bottom/right pads runs; one more is named on either axis', () => {
    expect(unit(tc({ pads: [0, 0, 1, 2], output_padding: [1, 2] }), 'ConvTranspose', ref)).toBe('HW');
    expect(reason(tc({ pads: [0, 0, 1, 2], output_padding: [2, 2] }), 'ConvTranspose', ref)).toMatchObject({
      value: 'output_padding 2,2', limit: '<= pads 1,2',
      message: "ConvTranspose 'n': output_padding 2,2 exceeds the bottom/right pads 1,2; NPU needs output_padding_h <= pads_bottom and output_padding_w <= pads_right.",
    });
    expect(reason(tc({ pads: [0, 0, 1, 2], output_padding: [1, 3] }), 'ConvTranspose', ref)?.value).toBe('output_padding 1,3');
  });

  it('no output padding, or all zeros, runs; without pads the bottom/right pads are 0', () => {
    expect(unit(tc({}), 'ConvTranspose', ref)).toBe('HW');
    expect(unit(tc({ output_padding: [0, 0] }), 'ConvTranspose', ref)).toBe('HW');
    expect(reason(tc({ output_padding: [0, 1] }), 'ConvTranspose', ref)?.limit).toBe('<= pads 0,0');
  });
});

describe('rows-min', () => {
  it('NHWC reads the rows from axis 1; rank 2 and an unknown shape hold', () => {
    const gp = (x: Shape | undefined, attrs: Attrs = {}) => one('GlobalMaxPool', x, attrs, undefined);
    const ref: RuleRef = { rule: 'rows-min', limit: 4 };
    expect(unit(gp([1, 4, 2, 8], { layout: 'NHWC' }), 'GlobalMaxPool', ref)).toBe('HW');
    expect(reason(gp([1, 3, 8, 8], { layout: 'NHWC' }), 'GlobalMaxPool', ref)).toMatchObject({ value: 3, message: "GlobalMaxPool 'n': input of 3 rows; NPU pools inputs of 4 rows or more." });
    expect(unit(gp([1, 8]), 'GlobalMaxPool', ref)).toBe('HW');
    expect(unit(gp(undefined), 'GlobalMaxPool', ref)).toBe('HW');
    // The default minimum is 4.
    expect(reason(gp([1, 8, 3, 8]), 'GlobalMaxPool', { rule: 'rows-min' })?.value).toBe(3);
    expect(unit(gp([1, 8, 4, 8]), 'GlobalMaxPool', { rule: 'rows-min' })).toBe('HW');
  });
});
