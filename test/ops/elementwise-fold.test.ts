/**
 * Constant folding of the element-wise operators (src/ops/elementwise.ts): the values each one
 * leaves on its output, with broadcasting, integer division and modulo (ONNX Div truncates
 * integers; Mod with fmod=0 takes the divisor's sign, numpy's `%`; float Mod is C's fmod), the
 * comparisons and logic as 0/1, variadic Sum/Mean/Max/Min, Not and Where. Expected values are
 * numpy's for the same inputs, worked by hand; and the MACC per output element of METRICS.md.
 */
import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/ir/dtype.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

type In = { v: number[]; shape?: Shape; dtype?: DType };
function fold(op: OpKind, ins: In[]): number[] | undefined {
  const g = new GraphBuilder();
  const out = g.node(op, ins.map((x, i) => g.values(`i${i}`, x.dtype ?? 'float32', x.v, x.shape ?? [x.v.length])), {}, { name: 'n' });
  g.output(out);
  infer(g);
  const d = g.get(out).data;
  return d?.kind === 'values' ? d.values : undefined;
}
const f = (...v: number[]): In => ({ v });
const i32 = (...v: number[]): In => ({ v, dtype: 'int32' });

describe('arithmetic', () => {
  it('Add, Sub, Mul, SquaredDifference, Pow element by element', () => {
    expect(fold('Add', [f(1, 2), f(10, 20)])).toEqual([11, 22]);
    expect(fold('Sub', [f(1, 2), f(10, 20)])).toEqual([-9, -18]);
    expect(fold('Mul', [f(3, 2), f(10, 20)])).toEqual([30, 40]);
    expect(fold('SquaredDifference', [f(1, 5), f(4, 2)])).toEqual([9, 9]);
    expect(fold('Pow', [f(2, 3), f(3, 2)])).toEqual([8, 9]);
  });

  it('broadcasting: a [2,1] against a [3] gives [2,3] (np.add(np.array([[1],[2]]), [10,20,30]))', () => {
    expect(fold('Add', [{ v: [1, 2], shape: [2, 1] }, f(10, 20, 30)])).toEqual([11, 21, 31, 12, 22, 32]);
  });

  it('Div: float divides; integers truncate toward zero; an integer divisor of 0 gives 0', () => {
    expect(fold('Div', [f(7, -7), f(2, 2)])).toEqual([3.5, -3.5]);
    expect(fold('Div', [i32(7, -7, 5), i32(2, 2, 0)])).toEqual([3, -3, 0]);
  });

  it('Mod: integers take the divisor\'s sign (numpy %), floats the dividend\'s (fmod); 0 divisors give 0 / NaN', () => {
    expect(fold('Mod', [i32(7, -7, 7, 5), i32(3, 3, -3, 0)])).toEqual([1, 2, -2, 0]);
    const m = fold('Mod', [f(7, -7, 1), f(3, 3, 0)]);
    expect(m?.slice(0, 2)).toEqual([1, -1]);
    expect(Number.isNaN(m?.[2])).toBe(true);
  });

  it('variadic Max, Min, Sum, Mean over three inputs', () => {
    const three = [f(1, 9), f(5, 2), f(3, 4)];
    expect(fold('Max', three)).toEqual([5, 9]);
    expect(fold('Min', three)).toEqual([1, 2]);
    expect(fold('Sum', three)).toEqual([9, 15]);
    expect(fold('Mean', three)).toEqual([3, 5]);
  });
});

describe('comparison and logic give 0 or 1', () => {
  it.each<[OpKind, number[]]>([
    ['Equal', [0, 1, 0]], ['Less', [1, 0, 0]], ['Greater', [0, 0, 1]], ['LessOrEqual', [1, 1, 0]], ['GreaterOrEqual', [0, 1, 1]],
  ])('%s of [1, 2, 3] and [2, 2, 2]: %j', (op, want) => {
    expect(fold(op, [f(1, 2, 3), f(2, 2, 2)])).toEqual(want);
  });

  it.each<[OpKind, number[]]>([['And', [0, 0, 0, 1]], ['Or', [0, 1, 1, 1]], ['Xor', [0, 1, 1, 0]]])('%s of [0, 0, 5, 5] and [0, 7, 0, 7]: %j', (op, want) => {
    expect(fold(op, [f(0, 0, 5, 5), f(0, 7, 0, 7)])).toEqual(want);
  });

  it('Not and Where', () => {
    expect(fold('Not', [f(0, 3, 0)])).toEqual([1, 0, 1]);
    expect(fold('Where', [f(1, 0, 2), f(10, 20, 30), f(-1, -2, -3)])).toEqual([10, -2, 30]);
  });
});

describe('MACC per output element (METRICS.md)', () => {
  function macc(op: OpKind, n: number): number {
    const g = new GraphBuilder();
    const ins = Array.from({ length: n }, (_, i) => g.input(`x${i}`, 'float32', [4, 8]));
    g.output(g.node(op, ins, {}, { name: 'n' }));
    infer(g);
    return costOf(g, 'n').macc;
  }
  it('Add: 1 per element; Div: 5; Sum/Max/Min of n inputs: n - 1; Mean of n: n; comparisons 1', () => {
    expect(macc('Add', 2)).toBe(32);
    expect(macc('Div', 2)).toBe(160);
    expect(macc('Sum', 3)).toBe(64);
    expect(macc('Max', 4)).toBe(96);
    expect(macc('Min', 1)).toBe(32);
    expect(macc('Mean', 3)).toBe(96);
    expect(macc('Less', 2)).toBe(32);
  });
});
