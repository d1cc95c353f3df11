/**
 * The small pieces of the pipeline, each against what its header states: the private copy a
 * pipeline rewrites (passes/clone.ts), Q/DQ parameters (passes/qdq-params.ts), the sanity bounds at,
 * below and above each limit (passes/bounds.ts) and the zero bias stedgeai adds (passes/bias.ts).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { cloneGraph } from '../../src/passes/clone.js';
import { holdsQuantized, quantizeStorage, readQuantParams } from '../../src/passes/qdq-params.js';
import { checkShapes, checkTotals, MAX_TENSOR_ELEMENTS, MAX_TOTAL } from '../../src/passes/bounds.js';
import { biasPass } from '../../src/passes/bias.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { PassContext } from '../../src/passes/pass.js';

describe('cloneGraph', () => {
  function original(): Graph {
    const b = new GraphBuilder('orig');
    const x = b.input('x', 'int8', [1, 4], { scale: [0.5], zeroPoint: [1] });
    const w = b.constant('w', 'int8', [4, 4]);
    b.output(b.node('Gemm', [x, w], { alpha: 1 }, { name: 'gemm', outShapes: [[1, 4]], outDType: 'int8' }));
    const g = b.graph;
    const n = g.nodes[0] as Node;
    n.fused = ['relu'];
    n.activationAttrs = { min: 0 };
    n.subgraphs = { body: { name: 'body', tensors: new Map([['s', { name: 's', dtype: 'float32', shape: [2] }]]), nodes: [], inputs: ['s'], outputs: ['s'] } };
    g.outerRefs = ['outer'];
    return g;
  }

  it('a change to the copy (shapes, quantization, wiring, attributes, fused list, subgraphs, refs) leaves the original as read', () => {
    const g = original();
    const c = cloneGraph(g);
    const cn = c.nodes[0] as Node;
    const cx = c.tensors.get('x');
    if (cx?.shape) cx.shape = [...cx.shape, 9];
    c.tensors.get('x')?.quant?.scale.push(9);
    c.tensors.get('x')?.quant?.zeroPoint.push(9);
    c.tensors.set('new', { name: 'new', dtype: 'float32' });
    c.inputs.push('new');
    c.outputs.push('new');
    c.outerRefs?.push('more');
    cn.inputs.push('new');
    cn.outputs.push('new');
    cn.attrs['alpha'] = 2;
    (cn.fused as string[] | undefined)?.push('bn');
    if (cn.activationAttrs) cn.activationAttrs['min'] = 6;
    const cs = cn.subgraphs?.['body']?.tensors.get('s');
    if (cs?.shape) cs.shape = [...cs.shape, 9];
    cn.subgraphs?.['body']?.inputs.push('t');
    c.nodes.push({ ...cn, name: 'extra' });
    const fresh = original();
    expect(g.tensors.get('x')).toEqual(fresh.tensors.get('x'));
    expect([...g.tensors.keys()]).toEqual([...fresh.tensors.keys()]);
    expect([g.inputs, g.outputs, g.outerRefs]).toEqual([fresh.inputs, fresh.outputs, fresh.outerRefs]);
    expect(g.nodes).toEqual(fresh.nodes);
  });

  it('constant data descriptors are shared, not copied; a graph without refs gets none', () => {
    const g = original();
    const c = cloneGraph(g);
    expect(c.tensors.get('w')?.data).toBe(g.tensors.get('w')?.data);
    expect(c).toEqual(g);
    delete g.outerRefs;
    expect('outerRefs' in cloneGraph(g)).toBe(false);
  });
});

describe('Q/DQ parameters', () => {
  function q(opts: { scale?: number[] | 'computed'; scaleShape?: number[]; zp?: number[] | 'computed' | 'dynamic'; zpType?: 'int8' | 'uint8' | 'float32'; axis?: number; rank?: number; outType?: 'int16' | 'float32' } = {}) {
    const b = new GraphBuilder('q');
    const x = b.input('x', 'float32', opts.rank === undefined ? [1, 3, 4, 4] : Array.from({ length: opts.rank }, () => 3));
    if (opts.rank === 0) delete b.get('x').shape;
    const scale = opts.scale ?? [0.5];
    const sShape = opts.scaleShape ?? (scale === 'computed' ? undefined : scale.length === 1 ? [] : [scale.length]);
    b.tensor('s', 'float32', sShape, { data: scale === 'computed' ? { kind: 'computed', by: 't' } : { kind: 'values', values: scale } });
    const inputs = [x, 's'];
    if (opts.zp !== undefined) {
      const zpType = opts.zpType ?? 'int8';
      if (opts.zp === 'dynamic') b.tensor('zp', zpType, [3]);
      else b.tensor('zp', zpType, opts.zp === 'computed' ? sShape : opts.zp.length === 1 ? [] : [opts.zp.length], { data: opts.zp === 'computed' ? { kind: 'computed', by: 't' } : { kind: 'values', values: opts.zp } });
      inputs.push('zp');
    }
    b.node('QuantizeLinear', inputs, opts.axis === undefined ? {} : { axis: opts.axis }, { name: 'q', outDType: opts.outType ?? 'float32' });
    return { g: b.graph, n: b.graph.nodes[0] as Node };
  }

  it('per tensor: the scale, zero point 0 when absent, no axis', () => {
    const { g, n } = q();
    expect(readQuantParams(g, n, 'int8')).toEqual({ scale: [0.5], zeroPoint: [0], dtype: 'int8' });
    const z = q({ zp: [-3] });
    expect(readQuantParams(z.g, z.n, 'int8')).toEqual({ scale: [0.5], zeroPoint: [-3], dtype: 'int8' });
  });

  it('per channel: axis 1 by default, the attribute when given, a negative axis counted from the rank', () => {
    const d = q({ scale: [0.1, 0.2, 0.3], zp: [0, 1, 2] });
    expect(readQuantParams(d.g, d.n, 'uint8')).toEqual({ scale: [0.1, 0.2, 0.3], zeroPoint: [0, 1, 2], dtype: 'uint8', axis: 1 });
    const a = q({ scale: [0.1, 0.2, 0.3], axis: 0 });
    expect(readQuantParams(a.g, a.n, 'int8')?.axis).toBe(0);
    const neg = q({ scale: [0.1, 0.2, 0.3], axis: -1 });
    expect(readQuantParams(neg.g, neg.n, 'int8')?.axis).toBe(3);
    const neg2 = q({ scale: [0.1, 0.2, 0.3], axis: -2, rank: 3 });
    expect(readQuantParams(neg2.g, neg2.n, 'int8')?.axis).toBe(1);
    // rank unknown: the negative axis is kept as written
    const unknown = q({ scale: [0.1, 0.2, 0.3], axis: -1, rank: 0 });
    expect(readQuantParams(unknown.g, unknown.n, 'int8')?.axis).toBe(-1);
  });

  it('a scale or zero point that is not a constant: dynamic quantization, no parameters', () => {
    const b = new GraphBuilder('dyn');
    const x = b.input('x', 'float32', [1, 4]);
    const s = b.input('s', 'float32', []);
    b.node('QuantizeLinear', [x, s], {}, { name: 'q' });
    expect(readQuantParams(b.graph, b.graph.nodes[0] as Node, 'int8')).toBeUndefined();
    const z = q({ zp: 'dynamic' });
    expect(readQuantParams(z.g, z.n, 'int8')).toBeUndefined();
  });

  it('values not readable yet are NaN, one per channel, so the count is known; an unknown shape counts one', () => {
    const c = q({ scale: 'computed', scaleShape: [3], zp: 'computed' });
    const p = readQuantParams(c.g, c.n, 'int8');
    expect(p?.scale).toEqual([NaN, NaN, NaN]);
    expect(p?.zeroPoint).toEqual([NaN, NaN, NaN]);
    expect(p?.axis).toBe(1);
    const one = q({ scale: 'computed' });
    expect(readQuantParams(one.g, one.n, 'int8')).toEqual({ scale: [NaN], zeroPoint: [0], dtype: 'int8' });
  });

  it("the stored type: the zero point's integer type, else the output's, else uint8 (ONNX's default)", () => {
    const z = q({ zp: [0], zpType: 'int8', outType: 'int16' });
    expect(quantizeStorage(z.g, z.n)).toBe('int8');
    const fz = q({ zp: [0], zpType: 'float32', outType: 'int16' });
    expect(quantizeStorage(fz.g, fz.n)).toBe('int16');
    const o = q({ outType: 'int16' });
    expect(quantizeStorage(o.g, o.n)).toBe('int16');
    const none = q({ outType: 'float32' });
    expect(quantizeStorage(none.g, none.n)).toBe('uint8');
  });

  it('holdsQuantized: an integer tensor or one with quantization; not a float one nor a missing one', () => {
    expect(holdsQuantized(undefined)).toBe(false);
    expect(holdsQuantized({ name: 'a', dtype: 'float32' })).toBe(false);
    expect(holdsQuantized({ name: 'a', dtype: 'int8' })).toBe(true);
    expect(holdsQuantized({ name: 'a', dtype: 'uint16' })).toBe(true);
    expect(holdsQuantized({ name: 'a', dtype: 'float32', quant: { scale: [1], zeroPoint: [0] } })).toBe(true);
  });
});

describe('sanity bounds', () => {
  const shaped = (shape: (number | string)[]): Graph => {
    const b = new GraphBuilder('big');
    b.input('t', 'float32', shape);
    return b.graph;
  };

  it(`a tensor of exactly 2^40 elements passes; one more element, or the product passing it on the way, is refused`, () => {
    expect(MAX_TENSOR_ELEMENTS).toBe(2 ** 40);
    expect(() => checkShapes(shaped([2 ** 20, 2 ** 20]))).not.toThrow();
    expect(() => checkShapes(shaped([2 ** 40 + 1]))).toThrow(`tensor 't' declares shape [1099511627777]: over 1099511627776 elements, beyond any model (the file is likely corrupt)`);
    expect(() => checkShapes(shaped([2 ** 40 - 1]))).not.toThrow();
    expect(() => checkShapes(shaped([2 ** 21, 2 ** 20, 0]))).toThrow(/over 1099511627776 elements/);
  });

  it('symbolic dimensions are skipped; shapes in nested graphs are checked too', () => {
    expect(() => checkShapes(shaped(['N', 2 ** 40]))).not.toThrow();
    const g = shaped([1]);
    g.nodes.push({ name: 'if', op: 'If', sourceOp: 'If', inputs: [], outputs: [], attrs: {}, subgraphs: { then: shaped([2 ** 41]) } });
    expect(() => checkShapes(g)).toThrow(expect.objectContaining({ code: 'E_LIMIT' }));
  });

  it('totals: 1e15 passes, above it (either sign), infinite or NaN is refused naming the total; null is no figure', () => {
    expect(MAX_TOTAL).toBe(1e15);
    expect(() => checkTotals({ macc: 1e15, ram: -1e15, latency: null as unknown as number })).not.toThrow();
    expect(() => checkTotals({ macc: 1e15 + 1 })).toThrow("the model's macc would be 1000000000000001, beyond any model (over 1000000000000000): its declared sizes are inconsistent (the file is likely corrupt)");
    expect(() => checkTotals({ ram: -1e15 - 1 })).toThrow(/the model's ram would be -1000000000000001/);
    expect(() => checkTotals({ rom: Infinity })).toThrow(/rom would be Infinity/);
    expect(() => checkTotals({ rom: NaN })).toThrow(expect.objectContaining({ code: 'E_LIMIT' }));
  });
});

describe('the zero bias stedgeai gives a layer without one', () => {
  const ctx = {} as PassContext;

  function layers(opts: { shareWeights?: boolean; integer?: boolean; withBias?: boolean; dynamicWeights?: boolean; taken?: boolean } = {}) {
    const b = new GraphBuilder('bias');
    const x = b.input('x', 'float32', [1, 3, 8, 8]);
    const w1 = opts.dynamicWeights ? b.input('w1', 'float32', [16, 3, 3, 3]) : b.constant('w1', 'float32', [16, 3, 3, 3]);
    const w2 = opts.shareWeights ? w1 : b.constant('w2', 'float32', [8, 3, 3, 3]);
    if (opts.taken) b.tensor('c1_bias', 'float32', [1]);
    const bias = opts.withBias ? [b.constant('b1', 'float32', [16])] : [];
    b.output(b.node('Conv', [x, w1, ...bias], { weight_layout: 'OIHW' }, { name: 'c1', integer: opts.integer ?? false }));
    b.output(b.node('Conv', [x, w2], { weight_layout: 'OIHW' }, { name: 'c2' }));
    b.output(b.node('Relu', [x], {}, { name: 'relu' }));
    return biasPass.run(b.graph, ctx);
  }
  const biasOf = (g: Graph, name: string) => {
    const n = g.nodes.find((m) => m.name === name) as Node;
    const t = g.tensors.get(n.inputs[2] ?? '');
    return t ? [t.name, t.dtype, t.shape, t.byCompiler] : n.inputs.length;
  };

  it('each Conv gets Cout zeros, float32, generated by the compiler; other operators nothing', () => {
    const g = layers();
    expect(biasOf(g, 'c1')).toEqual(['c1_bias', 'float32', [16], true]);
    expect(biasOf(g, 'c2')).toEqual(['c2_bias', 'float32', [8], true]);
    expect(biasOf(g, 'relu')).toBe(1);
    // zeros the file does not hold: no bytes, the compiler named as their source
    expect(g.tensors.get('c1_bias')?.data).toEqual({ kind: 'computed', by: 'the zero bias stedgeai gives a layer without one' });
  });

  it('an integer layer gets int32; layers sharing weights share one bias', () => {
    expect(biasOf(layers({ integer: true }), 'c1')).toEqual(['c1_bias', 'int32', [16], true]);
    const shared = layers({ shareWeights: true });
    expect(biasOf(shared, 'c2')).toEqual(['c1_bias', 'float32', [16], true]);
    expect([...shared.tensors.keys()].filter((k) => k.endsWith('_bias'))).toEqual(['c1_bias']);
  });

  it('a layer with a bias keeps it; weights that are not constant get none; a taken name gets a suffix', () => {
    expect(biasOf(layers({ withBias: true }), 'c1')).toEqual(['b1', 'float32', [16], undefined]);
    expect(biasOf(layers({ dynamicWeights: true }), 'c1')).toBe(2);
    expect(biasOf(layers({ taken: true }), 'c1')).toEqual(['c1_bias_1', 'float32', [16], true]);
  });
});
