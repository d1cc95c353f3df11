/**
 * Reductions and ArgMax/ArgMin (src/ops/reduce.ts): output shapes for every way the axes arrive
 * (attribute, constant input, computed input, none, noop_with_empty_axes), keepdims, the folded
 * values of small vectors (numpy's sum, max, min, prod), and MACC per input element (METRICS.md:
 * 2 for ReduceMean, L2 and SumSquare outside the pooling case, 1 otherwise).
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Tensor } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, foldOf, infer } from './run.js';

function run(op: OpKind, x: Shape | number[][], attrs: Attrs = {}, axesInput?: number[] | 'computed', opset = 18): { out: Tensor; macc: number | undefined } {
  const g = new GraphBuilder();
  const xi = Array.isArray(x[0]) ? g.values('x', 'int64', (x as number[][])[0] ?? []) : g.input('x', 'float32', x as Shape);
  const ins = [xi];
  if (axesInput === 'computed') ins.push(g.input('ax', 'int64', [1]));
  else if (axesInput) ins.push(g.values('ax', 'int64', axesInput));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  infer(g, opset);
  const folded = !g.graph.nodes.some((n) => n.name === 'n');
  return { out: g.get(out), macc: folded ? undefined : costOf(g, 'n', opset).macc };
}

describe('reduced shapes', () => {
  it('axes from the attribute (opset 13) or a constant input (18), negative from the end; keepdims 0 drops them', () => {
    expect(run('ReduceSum', [2, 3, 4], { axes: [1] }, undefined, 13).out.shape).toEqual([2, 1, 4]);
    expect(run('ReduceSum', [2, 3, 4], { keepdims: 0 }, [-1, 0]).out.shape).toEqual([3]);
    expect(run('ReduceMax', [2, 3, 4], {}, [2]).out.shape).toEqual([2, 3, 1]);
  });

  it('no axes reduce everything; noop_with_empty_axes=1 reduces nothing; computed axes keep only the rank with keepdims', () => {
    expect(run('ReduceMin', [2, 3, 4]).out.shape).toEqual([1, 1, 1]);
    expect(run('ReduceMin', [2, 3, 4], { keepdims: 0 }).out.shape).toEqual([]);
    expect(run('ReduceMin', [2, 3, 4], { noop_with_empty_axes: 1 }, []).out.shape).toEqual([2, 3, 4]);
    const c = run('ReduceProd', [2, 3, 4], {}, 'computed').out.shape;
    expect(c?.length).toBe(3);
    expect(c?.every((d) => typeof d === 'string')).toBe(true);
    expect(run('ReduceProd', [2, 3, 4], { keepdims: 0 }, 'computed').out.shape).toBeUndefined();
  });

  it('ArgMax/ArgMin: one axis (default 0), int64, keepdims', () => {
    expect(run('ArgMax', [2, 3, 4], { axis: -1 }).out).toMatchObject({ shape: [2, 3, 1], dtype: 'int64' });
    expect(run('ArgMin', [2, 3, 4], { keepdims: 0 }).out.shape).toEqual([3, 4]);
  });
});

describe('folded vectors (numpy on [2, 5, 3])', () => {
  it.each<[OpKind, number]>([['ReduceSum', 10], ['ReduceMax', 5], ['ReduceMin', 2], ['ReduceProd', 30]])('%s = %i', (op, v) => {
    const t = run(op, [[2, 5, 3]], { keepdims: 0 }).out;
    expect(t.data?.kind === 'values' ? t.data.values : undefined).toEqual([v]);
  });

  it('noop_with_empty_axes passes the vector through', () => {
    const t = run('ReduceSum', [[2, 5, 3]], { noop_with_empty_axes: 1 }, []).out;
    expect(t.data?.kind === 'values' ? t.data.values : undefined).toEqual([2, 5, 3]);
  });
});

describe('MACC per input element', () => {
  it.each<[OpKind, number]>([['ReduceSum', 1], ['ReduceMax', 1], ['ReduceL2', 2], ['ReduceSumSquare', 2], ['ReduceMean', 2], ['ArgMax', 1]])('%s over the channels of 1x8x4x4: %i x 128', (op, f) => {
    expect(run(op, [1, 8, 4, 4], op === 'ArgMax' ? { axis: 1 } : {}, op === 'ArgMax' ? undefined : [1]).macc).toBe(f * 128);
  });

  it('ReduceMean over a rank-2 input is never the pooling case; with computed axes neither', () => {
    expect(run('ReduceMean', [8, 16], {}, [1]).macc).toBe(256);
    expect(run('ReduceMean', [1, 8, 4, 4], {}, 'computed').macc).toBe(256);
    expect(run('ReduceMean', [1, 8, 4, 4], {}).macc).toBe(256);
    expect(run('ReduceMean', [1, 8, 4, 4], { noop_with_empty_axes: 1 }, []).macc).toBe(256);
  });
});

describe('the pooling case at its rank limit, and who takes it', () => {
  it('ReduceMean over the 40 steps of [1, 40, 96] (rank 3, NHWC): a pooling, 3,840 MACC (ST 2.x report, METRICS.md)', () => {
    expect(run('ReduceMean', [1, 40, 96], { layout: 'NHWC' }, [1]).macc).toBe(3_840);
  });

  it('ReduceL2 over H, W of [1, 4, 4, 8] (NHWC) is no pooling: 2 x 128', () => {
    expect(run('ReduceL2', [1, 4, 4, 8], { layout: 'NHWC' }, [1, 2]).macc).toBe(256);
  });
});

describe('folding reductions: 1-D vectors only', () => {
  it('ReduceSum of [1, 2, 3] is [6], over no axes or axis 0; of a 2-D constant it is not folded into values', () => {
    const one = run('ReduceSum', [[1, 2, 3]]).out;
    expect(one.data).toEqual({ kind: 'values', values: [6] });
    expect(run('ReduceSum', [[1, 2, 3]], {}, [0]).out.data).toEqual({ kind: 'values', values: [6] });
    const g = new GraphBuilder();
    const out = g.node('ReduceSum', [g.values('x', 'int64', [1, 2, 3, 4], [2, 2]), g.values('ax', 'int64', [1])], {}, { name: 'n' });
    g.output(out);
    infer(g, 18);
    expect(g.get(out).data?.kind).toBe('computed');
  });

  it('the fold asked directly: [1, 2, 3] sums to 6; no values, a shapeless input or computed axes fold nothing', () => {
    const on = (x: (g: GraphBuilder) => string, computedAxes = false) => {
      const g = new GraphBuilder();
      g.node('ReduceSum', computedAxes ? [x(g), g.input('ax', 'int64', [1])] : [x(g)], {}, { name: 'n' });
      return g;
    };
    const vector = on((g) => g.input('x', 'int64', [3]));
    expect(foldOf(vector, 'n', [[1, 2, 3]], 18)).toEqual([[6]]);
    expect(foldOf(vector, 'n', [undefined], 18)).toBeUndefined();
    expect(foldOf(on((g) => g.tensor('x', 'int64')), 'n', [[1, 2, 3]], 18)).toBeUndefined();
    expect(foldOf(on((g) => g.input('x', 'int64', [3]), true), 'n', [[1, 2, 3], undefined], 18)).toBeUndefined();
  });

  it('an axis out of range is refused as a reduce axis, naming it', () => {
    const g = new GraphBuilder();
    g.output(g.node('ReduceSum', [g.input('x', 'float32', [2, 3]), g.values('ax', 'int64', [5])], {}, { name: 'n' }));
    expect(infer(g, 18).map((d) => d.message).join(' ')).toContain('reduce axis 5 is out of range for rank 2');
  });
});
