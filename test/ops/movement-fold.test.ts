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
import { foldOf, infer } from './run.js';
import { FOLD_MAX_ELEMENTS } from '../../src/ops/util/values.js';

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

describe('what the rules refuse to fold (their own guards, the rule called directly)', () => {
  /** `op` on input `a` (a graph input, or a constant of `values`), the output tensor of shape `out`. */
  function node(op: 'Tile' | 'Expand' | 'Transpose', out: Shape, constant: boolean, values = [1, 2, 3]) {
    const g = new GraphBuilder();
    const a = constant ? g.values('a', 'int64', values) : g.input('a', 'int64', [values.length]);
    const y = g.tensor('y', 'int64', out);
    g.graph.nodes.push({ name: 'n', op, sourceOp: op, inputs: op === 'Transpose' ? [a] : [a, g.values('b', 'int64', [out.length])], outputs: [y], attrs: {} });
    return g;
  }

  it('no values for the data input (a graph input): nothing folded', () => {
    expect(foldOf(node('Tile', [6], false), 'n', [undefined, [2]])).toBeUndefined();
    expect(foldOf(node('Expand', [2, 3], false), 'n', [undefined, [2, 3]])).toBeUndefined();
    expect(foldOf(node('Transpose', [3], false), 'n', [undefined])).toBeUndefined();
  });

  it('an output of FOLD_MAX_ELEMENTS + 1 values is not computed; FOLD_MAX_ELEMENTS and one less are (one value tiled or expanded)', () => {
    const folded = (op: 'Tile' | 'Expand', n: number) => foldOf(node(op, [n], true, [7]), 'n', [[7], [n]])?.[0]?.length;
    for (const op of ['Tile', 'Expand'] as const) {
      expect(folded(op, FOLD_MAX_ELEMENTS + 1), op).toBeUndefined();
      expect(folded(op, FOLD_MAX_ELEMENTS), op).toBe(FOLD_MAX_ELEMENTS);
      expect(folded(op, FOLD_MAX_ELEMENTS - 1), op).toBe(FOLD_MAX_ELEMENTS - 1);
    }
  });

  it('values that do not fill the input\'s shape (2 values for [3]) are not transposed', () => {
    expect(foldOf(node('Transpose', [3], true), 'n', [[1, 2]])).toBeUndefined();
    expect(foldOf(node('Transpose', [3], true), 'n', [[1, 2, 3]])).toEqual([[1, 2, 3]]);
  });
});
