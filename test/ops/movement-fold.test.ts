/**
 * Folded values of the data-movement operators (src/ops/movement.ts) on small constants: Tile,
 * Expand and Transpose. Every expected list is numpy's for the same input, worked by hand:
 * np.tile(a, reps).ravel(), np.broadcast_to(a, shape).ravel(), np.transpose(a, perm).ravel().
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

function fold(op: OpKind, values: number[], shape: Shape, second?: number[], attrs: Attrs = {}): number[] | undefined {
  const g = new GraphBuilder();
  const ins = [g.values('a', 'int64', values, shape)];
  if (second) ins.push(g.values('b', 'int64', second));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  infer(g);
  const d = g.get(out).data;
  return d?.kind === 'values' ? d.values : undefined;
}

describe('Tile', () => {
  it('np.tile([1, 2, 3], 2) = [1, 2, 3, 1, 2, 3]', () => {
    expect(fold('Tile', [1, 2, 3], [3], [2])).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('np.tile([[1, 2], [3, 4]], (2, 1)) and (1, 3), raveled', () => {
    expect(fold('Tile', [1, 2, 3, 4], [2, 2], [2, 1])).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    expect(fold('Tile', [1, 2, 3, 4], [2, 2], [1, 3])).toEqual([1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4]);
  });

  it('np.tile([[1, 2, 3]], (2, 2)): both axes at once', () => {
    expect(fold('Tile', [1, 2, 3], [1, 3], [2, 2])).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]);
  });
});

describe('Expand', () => {
  it('np.broadcast_to([[1], [2]], (2, 3)) = [1, 1, 1, 2, 2, 2]; to (2, 2, 1) adds a leading axis', () => {
    expect(fold('Expand', [1, 2], [2, 1], [2, 3])).toEqual([1, 1, 1, 2, 2, 2]);
    expect(fold('Expand', [1, 2], [2, 1], [2, 2, 1])).toEqual([1, 2, 1, 2]);
  });
});

describe('Transpose', () => {
  it('np.transpose([[1, 2, 3], [4, 5, 6]]) = [1, 4, 2, 5, 3, 6]; perm (0, 2, 1) of a [1, 2, 3]', () => {
    expect(fold('Transpose', [1, 2, 3, 4, 5, 6], [2, 3])).toEqual([1, 4, 2, 5, 3, 6]);
    expect(fold('Transpose', [1, 2, 3, 4, 5, 6], [1, 2, 3], undefined, { perm: [0, 2, 1] })).toEqual([1, 4, 2, 5, 3, 6]);
  });
});
