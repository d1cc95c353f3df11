import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { PIPELINE, VERIFY_EACH_PASS_MAX_NODES, runPipeline } from '../../src/passes/pipeline.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { Pass } from '../../src/passes/pass.js';
import { FootprintError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { modelOf } from './context.js';

function convBnRelu(): GraphBuilder {
  const g = new GraphBuilder('net');
  const x = g.input('x', 'float32', ['N', 3, 8, 8]);
  const w = g.constant('w', 'float32', [16, 3, 3, 3]);
  const c = g.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'conv', outDType: 'float32' });
  const params = ['scale', 'bias', 'mean', 'var'].map((k) => g.constant(`bn_${k}`, 'float32', [16]));
  const bn = g.node('BatchNormalization', [c, ...params], { epsilon: 1e-5 }, { name: 'bn', outDType: 'float32' });
  const r = g.node('Relu', [bn], {}, { name: 'relu', outDType: 'float32' });
  const d = g.node('Dropout', [r], {}, { name: 'drop', outDType: 'float32' });
  const out = g.node('Identity', [d], {}, { name: 'out', outDType: 'float32', outShapes: [['N', 16, 8, 8]] });
  g.output(out);
  return g;
}

describe('after QDQ folding, what turned constant folds (the quiet shape re-run)', () => {
  it("a weight's Dequantize -> Transpose -> MatMul: the Transpose folds into an int8 constant, one MatMul layer is left", () => {
    // the qdq pass turns DQ(int8 w) into w itself; only then does the Transpose read constants alone
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4], { scale: [0.5], zeroPoint: [0], dtype: 'int8' });
    const s = g.values('s', 'float32', [0.5], []);
    const z = g.values('z', 'int8', [0], []);
    const xin = g.node('DequantizeLinear', [x, s, z], {}, { name: 'x_dq', outDType: 'float32' });
    const wdq = g.node('DequantizeLinear', [g.constant('w', 'int8', [8, 4]), s, z], {}, { name: 'w_dq', outDType: 'float32' });
    const wt = g.node('Transpose', [wdq], { perm: [1, 0] }, { name: 'w_t', outDType: 'float32' });
    const y = g.node('MatMul', [xin, wt], {}, { name: 'mm', outDType: 'float32' });
    g.output(g.node('QuantizeLinear', [y, s, z], {}, { name: 'y_q', outDType: 'int8' }));
    const { graph } = runPipeline(modelOf(g.graph, { opset: 13 }), {});
    expect(graph.nodes.map((n) => `${n.name}:${n.op}`)).toEqual(['mm:MatMul']);
    const weights = graph.tensors.get((graph.nodes[0] as Node).inputs[1] as string);
    expect(weights?.dtype).toBe('int8');
    expect(weights?.shape).toEqual([4, 8]);
    expect(weights?.data).toBeDefined();
  });
});

describe('pipeline', () => {
  it('fuses activations before QDQ folding, so Conv -> Relu -> Q -> DQ -> Conv is one int8 edge', () => {
    expect(PIPELINE.map((p) => p.name).indexOf('fuse-activation')).toBeLessThan(PIPELINE.map((p) => p.name).indexOf('qdq'));
    const g = new GraphBuilder('qnet');
    const x = g.input('x', 'int8', [1, 3, 8, 8], { scale: [0.1], zeroPoint: [0], dtype: 'int8' });
    const q = { scale: [0.02], zeroPoint: [0], dtype: 'int8' as const };
    const xs = g.values('x_s', 'float32', [0.1], []);
    const xz = g.values('x_z', 'int8', [0], []);
    const xd = g.node('DequantizeLinear', [x, xs, xz], {}, { name: 'x_dq', outDType: 'float32' });
    const w1 = g.constant('w1', 'int8', [4, 3, 1, 1], q);
    const ws = g.values('w_s', 'float32', [0.02], []);
    const wz = g.values('w_z', 'int8', [0], []);
    const w1d = g.node('DequantizeLinear', [w1, ws, wz], {}, { name: 'w1_dq', outDType: 'float32' });
    const c1 = g.node('Conv', [xd, w1d], { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'c1', outDType: 'float32' });
    const r1 = g.node('Relu', [c1], {}, { name: 'r1', outDType: 'float32' });
    const ys = g.values('y_s', 'float32', [0.05], []);
    const yz = g.values('y_z', 'int8', [-128], []);
    const yq = g.node('QuantizeLinear', [r1, ys, yz], {}, { name: 'y_q', outDType: 'int8' });
    const yd = g.node('DequantizeLinear', [yq, ys, yz], {}, { name: 'y_dq', outDType: 'float32' });
    const w2 = g.constant('w2', 'int8', [4, 4, 1, 1], q);
    const w2d = g.node('DequantizeLinear', [w2, ws, wz], {}, { name: 'w2_dq', outDType: 'float32' });
    const c2 = g.node('Conv', [yd, w2d], { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, { name: 'c2', outDType: 'float32' });
    g.output(g.node('QuantizeLinear', [c2, ys, yz], {}, { name: 'c2_q', outDType: 'int8' }));
    const { graph } = runPipeline(modelOf(g.graph, { opset: 13 }), {});
    expect(graph.nodes.map((n) => n.name)).toEqual(['c1', 'c2']);
    const c1n = graph.nodes[0]!;
    expect(c1n.activation).toBe('Relu');
    const edge = graph.tensors.get(c1n.outputs[0]!)!;
    // The Relu output quantized with y_q's parameters is now c1's own int8 output.
    expect(edge.dtype).toBe('int8');
    expect(edge.quant?.scale).toEqual([0.05]);
    expect(edge.quant?.zeroPoint).toEqual([-128]);
    expect(c1n.fused).toEqual(expect.arrayContaining(['r1', 'y_q', 'w1_dq']));
  });

  it('folds BN, fuses the activation and drops Dropout/Identity, leaving the model untouched', () => {
    const g = convBnRelu();
    const model = modelOf(g.graph, { opset: 13 });
    const { graph, diagnostics } = runPipeline(model, {});
    expect(graph.nodes.map((n) => n.name)).toEqual(['conv']);
    const conv = graph.nodes[0]!;
    expect(conv.activation).toBe('Relu');
    expect(conv.fused).toEqual(['bn', 'relu', 'drop']);
    expect(graph.outputs).toEqual(['out_out']);
    expect(conv.outputs).toEqual(['out_out']);
    expect(graph.tensors.get('x')?.shape).toEqual([1, 3, 8, 8]);
    expect(graph.tensors.get('out_out')?.shape).toEqual([1, 16, 8, 8]);
    expect([...graph.tensors.keys()].filter((k) => k.startsWith('bn_'))).toEqual(['bn_folded_bias']);
    expect(diagnostics.some((d) => d.code === 'I_ASSUMPTION')).toBe(true);
    // The model the frontend returned is unchanged.
    expect(model.graph.nodes).toHaveLength(5);
    expect(model.graph.tensors.get('x')?.shape).toEqual(['N', 3, 8, 8]);
  });

  it('passes the opset from model meta and names the pass that breaks an invariant', () => {
    const g = convBnRelu();
    let seen: number | undefined;
    const spy: Pass = { name: 'spy', run: (graph, ctx) => ((seen = ctx.opset), graph) };
    const breaker: Pass = {
      name: 'breaker',
      run(graph) {
        graph.nodes.shift();
        return graph;
      },
    };
    let err: unknown;
    try {
      runPipeline(modelOf(g.graph, { opset: 13 }), {}, [spy, breaker]);
    } catch (e: unknown) {
      err = e;
    }
    expect(seen).toBe(13);
    expect(err).toBeInstanceOf(FootprintError);
    expect((err as FootprintError).code).toBe('E_INTERNAL');
    expect((err as FootprintError).message).toBe("after pass 'breaker': node 'bn' reads 'conv_out' before any node produces it");
  });

  it.each([
    [VERIFY_EACH_PASS_MAX_NODES - 1, "after pass 'breaker'"],
    [VERIFY_EACH_PASS_MAX_NODES, "after pass 'breaker'"],
    [VERIFY_EACH_PASS_MAX_NODES + 1, "after pass 'breaker, healer'"],
  ])('a graph of %i nodes: checked after each pass, or once at the end (%s)', (nodes, prefix) => {
    // A Relu chain; 'breaker' reverses the node order (a read before its producer), 'healer' leaves it.
    const tensors = new Map([['t0', { name: 't0', dtype: 'float32' as const, shape: [1, 4] }]]);
    const list: Node[] = [];
    for (let i = 0; i < nodes; i++) {
      tensors.set(`t${i + 1}`, { name: `t${i + 1}`, dtype: 'float32', shape: [1, 4] });
      list.push({ name: `relu${i}`, op: 'Relu', sourceOp: 'Relu', inputs: [`t${i}`], outputs: [`t${i + 1}`], attrs: {} });
    }
    const graph: Graph = { name: 'chain', nodes: list, tensors, inputs: ['t0'], outputs: [`t${nodes}`] };
    const breaker: Pass = { name: 'breaker', run: (g) => { g.nodes.reverse(); return g; } };
    const healer: Pass = { name: 'healer', run: (g) => g };
    expect(() => runPipeline(modelOf(graph, { opset: 13 }), {}, [breaker, healer])).toThrow(`${prefix}: node 'relu${nodes - 1}' reads 't${nodes - 1}' before any node produces it`);
  });
});

describe('pipeline context and ownership', () => {
  const seenOpset = (opset: string | number | undefined): number | undefined => {
    let seen: number | undefined = -1;
    const spy: Pass = { name: 'spy', run: (graph, ctx) => ((seen = ctx.opset), graph) };
    const result = runPipeline(modelOf(convBnRelu().graph, opset === undefined ? {} : { opset }), {}, [spy]);
    expect(result.opset).toBe(seen);
    return seen;
  };

  it('the opset from the model: a number, or a string of digits; anything else is unknown', () => {
    expect(seenOpset(13)).toBe(13);
    expect(seenOpset('17')).toBe(17);
    expect(seenOpset('17a')).toBeUndefined();
    expect(seenOpset('')).toBeUndefined();
    expect(seenOpset(undefined)).toBeUndefined();
  });

  it("rewrites a copy unless the caller hands the graph over (inPlace), and returns the passes' diagnostics", () => {
    const model = modelOf(convBnRelu().graph);
    const noter: Pass = { name: 'noter', run: (graph, ctx) => (ctx.diagnostics.push({ code: 'I_ASSUMPTION', severity: 'info', message: 'm' } as Diagnostic), graph) };
    const copy = runPipeline(model, {}, [noter]);
    expect(copy.graph).not.toBe(model.graph);
    expect(copy.diagnostics.map((d) => d.message)).toEqual(['m']);
    expect(runPipeline(model, {}, [noter], true).graph).toBe(model.graph);
  });
});
