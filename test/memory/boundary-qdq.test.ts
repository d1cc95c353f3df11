/**
 * Integer I/O of a QDQ model (memory/boundary-qdq.ts): the float input read only by one
 * QuantizeLinear is replaced by that node's integer output, the float output written by a
 * DequantizeLinear by its integer input when nothing else reads it. Each case changes one
 * condition of that sentence.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { boundaryQdq } from '../../src/memory/boundary-qdq.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Graph } from '../../src/ir/graph.js';

interface Opts {
  qType?: DType;
  dqType?: DType;
  /** A second reader of the float input / of the integer tensor before the output DequantizeLinear. */
  extraInputReader?: boolean;
  extraOutputReader?: boolean;
  /** The integer tensors are graph outputs too. */
  qOutIsOutput?: boolean;
  dqInIsOutput?: boolean;
}

/** x (float) -> QuantizeLinear -> xq -> Relu -> r -> DequantizeLinear -> y (float). */
function qdq(o: Opts = {}): Graph {
  const g = new GraphBuilder('qdq');
  const x = g.input('x', 'float32', [1, 4]);
  const s = g.values('s', 'float32', [0.5], []);
  const xq = g.node('QuantizeLinear', [x, s], {}, { name: 'q', outShapes: [[1, 4]], outDType: o.qType ?? 'int8' });
  const r = g.node('Relu', [xq], {}, { name: 'relu', outShapes: [[1, 4]], outDType: o.dqType ?? 'int8' });
  g.output(g.node('DequantizeLinear', [r, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
  if (o.extraInputReader) g.output(g.node('Abs', [x], {}, { name: 'abs', outShapes: [[1, 4]], outDType: 'float32' }));
  if (o.extraOutputReader) g.output(g.node('Neg', [r], {}, { name: 'neg', outShapes: [[1, 4]], outDType: 'int8' }));
  if (o.qOutIsOutput) g.output(xq);
  if (o.dqInIsOutput) g.output(r);
  return g.graph;
}

const pairs = (g: Graph) => {
  const b = boundaryQdq(g);
  return { inputs: Object.fromEntries(b.inputs), outputs: Object.fromEntries(b.outputs) };
};

describe('integer I/O of a QDQ model', () => {
  it('the int8 tensors stand for the float input and output', () => {
    expect(pairs(qdq())).toEqual({ inputs: { x: 'q_out' }, outputs: { dq_out: 'relu_out' } });
  });

  it.each(['int8', 'uint8', 'int16', 'uint16'] as const)('%s tensors stand for the I/O', (t) => {
    expect(pairs(qdq({ qType: t, dqType: t }))).toEqual({ inputs: { x: 'q_out' }, outputs: { dq_out: 'relu_out' } });
  });

  it.each(['int32', 'float32', 'unknown'] as const)('%s tensors do not', (t) => {
    expect(pairs(qdq({ qType: t, dqType: t }))).toEqual({ inputs: {}, outputs: {} });
  });

  it('a float input another node also reads stays the input; the output side is unchanged', () => {
    expect(pairs(qdq({ extraInputReader: true }))).toEqual({ inputs: {}, outputs: { dq_out: 'relu_out' } });
  });

  it('an integer tensor another node also reads stays inside; the input side is unchanged', () => {
    expect(pairs(qdq({ extraOutputReader: true }))).toEqual({ inputs: { x: 'q_out' }, outputs: {} });
  });

  it('an integer tensor that is a graph output itself does not stand for another', () => {
    expect(pairs(qdq({ qOutIsOutput: true }))).toEqual({ inputs: {}, outputs: { dq_out: 'relu_out' } });
    expect(pairs(qdq({ dqInIsOutput: true }))).toEqual({ inputs: { x: 'q_out' }, outputs: {} });
  });

  it('a graph without Q/DQ has none; an input read by another operator or as a scale is not replaced', () => {
    const g = new GraphBuilder('float');
    const x = g.input('x', 'float32', [1, 4]);
    g.output(g.node('Relu', [x], {}, { outShapes: [[1, 4]], outDType: 'float32' }));
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: {} });
    const h = new GraphBuilder('scale');
    const c = h.values('c', 'float32', [1, 2, 3, 4], [1, 4]);
    const sc = h.input('sc', 'float32', []);
    h.output(h.node('QuantizeLinear', [c, sc], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' }));
    expect(pairs(h.graph)).toEqual({ inputs: {}, outputs: {} });
  });

  it('an output DequantizeLinear of a graph input or of a constant keeps the float output', () => {
    const g = new GraphBuilder('dq-input');
    const xi = g.input('xi', 'int8', [1, 4]);
    const s = g.values('s', 'float32', [0.5], []);
    g.output(g.node('DequantizeLinear', [xi, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    const w = g.tensor('w', 'int8', [1, 4], { data: { kind: 'values', values: [1, 2, 3, 4] } });
    g.output(g.node('DequantizeLinear', [w, s], {}, { name: 'dqw', outShapes: [[1, 4]], outDType: 'float32' }));
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: {} });
  });
});
