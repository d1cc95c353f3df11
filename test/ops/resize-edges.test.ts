/**
 * Resize's operand forms (ops/resize.ts): opset 10's Resize(X, scales), opset 11+'s
 * Resize(X, roi, scales, sizes) with either given or empty, scales or sizes known only at run
 * time, neither, axes (opset 18), and a shapeless input. Shapes worked out by hand (out = floor(in
 * x scale), or the sizes).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';
import type { Attrs } from '../../src/ir/graph.js';

type Operand = number[] | 'empty' | 'runtime' | '';

function resize(opset: number, operands: Operand[], attrs: Attrs = {}, x: number[] | null = [1, 3, 4, 4]): readonly (number | string)[] | undefined {
  const g = new GraphBuilder();
  const input = x ? g.input('x', 'float32', x) : g.tensor('x', 'float32');
  if (!x) g.graph.inputs.push(input);
  const names = operands.map((o, i) => {
    if (o === '') return '';
    if (o === 'empty') return g.values(`e${i}`, 'float32', [], [0]);
    if (o === 'runtime') return g.input(`r${i}`, 'float32', [4]);
    return g.values(`v${i}`, i === 3 ? 'int64' : 'float32', o);
  });
  const y = g.node('Resize', [input, ...names], attrs, { name: 'resize' });
  infer(g, opset);
  return g.get(y).shape;
}

describe('Resize operands', () => {
  it('opset 10: Resize(X, scales)', () => {
    expect(resize(10, [[1, 1, 2, 2]])).toEqual([1, 3, 8, 8]);
  });

  it('opset 13: scales in input 2, or sizes in input 3 when scales are omitted or empty', () => {
    expect(resize(13, ['', [1, 1, 0.5, 2]])).toEqual([1, 3, 2, 8]);
    expect(resize(13, ['', '', [1, 3, 6, 6]])).toEqual([1, 3, 6, 6]);
    expect(resize(13, ['', 'empty', [1, 3, 6, 6]])).toEqual([1, 3, 6, 6]);
  });

  it('scales or sizes known only at run time, or neither given: the rank, every dim unknown', () => {
    expect(resize(13, ['', 'runtime'])).toEqual(['?', '?', '?', '?']);
    expect(resize(13, ['', 'empty', 'runtime'])).toEqual(['?', '?', '?', '?']);
    expect(resize(13, [])).toEqual(['?', '?', '?', '?']);
    expect(resize(13, ['', 'empty', 'empty'])).toEqual(['?', '?', '?', '?']);
  });

  it('opset 18 axes: the sizes of those axes only, negative axes counted from the end', () => {
    expect(resize(18, ['', '', [6, 10]], { axes: [2, 3] })).toEqual([1, 3, 6, 10]);
    expect(resize(18, ['', '', [6, 10]], { axes: [-2, -1] })).toEqual([1, 3, 6, 10]);
  });

  it('a shapeless input: no shape, whatever the operands', () => {
    expect(resize(13, ['', [1, 1, 2, 2]], {}, null)).toBeUndefined();
  });
});
