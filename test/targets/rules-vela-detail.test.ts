/**
 * Vela's own constraints (src/targets/rules/vela.ts), case by case as Vela 3.10 writes them in
 * tflite_supported_operators.py (constraint_transpose, constraint_batch_size,
 * constraint_tens_quant_none_check) and tflite_model_semantic.py (matching in/out types): each
 * listed transpose, the same permutation on a shape that lacks the required 1, the sentences.
 */
import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/ir/dtype.js';
import type { Quantization } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { q, reasonOf } from './helpers.js';


describe('vela-transpose: the listed transposes, and each permutation on a shape without its 1', () => {
  const tr = (shape: Shape | undefined, perm: number[] | undefined) => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'int8', shape, { quant: q(0.1, 0) });
    g.graph.inputs.push(x);
    g.output(g.node('Transpose', [x], perm ? { perm } : {}, { name: 'n' }));
    return g;
  };
  const ok = (shape: Shape, perm: number[]): boolean => reasonOf(tr(shape, perm), 'Transpose', { rule: 'vela-transpose' }) === undefined;

  it.each<[Shape, number[], boolean, string]>([
    [[6, 8], [1, 0], true, 'rank 2: W x C -> C x W'],
    [[4, 6, 8], [1, 0, 2], true, 'H x W x C -> W x H x C'],
    [[1, 6, 8], [0, 2, 1], true, '1 x W x C -> 1 x C x W'],
    [[2, 6, 8], [0, 2, 1], false, 'the same perm without the leading 1'],
    [[4, 1, 8], [2, 1, 0], true, 'H x 1 x C -> C x 1 x H'],
    [[4, 2, 8], [2, 1, 0], false, 'the same perm without the middle 1'],
    [[4, 6, 8], [2, 0, 1], false, 'a rotation'],
    [[4, 6, 8], [1, 2, 0], false, 'the other rotation'],
    [[1, 4, 6, 8], [0, 2, 1, 3], true, '1 x H x W x C -> 1 x W x H x C'],
    [[1, 1, 6, 8], [0, 1, 3, 2], true, '1 x 1 x W x C -> 1 x 1 x C x W'],
    [[1, 2, 6, 8], [0, 1, 3, 2], false, 'the same perm without the 1 in axis 1'],
    [[1, 4, 1, 8], [0, 3, 2, 1], true, '1 x H x 1 x C -> 1 x C x 1 x H'],
    [[1, 4, 2, 8], [0, 3, 2, 1], false, 'the same perm without the 1 in axis 2'],
    [[1, 4, 6, 8], [0, 3, 1, 2], false, 'NHWC -> NCHW'],
    [[1, 4, 6, 8], [0, 2, 3, 1], false, 'NCHW -> NHWC'],
    [[1, 4, 6, 8], [1, 0, 2, 3], false, 'batch and H swapped'],
    [[1, 1, 4, 6, 8], [0, 1, 3, 2, 4], false, 'rank 5'],
    // Each listed case's other conditions, one at a time, on the shape that has its 1.
    [[1, 6, 8], [2, 0, 1], false, '1 x W x C: a perm that moves axis 1 last but not C before it'],
    [[4, 1, 8], [1, 2, 0], false, 'H x 1 x C: a perm that moves H last but not C first'],
    [[1, 1, 6, 8], [1, 0, 3, 2], false, '1 x 1 x W x C: W and C swapped, with the two leading axes swapped too'],
    [[1, 1, 6, 8], [0, 3, 1, 2], false, '1 x 1 x W x C: W last, C not before it'],
    [[1, 4, 1, 8], [2, 3, 0, 1], false, '1 x H x 1 x C: H last and C second, batch moved'],
    [[1, 4, 1, 8], [0, 2, 3, 1], false, '1 x H x 1 x C: H last, C not second'],
    [[1, 6, 8], [1, 2, 0], false, '1 x W x C: C second but W not last'],
    [[4, 1, 8], [2, 0, 1], false, 'H x 1 x C: C first but H not last'],
    [[1, 1, 6, 8], [0, 2, 3, 1], false, '1 x 1 x W x C: C third but W not last'],
    [[1, 4, 1, 8], [0, 3, 1, 2], false, '1 x H x 1 x C: C second but H not last'],
  ])('%j perm %j: runs %s (%s)', (shape, perm, expected) => {
    expect(ok(shape, perm)).toBe(expected);
  });

  it('the refusal: value, limit, sentence and hint; unknown shapes or perms are not judged', () => {
    expect(reasonOf(tr([1, 4, 6, 8], [0, 2, 3, 1]), 'Transpose', { rule: 'vela-transpose' })).toMatchObject({
      value: '[1, 4, 6, 8] perm 0,2,3,1', limit: 'the listed transposes',
      message: "Transpose 'n': transposes [1, 4, 6, 8] by 0,2,3,1; NPU swaps only H and W, or the last two axes of a tensor with a 1 before them.",
      hint: 'An NCHW -> NHWC transpose of the input (perm 0,2,3,1) runs on the CPU; feed the model NHWC data instead.',
    });
    expect(reasonOf(tr(undefined, [0, 2, 3, 1]), 'Transpose', { rule: 'vela-transpose' })).toBeUndefined();
    // No perm: ONNX's default reverses the axes (3,2,1,0), which Vela does not list.
    expect(reasonOf(tr([1, 4, 6, 8], undefined), 'Transpose', { rule: 'vela-transpose' })?.value).toBe('[1, 4, 6, 8] perm 3,2,1,0');
  });
});

describe('same-in-out-dtype', () => {
  const cast = (x: DType, y: DType) => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('x', x, [1, 8])], {}, { name: 'n', outShapes: [[1, 8]], outDType: y }));
    return g;
  };
  it('the same type runs; different types are named; an unknown side is not judged', () => {
    expect(reasonOf(cast('int8', 'int8'), 'Relu', { rule: 'same-in-out-dtype' })).toBeUndefined();
    expect(reasonOf(cast('int8', 'int16'), 'Relu', { rule: 'same-in-out-dtype' })).toMatchObject({
      value: 'int8 -> int16', limit: 'same type',
      message: "Relu 'n': reads int8 and writes int16; NPU needs the same type on both sides.",
      hint: "Quantize the output with the input's type (int8 in, int8 out).",
    });
    expect(reasonOf(cast('unknown', 'int16'), 'Relu', { rule: 'same-in-out-dtype' })).toBeUndefined();
    expect(reasonOf(cast('int8', 'unknown'), 'Relu', { rule: 'same-in-out-dtype' })).toBeUndefined();
  });
});

describe('int32-quant-params', () => {
  const add = (bq: Quantization | undefined, bdtype: DType = 'int32') => {
    const g = new GraphBuilder();
    const a = g.input('a', 'int32', [1, 8], q(0.1, 0));
    const b = g.input('b', bdtype, [1, 8], bq);
    const y = g.node('Add', [a, b], {}, { name: 'n', outShapes: [[1, 8]], outDType: 'int32' });
    g.get(y).quant = q(0.1, 0);
    g.output(y);
    return g;
  };
  it('an int32 operand without scales is named; with them, or of another type, it runs', () => {
    const want = {
      value: "'b' int32 without scale", limit: 'scale and zero point',
      message: "Add 'n': int32 tensor 'b' has no quantization parameters; NPU needs them on every operand.",
      hint: 'Integer arithmetic outside the quantized graph (shape or index computations, casts) runs on the CPU.',
    };
    expect(reasonOf(add(undefined), 'Add', { rule: 'int32-quant-params' })).toMatchObject(want);
    expect(reasonOf(add({ scale: [], zeroPoint: [] }), 'Add', { rule: 'int32-quant-params' })).toMatchObject(want);
    expect(reasonOf(add(q(0.1, 0)), 'Add', { rule: 'int32-quant-params' })).toBeUndefined();
    expect(reasonOf(add(undefined, 'int16'), 'Add', { rule: 'int32-quant-params' })).toBeUndefined();
  });
});

describe('ifm-batch-one: the batch of a rank-4 input (Vela pads shapes to 4-D from the left)', () => {
  const add = (a: Shape | undefined, b: Shape | undefined, bConst = false) => {
    const g = new GraphBuilder();
    const x = g.tensor('a', 'int8', a, { quant: q(0.1, 0) });
    g.graph.inputs.push(x);
    const y = bConst ? g.tensor('b', 'int8', b, { quant: q(0.1, 0), data: { kind: 'computed', by: 'test' } }) : g.input('b', 'int8', b ?? [1], q(0.1, 0));
    g.output(g.node('Add', [x, y], {}, { name: 'n', outDType: 'int8' }));
    return g;
  };
  const ref: RuleRef = { rule: 'ifm-batch-one' };
  it('batch 1 runs; batch 2 in either input is named; rank 3 has batch 1; a symbol or a constant is not judged', () => {
    expect(reasonOf(add([1, 4, 4, 8], [1, 4, 4, 8]), 'Add', ref)).toBeUndefined();
    expect(reasonOf(add([2, 4, 4, 8], [1, 4, 4, 8]), 'Add', ref)).toMatchObject({
      value: 2, limit: '1', message: "Add 'n': input 'a' has batch 2 ([2, 4, 4, 8]); NPU needs batch 1.", hint: 'Export the model with batch 1.',
    });
    expect(reasonOf(add([1, 4, 4, 8], [3, 4, 4, 8]), 'Add', ref)?.message).toBe("Add 'n': input 'b' has batch 3 ([3, 4, 4, 8]); NPU needs batch 1.");
    expect(reasonOf(add([6, 4, 8], [6, 4, 8]), 'Add', ref)).toBeUndefined();
    expect(reasonOf(add(['N', 4, 4, 8], [1, 4, 4, 8]), 'Add', ref)).toBeUndefined();
    expect(reasonOf(add([1, 4, 4, 8], [2, 4, 4, 8], true), 'Add', ref)).toBeUndefined();
    expect(reasonOf(add(undefined, [1, 4, 4, 8]), 'Add', ref)).toBeUndefined();
  });

  it('only the first two inputs are read', () => {
    const g = new GraphBuilder();
    const a = g.input('a', 'int8', [1, 4, 4, 8], q(0.1, 0));
    const b = g.input('b', 'int8', [1, 4, 4, 8], q(0.1, 0));
    const c = g.input('c', 'int8', [2, 4, 4, 8], q(0.1, 0));
    g.output(g.node('Concat', [a, b, c], { axis: 3 }, { name: 'n', outDType: 'int8' }));
    expect(reasonOf(g, 'Concat', ref)).toBeUndefined();
    const h = new GraphBuilder();
    const ha = h.input('a', 'int8', [1, 4, 4, 8], q(0.1, 0));
    h.output(h.node('Concat', [ha, '', h.input('c', 'int8', [2, 4, 4, 8], q(0.1, 0))], { axis: 3 }, { name: 'n', outDType: 'int8' }));
    expect(reasonOf(h, 'Concat', ref)).toBeUndefined();
  });
});
