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

describe('integer I/O: each condition alone', () => {
  it('the only reader writes integers but is no QuantizeLinear (a Cast to int8): the input stays', () => {
    const g = new GraphBuilder('cast');
    const x = g.input('x', 'float32', [1, 4]);
    const c = g.node('Cast', [x], { to: 'int8' }, { name: 'cast', outShapes: [[1, 4]], outDType: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    g.output(g.node('DequantizeLinear', [c, s], {}, { name: 'dq', outShapes: [[1, 4]], outDType: 'float32' }));
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: { dq_out: 'cast_out' } });
  });

  it('an input a QuantizeLinear reads as its scale, whose output is no graph output: the input stays', () => {
    const g = new GraphBuilder('scale');
    const c = g.values('c', 'float32', [1, 2, 3, 4], [1, 4]);
    const sc = g.input('sc', 'float32', []);
    const q = g.node('QuantizeLinear', [c, sc], {}, { name: 'q', outShapes: [[1, 4]], outDType: 'int8' });
    g.output(g.node('Relu', [q], {}, { name: 'relu', outShapes: [[1, 4]], outDType: 'int8' }));
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: {} });
  });

  it('an input nobody reads, an output that is an input, tensors without entries: nothing, and no error', () => {
    const g = new GraphBuilder('odd');
    const x = g.input('x', 'float32', [1, 4]);
    g.input('unread', 'float32', [1]);
    const s = g.values('s', 'float32', [0.5], []);
    // the Q writes a name with no tensor entry; the DQ reads one
    g.graph.nodes.push({ name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: [x, s], outputs: ['ghost'], attrs: {} });
    g.graph.nodes.push({ name: 'dq', op: 'DequantizeLinear', sourceOp: 'DequantizeLinear', inputs: ['ghost', s], outputs: ['y'], attrs: {} });
    g.tensor('y', 'float32', [1, 4]);
    g.output('y');
    g.output('unread');
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: {} });
  });

  it('a DequantizeLinear without a data input, or a Q writing no output name: nothing', () => {
    const g = new GraphBuilder('empty');
    const x = g.input('x', 'float32', [1, 4]);
    const s = g.values('s', 'float32', [0.5], []);
    g.graph.nodes.push({ name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: [x, s], outputs: [''], attrs: {} });
    g.graph.nodes.push({ name: 'dq', op: 'DequantizeLinear', sourceOp: 'DequantizeLinear', inputs: ['', s], outputs: ['y'], attrs: {} });
    g.tensor('', 'int8', [1, 4]);
    g.tensor('y', 'float32', [1, 4]);
    g.output('y');
    expect(pairs(g.graph)).toEqual({ inputs: {}, outputs: {} });
  });
});
