/**
 * Shape inference of the data-movement operators (src/ops/movement.ts), ONNX semantics worked by
 * hand from the operator specs (onnx.ai Operators.md: Reshape, Flatten, Squeeze, Unsqueeze,
 * Transpose, Expand, Tile): each case's expected shape is the numpy result of the same call
 * (`np.reshape`, `np.squeeze`, ...), and each refusal is a W_SHAPE naming the numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { single } from './run.js';

type Op = 'Reshape' | 'Flatten' | 'Squeeze' | 'Unsqueeze' | 'Transpose' | 'Expand' | 'Tile';
/** `op` on x (shape `x`) with a constant int64 second input when `v` is given, or a computed one of length `computed`. */
function run(op: Op, x: Shape | undefined, v?: number[], attrs: Attrs = {}, computed?: number, opset?: number) {
  const g = new GraphBuilder();
  const xi = x ? g.input('x', 'float32', x) : g.tensor('x', 'float32');
  if (!x) g.graph.inputs.push(xi);
  const ins = [xi];
  if (v) ins.push(g.values('v', 'int64', v));
  else if (computed !== undefined) ins.push(g.input('v', 'int64', [computed]));
  return single(g, op, ins, attrs, opset === undefined ? {} : { opset });
}
const shape = (...a: Parameters<typeof run>) => run(...a).shape;
const warn = (...a: Parameters<typeof run>) => run(...a).diags.map((d) => d.message).join(' | ');

describe('Reshape', () => {
  it('0 copies the input dim, -1 takes the rest (np.reshape(np.zeros((2,3,4)), (2,-1)) -> (2, 12))', () => {
    expect(shape('Reshape', [2, 3, 4], [0, -1])).toEqual([2, 12]);
    expect(shape('Reshape', [2, 3, 4], [-1, 0, 2])).toEqual([4, 3, 2]);
    expect(shape('Reshape', [2, 3, 4], [4, 6])).toEqual([4, 6]);
  });

  it('allowzero=1 keeps a 0 as a size-0 dimension', () => {
    expect(shape('Reshape', [0, 4], [0, 4], { allowzero: 1 })).toEqual([0, 4]);
  });

  it('refusals: two -1, an element count that does not divide or match, a 0 past the input rank', () => {
    expect(warn('Reshape', [2, 3, 4], [-1, -1])).toContain('shape [-1,-1] has more than one -1');
    expect(warn('Reshape', [2, 3, 4], [5, -1])).toContain('cannot reshape [2,3,4] (24 elements) to [5,-1]');
    expect(warn('Reshape', [2, 3, 4], [5, 5])).toContain('cannot reshape [2,3,4] (24 elements) to [5,5] (25 elements)');
    expect(warn('Reshape', [6], [0, 0])).toContain('shape[1] = 0 copies a dim the input (rank 1) lacks');
  });

  it('a size below -1 is refused, at -2 (with and without a -1 beside it); -1 and 0 are sizes', () => {
    expect(warn('Reshape', [12], [6, -2])).toContain('shape[1] = -2: a size is -1 (inferred), 0 or more');
    expect(warn('Reshape', [12], [-2, -1])).toContain('shape[0] = -2');
    expect(warn('Reshape', [12], [6, -1])).toBe('');
    expect(shape('Reshape', [12], [6, -1])).toEqual([6, 2]);
    expect(shape('Reshape', [0, 4], [0, 4], { allowzero: 1 })).toEqual([0, 4]);
  });

  it('a symbolic input leaves -1 unknown; an unknown input keeps the positive sizes; a computed shape gives its rank', () => {
    const s = shape('Reshape', ['N', 4], [-1, 2]);
    expect(s?.[1]).toBe(2);
    expect(typeof s?.[0]).toBe('string');
    const u = shape('Reshape', undefined, [3, -1]);
    expect(u?.[0]).toBe(3);
    expect(typeof u?.[1]).toBe('string');
    expect(shape('Reshape', undefined, [3, 4])).toEqual([3, 4]);
    // a 0 copies a dim of the input, unknown here
    expect(shape('Reshape', undefined, [0, 4, -1])).toEqual(['?', 4, '?']);
    expect(shape('Reshape', [2, 6], undefined, {}, 3)?.length).toBe(3);
  });
});

describe('Flatten', () => {
  it('axis 1 by default; 0 and the rank; a negative axis counts from the end', () => {
    expect(shape('Flatten', [2, 3, 4])).toEqual([2, 12]);
    expect(shape('Flatten', [2, 3, 4], undefined, { axis: 0 })).toEqual([1, 24]);
    expect(shape('Flatten', [2, 3, 4], undefined, { axis: 3 })).toEqual([24, 1]);
    expect(shape('Flatten', [2, 3, 4], undefined, { axis: -1 })).toEqual([6, 4]);
    expect(warn('Flatten', [2, 3, 4], undefined, { axis: 4 })).toContain('axis 4 is out of range for rank 3');
    expect(warn('Flatten', [2, 3, 4], undefined, { axis: -4 })).toContain('axis -4 is out of range for rank 3');
  });
});

describe('Squeeze and Unsqueeze', () => {
  it('Squeeze without axes drops every 1; with axes only those; a non-1 axis is refused', () => {
    expect(shape('Squeeze', [1, 3, 1, 4])).toEqual([3, 4]);
    expect(shape('Squeeze', [1, 3, 1, 4], [2])).toEqual([1, 3, 4]);
    expect(shape('Squeeze', [1, 3, 1, 4], [-2, 0])).toEqual([3, 4]);
    expect(shape('Squeeze', [1, 3, 1, 4], undefined, { axes: [0] }, undefined, 11)).toEqual([3, 1, 4]);
    expect(warn('Squeeze', [1, 3, 1, 4], [1])).toContain('cannot squeeze axis 1 of size 3');
    // an empty axes input (opset 13) is no axes: every 1 goes (np.squeeze with axis=None)
    expect(shape('Squeeze', [1, 3, 1, 4], [])).toEqual([3, 4]);
  });

  it('Squeeze without axes on a symbolic shape, or with computed axes, gives no shape', () => {
    expect(shape('Squeeze', ['N', 3])).toBeUndefined();
    expect(shape('Squeeze', [1, 3], undefined, {}, 1)).toBeUndefined();
  });

  it('Unsqueeze inserts 1s at output positions; a repeated axis is refused', () => {
    expect(shape('Unsqueeze', [3, 4], [0, 3])).toEqual([1, 3, 4, 1]);
    expect(shape('Unsqueeze', [3, 4], [-1])).toEqual([3, 4, 1]);
    expect(shape('Unsqueeze', [3, 4], [1])).toEqual([3, 1, 4]);
    expect(warn('Unsqueeze', [3, 4], [1, -3])).toContain('axes [1,-3] repeat an axis');
    expect(shape('Unsqueeze', [3, 4], undefined, {}, 1)).toBeUndefined();
  });
});

describe('Transpose, Expand, Tile', () => {
  it('Transpose: perm, else the axes reversed; a perm of another length is refused', () => {
    expect(shape('Transpose', [2, 3, 4], undefined, { perm: [1, 2, 0] })).toEqual([3, 4, 2]);
    expect(shape('Transpose', [2, 3, 4])).toEqual([4, 3, 2]);
    expect(shape('Transpose', [2, 3, 4], undefined, { perm: [-1, 0, 1] })).toEqual([4, 2, 3]);
    expect(warn('Transpose', [2, 3, 4], undefined, { perm: [1, 0] })).toContain('perm [1,0] does not match input rank 3');
  });

  it('Expand broadcasts both ways (np.broadcast_shapes); a computed shape gives the larger rank', () => {
    expect(shape('Expand', [3, 1], [2, 1, 6])).toEqual([2, 3, 6]);
    expect(shape('Expand', [3, 4], [1])).toEqual([3, 4]);
    expect(shape('Expand', [3, 4], undefined, {}, 4)?.length).toBe(4);
    expect(shape('Expand', [1, 3, 4], undefined, {}, 2)?.length).toBe(3);
  });

  it('Tile multiplies each dimension; repeats of another length are refused; computed repeats keep the rank', () => {
    expect(shape('Tile', [2, 3], [3, 2])).toEqual([6, 6]);
    expect(warn('Tile', [2, 3], [2])).toContain('repeats has 1 entries, input rank is 2');
    expect(shape('Tile', [2, 3], undefined, {}, 2)?.length).toBe(2);
  });
});
