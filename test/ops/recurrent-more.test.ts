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
