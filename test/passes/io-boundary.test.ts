/**
 * `io-boundary` (passes/io-boundary.ts): the input QuantizeLinear and the output DequantizeLinear
 * of a QDQ ONNX model, reached through data movement only, are marked as the network's I/O. One
 * condition of the header changes per case; the hop limit (16) is tested at, below and above.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { ioBoundaryPass } from '../../src/passes/io-boundary.js';
import { contextFor } from './context.js';
import type { Graph } from '../../src/ir/graph.js';
import type { AnalyzeOptions } from '../../src/passes/pass.js';
import type { OpKind } from '../../src/ir/op-kinds.js';

interface Case {
  /** Data-movement nodes between the input and Q, and between DQ and the output. */
  before?: OpKind[];
  after?: OpKind[];
  qType?: 'int8' | 'float32';
  /** Another reader of the input / of a tensor between DQ and the output. */
  inputReader?: boolean;
  middleReader?: boolean;
}

function model(c: Case = {}): Graph {
  const b = new GraphBuilder('io');
  let t = b.input('x', 'float32', [1, 4]);
  (c.before ?? []).forEach((op, i) => {
    t = b.node(op, [t], {}, { name: `pre${i}`, outDType: 'float32' });
  });
  const s = b.values('s', 'float32', [0.5], []);
  const q = b.node('QuantizeLinear', [t, s], {}, { name: 'q', outDType: c.qType ?? 'int8' });
  const r = b.node('Relu', [q], {}, { name: 'relu', outDType: 'int8' });
  let y = b.node('DequantizeLinear', [r, s], {}, { name: 'dq', outDType: 'float32' });
  (c.after ?? []).forEach((op, i) => {
    if (i === 0 && c.middleReader) b.output(b.node('Abs', [y], {}, { name: 'abs', outDType: 'float32' }));
    y = b.node(op, [y], {}, { name: `post${i}`, outDType: 'float32' });
  });
  b.output(y);
  if (c.inputReader) b.output(b.node('Neg', ['x'], {}, { name: 'neg', outDType: 'float32' }));
  return b.graph;
}

function marked(g: Graph, options: AnalyzeOptions = {}, format: 'onnx' | 'tflite' = 'onnx'): string[] {
  const ctx = contextFor(g, options);
  ctx.model.format = format;
  const out = ioBoundaryPass.run(g, ctx);
  return out.nodes.filter((n) => n.attrs['io_boundary'] === true).map((n) => n.name);
}

const reshapes = (n: number): OpKind[] => Array.from({ length: n }, (_, i) => (['Reshape', 'Flatten', 'Squeeze', 'Unsqueeze'] as const)[i % 4] as OpKind);

describe('io-boundary', () => {
  it('marks the input Q and the output DQ of an ONNX QDQ model', () => {
    expect(marked(model())).toEqual(['q', 'dq']);
  });

  it('through data movement on either side', () => {
    expect(marked(model({ before: ['Reshape', 'Flatten'], after: ['Squeeze'] }))).toEqual(['q', 'dq']);
  });

  it('15 data-movement hops reach the Q/DQ; 16 do not (the walk stops at 16 tensors)', () => {
    expect(marked(model({ before: reshapes(15), after: reshapes(15) }))).toEqual(['q', 'dq']);
    expect(marked(model({ before: reshapes(16), after: reshapes(16) }))).toEqual([]);
  });

  it('a compute operator on the way, a float Q output, or a second reader stops it', () => {
    expect(marked(model({ before: ['Relu'], after: ['Sigmoid'] }))).toEqual([]);
    expect(marked(model({ qType: 'float32' }))).toEqual(['dq']);
    expect(marked(model({ inputReader: true }))).toEqual(['dq']);
    expect(marked(model({ after: ['Reshape'], middleReader: true }))).toEqual(['q']);
  });

  it('off with quantizedIo: false, for TFLite, and for a model without Q/DQ', () => {
    expect(marked(model(), { quantizedIo: false })).toEqual([]);
    expect(marked(model(), { quantizedIo: true })).toEqual(['q', 'dq']);
    expect(marked(model(), {}, 'tflite')).toEqual([]);
    const b = new GraphBuilder('float');
    b.output(b.node('Relu', [b.input('x', 'float32', [1, 4])], {}, { name: 'r' }));
    expect(marked(b.graph)).toEqual([]);
  });

  it('an input read as a data-movement node\'s shape operand (not its data) is not walked', () => {
    const b = new GraphBuilder('shape-in');
    const x = b.input('x', 'float32', [1, 4]);
    const shape = b.input('shape', 'int64', [2]);
    const r = b.node('Reshape', [x, shape], {}, { name: 'reshape', outDType: 'float32' });
    b.output(b.node('QuantizeLinear', [r, b.values('s', 'float32', [0.5], [])], {}, { name: 'q', outDType: 'int8' }));
    b.graph.inputs = [shape];
    expect(marked(b.graph)).toEqual([]);
    b.graph.inputs = [x];
    expect(marked(b.graph)).toEqual(['q']);
  });

  it('a graph input that is also a graph output is not walked', () => {
    const g = model();
    g.outputs.push('x');
    expect(marked(g)).toEqual(['dq']);
  });
});

describe('io-boundary on malformed walks', () => {
  it('a data-movement node with two outputs (malformed) is not walked through; a Q whose output has no tensor is no boundary', () => {
    const b = new GraphBuilder('split');
    const x = b.input('x', 'float32', [1, 4]);
    const [a, c] = [b.tensor('a', 'float32', [1, 2]), b.tensor('c', 'float32', [1, 2])];
    b.graph.nodes.push({ name: 'split', op: 'Identity', sourceOp: 'Identity', inputs: [x], outputs: [a, c], attrs: {} }); // malformed: an Identity writing two tensors
    b.output(b.node('QuantizeLinear', [a, b.values('s', 'float32', [0.5], [])], {}, { name: 'q', outDType: 'int8' }));
    b.output(c);
    expect(marked(b.graph)).toEqual([]);
    const g = new GraphBuilder('ghost');
    const y = g.input('y', 'float32', [1, 4]);
    g.graph.nodes.push({ name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: [y, g.values('s', 'float32', [0.5], [])], outputs: ['nowhere'], attrs: {} });
    expect(marked(g.graph)).toEqual([]);
  });
});
