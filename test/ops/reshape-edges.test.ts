/**
 * Reshape (src/ops/movement.ts) where its operands are partly unknown: the target shape given at run
 * time (only its length known), an input without a shape, a symbolic input, -1 next to a 0 kept by
 * allowzero, and the opset-1 `shape` attribute. Shapes worked by hand from the ONNX Reshape spec.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

function reshape(x: Shape | undefined, target: number[] | { runtime: Shape } | undefined, attrs: Attrs = {}, opset = 17) {
  const g = new GraphBuilder();
  const xs = x ? g.input('x', 'int8', x) : g.tensor('x', 'int8');
  const ins = [xs];
  if (Array.isArray(target)) ins.push(g.values('s', 'int64', target));
  else if (target) ins.push(g.input('s', 'int64', target.runtime));
  const out = g.node('Reshape', ins, attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g, opset).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, dtype: g.get(out).dtype, messages };
}

describe('a target known at run time', () => {
  it('a 1-D target of 3 entries: rank 3, every dim unknown; of unknown length, or 2-D: no shape', () => {
    expect(reshape([2, 3], { runtime: [3] }).shape).toEqual(['?', '?', '?']);
    expect(reshape([2, 3], { runtime: ['n'] }).shape).toBeUndefined();
    expect(reshape([2, 3], { runtime: [3, 1] }).shape).toBeUndefined();
  });
});

describe('an input without a shape', () => {
  it('the target as given where it is positive, -1 and 0 unknown; the type kept', () => {
    expect(reshape(undefined, [2, 3])).toMatchObject({ shape: [2, 3], dtype: 'int8' });
    expect(reshape(undefined, [2, -1, 0]).shape).toEqual([2, '?', '?']);
  });

  it('an input naming no tensor: the target all the same', () => {
    const g = new GraphBuilder();
    const out = g.node('Reshape', ['ghost', g.values('s', 'int64', [2, 3])], {}, { name: 'n' });
    g.output(out);
    infer(g);
    expect(g.get(out).shape).toEqual([2, 3]);
  });
});

describe('symbolic and empty sizes', () => {
  it('a symbolic input: -1 unknown; a target without -1 is taken as it is, no count to compare', () => {
    expect(reshape(['N', 3], [-1]).shape).toEqual(['?']);
    expect(reshape(['N', 3], [4, 2])).toMatchObject({ shape: [4, 2], messages: '' });
  });

  it('-1 beside a 0 that allowzero keeps: no size to divide by, the -1 stays unknown', () => {
    expect(reshape([2, 3], [-1, 0], { allowzero: 1 }).shape).toEqual(['?', 0]);
  });
});

describe('opset 1: the target as the `shape` attribute', () => {
  it('[2, 3] to shape [3, 2]', () => {
    expect(reshape([2, 3], undefined, { shape: [3, 2] }, 1).shape).toEqual([3, 2]);
  });
});
