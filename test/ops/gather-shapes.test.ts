/**
 * Gather, GatherElements, GatherND and ScatterND (src/ops/gather.ts): shapes from the ONNX specs
 * (Gather: x[:axis] + indices + x[axis+1:]; GatherND: indices[:-1] + x[batch_dims + last:]),
 * Gather's folded values (numpy.take), negative indices and the refusals, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { foldOf, infer } from './run.js';

function run(op: OpKind, x: Shape | { v: number[]; shape: Shape }, idx: Shape | { v: number[]; shape: Shape }, attrs: Attrs = {}) {
  const g = new GraphBuilder();
  const xi = 'v' in x ? g.values('x', 'int64', x.v, x.shape) : g.input('x', 'float32', x);
  const ii = 'v' in idx ? g.values('i', 'int64', idx.v, idx.shape) : g.input('i', 'int64', idx);
  const out = g.node(op, [xi, ii], attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g).map((d) => d.message).join(' | ');
  const t = g.get(out);
  return { shape: t.shape, values: t.data?.kind === 'values' ? t.data.values : undefined, messages };
}

describe('Gather', () => {
  it('replaces the axis with the indices\' shape; a negative axis counts from the end', () => {
    expect(run('Gather', [5, 6, 7], [2, 3], { axis: 1 }).shape).toEqual([5, 2, 3, 7]);
    expect(run('Gather', [5, 6, 7], [], { axis: -1 }).shape).toEqual([5, 6]);
    expect(run('Gather', [5, 6, 7], [4]).shape).toEqual([4, 6, 7]);
  });

  it('folds constants as numpy.take; negative indices count from the end; out of range is refused', () => {
    const x = { v: [1, 2, 3, 4, 5, 6], shape: [2, 3] };
    expect(run('Gather', x, { v: [2, 0], shape: [2] }, { axis: 1 }).values).toEqual([3, 1, 6, 4]);
    expect(run('Gather', x, { v: [-1], shape: [1] }, { axis: 0 }).values).toEqual([4, 5, 6]);
    expect(run('Gather', x, { v: [3], shape: [1] }, { axis: 1 }).messages).toContain('gather index 3 is out of range for dim 3');
    expect(run('Gather', x, { v: [-4], shape: [1] }, { axis: 1 }).messages).toContain('gather index -4 is out of range for dim 3');
  });
});

describe('GatherND, GatherElements, ScatterND', () => {
  it('GatherND: indices[:-1] + x[batch_dims + last:]', () => {
    expect(run('GatherND', [4, 5, 6], [3, 2]).shape).toEqual([3, 6]);
    expect(run('GatherND', [4, 5, 6], [4, 1], { batch_dims: 1 }).shape).toEqual([4, 6]);
    expect(run('GatherND', [4, 5, 6], [2, 3]).shape).toEqual([2]);
    expect(run('GatherND', [4, 5, 6], [4, 3], { batch_dims: 1 }).messages).toContain('indices address 4 dims of a rank-3 input');
    expect(run('GatherND', [4, 5, 6], [2, 'k']).shape).toBeUndefined();
  });

  it('GatherElements takes the indices\' shape; ScatterND the data\'s', () => {
    expect(run('GatherElements', [4, 5], [4, 2], { axis: 1 }).shape).toEqual([4, 2]);
    expect(run('ScatterND', [4, 5], [2, 1]).shape).toEqual([4, 5]);
  });
});

describe('what Gather and GatherND keep when they cannot compute', () => {
  it('indices of unknown shape: no shape, the data type kept, the indices named as the cause', () => {
    const g = new GraphBuilder();
    const i = g.tensor('i', 'int64');
    g.graph.inputs.push(i);
    const out = g.node('Gather', [g.input('x', 'float16', [5, 6]), i], {}, { name: 'n' });
    const messages = infer(g).map((d) => d.message);
    expect(g.get(out)).toMatchObject({ dtype: 'float16' });
    expect(g.get(out).shape).toBeUndefined();
    expect(messages.join(' | ')).not.toContain('is not iterable');
  });

  it('an axis out of range is named as the gather axis', () => {
    expect(run('Gather', [5, 6], [2], { axis: 2 }).messages).toContain('gather axis 2 is out of range for rank 2');
  });

  it('GatherND with a symbolic last index dim: the data type kept', () => {
    const g = new GraphBuilder();
    const out = g.node('GatherND', [g.input('x', 'float16', [4, 5]), g.input('i', 'int64', [2, 'k'])], {}, { name: 'n' });
    infer(g);
    expect(g.get(out).dtype).toBe('float16');
  });

  it('the fold asked directly: nothing without the data, the indices or a static data shape', () => {
    const g = new GraphBuilder();
    g.node('Gather', [g.input('x', 'float32', [2, 3]), g.input('i', 'int64', [1])], { axis: 1 }, { name: 'n' });
    g.node('Gather', [g.input('y', 'float32', ['N', 3]), g.input('j', 'int64', [1])], { axis: 1 }, { name: 'sym' });
    expect(foldOf(g, 'n', [[1, 2, 3, 4, 5, 6], [2]])).toEqual([[3, 6]]);
    expect(foldOf(g, 'n', [undefined, [2]])).toBeUndefined();
    expect(foldOf(g, 'n', [[1, 2, 3, 4, 5, 6], undefined])).toBeUndefined();
    expect(foldOf(g, 'sym', [[1, 2, 3, 4, 5, 6], [2]])).toBeUndefined();
  });
});
