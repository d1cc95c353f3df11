/**
 * TFLite Micro's reference-kernel scratch requests (memory/scratch/tflm.ts) not covered by
 * scratch.test.ts: the sequence LSTM's four cell-state buffers (batch from the time-major flag),
 * TRANSPOSE_CONV's int32 / int64 accumulators and widened int16 bias, int4 weights marked by their
 * quantization, SVDF with rank 0 or unknown shapes. Each size is the formula in the file's header.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { tflmScratch } from '../../src/memory/scratch/tflm.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Graph, Node } from '../../src/ir/graph.js';

const only = (g: Graph): Node => g.nodes[0] as Node;

/** UNIDIRECTIONAL_SEQUENCE_LSTM: input 0, hidden state 18 [batch, units], cell state 19. */
function lstm(opts: { x: number[]; units: number; cell: DType; timeMajor?: number; source?: string }): Graph {
  const b = new GraphBuilder('lstm');
  const inputs: string[] = [b.input('x', 'int8', opts.x)];
  for (let i = 1; i < 18; i++) inputs.push('');
  inputs.push(b.tensor('h', 'int8', [opts.x[opts.timeMajor === 1 ? 1 : 0] ?? 1, opts.units]));
  inputs.push(b.tensor('c', opts.cell, [1, opts.units]));
  b.output(b.node('LSTM', inputs, opts.timeMajor === undefined ? {} : { time_major: opts.timeMajor }, { name: 'lstm', sourceOp: opts.source ?? 'UNIDIRECTIONAL_SEQUENCE_LSTM' }));
  return b.graph;
}

describe('TFLM sequence LSTM', () => {
  it('four buffers of batch x units x the cell state size: int16 2 B, float 4 B', () => {
    // batch-major x [3, 5, 8]: batch 3; 20 units
    const q = lstm({ x: [3, 5, 8], units: 20, cell: 'int16' });
    expect(tflmScratch(only(q), q)).toEqual([120, 120, 120, 120]);
    const f = lstm({ x: [3, 5, 8], units: 20, cell: 'float32' });
    expect(tflmScratch(only(f), f)).toEqual([240, 240, 240, 240]);
  });

  it('time-major input [time, batch, features]: the batch is the second axis', () => {
    const t = lstm({ x: [5, 2, 8], units: 4, cell: 'int16', timeMajor: 1 });
    expect(tflmScratch(only(t), t)).toEqual([16, 16, 16, 16]);
    const b = lstm({ x: [5, 2, 8], units: 4, cell: 'int16', timeMajor: 0 });
    expect(tflmScratch(only(b), b)).toEqual([40, 40, 40, 40]);
  });

  it('another cell type, another source operator (ONNX LSTM), or unknown shapes: none', () => {
    const i8 = lstm({ x: [1, 5, 8], units: 4, cell: 'int8' });
    expect(tflmScratch(only(i8), i8)).toEqual([]);
    const onnx = lstm({ x: [1, 5, 8], units: 4, cell: 'float32', source: 'LSTM' });
    expect(tflmScratch(only(onnx), onnx)).toEqual([]);
    const sym = lstm({ x: [1, 5, 8], units: 4, cell: 'int16' });
    const h = sym.tensors.get('h');
    if (h) h.shape = [1, 'U'];
    expect(tflmScratch(only(sym), sym)).toEqual([]);
  });
});

/** TRANSPOSE_CONV writing [1, 4, 4, 3] (48 elements), with an optional bias of 3. */
function tconv(x: DType, bias?: DType, out: (number | string)[] = [1, 4, 4, 3]): Graph {
  const b = new GraphBuilder('tconv');
  const inputs = [b.input('x', x, [1, 2, 2, 8]), b.constant('w', x === 'float32' ? 'float32' : 'int8', [3, 3, 3, 8])];
  if (bias) inputs.push(b.constant('bias', bias, [3]));
  b.output(b.node('ConvTranspose', inputs, {}, { name: 'tconv', outShapes: [out], outDType: x }));
  return b.graph;
}

describe('TFLM TRANSPOSE_CONV', () => {
  it('int8 input: one int32 per output element', () => {
    const g = tconv('int8', 'int32');
    expect(tflmScratch(only(g), g)).toEqual([4 * 48]);
  });

  it('int16 input: one int64 per output element, then the int16 bias widened to int64; an int64 bias needs no copy', () => {
    const g = tconv('int16', 'int16');
    expect(tflmScratch(only(g), g)).toEqual([8 * 48, 8 * 3]);
    const wide = tconv('int16', 'int64');
    expect(tflmScratch(only(wide), wide)).toEqual([8 * 48]);
    const none = tconv('int16');
    expect(tflmScratch(only(none), none)).toEqual([8 * 48]);
  });

  it('float input or an unknown output size: none', () => {
    const f = tconv('float32', 'float32');
    expect(tflmScratch(only(f), f)).toEqual([]);
    const u = tconv('int8', 'int32', [1, 'H', 4, 3]);
    expect(tflmScratch(only(u), u)).toEqual([]);
  });
});

describe('TFLM int4 weights and SVDF edges', () => {
  it('weights stored as int8 but quantized to 4 bits are unpacked too: one byte per element', () => {
    const b = new GraphBuilder('fc');
    const w = b.constant('w', 'int8', [3, 32], { scale: [0.1], zeroPoint: [0], dtype: 'int4' });
    b.output(b.node('Gemm', [b.input('x', 'int8', [1, 32]), w], { transB: 1 }, { name: 'fc' }));
    expect(tflmScratch(only(b.graph), b.graph)).toEqual([96]);
    const s = b.get('w');
    s.shape = ['O', 32];
    expect(tflmScratch(only(b.graph), b.graph)).toEqual([]);
  });

  it('SVDF: rank 0 is read as 1; an unknown batch or filter count requests nothing', () => {
    const make = (batch: number | string, rank: number) => {
      const b = new GraphBuilder('svdf');
      const x = b.input('x', 'int8', [batch, 16]);
      b.output(b.node('SVDF', [x, b.constant('wf', 'int8', [6, 16])], { rank }, { name: 'svdf' }));
      return b.graph;
    };
    expect(tflmScratch(only(make(2, 0)), make(2, 0))).toEqual([4 * 2 * 6, 4 * 2 * 6]);
    expect(tflmScratch(only(make(2, 3)), make(2, 3))).toEqual([4 * 2 * 6, 4 * 2 * 2]);
    expect(tflmScratch(only(make('B', 1)), make('B', 1))).toEqual([]);
  });

  it('other operators request nothing', () => {
    const b = new GraphBuilder('relu');
    b.output(b.node('Relu', [b.input('x', 'int8', [1, 4])], {}, { name: 'r' }));
    expect(tflmScratch(only(b.graph), b.graph)).toEqual([]);
  });
});

describe('TFLM rules with operands missing', () => {
  /** `op` over the given inputs ('' when omitted); its output tensor listed only when `out` is given. */
  function bare(op: 'SVDF' | 'LSTM' | 'ConvTranspose' | 'Conv', inputs: (string | undefined)[], build: (b: GraphBuilder) => void = () => undefined, source?: string): Graph {
    const b = new GraphBuilder('bare');
    build(b);
    b.graph.nodes.push({ name: 'n', op, sourceOp: source ?? op, inputs: inputs.map((i) => i ?? ''), outputs: ['y'], attrs: {} });
    return b.graph;
  }

  it('an omitted or shapeless operand, or no output tensor, requests nothing and throws nothing', () => {
    const shapeless = (b: GraphBuilder) => {
      b.tensor('x', 'int8');
      b.tensor('x16', 'int16');
    };
    const cases: Graph[] = [
      bare('SVDF', ['x'], shapeless), // no weights_feature
      bare('SVDF', ['x', 'x'], shapeless), // shapeless input and weights
      bare('Conv', ['x'], shapeless), // no weights
      bare('LSTM', ['x'], shapeless, 'UNIDIRECTIONAL_SEQUENCE_LSTM'), // no states, shapeless input
      bare('ConvTranspose', ['x16'], shapeless), // no output tensor
      bare('SVDF', ['']), // the input omitted
      bare('LSTM', [''], undefined, 'UNIDIRECTIONAL_SEQUENCE_LSTM'),
      bare('ConvTranspose', [''], (b) => b.tensor('y', 'int8', [1, 4, 4, 3])), // an output, no input
      bare('ConvTranspose', ['x16'], (b) => {
        shapeless(b);
        b.tensor('y', 'int16', [1, 4, 4, 3]);
      }), // int16 without a bias: the accumulators only
    ];
    expect(cases.map((g) => tflmScratch(only(g), g))).toEqual([[], [], [], [], [], [], [], [], [8 * 48]]);
  });

  it('one operand without a shape, the others known: nothing (never a NaN size), and an int16 bias of unknown length is not copied', () => {
    // SVDF: the batch known (2), the feature weights shapeless
    const svdf = bare('SVDF', ['x', 'wf'], (b) => {
      b.tensor('x', 'int8', [2, 16]);
      b.tensor('wf', 'int8');
    });
    // sequence LSTM, time-major: the input omitted, or shapeless; then the hidden state shapeless
    const lstmOf = (x: 'omitted' | 'shapeless' | 'shaped', hiddenShaped: boolean): Graph => {
      const b = new GraphBuilder('lstm');
      if (x !== 'omitted') b.tensor('x', 'int8', x === 'shaped' ? [5, 2, 8] : undefined);
      const inputs = [x === 'omitted' ? '' : 'x', ...new Array<string>(17).fill(''), b.tensor('h', 'int8', hiddenShaped ? [2, 4] : undefined), b.tensor('c', 'int16', [2, 4])];
      b.graph.nodes.push({ name: 'lstm', op: 'LSTM', sourceOp: 'UNIDIRECTIONAL_SEQUENCE_LSTM', inputs, outputs: ['y'], attrs: { time_major: 1 } });
      return b.graph;
    };
    // int16 TRANSPOSE_CONV whose int16 bias has no shape: the accumulators only
    const tconvBias = bare('ConvTranspose', ['x16', '', 'bias'], (b) => {
      b.tensor('x16', 'int16', [1, 2, 2, 8]);
      b.tensor('bias', 'int16');
      b.tensor('y', 'int16', [1, 4, 4, 3]);
    });
    const cases: Graph[] = [svdf, lstmOf('omitted', true), lstmOf('shapeless', true), lstmOf('shaped', false), tconvBias];
    expect(cases.map((g) => tflmScratch(only(g), g))).toEqual([[], [], [], [], [8 * 48]]);
    // and the LSTM with every shape known: 4 buffers of batch 2 x 4 units x 2 B
    expect(tflmScratch(only(lstmOf('shaped', true)), lstmOf('shaped', true))).toEqual([16, 16, 16, 16]);
  });
});
