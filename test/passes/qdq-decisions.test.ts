/**
 * QDQ folding (passes/qdq.ts), the decisions qdq-refusals.test.ts leaves out, each on its own:
 * which producer "computes in float" (a float activation input without quantization; constants and
 * quantized inputs do not count), a DequantizeLinear of a graph input, the Q of an output-less
 * chain, quantization carried only onto float or untyped outputs, and which nodes are marked as
 * computing on integers.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { qdqPass } from '../../src/passes/qdq.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';
import type { Graph, Quantization } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';

function run(g: Graph): string[] {
  qdqPass.run(g, contextFor(g));
  verifyInvariants(g, 'qdq');
  return g.nodes.map((n) => n.name);
}

const Q8: Quantization = { scale: [0.5], zeroPoint: [0], dtype: 'int8' };

/** A producer over `inputs` (built by `make`) whose float output is quantized by a QuantizeLinear, then dequantized to the output. */
function producerThenQ(make: (g: GraphBuilder) => string[]): GraphBuilder {
  const g = new GraphBuilder();
  const s = g.values('s', 'float32', [0.5], []);
  const p = g.node('Add', make(g), {}, { name: 'producer', outShapes: [[1, 4]], outDType: 'float32' });
  const q = g.node('QuantizeLinear', [p, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
  g.output(g.node('DequantizeLinear', [q, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
  return g;
}

describe('which producer computes in float (its Q then stays)', () => {
  it('int8 quantized inputs: the Q folds into the producer', () => {
    const g = producerThenQ((b) => [b.input('a', 'int8', [1, 4], Q8), b.input('b', 'int8', [1, 4], Q8)]);
    expect(run(g.graph)).toEqual(['producer', 'dq']);
    expect(g.get('producer_out')).toMatchObject({ dtype: 'int8', quant: { scale: [0.5] } });
  });

  it('a float constant beside an int8 input does not count: the Q folds', () => {
    const g = producerThenQ((b) => [b.input('a', 'int8', [1, 4], Q8), b.values('k', 'float32', [1, 2, 3, 4], [1, 4])]);
    expect(run(g.graph)).toEqual(['producer', 'dq']);
  });

  it('a float input that carries quantization parameters does not count: the Q folds', () => {
    const g = producerThenQ((b) => [b.input('a', 'int8', [1, 4], Q8), b.input('f', 'float32', [1, 4], Q8)]);
    expect(run(g.graph)).toEqual(['producer', 'dq']);
  });

  it('a float activation without quantization does: the Q stays', () => {
    const g = producerThenQ((b) => [b.input('a', 'int8', [1, 4], Q8), b.input('f', 'float32', [1, 4])]);
    expect(run(g.graph)).toEqual(['producer', 'q', 'dq']);
  });

  it('an omitted optional input does not count', () => {
    const g = new GraphBuilder();
    const s = g.values('s', 'float32', [0.5], []);
    const p = g.node('Clip', [g.input('a', 'int8', [1, 4], Q8), '', g.values('hi', 'int8', [6], [])], {}, { name: 'clip', outShapes: [[1, 4]], outDType: 'float32' });
    const q = g.node('QuantizeLinear', [p, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [q, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    expect(run(g.graph)).toEqual(['clip', 'dq']);
  });
});

describe('DequantizeLinear of an integer graph input', () => {
  function dqOfInput(inputQuant: Quantization | undefined, scale: 'constant' | 'input' = 'constant'): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], inputQuant);
    const s = scale === 'constant' ? g.values('s', 'float32', [0.25], []) : g.input('s', 'float32', []);
    const d = g.node('DequantizeLinear', [x, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' });
    const r = g.node('Relu', [d], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' });
    const s2 = g.values('s2', 'float32', [0.25], []);
    const q = g.node('QuantizeLinear', [r, s2], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [q, s2], {}, { name: 'out', outShapes: [[1, 4]], outDType: 'float32' }));
    return g;
  }

  it('an int8 input without parameters takes the DQ\'s, and the DQ folds', () => {
    const g = dqOfInput(undefined);
    expect(run(g.graph)).toEqual(['relu', 'out']);
    expect(g.get('x').quant).toMatchObject({ scale: [0.25], zeroPoint: [0] });
  });

  it('an input that has parameters keeps them', () => {
    const g = dqOfInput({ scale: [0.125], zeroPoint: [2], dtype: 'int8' });
    run(g.graph);
    expect(g.get('x').quant).toMatchObject({ scale: [0.125], zeroPoint: [2] });
  });

  it('parameters known only at run time (a scale that is an input): the DQ stays', () => {
    expect(run(dqOfInput(undefined, 'input').graph)).toContain('dq');
  });

  it('a DQ nobody reads stays', () => {
    const g = new GraphBuilder();
    g.node('DequantizeLinear', [g.input('x', 'int8', [1, 4], Q8), g.values('s', 'float32', [0.5], [])], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' });
    expect(run(g.graph)).toEqual(['dq']);
  });
});

describe('quantization carried through data movement, and the integer mark', () => {
  function moved(outDType: DType): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 2, 2], { scale: [0.5], zeroPoint: [3] });
    const r = g.node('Reshape', [x], {}, { name: 'reshape', outShapes: [[1, 4]], outDType });
    const s = g.values('s', 'float32', [0.5], []);
    g.output(g.node('DequantizeLinear', [g.node('Relu', [r], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'int8' }), s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    return g;
  }

  it('onto a float or untyped output; an integer output of another type keeps its own', () => {
    for (const t of ['float32', 'unknown'] as const) {
      const g = moved(t);
      run(g.graph);
      expect(g.get('reshape_out')).toMatchObject({ dtype: 'int8', quant: { scale: [0.5], zeroPoint: [3] } });
    }
    const i32 = moved('int32');
    run(i32.graph);
    expect(i32.get('reshape_out').dtype).toBe('int32');
    expect(i32.get('reshape_out').quant).toBeUndefined();
  });

  it('a float source is not carried', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 2, 2], { scale: [0.5], zeroPoint: [3] });
    const r = g.node('Reshape', [x], {}, { name: 'reshape', outShapes: [[1, 4]], outDType: 'float32' });
    g.output(g.node('Relu', [r], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'float32' }));
    // an unrelated DQ, so the pass runs
    g.output(g.node('DequantizeLinear', [g.input('y', 'int8', [1, 4], Q8), g.values('s', 'float32', [0.5], [])], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    run(g.graph);
    expect(g.get('reshape_out').quant).toBeUndefined();
  });

  it('nodes reading quantized integers are marked integer; the Q and DQ left are not', () => {
    const g = moved('float32');
    run(g.graph);
    expect(g.graph.nodes.map((n) => [n.name, n.integer === true])).toEqual([['reshape', true], ['relu', true], ['dq', false]]);
  });

  it('in a graph without any Q or DQ too (a QOperator model fed uint8): its nodes on quantized integers are marked, float ones not', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'uint8', [1, 4], { scale: [0.5], zeroPoint: [128], dtype: 'uint8' });
    const a = g.node('Add', [x, x], {}, { name: 'add', outShapes: [[1, 4]], outDType: 'uint8' });
    g.output(g.node('Relu', [g.input('f', 'float32', [1, 4])], {}, { name: 'float_relu', outShapes: [[1, 4]], outDType: 'float32' }));
    g.output(a);
    run(g.graph);
    expect(g.graph.nodes.map((n) => [n.name, n.integer === true])).toEqual([['add', true], ['float_relu', false]]);
  });
});
