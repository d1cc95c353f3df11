/**
 * QDQ folding (passes/qdq.ts): the guards no other test reaches, each on a graph where it decides.
 * What reads a quantized tensor (a float operator, a requantizing Q, nothing at all), what a Q or
 * DQ folds into (a DQ, a constant that is not integer, a node that only looks like a DQ), and
 * malformed nodes (an omitted input or output): they stay, and the pass does not throw.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { qdqPass } from '../../src/passes/qdq.js';
import { contextFor } from './context.js';
import type { Graph, Quantization } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';

const Q8: Quantization = { scale: [0.5], zeroPoint: [0], dtype: 'int8' };
const OPTS: { outShapes: Shape[]; outDType: DType } = { outShapes: [[1, 4]], outDType: 'float32' };

function run(g: Graph): string[] {
  qdqPass.run(g, contextFor(g));
  return g.nodes.map((n) => n.name);
}

/** An unrelated DQ of an int8 input, so the folding runs on graphs without their own. */
function unrelatedDq(g: GraphBuilder): void {
  g.output(g.node('DequantizeLinear', [g.input('other', 'int8', [1, 4], Q8), g.values('other_s', 'float32', [0.5], [])], {}, { name: 'other_dq', ...OPTS }));
}

describe('QDQ folding: what reads a DequantizeLinear decides whether it folds', () => {
  /** x (int8) -> DQ -> `reader` ...; returns the builder and the DQ's output. */
  function dqOf(): { g: GraphBuilder; d: string; s: string } {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    const d = g.node('DequantizeLinear', [g.input('x', 'int8', [1, 4], Q8), s], {}, { name: 'dq', ...OPTS });
    return { g, d, s };
  }

  it('a float operator whose result nothing requantizes: the DQ stays (the conversion is real)', () => {
    const { g, d } = dqOf();
    g.output(g.node('Relu', [g.node('Softmax', [d], {}, { name: 'softmax', ...OPTS })], {}, { name: 'relu', ...OPTS }));
    expect(run(g.graph)).toEqual(['dq', 'softmax', 'relu']);
  });

  it('an operator whose output nothing reads (and is no graph output): the DQ stays', () => {
    const { g, d } = dqOf();
    g.node('Softmax', [d], {}, { name: 'softmax', ...OPTS });
    g.output(g.input('y', 'float32', [1, 4]));
    expect(run(g.graph)).toEqual(['dq', 'softmax']);
  });

  it('an operator requantized by a Q and also read in float: the DQ stays; requantized only: it folds', () => {
    for (const alsoFloat of [true, false]) {
      const { g, d, s } = dqOf();
      const sm = g.node('Softmax', [d], {}, { name: 'softmax', ...OPTS });
      g.output(g.node('DequantizeLinear', [g.node('QuantizeLinear', [sm, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' }), s], {}, { name: 'out', ...OPTS }));
      if (alsoFloat) g.output(g.node('Relu', [sm], {}, { name: 'relu', ...OPTS }));
      expect(run(g.graph)).toEqual(alsoFloat ? ['dq', 'softmax', 'q', 'out', 'relu'] : ['softmax', 'out']);
    }
  });

  it('a data-movement reader with one of its outputs a graph output: the DQ stays', () => {
    for (const bothInside of [true, false]) {
      const { g, d } = dqOf();
      g.node('Split', [d], { axis: 1 }, { name: 'split', outputs: 2, outShapes: [[1, 2], [1, 2]], outDType: 'float32' });
      g.output(g.node('Relu', ['split_out0'], {}, { name: 'relu', ...OPTS }));
      if (!bothInside) g.output('split_out1');
      else g.output(g.node('Relu', ['split_out1'], {}, { name: 'relu1', ...OPTS }));
      expect(run(g.graph).includes('dq')).toBe(!bothInside);
    }
  });

  it('an operator with two outputs, one requantized and one not: the DQ stays', () => {
    const { g, d, s } = dqOf();
    g.node('TopK', [d, g.values('k', 'int64', [2])], {}, { name: 'topk', outputs: 2, outShapes: [[1, 2], [1, 2]], outDType: 'float32' });
    g.output(g.node('DequantizeLinear', [g.node('QuantizeLinear', ['topk_out0', s], {}, { name: 'q', outShapes: [[1, 2]], outDType: 'int8' }), s], {}, { name: 'out', ...OPTS }));
    g.output(g.node('Relu', ['topk_out1'], {}, { name: 'relu', ...OPTS }));
    expect(run(g.graph)[0]).toBe('dq');
  });

  it('a Q and a data-movement node both read it: the DQ stays (the Q requantizes)', () => {
    const { g, d, s } = dqOf();
    g.output(g.node('QuantizeLinear', [d, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' }));
    g.output(g.node('Relu', [d], {}, { name: 'relu', ...OPTS }));
    expect(run(g.graph)).toEqual(['dq', 'q', 'relu']);
  });
});

describe('QDQ folding: what a QuantizeLinear folds into', () => {
  it('a DequantizeLinear producer computes in float (DQ -> Q is a requantization): every node stays', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    const d = g.node('DequantizeLinear', [g.input('x', 'int8', [1, 4], Q8), s], {}, { name: 'dq', ...OPTS });
    const q = g.node('QuantizeLinear', [d, g.values('s2', 'float32', [0.25], [])], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [q, s], {}, { name: 'out', ...OPTS }));
    expect(run(g.graph)).toEqual(['dq', 'q', 'out']);
  });

  it('a Q whose scale is not a constant (dynamic quantization) stays, its output keeps its type', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    const a = g.node('Add', [g.input('a', 'int8', [1, 4], Q8), g.input('b', 'int8', [1, 4], Q8)], {}, { name: 'add', ...OPTS });
    const q = g.node('QuantizeLinear', [a, g.input('dyn_s', 'float32', [])], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [q, s], {}, { name: 'out', ...OPTS }));
    expect(run(g.graph)).toEqual(['add', 'q', 'out']);
    expect(g.get('add_out')).toMatchObject({ dtype: 'float32' });
    expect(g.get('add_out').quant).toBeUndefined();
  });

  it('a Q of a float constant that nothing reads goes without error', () => {
    const g = new GraphBuilder();
    g.node('QuantizeLinear', [g.constant('w', 'float32', [1, 4]), g.values('s', 'float32', [0.5], [])], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    unrelatedDq(g);
    expect(run(g.graph)).toEqual(['other_dq']);
    expect(g.get('q_out')).toMatchObject({ dtype: 'int8', data: { kind: 'computed', by: 'q' } });
  });
});

describe('QDQ folding: constants and look-alikes', () => {
  it('a DQ of a float constant is no weight DQ: it stays', () => {
    const g = new GraphBuilder();
    const d = g.node('DequantizeLinear', [g.constant('w', 'float32', [1, 4]), g.values('s', 'float32', [0.5], [])], {}, { name: 'dq', ...OPTS });
    g.output(g.node('Add', [g.input('x', 'float32', [1, 4]), d], {}, { name: 'add', ...OPTS }));
    expect(run(g.graph)).toEqual(['dq', 'add']);
    expect(g.get('w').quant).toBeUndefined();
  });

  it('a DQ of an int8 constant read by a Q (a requantized constant) stays', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    const d = g.node('DequantizeLinear', [g.constant('w', 'int8', [1, 4]), s], {}, { name: 'dq', ...OPTS });
    const q = g.node('QuantizeLinear', [d, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('Add', [g.input('x', 'int8', [1, 4], Q8), q], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'int8' }));
    expect(run(g.graph).slice(0, 2)).toEqual(['dq', 'q']);
  });

  it('a Mul of an int8 constant by a float constant (a DQ\'s operands) is not a DQ: it stays', () => {
    const g = new GraphBuilder();
    const m = g.node('Mul', [g.constant('w', 'int8', [1, 4]), g.values('s', 'float32', [0.5], [])], {}, { name: 'mul', ...OPTS });
    g.output(g.node('Add', [g.input('x', 'float32', [1, 4]), m], {}, { name: 'add', ...OPTS }));
    unrelatedDq(g);
    expect(run(g.graph)).toEqual(['mul', 'add', 'other_dq']);
  });

  it('a non-transparent operator reading a quantized tensor does not pass its quantization on', () => {
    const g = new GraphBuilder();
    const sm = g.node('Softmax', [g.input('x', 'int8', [1, 4], Q8)], {}, { name: 'softmax', ...OPTS });
    g.output(g.node('Relu', [sm], {}, { name: 'relu', ...OPTS }));
    unrelatedDq(g);
    run(g.graph);
    expect(g.get('softmax_out').dtype).toBe('float32');
    expect(g.get('softmax_out').quant).toBeUndefined();
  });

  it('data movement onto a float output that has quantization of its own keeps it', () => {
    const g = new GraphBuilder();
    const own: Quantization = { scale: [0.125], zeroPoint: [1], dtype: 'int8' };
    g.tensor('r', 'float32', [1, 4], { quant: own });
    g.graph.nodes.push({ name: 'relu', op: 'Relu', sourceOp: 'Relu', inputs: [g.input('x', 'int8', [1, 4], Q8)], outputs: ['r'], attrs: {} });
    g.output(g.node('Softmax', ['r'], {}, { name: 'softmax', ...OPTS }));
    unrelatedDq(g);
    run(g.graph);
    expect(g.get('r').quant).toEqual(own);
  });

  it('a DQ left in the graph reads quantized integers but is not marked integer (it computes the float)', () => {
    const g = new GraphBuilder();
    g.output(g.node('DequantizeLinear', [g.input('x', 'int8', [1, 4], Q8), g.values('s', 'float32', [0.5], [])], {}, { name: 'dq', ...OPTS }));
    expect(run(g.graph)).toEqual(['dq']);
    expect(g.graph.nodes[0]?.integer).toBeUndefined();
  });
});

describe('QDQ folding: malformed nodes stay, without a TypeError', () => {
  it('a Q or a DQ with an omitted input or output, a transparent node with an omitted input or output', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    g.output(g.node('QuantizeLinear', ['', s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' }));
    g.output(g.node('DequantizeLinear', ['', s], {}, { name: 'dq', ...OPTS }));
    g.output(g.node('Relu', [''], {}, { name: 'relu', ...OPTS }));
    g.graph.nodes.push({ name: 'dq_nowhere', op: 'DequantizeLinear', sourceOp: 'DequantizeLinear', inputs: [g.input('x', 'int8', [1, 4]), s], outputs: [''], attrs: {} });
    const y = g.input('y', 'int8', [1, 4], Q8);
    g.graph.nodes.push({ name: 'q_nowhere', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: [g.node('Add', [y, y], {}, { name: 'add', ...OPTS }), s], outputs: [''], attrs: {} });
    g.graph.nodes.push({ name: 'relu_nowhere', op: 'Relu', sourceOp: 'Relu', inputs: [y], outputs: [''], attrs: {} });
    // a DQ with no output at all (not even an omitted one)
    g.graph.nodes.push({ name: 'dq_none', op: 'DequantizeLinear', sourceOp: 'DequantizeLinear', inputs: [g.input('z', 'int8', [1, 4]), s], outputs: [], attrs: {} });
    expect(run(g.graph)).toEqual(['q', 'dq', 'relu', 'dq_nowhere', 'add', 'q_nowhere', 'relu_nowhere', 'dq_none']);
    // the DQs that write nothing did not give their inputs parameters either
    expect([g.get('x').quant, g.get('z').quant]).toEqual([undefined, undefined]);
  });
});
