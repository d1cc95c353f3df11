/**
 * StridedSlice's output shape (src/ops/strided-slice.ts) against Python's slice semantics, which
 * TensorFlow's strided_slice follows: every size below is `len(range(*slice(b, e, s).indices(d)))`
 * computed with python3 (the command is in each table's comment), then the masks (begin, end,
 * ellipsis, new axis, shrink), the `offset` flag, symbolic dimensions and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { slicedSize, stridedSliceShape } from '../../src/ops/strided-slice.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';

const masks = (m: Partial<{ begin: number; end: number; ellipsis: number; newAxis: number; shrink: number }> = {}) => ({ begin: 0, end: 0, ellipsis: 0, newAxis: 0, shrink: 0, ...m });

describe('slicedSize: one dimension', () => {
  // python3 -c "print(len(range(*slice(b, e, s).indices(d))))" for each row.
  it.each<[number, number, number, number, number]>([
    [10, 2, 8, 1, 6], [10, 2, 8, 3, 2], [10, -3, -1, 1, 2], [10, 8, 2, -1, 6], [10, 8, 2, -3, 2],
    [10, -1, -11, -1, 10], [10, 0, 100, 1, 10], [10, -100, 5, 1, 5], [10, 5, 5, 1, 0], [10, 7, 2, 1, 0],
    [10, 2, 7, -1, 0], [10, 20, 30, 1, 0], [10, -20, -15, 1, 0], [10, 9, -100, -2, 5], [3, 0, 3, 2, 2], [1, 0, 1, 1, 1],
    // an end of 0 is the first element, not the last; a begin past the end on a negative stride starts at the last element
    [10, 2, 0, 1, 0], [10, 5, 0, -1, 5], [10, 20, 0, -1, 9], [10, 20, -100, -3, 4],
  ])('d %i, begin %i, end %i, stride %i: %i', (d, b, e, s, n) => {
    expect(slicedSize(d, b, e, s, false, false, false)).toBe(n);
  });

  it('masked begin or end take the whole side (python3: slice(None, 5, 2) 3, slice(3, None, 2) 4, slice(None, None, -3) 4, slice(None, 2, -1) 7, slice(7, None, -2) 4 on 10)', () => {
    expect(slicedSize(10, 99, 5, 2, true, false, false)).toBe(3);
    expect(slicedSize(10, 3, -99, 2, false, true, false)).toBe(4);
    expect(slicedSize(10, 0, 0, -3, true, true, false)).toBe(4);
    expect(slicedSize(10, 0, 2, -1, true, false, false)).toBe(7);
    expect(slicedSize(10, 7, 0, -2, false, true, false)).toBe(4);
  });

  it('offset: the end is begin + end (TFLite\'s `offset`), also from a negative begin', () => {
    expect(slicedSize(10, 2, 3, 1, false, false, true)).toBe(3);
    expect(slicedSize(10, -4, 2, 1, false, false, true)).toBe(2); // begin 6, end -4 + 2 = -2 -> 8
    expect(slicedSize(10, 2, 3, 1, false, false, false)).toBe(1);
  });

  it('a stride of 0 is refused', () => {
    expect(() => slicedSize(10, 0, 5, 0, false, false, false)).toThrow('strided slice stride must not be 0');
  });
});

describe('stridedSliceShape: masks over a rank-4 input', () => {
  const x = [1, 10, 12, 3];
  it('plain, with a dimension left unaddressed at the end', () => {
    expect(stridedSliceShape(x, { begin: [0, 2, 0], end: [1, 8, 12], strides: [1, 3, 2], masks: masks(), offset: false })).toEqual([1, 2, 6, 3]);
  });

  it('shrink drops the axis; new axis inserts a 1 without consuming one', () => {
    expect(stridedSliceShape(x, { begin: [0, 0, 0, 0], end: [1, 10, 12, 3], strides: [1, 1, 1, 1], masks: masks({ shrink: 0b0001 }), offset: false })).toEqual([10, 12, 3]);
    expect(stridedSliceShape(x, { begin: [0, 0, 0, 0, 0], end: [1, 1, 10, 12, 3], strides: [1, 1, 1, 1, 1], masks: masks({ newAxis: 0b00010 }), offset: false })).toEqual([1, 1, 10, 12, 3]);
  });

  it('an ellipsis spans the dimensions the other entries do not address; a new-axis bit on it is ignored', () => {
    expect(stridedSliceShape(x, { begin: [0, 1], end: [0, 3], strides: [1, 1], masks: masks({ ellipsis: 0b01 }), offset: false })).toEqual([1, 10, 12, 2]);
    expect(stridedSliceShape(x, { begin: [0, 0, 1], end: [1, 0, 3], strides: [1, 1, 1], masks: masks({ ellipsis: 0b010, newAxis: 0b010 }), offset: false })).toEqual([1, 10, 12, 2]);
    expect(stridedSliceShape(x, { begin: [0, 0], end: [1, 0], strides: [1, 1], masks: masks({ ellipsis: 0b10 }), offset: false })).toEqual([1, 10, 12, 3]);
  });

  it('begin and end masks per axis', () => {
    expect(stridedSliceShape(x, { begin: [0, 5, 0, 0], end: [0, 0, 6, 0], strides: [1, 1, 1, 1], masks: masks({ begin: 0b0101, end: 0b1011 }), offset: false })).toEqual([1, 5, 6, 3]);
  });

  it('mask bits past the last entry are ignored (a new-axis bit there neither inserts nor shortens an ellipsis)', () => {
    // two entries: an ellipsis, then [1, 3) on the last axis; bit 2 names no entry
    const spec = { begin: [0, 1], end: [0, 3], strides: [1, 1], offset: false };
    expect(stridedSliceShape([4, 5], { ...spec, masks: masks({ ellipsis: 1 }) })).toEqual([4, 2]);
    expect(stridedSliceShape([4, 5], { ...spec, masks: masks({ ellipsis: 1, newAxis: 4 }) })).toEqual([4, 2]);
  });

  it('a symbolic dimension stays symbolic only when taken whole with stride 1', () => {
    const s = ['N', 10];
    expect(stridedSliceShape(s, { begin: [0, 0], end: [0, 10], strides: [1, 1], masks: masks({ begin: 1, end: 1 }), offset: false })).toEqual(['N', 10]);
    const [d0] = stridedSliceShape(s, { begin: [0, 0], end: [0, 10], strides: [2, 1], masks: masks({ begin: 1, end: 1 }), offset: false });
    expect(d0).not.toBe('N');
    expect(typeof d0).toBe('string');
    const [e0] = stridedSliceShape(s, { begin: [1, 0], end: [0, 10], strides: [1, 1], masks: masks({ end: 1 }), offset: false });
    expect(e0).not.toBe('N');
  });

  it('refuses specs of different lengths, and one that addresses more dimensions than the input has', () => {
    expect(() => stridedSliceShape(x, { begin: [0, 0], end: [1], strides: [1, 1], masks: masks(), offset: false })).toThrow('begin, end and strides have 2, 1 and 2 entries');
    expect(() => stridedSliceShape(x, { begin: [0, 0], end: [1, 1], strides: [1], masks: masks(), offset: false })).toThrow('begin, end and strides have 2, 2 and 1 entries');
    expect(() => stridedSliceShape([4, 4], { begin: [0, 0, 0], end: [1, 1, 1], strides: [1, 1, 1], masks: masks(), offset: false })).toThrow('slice spec addresses 3 dims of a rank-2 input');
    // A new axis does not consume a dimension: three entries, one new, fit a rank-2 input.
    expect(stridedSliceShape([4, 4], { begin: [0, 0, 0], end: [1, 1, 4], strides: [1, 1, 1], masks: masks({ newAxis: 0b001 }), offset: false })).toEqual([1, 1, 4]);
  });
});

describe('StridedSlice operands (the rule\'s infer)', () => {
  function infer(x: Shape | undefined, end: 'constant' | 'runtime', strides: boolean, spec: { begin?: number[]; end?: number[]; attrs?: Record<string, number> } = {}) {
    const g = new GraphBuilder();
    const xs = x ? g.input('x', 'int8', x) : g.tensor('x', 'int8');
    const ins = [xs, g.values('b', 'int32', spec.begin ?? [1, 0]), end === 'constant' ? g.values('e', 'int32', spec.end ?? [3, 4]) : g.input('e', 'int32', [2])];
    if (strides) ins.push(g.values('s', 'int32', [2, 1]));
    const node = { name: 'n', op: 'StridedSlice' as const, sourceOp: 'STRIDED_SLICE', inputs: ins, outputs: ['y'], attrs: spec.attrs ?? {} };
    return getRule('StridedSlice').infer(createRuleContext(g.graph, node, 17));
  }

  it('reads each mask from its own attribute: [4, 4] from [1, 1] to [3, 3] is [2, 2]', () => {
    const shape = (attrs: Record<string, number>) => infer([4, 4], 'constant', false, { begin: [1, 1], end: [3, 3], attrs })[0]?.shape;
    expect(shape({})).toEqual([2, 2]);
    expect(shape({ begin_mask: 1 })).toEqual([3, 2]); // axis 0 from 0
    expect(shape({ end_mask: 2 })).toEqual([2, 3]); // axis 1 to the end
    expect(shape({ shrink_axis_mask: 1 })).toEqual([2]); // axis 0 dropped
    expect(shape({ new_axis_mask: 1 })).toEqual([1, 2, 4]); // entry 0 inserts a 1, entry 1 slices axis 0, axis 1 whole
    expect(shape({ ellipsis_mask: 1 })).toEqual([4, 2]); // entry 0 spans axis 0, entry 1 slices axis 1
    expect(shape({ offset: 1 })).toEqual([3, 3]); // ends 1 + 3 = 4
  });

  it('without strides every stride is 1: [4, 4] from [1, 0] to [3, 4] is [2, 4]; with strides [2, 1], [1, 4]', () => {
    expect(infer([4, 4], 'constant', false)).toEqual([{ shape: [2, 4], dtype: 'int8' }]);
    expect(infer([4, 4], 'constant', true)).toEqual([{ shape: [1, 4], dtype: 'int8' }]);
  });

  it('an end known only at run time, or a shapeless input: the type alone', () => {
    expect(infer([4, 4], 'runtime', true)).toEqual([{ dtype: 'int8' }]);
    expect(infer(undefined, 'constant', true)).toEqual([{ dtype: 'int8' }]);
  });
});
