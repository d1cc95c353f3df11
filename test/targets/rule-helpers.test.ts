/**
 * The helpers every target rule reads its limit and operands through (src/targets/rules/types.ts):
 * each limit form read back, or its fallback when the file gives another form; the limit as the
 * report's column shows it; operands present, omitted or unknown; depthwise and output channels by
 * layout; primes at and around their boundaries.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { activations, constants, formatLimit, input, isDepthwise, isPrime, num, numbers, outChannels, output, range, strings, type TargetRuleContext } from '../../src/targets/rules/types.js';
import { kernelOf, stridesOf } from '../../src/targets/rules/conv.js';
import { GraphBuilder } from '../builders/ir.js';
import { contextOn } from './helpers.js';

function ctxOf(op: OpKind, inputs: (g: GraphBuilder) => string[], attrs: Attrs = {}, outShape?: Shape): TargetRuleContext {
  const g = new GraphBuilder();
  const ins = inputs(g);
  const outputs = outShape === undefined ? [] : [g.tensor('y', 'int8', outShape)];
  return contextOn(g, { name: 'n', op, sourceOp: op, inputs: ins, outputs, attrs });
}

describe('limits', () => {
  it('num: a number, else the fallback', () => {
    expect([num(5, 1), num('5', 1), num([5], 1), num(undefined, 1)]).toEqual([5, 1, 1, 1]);
  });

  it('range: two numbers, else the fallback (one number, three, strings, a number and a string)', () => {
    const fb: [number, number] = [0, 9];
    expect(range([2, 3], fb)).toEqual([2, 3]);
    expect([range([2], fb), range([2, 3, 4], fb), range(['2', '3'], fb), range([2, 'x'] as unknown as number[], fb), range(['x', 3] as unknown as number[], fb), range(4, fb)]).toEqual([fb, fb, fb, fb, fb, fb]);
  });

  it('strings: a list as text, one string as a list of one, anything else none', () => {
    expect([strings(['a', 'b']), strings([1, 2]), strings('a'), strings(3), strings(undefined)]).toEqual([['a', 'b'], ['1', '2'], ['a'], [], []]);
    expect([numbers([1, 2]), numbers(['3']), numbers(3), numbers('a'), numbers(undefined)]).toEqual([[1, 2], [3], [], [], []]);
  });

  it('formatLimit: a range a..b, a list joined, a number with thousands separators, text as is, nothing as empty', () => {
    expect([formatLimit([1, 3]), formatLimit([1, 2, 3]), formatLimit(['int8', 'uint8']), formatLimit(['a', 'b']), formatLimit(65536), formatLimit('x'), formatLimit(undefined)])
      .toEqual(['1..3', '1, 2, 3', 'int8, uint8', 'a, b', '65,536', 'x', '']);
  });
});

describe('operands', () => {
  it('input and output by position: present, omitted (\'\'), absent, or a name the graph lacks', () => {
    const ctx = ctxOf('Conv', (g) => [g.input('x', 'int8', [1, 4]), '', 'nowhere', g.constant('w', 'int8', [2])], {}, [1, 2]);
    expect([0, 1, 2, 3, 4].map((i) => input(ctx, i)?.name)).toEqual(['x', undefined, undefined, 'w', undefined]);
    expect([output(ctx, 0)?.name, output(ctx, 1)?.name]).toEqual(['y', undefined]);
  });

  it('activations are the non-constant inputs then the outputs; constants the others; omitted and unknown names left out', () => {
    const ctx = ctxOf('Conv', (g) => [g.input('x', 'int8', [1, 4]), '', 'nowhere', g.constant('w', 'int8', [2]), g.input('x2', 'int8', [1])], {}, [1, 2]);
    expect(activations(ctx).map((t) => t.name)).toEqual(['x', 'x2', 'y']);
    expect(constants(ctx).map((t) => t.name)).toEqual(['w']);
  });
});

describe('convolution traits', () => {
  it('depthwise: a Conv with group above 1, or TFLite IHWO weights; group 1, a non-number group, or another op are not', () => {
    const dw = (op: OpKind, attrs: Attrs) => isDepthwise(ctxOf(op, () => [], attrs));
    expect([dw('Conv', { group: 2 }), dw('Conv', { weight_layout: 'IHWO' }), dw('Conv', { group: 1 }), dw('Conv', { group: '2' }), dw('Conv', {}), dw('ConvTranspose', { group: 2 }), dw('MaxPool', { weight_layout: 'IHWO' })])
      .toEqual([true, true, false, false, false, false, false]);
  });

  it('output channels: dim 1 of an NCHW convolution, the last dim for NHWC, 2-D outputs and any other op; unknown when symbolic or shapeless', () => {
    const ch = (op: OpKind, shape: Shape | undefined, attrs: Attrs = {}) => outChannels(ctxOf(op, () => [], attrs, shape));
    expect([ch('Conv', [1, 8, 5, 6]), ch('ConvTranspose', [1, 8, 5, 6]), ch('Conv', [1, 5, 6, 8], { layout: 'NHWC' }), ch('Conv', [4, 8]), ch('Add', [1, 8, 5, 6]), ch('Conv', [1, 'C', 5, 6]), ch('Conv', []), ch('Conv', undefined)])
      .toEqual([8, 8, 8, 8, 6, undefined, undefined, undefined]);
  });

  it('kernel: the kernel_shape attribute, else the weights\' spatial dims (by layout); none for Gemm / MatMul weights or symbolic dims', () => {
    const k = (op: OpKind, w: Shape | undefined, attrs: Attrs = {}) => kernelOf(ctxOf(op, (g) => (w === undefined ? [g.input('x', 'int8', [1, 3, 9, 9])] : [g.input('x', 'int8', [1, 3, 9, 9]), g.constant('w', 'int8', w)]), attrs));
    expect([k('Conv', [8, 3, 5, 3]), k('ConvTranspose', [3, 8, 5, 3]), k('Conv', [8, 5, 3, 3], { weight_layout: 'OHWI' }), k('Conv', [8, 3, 5, 3], { kernel_shape: [2, 2] }), k('Conv', [8, 3, 5, 3], { kernel_shape: ['2'] })])
      .toEqual([[5, 3], [5, 3], [5, 3], [2, 2], [5, 3]]);
    expect([k('Gemm', [8, 3, 5, 3]), k('MatMul', [8, 3, 5, 3]), k('Conv', [8, 3, 'K', 3]), k('Conv', undefined)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('strides: the attribute, else 1 on each of the rank\'s axes', () => {
    const s = (attrs: Attrs, rank: number) => stridesOf(ctxOf('Conv', () => [], attrs), rank);
    expect([s({ strides: [2, 3] }, 2), s({}, 2), s({}, 3), s({ strides: ['2'] }, 1)]).toEqual([[2, 3], [1, 1], [1, 1, 1], [1]]);
  });

  it('primes: 2, 3, 5, 7, 97; not 0, 1, 4, 9 (3 x 3), 25 (5 x 5), 2.5, -7', () => {
    expect([2, 3, 5, 7, 97].map(isPrime)).toEqual([true, true, true, true, true]);
    expect([0, 1, 4, 9, 25, 2.5, -7].map(isPrime)).toEqual([false, false, false, false, false, false, false]);
  });
});
