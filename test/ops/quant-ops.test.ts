/**
 * The quantization operators (src/ops/quant.ts): output types (QuantizeLinear's output_dtype or
 * zero-point type, else uint8; DequantizeLinear's scale type), DynamicQuantizeLinear's three
 * outputs, QONNX Quant/BipolarQuant/Trunc priced 2 O on activations and 0 on constants
 * (METRICS.md), 0 at the network's I/O boundary, and quantBitwidth at 0, 1, 32 and 33.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { quantBitwidth } from '../../src/ops/quant.js';
import { GraphBuilder } from '../builders/ir.js';
import { costOf, infer } from './run.js';

function run(op: OpKind, ins: (g: GraphBuilder) => string[], attrs: Attrs = {}, outputs = 1) {
  const g = new GraphBuilder();
  g.node(op, ins(g), attrs, { name: 'n', outputs });
  const names = outputs === 1 ? ['n_out'] : Array.from({ length: outputs }, (_, i) => `n_out${i}`);
  for (const n of names) g.output(n);
  infer(g);
  return { outs: names.map((n) => g.get(n)), macc: costOf(g, 'n').macc };
}
const x = (g: GraphBuilder) => g.input('x', 'float32', [2, 8]);

describe('types and costs', () => {
  it('QuantizeLinear: output_dtype, else the zero point\'s type, else uint8; 2 MACC per element, 0 at the I/O boundary', () => {
    expect(run('QuantizeLinear', (g) => [x(g), g.values('s', 'float32', [0.1], []), g.values('z', 'int8', [0], [])]).outs[0]?.dtype).toBe('int8');
    expect(run('QuantizeLinear', (g) => [x(g), g.values('s', 'float32', [0.1], [])]).outs[0]).toMatchObject({ dtype: 'uint8', shape: [2, 8] });
    expect(run('QuantizeLinear', (g) => [x(g), g.values('s', 'float32', [0.1], [])], { output_dtype: 'int16' }).outs[0]?.dtype).toBe('int16');
    expect(run('QuantizeLinear', (g) => [x(g), g.values('s', 'float32', [0.1], [])]).macc).toBe(32);
    expect(run('QuantizeLinear', (g) => [x(g), g.values('s', 'float32', [0.1], [])], { io_boundary: true }).macc).toBe(0);
  });

  it('DequantizeLinear takes the scale\'s type; DynamicQuantizeLinear gives uint8 data, a float scale and a uint8 zero point', () => {
    expect(run('DequantizeLinear', (g) => [g.input('q', 'int8', [4]), g.values('s', 'float16', [0.1], [])]).outs[0]?.dtype).toBe('float16');
    expect(run('DynamicQuantizeLinear', (g) => [x(g)], {}, 3).outs.map((t) => [t.shape, t.dtype])).toEqual([[[2, 8], 'uint8'], [[], 'float32'], [[], 'uint8']]);
  });

  it('QONNX Quant, BipolarQuant, Trunc: same shape and type; 2 O on activations, 0 on a constant', () => {
    for (const op of ['Quant', 'BipolarQuant', 'Trunc'] as const) {
      expect(run(op, (g) => [x(g)]).outs[0]).toMatchObject({ shape: [2, 8], dtype: 'float32' });
      expect(run(op, (g) => [x(g)]).macc).toBe(32);
      // On weights (a constant) the shapes pass folds the node away; its rule, asked directly, prices it 0.
      const g = new GraphBuilder();
      g.output(g.node(op, [g.constant('w', 'float32', [2, 8])], {}, { name: 'n', outShapes: [[2, 8]] }));
      expect(costOf(g, 'n').macc).toBe(0);
    }
  });
});

describe('quantBitwidth', () => {
  const t = (v: number, variable = false) => ({ name: 'b', dtype: 'float32' as const, shape: [], data: { kind: 'values' as const, values: [v] }, ...(variable ? { variable: true } : {}) });
  it('1 to 32, rounded up; 0 and 33 are unreadable; so is a variable or a tensor without values', () => {
    expect([quantBitwidth(t(1)), quantBitwidth(t(32)), quantBitwidth(t(3.2))]).toEqual([1, 32, 4]);
    expect([quantBitwidth(t(0)), quantBitwidth(t(33)), quantBitwidth(t(-1))]).toEqual([undefined, undefined, undefined]);
    expect(quantBitwidth(t(8, true))).toBeUndefined();
    expect(quantBitwidth({ name: 'b', dtype: 'float32' })).toBeUndefined();
    expect(quantBitwidth(undefined)).toBeUndefined();
    // a constant whose values are not read (bytes left in the file): unreadable too
    expect(quantBitwidth({ name: 'b', dtype: 'float32', shape: [], data: { kind: 'computed', by: 'test' } })).toBeUndefined();
  });
});
