/**
 * More of the recurrent layers (src/ops/recurrent.ts): RNN's formula T*H*(I+H+1), the hidden size
 * from W when neither the attribute nor R gives it, a batch of 3 multiplying the cost, TFLite's
 * sequence form (time_major, projection_size), SVDF's shape and B*F*(I+M), and the refusal of a
 * non-3-D X. Every number is the METRICS.md formula evaluated by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';

function run(op: OpKind, x: Shape, w: Shape | undefined, r: Shape | undefined, attrs: Attrs = {}, outputs = 1) {
  const g = new GraphBuilder();
  const ins = [g.input('x', 'float32', x), w ? g.constant('w', 'float32', w) : '', ...(r ? [g.constant('r', 'float32', r)] : [])];
  g.node(op, ins, attrs, { name: 'n', outputs });
  const names = outputs === 1 ? ['n_out'] : Array.from({ length: outputs }, (_, i) => `n_out${i}`);
  const messages = infer(g).map((d) => d.message).join(' | ');
  return { shapes: names.map((n) => g.get(n).shape), cost: costOf(g, 'n'), messages };
}

describe('RNN, GRU and LSTM', () => {
  it('RNN: T*H*(I+H+1), pure T*H*(I+H); Y and Y_h', () => {
    const r = run('RNN', [6, 1, 10], [1, 4, 10], [1, 4, 4], { hidden_size: 4 }, 2);
    expect(r.shapes).toEqual([[6, 1, 1, 4], [1, 1, 4]]);
    expect(r.cost).toEqual({ macc: 6 * 4 * 15, pure: 6 * 4 * 14 });
  });

  it('the hidden size from W (rows / gates) when neither the attribute nor R gives it', () => {
    const r = run('GRU', [5, 1, 16], [1, 24, 16], undefined);
    expect(r.shapes[0]).toEqual([5, 1, 1, 8]);
    expect(r.cost.macc).toBe(5 * 8 * (3 * 24 + 2));
  });

  it('a batch of 3 multiplies the cost', () => {
    expect(run('LSTM', [10, 3, 20], [1, 128, 20], [1, 128, 32], { hidden_size: 32 }).cost.macc).toBe(3 * 10 * 32 * (4 * 52 + 3));
  });

  it('TFLite sequence form (time_major present): one output shaped like X with H (or the projection) last', () => {
    expect(run('LSTM', [10, 1, 20], [1, 128, 20], [1, 128, 32], { hidden_size: 32, time_major: 1 }).shapes[0]).toEqual([10, 1, 32]);
    expect(run('LSTM', [1, 10, 20], [1, 128, 20], [1, 128, 32], { hidden_size: 32, time_major: 0, layout: 1, projection_size: 16 }).shapes[0]).toEqual([1, 10, 16]);
  });

  it('refuses a non-3-D X; an unknown dimension gives 0 MACC', () => {
    expect(run('LSTM', [10, 20], [1, 128, 20], [1, 128, 32], { hidden_size: 32 }).messages).toContain('X must be 3-D [T, B, I] (or [B, T, I] with layout=1), got rank 2');
    expect(run('LSTM', ['T', 1, 20], [1, 128, 20], [1, 128, 32], { hidden_size: 32 }).cost.macc).toBe(0);
  });
});

describe('SVDF', () => {
  it('output [B, F / rank]; MACC B*F*(I+M)', () => {
    const g = new GraphBuilder();
    g.node('SVDF', [g.input('x', 'float32', [2, 40]), g.constant('wf', 'float32', [64, 40]), g.constant('wt', 'float32', [64, 10])], { rank: 2 }, { name: 'n' });
    infer(g);
    expect(g.get('n_out').shape).toEqual([2, 32]);
    expect(costOf(g, 'n')).toEqual({ macc: 2 * 64 * 50, pure: 2 * 64 * 50 });
  });
});

describe('where the hidden size comes from: the attribute, else R [D, 4H, H], else W [D, 4H, I] / gates', () => {
  it('the attribute wins over R and W (LSTM, hidden_size 5: Y [T, D, B, 5])', () => {
    expect(run('LSTM', [2, 1, 3], [1, 24, 3], [1, 24, 6], { hidden_size: 5 }).shapes).toEqual([[2, 1, 1, 5]]);
  });

  it('the attribute alone, W omitted and no R', () => {
    expect(run('LSTM', [2, 1, 3], undefined, undefined, { hidden_size: 5 }).shapes).toEqual([[2, 1, 1, 5]]);
  });

  it('R alone (W omitted): its last dim', () => {
    expect(run('LSTM', [2, 1, 3], undefined, [1, 24, 6]).shapes).toEqual([[2, 1, 1, 6]]);
  });
});

describe('one entry per output, up to Y and the states', () => {
  it('LSTM: Y, Y_h, Y_c; a hostile fourth and fifth output get none; GRU and RNN have one state', () => {
    expect(run('LSTM', [2, 1, 3], [1, 16, 3], [1, 16, 4], { hidden_size: 4 }, 3).shapes).toEqual([[2, 1, 1, 4], [1, 1, 4], [1, 1, 4]]);
    const g = new GraphBuilder();
    const node = { name: 'n', op: 'LSTM' as const, sourceOp: 'LSTM', inputs: [g.input('x', 'float32', [2, 1, 3])], outputs: ['a', 'b', 'c', 'd', 'e'], attrs: { hidden_size: 4 } };
    expect(getRule('LSTM').infer(createRuleContext(g.graph, node, 17))).toHaveLength(3);
    expect(getRule('GRU').infer(createRuleContext(g.graph, { ...node, op: 'GRU' }, 17))).toHaveLength(2);
    expect(getRule('RNN').infer(createRuleContext(g.graph, { ...node, op: 'RNN', outputs: ['a'] }, 17))).toHaveLength(1);
  });

  it('a shapeless X: one typed entry per output, no shapes', () => {
    const g = new GraphBuilder();
    const node = { name: 'n', op: 'LSTM' as const, sourceOp: 'LSTM', inputs: [g.tensor('x', 'float16')], outputs: ['a', 'b', 'c'], attrs: {} };
    expect(getRule('LSTM').infer(createRuleContext(g.graph, node, 17))).toEqual([{ dtype: 'float16' }, { dtype: 'float16' }, { dtype: 'float16' }]);
  });
});

describe('SVDF with an unknown dim', () => {
  it.each<[string, Shape, Shape, Shape]>([
    ['batch', ['B', 40], [64, 40], [64, 10]],
    ['features', [2, 40], ['F', 40], [64, 10]],
    ['input size', [2, 40], [64, 'I'], [64, 10]],
    ['memory', [2, 40], [64, 40], [64, 'M']],
  ])('%s unknown: 0 MACC', (_what, x, wf, wt) => {
    const g = new GraphBuilder();
    g.node('SVDF', [g.input('x', 'float32', x), g.constant('wf', 'float32', wf), g.constant('wt', 'float32', wt)], {}, { name: 'n' });
    infer(g);
    expect(costOf(g, 'n').macc).toBe(0);
  });
});
