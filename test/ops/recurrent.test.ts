import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { infer, costOf } from './run.js';

describe('LSTM', () => {
  it('forward: outputs and T*H*(4*(I+H)+3)', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [10, 1, 20]);
    g.node('LSTM', [x, g.constant('w', 'float32', [1, 128, 20]), g.constant('r', 'float32', [1, 128, 32])], { hidden_size: 32 }, { name: 'l', outputs: 3 });
    infer(g);
    expect(g.get('l_out0').shape).toEqual([10, 1, 1, 32]);
    expect(g.get('l_out1').shape).toEqual([1, 1, 32]);
    expect(g.get('l_out2').shape).toEqual([1, 1, 32]);
    // 10*32*(4*(20+32)+3) = 320*211; pure 320*208
    expect(costOf(g, 'l')).toEqual({ macc: 67_520, pure: 66_560 });
  });

  it('bidirectional doubles the cost; hidden size from R', () => {
    const g = new GraphBuilder();
    g.node('LSTM', [g.input('x', 'float32', [10, 1, 20]), g.constant('w', 'float32', [2, 128, 20]), g.constant('r', 'float32', [2, 128, 32])], { direction: 'bidirectional' }, { name: 'l', outputs: 2 });
    infer(g);
    expect(g.get('l_out0').shape).toEqual([10, 2, 1, 32]);
    // 2 directions * 67,520
    expect(costOf(g, 'l').macc).toBe(135_040);
  });
});

describe('GRU', () => {
  it('forward: T*H*(3*(I+H)+2)', () => {
    const g = new GraphBuilder();
    g.node('GRU', [g.input('x', 'float32', [5, 1, 16]), g.constant('w', 'float32', [1, 24, 16]), g.constant('r', 'float32', [1, 24, 8])], { hidden_size: 8 }, { name: 'g', outputs: 2 });
    infer(g);
    expect(g.get('g_out0').shape).toEqual([5, 1, 1, 8]);
    expect(g.get('g_out1').shape).toEqual([1, 1, 8]);
    // 5*8*(3*(16+8)+2) = 40*74; pure 40*72
    expect(costOf(g, 'g')).toEqual({ macc: 2_960, pure: 2_880 });
  });

  it('layout=1 (batch first)', () => {
    const g = new GraphBuilder();
    g.node('GRU', [g.input('x', 'float32', [1, 5, 16]), g.constant('w', 'float32', [1, 24, 16]), g.constant('r', 'float32', [1, 24, 8])], { hidden_size: 8, layout: 1 }, { name: 'g', outputs: 2 });
    infer(g);
    expect(g.get('g_out0').shape).toEqual([1, 5, 1, 8]);
    expect(g.get('g_out1').shape).toEqual([1, 1, 8]);
    expect(costOf(g, 'g').macc).toBe(2_960);
  });
});
