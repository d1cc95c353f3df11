/**
 * Normalizations (src/ops/normalization.ts) at their edges: BatchNormalization's training outputs
 * (running mean and variance, [C], of the mean input's type: ONNX BatchNormalization), LayerNorm's
 * Mean and InvStdDev outputs (the input's dims before `axis`, then 1s: ONNX LayerNormalization),
 * and the placeholder cost 7 x N + 29 x rows (METRICS.md) with rows = the product of the dims
 * before the axis: its default (-1), and axes at, below and above the rank.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Node } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer, unlessRefused } from './run.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';


function outputs(op: 'BatchNormalization' | 'LayerNormalization', x: [DType, Shape], count: number, attrs: Attrs = {}) {
  const g = new GraphBuilder();
  const params = op === 'BatchNormalization' ? ['scale', 'b', 'mean', 'var'].map((k) => g.constant(k, 'float32', [4])) : [g.constant('scale', 'float32', [4])];
  // the output shapes as written in the file: an axis the inference refuses still leaves them
  g.node(op, [g.input('x', x[0], x[1]), ...params], attrs, { name: 'n', outputs: count, outShapes: [x[1]] });
  infer(g);
  const names = count === 1 ? ['n_out'] : Array.from({ length: count }, (_, i) => `n_out${i}`);
  const node = g.graph.nodes[0] as Node;
  // the rule gives one entry per output, no more (an axis it refuses: none)
  const entries = unlessRefused(() => getRule(op).infer(createRuleContext(g.graph, node, 17)).length);
  return { outs: names.map((o) => [g.get(o).shape, g.get(o).dtype]), entries, macc: costOf(g, 'n').macc };
}

describe('the extra outputs', () => {
  it('BatchNormalization in training mode: Y, then the running mean and variance as [C] of the mean\'s type', () => {
    expect(outputs('BatchNormalization', ['float16', [1, 4, 2, 2]], 3)).toMatchObject({ outs: [[[1, 4, 2, 2], 'float16'], [[4], 'float32'], [[4], 'float32']], entries: 3 });
  });

  it('LayerNormalization, axis 1 on [2, 3, 4]: Mean and InvStdDev [2, 1, 1] float32; with one output, Y only', () => {
    expect(outputs('LayerNormalization', ['float32', [2, 3, 4]], 3, { axis: 1 })).toMatchObject({ outs: [[[2, 3, 4], 'float32'], [[2, 1, 1], 'float32'], [[2, 1, 1], 'float32']], entries: 3 });
    expect(outputs('LayerNormalization', ['float32', [2, 3, 4]], 2, { axis: 1 }).outs).toEqual([[[2, 3, 4], 'float32'], [[2, 1, 1], 'float32']]);
  });
});

describe('LayerNormalization cost: 7 x 24 + 29 x rows on [2, 3, 4]', () => {
  it.each<[string, Attrs, number]>([
    ['the default axis -1: rows 2 x 3', {}, 6],
    ['axis 2 (rank - 1): rows 6', { axis: 2 }, 6],
    ['axis 3 (the rank): rows 24, every element', { axis: 3 }, 24],
    ['axis 4 (past the rank): no rows', { axis: 4 }, 0],
    ['axis -3: rows 1 (none before it)', { axis: -3 }, 1],
    ['axis -4 (before the first): no rows', { axis: -4 }, 0],
  ])('%s', (_what, attrs, rows) => {
    expect(outputs('LayerNormalization', ['float32', [2, 3, 4]], 1, attrs).macc).toBe(7 * 24 + 29 * rows);
  });
});
