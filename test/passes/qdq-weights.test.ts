/**
 * Float weights between quantized activations (passes/qdq-weights.ts, METRICS.md "Weights", QDQ):
 * ST's optimized ONNX keeps them float, and ST compiles them as int8 per output channel (bias int32)
 * with parameters it chooses. Each condition of the rewrite on its own.
 */
import { describe, expect, it } from 'vitest';
import type { Quantization } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { quantizeFloatWeights } from '../../src/passes/qdq-weights.js';
import { GraphBuilder } from '../builders/ir.js';

const Q: Quantization = { scale: [0.05], zeroPoint: [0], dtype: 'int8' };

interface Layer { op?: 'Conv' | 'ConvTranspose' | 'Gemm' | 'MatMul' | 'Add'; xType?: 'int8' | 'float32'; xQuant?: boolean; outQuant?: boolean; w?: Shape; wType?: 'float32' | 'int8'; wQuant?: boolean; bias?: boolean; attrs?: Record<string, number> }

/** x (int8, quantized) -> op(w float constant, bias) -> y (quantized). */
function layer(o: Layer = {}): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', o.xType ?? 'int8', [1, 8, 4, 4], o.xQuant === false ? undefined : Q);
  const w = g.constant('w', o.wType ?? 'float32', o.w ?? [16, 8, 3, 3], o.wQuant ? Q : undefined);
  const b = g.constant('b', 'float32', [16]);
  g.node(o.op ?? 'Conv', o.bias === false ? [x, w] : [x, w, b], o.attrs ?? {}, { name: 'layer', outShapes: [[1, 16, 2, 2]], outDType: 'int8' });
  if (o.outQuant !== false) g.get('layer_out').quant = Q;
  return g;
}

/** The compiler's per-channel parameters: NaN scales (unknown), zero points 0. */
function compilerQuant(dtype: 'int8' | 'int32', n: number, axis: number): Quantization {
  return { scale: new Array<number>(n).fill(Number.NaN), zeroPoint: new Array<number>(n).fill(0), dtype, byCompiler: true, ...(n > 1 ? { axis } : {}) };
}

describe('qdq-weights: float weights of an integer layer become the compiler\'s int8', () => {
  it('a Conv: weights int8 per output channel (axis 0), bias int32 per channel, bytes not held', () => {
    const g = layer();
    quantizeFloatWeights(g.graph);
    expect(g.get('w')).toMatchObject({ dtype: 'int8', quant: compilerQuant('int8', 16, 0), data: { kind: 'computed', by: 'layer' } });
    expect(g.get('b')).toMatchObject({ dtype: 'int32', quant: compilerQuant('int32', 16, 0), data: { kind: 'computed', by: 'layer' } });
  });

  it('the channel axis follows the layer: ConvTranspose axis 1, Gemm transB axis 0, MatMul the last axis', () => {
    const cases: [Layer, number, number][] = [
      [{ op: 'ConvTranspose', w: [8, 12, 3, 3] }, 1, 12],
      [{ op: 'Gemm', w: [10, 8], attrs: { transB: 1 } }, 0, 10],
      [{ op: 'Gemm', w: [8, 10] }, 1, 10],
      [{ op: 'MatMul', w: [8, 6], bias: false }, 1, 6],
    ];
    for (const [o, axis, n] of cases) {
      const g = layer(o);
      quantizeFloatWeights(g.graph);
      expect(g.get('w').quant).toEqual(compilerQuant('int8', n, axis));
    }
  });

  it('a MatMul has no bias: a third input stays float', () => {
    const g = layer({ op: 'MatMul', w: [8, 6] });
    quantizeFloatWeights(g.graph);
    expect(g.get('w').dtype).toBe('int8');
    expect(g.get('b')).toMatchObject({ dtype: 'float32' });
    expect(g.get('b').quant).toBeUndefined();
  });

  it('one output channel (or an unknown count) is per-tensor: no axis', () => {
    const g = layer({ w: [1, 8, 3, 3] });
    quantizeFloatWeights(g.graph);
    expect(g.get('w').quant).toEqual(compilerQuant('int8', 1, 0));
    const sym = layer({ w: ['C', 8, 3, 3] });
    quantizeFloatWeights(sym.graph);
    expect(sym.get('w').quant).toEqual(compilerQuant('int8', 1, 0));
  });

  it('an omitted bias is left alone', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8], Q);
    g.constant('w', 'float32', [4, 8]);
    g.node('Gemm', [x, 'w', ''], { transB: 1 }, { name: 'layer', outDType: 'int8' });
    g.get('layer_out').quant = Q;
    quantizeFloatWeights(g.graph);
    expect(g.get('w').dtype).toBe('int8');
  });
});

describe('qdq-weights: what stays float', () => {
  const untouched = (o: Layer) => {
    const g = layer(o);
    quantizeFloatWeights(g.graph);
    return [g.get('w').dtype, g.get('b').dtype, g.get('b').quant];
  };

  it('a float activation input, or an integer one without quantization', () => {
    expect(untouched({ xType: 'float32' })).toEqual(['float32', 'float32', undefined]);
    expect(untouched({ xQuant: false })).toEqual(['float32', 'float32', undefined]);
  });

  it('an output without quantization (the layer writes float)', () => {
    expect(untouched({ outQuant: false })).toEqual(['float32', 'float32', undefined]);
  });

  it('weights already quantized, or stored as integers', () => {
    const q = layer({ wQuant: true });
    quantizeFloatWeights(q.graph);
    expect(q.get('w').quant).toEqual(Q);
    expect(q.get('b').dtype).toBe('float32');
    expect(untouched({ wType: 'int8' })).toEqual(['int8', 'float32', undefined]);
  });

  it('weights that are an activation (a second input without data)', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8], Q);
    const w = g.input('w', 'float32', [4, 8]);
    g.node('Gemm', [x, w], { transB: 1 }, { name: 'layer', outDType: 'int8' });
    g.get('layer_out').quant = Q;
    quantizeFloatWeights(g.graph);
    expect(g.get('w').dtype).toBe('float32');
  });

  it('an operator without weights (an integer Add with a float constant)', () => {
    expect(untouched({ op: 'Add' })).toEqual(['float32', 'float32', undefined]);
  });

  it('a layer with no outputs', () => {
    const g = new GraphBuilder();
    g.input('x', 'int8', [1, 8], Q);
    g.constant('w', 'float32', [4, 8]);
    g.graph.nodes.push({ name: 'sink', op: 'Gemm', sourceOp: 'Gemm', inputs: ['x', 'w'], outputs: [], attrs: { transB: 1 } });
    quantizeFloatWeights(g.graph);
    expect(g.get('w').dtype).toBe('float32');
  });

  it('a weight without a shape, or with no output channels, gets one per-tensor parameter (no axis); a symbolic count too', () => {
    for (const shape of [undefined, [0, 8, 3, 3], ['C', 8, 3, 3]] as (Shape | undefined)[]) {
      const g = layer();
      if (shape === undefined) delete g.get('w').shape;
      else g.get('w').shape = shape;
      quantizeFloatWeights(g.graph);
      expect(g.get('w').quant, JSON.stringify(shape)).toEqual(compilerQuant('int8', 1, 0));
      expect(g.get('b').quant, JSON.stringify(shape)).toEqual(compilerQuant('int32', 1, 0));
    }
  });
});
