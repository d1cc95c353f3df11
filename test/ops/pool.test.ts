import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer, single, unlessRefused } from './run.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import type { Node } from '../../src/ir/graph.js';

describe('pools', () => {
  it('MaxPool 2x2 stride 2', () => {
    const g = new GraphBuilder();
    const r = single(g, 'MaxPool', [g.input('x', 'float32', [1, 3, 32, 32])], { layout: 'NCHW', kernel_shape: [2, 2], strides: [2, 2] });
    expect(r.shape).toEqual([1, 3, 16, 16]);
    // O = 3*16*16 = 768, * kh*kw 4
    expect(r.cost).toEqual({ macc: 3_072, pure: 3_072 });
  });

  it('ceil_mode rounds the last window up', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 1, 6, 6]);
    const floor = g.node('MaxPool', [x], { kernel_shape: [3, 3], strides: [2, 2] });
    const r = single(g, 'MaxPool', [x], { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 });
    // floor((6-3)/2)+1 = 2; ceil((6-3)/2)+1 = 3 (window 3 starts at 4 < 6)
    expect(g.get(floor).shape).toEqual([1, 1, 2, 2]);
    expect(r.shape).toEqual([1, 1, 3, 3]);
    // 9 outputs * 9
    expect(r.cost.macc).toBe(81);
  });

  it('ceil_mode drops a window that would start in the padding', () => {
    const g = new GraphBuilder();
    const r = single(g, 'AveragePool', [g.input('x', 'float32', [1, 1, 5, 5])], { kernel_shape: [2, 2], strides: [2, 2], ceil_mode: 1 });
    // ceil((5-2)/2)+1 = 3; window 3 starts at 4 < 5: kept
    expect(r.shape).toEqual([1, 1, 3, 3]);
  });

  it('AveragePool with pads and NHWC', () => {
    const g = new GraphBuilder();
    const r = single(g, 'AveragePool', [g.input('x', 'float32', [1, 4, 4, 8])], { layout: 'NHWC', kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
    expect(r.shape).toEqual([1, 4, 4, 8]);
    // 4*4*8 = 128 outputs * 9
    expect(r.cost.macc).toBe(1_152);
  });

  it('MaxPool SAME_UPPER', () => {
    const g = new GraphBuilder();
    const r = single(g, 'MaxPool', [g.input('x', 'float32', [1, 2, 7, 7])], { kernel_shape: [3, 3], strides: [2, 2], auto_pad: 'SAME_UPPER' });
    expect(r.shape).toEqual([1, 2, 4, 4]);
  });

  it('GlobalAveragePool costs its input elements', () => {
    const g = new GraphBuilder();
    const r = single(g, 'GlobalAveragePool', [g.input('x', 'float32', [1, 64, 7, 7])], { layout: 'NCHW' });
    expect(r.shape).toEqual([1, 64, 1, 1]);
    // 64*7*7 input elements
    expect(r.cost).toEqual({ macc: 3_136, pure: 3_136 });
  });
});

describe('pool refusals and outputs', () => {
  /** A pool over x [1, 3, 8, 8] with the output shape the file gives ([1, 3, 4, 4]). */
  function pool(attrs: Record<string, number[]>, outputs = 1) {
    const g = new GraphBuilder();
    g.node('MaxPool', [g.input('x', 'float32', [1, 3, 8, 8])], attrs, { name: 'n', outputs, outShapes: [[1, 3, 4, 4], [1, 3, 4, 4]] });
    const messages = infer(g).map((d) => d.message).join(' | ');
    const node = g.graph.nodes[0] as Node;
    return { messages, cost: costOf(g, 'n'), entries: unlessRefused(() => getRule('MaxPool').infer(createRuleContext(g.graph, node, 17))) };
  }

  it('no kernel_shape: refused by name, and no MACC guessed (the file\'s 48 outputs times no kernel)', () => {
    const r = pool({});
    expect(r.messages).toContain('kernel_shape attribute is missing');
    expect(r.cost.macc).toBe(0);
  });

  it('a kernel of another rank than the input\'s spatial dims is refused, naming both', () => {
    expect(pool({ kernel_shape: [2] }).messages).toContain('kernel has 1 dims, input has 2 spatial dims');
  });

  it('one inferred entry per output: Y alone, or Y and its int64 indices', () => {
    expect(pool({ kernel_shape: [2, 2], strides: [2, 2] }).entries?.map((e) => e.dtype)).toEqual(['float32']);
    expect(pool({ kernel_shape: [2, 2], strides: [2, 2] }, 2).entries?.map((e) => e.dtype)).toEqual(['float32', 'int64']);
  });
});

