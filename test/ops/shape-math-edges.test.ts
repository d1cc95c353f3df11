/**
 * Shape, Size, Range and Cast (ops/shape-math.ts) on inputs they cannot read: shapeless inputs,
 * non-constant operands, counts past 2^53, casts to strings. Each gives an unknown shape or no
 * folded values (the node stays a layer) and never throws; the readable cases are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

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
