/**
 * The shape-arithmetic operators (src/ops/shape-math.ts): Shape (with opset 15's start/end),
 * Size, Constant's five value attributes, ConstantOfShape, Range and Cast, by the values the
 * constant folding leaves on their outputs. Expected values are the numpy results of the same
 * call (np.arange(1, 10, 3) = [1, 4, 7], ...), worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Tensor } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GENERATOR_MAX_ELEMENTS } from '../../src/ops/shape-math.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

/** Runs `op` (named 'n') over inputs built by `ins` and returns its output tensor and the diagnostics. */
function run(op: Parameters<GraphBuilder['node']>[0], ins: (g: GraphBuilder) => string[], attrs: Attrs = {}, opset?: number): { out: Tensor; folded: boolean; messages: string } {
  const g = new GraphBuilder();
  const out = g.node(op, ins(g), attrs, { name: 'n' });
  g.output(out);
  const d = infer(g, opset);
  return { out: g.get(out), folded: !g.graph.nodes.some((n) => n.name === 'n'), messages: d.map((x) => x.message).join(' | ') };
}
const values = (t: Tensor): number[] | undefined => (t.data?.kind === 'values' ? t.data.values : undefined);
const x = (shape: Shape) => (g: GraphBuilder) => [g.input('x', 'float32', shape)];

describe('Shape and Size', () => {
  it('Shape folds a static shape; start and end (opset 15) select a slice, clamped, negative from the end', () => {
    expect(values(run('Shape', x([2, 3, 4])).out)).toEqual([2, 3, 4]);
    expect(values(run('Shape', x([2, 3, 4]), { start: 1 }, 15).out)).toEqual([3, 4]);
    expect(values(run('Shape', x([2, 3, 4]), { start: -2, end: -1 }, 15).out)).toEqual([3]);
    expect(values(run('Shape', x([2, 3, 4]), { start: -10, end: 10 }, 15).out)).toEqual([2, 3, 4]);
    expect(run('Shape', x([2, 3, 4]), { start: 2, end: 1 }, 15).out.shape).toEqual([0]);
  });

  it('a symbolic dimension in the slice leaves a shape [rank] without values', () => {
    const r = run('Shape', x(['N', 3]));
    expect(r.out.shape).toEqual([2]);
    expect(values(r.out)).toBeUndefined();
    expect(values(run('Shape', x(['N', 3]), { start: 1 }, 15).out)).toEqual([3]);
  });

  it('Size: the element count of a static input; a scalar int64 otherwise', () => {
    expect(values(run('Size', x([2, 3, 4])).out)).toEqual([24]);
    const s = run('Size', x(['N', 3])).out;
    expect(s.shape).toEqual([]);
    expect(s.dtype).toBe('int64');
    expect(values(s)).toBeUndefined();
  });
});

describe('Constant', () => {
  it('value_float, value_int, value_floats, value_ints: shape, type and values', () => {
    expect(run('Constant', () => [], { value_float: 1.5 }).out).toMatchObject({ shape: [], dtype: 'float32', data: { values: [1.5] } });
    expect(run('Constant', () => [], { value_int: 7 }).out).toMatchObject({ shape: [], dtype: 'int64', data: { values: [7] } });
    expect(run('Constant', () => [], { value_floats: [1, 2] }).out).toMatchObject({ shape: [2], dtype: 'float32', data: { values: [1, 2] } });
    expect(run('Constant', () => [], { value_ints: [3, 4, 5] }).out).toMatchObject({ shape: [3], dtype: 'int64', data: { values: [3, 4, 5] } });
  });
});

describe('ConstantOfShape and Range', () => {
  const dims = (v: number[]) => (g: GraphBuilder) => [g.values('s', 'int64', v)];
  it('ConstantOfShape: zeros of float32 by default, of the given shape', () => {
    expect(run('ConstantOfShape', dims([2, 3])).out).toMatchObject({ shape: [2, 3], dtype: 'float32', data: { values: [0, 0, 0, 0, 0, 0] } });
  });

  it('a computed shape of static length gives that rank; beyond the generator limit no values are made', () => {
    const r = run('ConstantOfShape', (g) => [g.input('s', 'int64', [3])]);
    expect(r.out.shape?.length).toBe(3);
    expect(r.folded).toBe(false);
    expect(values(run('ConstantOfShape', dims([GENERATOR_MAX_ELEMENTS])).out)?.length).toBe(GENERATOR_MAX_ELEMENTS);
    const big = run('ConstantOfShape', dims([GENERATOR_MAX_ELEMENTS + 1])).out;
    expect(big.shape).toEqual([GENERATOR_MAX_ELEMENTS + 1]);
    expect(values(big)).toBeUndefined();
  });

  it('Range: ceil((limit - start) / delta) values, at least 0; negative steps; delta 0 refused', () => {
    const range = (s: number, l: number, d: number) => run('Range', (g) => [g.values('s', 'int64', [s], []), g.values('l', 'int64', [l], []), g.values('d', 'int64', [d], [])]);
    expect(values(range(1, 10, 3).out)).toEqual([1, 4, 7]);
    expect(values(range(10, 1, -4).out)).toEqual([10, 6, 2]);
    expect(range(5, 1, 1).out.shape).toEqual([0]);
    expect(range(0, 1, 0).messages).toContain('Range delta must not be 0');
    expect(range(0, GENERATOR_MAX_ELEMENTS + 1, 1).out.shape).toEqual([GENERATOR_MAX_ELEMENTS + 1]);
    expect(values(range(0, GENERATOR_MAX_ELEMENTS + 1, 1).out)).toBeUndefined();
    expect(values(range(0, GENERATOR_MAX_ELEMENTS, 1).out)?.length).toBe(GENERATOR_MAX_ELEMENTS);
  });
});

describe('Cast', () => {
  const cast = (to: string, v: number[]) => run('Cast', (g) => [g.values('v', 'float32', v)], { to });
  it('to an integer truncates toward zero (non-finite become 0); to bool is 0/1; float32 rounds to single precision', () => {
    expect(cast('int32', [1.9, -1.9, Infinity]).out).toMatchObject({ dtype: 'int32', data: { values: [1, -1, 0] } });
    expect(values(cast('bool', [0, 2, -0.5]).out)).toEqual([0, 1, 1]);
    expect(values(cast('float32', [0.1]).out)).toEqual([Math.fround(0.1)]);
  });

  it('an unknown target type is refused by name', () => {
    expect(cast('int3', [1]).messages).toContain('unknown target type int3');
  });
});
