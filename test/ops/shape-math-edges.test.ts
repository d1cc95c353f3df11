/**
 * Shape, Size, Range and Cast (ops/shape-math.ts) on inputs they cannot read: shapeless inputs,
 * non-constant operands, counts past 2^53, casts to strings. Each gives an unknown shape or no
 * folded values (the node stays a layer) and never throws; the readable cases are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Tensor } from '../../src/ir/graph.js';
import { FOLD_MAX_ELEMENTS } from '../../src/ops/util/values.js';
import { foldOf, infer } from './run.js';

describe('Shape and Size', () => {
  it('of a shapeless input: no shape for Shape, nothing folded', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    const s = g.node('Shape', [x], {}, { name: 'shape' });
    const n = g.node('Size', [x], {}, { name: 'size' });
    infer(g);
    expect(g.get(s)).toMatchObject({ dtype: 'int64' });
    expect(g.get(s).shape).toBeUndefined();
    expect(g.get(n)).toMatchObject({ shape: [], dtype: 'int64' });
    expect(g.graph.nodes.map((v) => v.name)).toEqual(['shape', 'size']);
  });

  it('Shape with start 1: the dims after the first, folded; Size: the element count, folded', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 3, 4]);
    const s = g.node('Shape', [x], { start: 1 }, { name: 'shape' });
    const n = g.node('Size', [x], {}, { name: 'size' });
    infer(g);
    expect(g.get(s)).toMatchObject({ shape: [2], data: { kind: 'values', values: [3, 4] } });
    expect(g.get(n).data).toEqual({ kind: 'values', values: [24] });
  });

  it('Size beyond 2^53 elements is not folded (2^27 x (2^26 + 1)); at 2^53 - 1 it is', () => {
    const g = new GraphBuilder();
    const big = g.node('Size', [g.input('x', 'float32', [2 ** 27, 2 ** 26 + 1])], {}, { name: 'big' });
    const edge = g.node('Size', [g.input('y', 'float32', [Number.MAX_SAFE_INTEGER])], {}, { name: 'edge' });
    infer(g);
    expect(g.get(big).data).toBeUndefined();
    expect(g.get(edge).data).toEqual({ kind: 'values', values: [Number.MAX_SAFE_INTEGER] });
  });
});

describe('Range', () => {
  it('constant operands: ceil((limit - start) / delta) values, folded (0, 5, 2: [0, 2, 4])', () => {
    const g = new GraphBuilder();
    const r = g.node('Range', [g.values('s', 'int64', [0], []), g.values('l', 'int64', [5], []), g.values('d', 'int64', [2], [])], {}, { name: 'range' });
    infer(g);
    expect(g.get(r)).toMatchObject({ shape: [3], dtype: 'int64', data: { kind: 'values', values: [0, 2, 4] } });
  });

  it.each([0, 1, 2])('operand %i known only at run time: a 1-D output of unknown length, in the start\'s type, not folded', (which) => {
    const g = new GraphBuilder();
    const ops = ['s', 'l', 'd'].map((n, i) => (i === which ? g.input(n, 'int32', []) : g.values(n, 'int32', [i === 2 ? 1 : i * 5], [])));
    const r = g.node('Range', ops, {}, { name: 'range' });
    infer(g);
    expect(g.get(r).shape).toEqual(['?']);
    expect(g.get(r).dtype).toBe('int32');
    expect(g.get(r).data).toBeUndefined();
  });
});

describe('Cast', () => {
  it('to strings: the values are not folded; from a shapeless input: no shape', () => {
    const g = new GraphBuilder();
    const c = g.node('Cast', [g.values('v', 'int64', [1, 2])], { to: 'string' }, { name: 'str' });
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    const d = g.node('Cast', [x], { to: 'int32' }, { name: 'int' });
    infer(g);
    expect(g.get(c).dtype).toBe('string');
    expect(g.get(c).data).toEqual({ kind: 'computed', by: 'str' });
    expect(g.get(d)).toMatchObject({ dtype: 'int32' });
    expect(g.get(d).shape).toBeUndefined();
  });

  it('an unknown target type is a W_SHAPE naming it', () => {
    const g = new GraphBuilder();
    g.node('Cast', [g.input('x', 'float32', [2])], { to: 99 }, { name: 'bad' });
    expect(infer(g).filter((d) => d.code === 'W_SHAPE').map((d) => d.message)).toEqual(["Cast 'bad': unknown target type 99"]);
  });
});

describe('what the rules return at their edges', () => {
  const tensor = (dtype: Tensor['dtype'], shape: Tensor['shape'], data?: Tensor['data']): Tensor => ({ name: 'v', dtype, ...(shape ? { shape } : {}), ...(data ? { data } : {}) } as Tensor);

  it('Shape is int64, folded or not', () => {
    const g = new GraphBuilder();
    const a = g.node('Shape', [g.input('x', 'float32', [2, 3])], {}, { name: 'a' });
    const b = g.node('Shape', [g.input('y', 'float32', ['N', 3])], {}, { name: 'b' });
    infer(g);
    expect([g.get(a).dtype, g.get(b).dtype]).toEqual(['int64', 'int64']);
  });

  it('Constant with a tensor value: its values when small, none past FOLD_MAX_ELEMENTS, a scalar shape when it has none', () => {
    const g = new GraphBuilder();
    const small = g.node('Constant', [], { value: tensor('int32', [2], { kind: 'values', values: [4, 5] }) }, { name: 'small' });
    const big = g.node('Constant', [], { value: tensor('int8', [FOLD_MAX_ELEMENTS + 1], { kind: 'computed', by: 'x' }) }, { name: 'big' });
    const bare = g.node('Constant', [], { value: tensor('float32', undefined, { kind: 'values', values: [2.5] }) }, { name: 'bare' });
    // a shapeless tensor is not read: no values to fold (asked before inference removes folded nodes)
    expect(foldOf(g, 'bare', [])).toBeUndefined();
    expect(foldOf(g, 'small', [])).toEqual([[4, 5]]);
    infer(g);
    expect(g.get(small)).toMatchObject({ shape: [2], dtype: 'int32', data: { kind: 'values', values: [4, 5] } });
    expect(g.get(big)).toMatchObject({ shape: [FOLD_MAX_ELEMENTS + 1], dtype: 'int8' });
    expect(g.get(big).data?.kind).not.toBe('values');
    expect(g.get(bare)).toMatchObject({ shape: [], dtype: 'float32' });
  });

  it('ConstantOfShape: no fold without the dims, nor with a fill value it cannot read (its type still taken)', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'int64', [2], [1]);
    const ok = g.node('ConstantOfShape', [s], { value: tensor('int32', [1], { kind: 'values', values: [7] }) }, { name: 'ok' });
    const unread = g.node('ConstantOfShape', [s], { value: tensor('int32', [1], { kind: 'computed', by: 'x' }) }, { name: 'unread' });
    // the rules called directly first (inference removes the nodes it folds)
    expect(foldOf(g, 'unread', [[2]])).toBeUndefined();
    expect(foldOf(g, 'ok', [undefined])).toBeUndefined();
    expect(foldOf(g, 'ok', [[3]])).toEqual([[7, 7, 7]]);
    infer(g);
    expect(g.get(ok)).toMatchObject({ shape: [2], dtype: 'int32', data: { kind: 'values', values: [7, 7] } });
    expect(g.get(unread)).toMatchObject({ shape: [2], dtype: 'int32' });
    expect(g.get(unread).data?.kind).not.toBe('values');
  });

  it('Range and Cast fold nothing from an operand without values', () => {
    const g = new GraphBuilder();
    const [a, b, c] = [g.values('a', 'int64', [0], []), g.values('b', 'int64', [4], []), g.values('c', 'int64', [2], [])];
    g.node('Range', [a, b, c], {}, { name: 'range' });
    g.node('Cast', [a], { to: 'float32' }, { name: 'cast' });
    expect(foldOf(g, 'range', [[0], [4], [2]])).toEqual([[0, 2]]);
    for (const gone of [0, 1, 2]) expect(foldOf(g, 'range', [[0], [4], [2]].map((v, i) => (i === gone ? undefined : v)))).toBeUndefined();
    expect(foldOf(g, 'cast', [[1.5]])).toEqual([[1.5]]);
    expect(foldOf(g, 'cast', [undefined])).toBeUndefined();
  });
});
