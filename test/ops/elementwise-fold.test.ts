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

describe('what the element-wise rules read', () => {
  it('an omitted input of Sum is skipped: shape, values and MACC of the two present ([2,3] and [3]: 6 elements, 1 per element)', () => {
    const g = new GraphBuilder();
    const out = g.node('Sum', [g.values('a', 'float32', [1, 2, 3, 4, 5, 6], [2, 3]), '', g.values('b', 'float32', [10, 20, 30], [3])], {}, { name: 'n' });
    g.output(out);
    infer(g);
    expect(g.get(out).shape).toEqual([2, 3]);
    expect(g.get(out).data).toEqual({ kind: 'values', values: [11, 22, 33, 14, 25, 36] });
    const h = new GraphBuilder();
    h.output(h.node('Sum', [h.input('a', 'float32', [2, 3]), '', h.input('b', 'float32', [3])], {}, { name: 'n' }));
    infer(h);
    expect(costOf(h, 'n').macc).toBe(6);
  });

  it('an input without a shape, or naming no tensor: no shape, the dtype still the first input\'s', () => {
    for (const second of ['shapeless', 'ghost'] as const) {
      const g = new GraphBuilder();
      const b = second === 'shapeless' ? g.tensor('b', 'int8') : 'ghost';
      const out = g.node('Add', [g.input('a', 'int8', [2]), b], {}, { name: 'n' });
      g.output(out);
      infer(g);
      expect([g.get(out).shape, g.get(out).dtype]).toEqual([undefined, 'int8']);
    }
  });

  it('no values when an input is no constant (no data), or a constant\'s shape is symbolic (a constant, its values not computed)', () => {
    for (const second of ['input', 'symbolic'] as const) {
      const g = new GraphBuilder();
      const b = second === 'input' ? g.input('b', 'float32', [2]) : g.tensor('b', 'float32', ['N'], { data: { kind: 'values', values: [1, 2] } });
      const out = g.node('Add', [g.values('a', 'float32', [1, 2], [2]), b], {}, { name: 'n' });
      g.output(out);
      infer(g);
      expect(g.get(out).data).toEqual(second === 'input' ? undefined : { kind: 'computed', by: 'n' });
    }
  });

  it('Where takes its values\' type, not its condition\'s: a bool condition picks int32 values as they are', () => {
    const g = new GraphBuilder();
    const cond = g.values('c', 'bool', [1, 0, 1], [3]);
    const out = g.node('Where', [cond, g.values('x', 'int32', [10, 20, 30], [3]), g.values('y', 'int32', [-1, -2, -3], [3])], {}, { name: 'n' });
    g.output(out);
    infer(g);
    expect(g.get(out).data).toEqual({ kind: 'values', values: [10, -2, 30] });
  });
});
