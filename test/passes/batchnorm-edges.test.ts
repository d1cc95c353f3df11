/**
 * BatchNormalization folding (passes/batchnorm.ts), each condition of its header on its own: the
 * BN's other outputs, training mode, the folded bias's type per weight type, channels from the
 * weights when the scale's shape is unknown; and the forward fold into the next layer (pads,
 * auto_pad, the reader, the ScaleBias constant).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { batchnormForwardPass, batchnormPass } from '../../src/passes/batchnorm.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Attrs, Graph } from '../../src/ir/graph.js';

function params(g: GraphBuilder, c: number | undefined): string[] {
  return ['scale', 'bias', 'mean', 'var'].map((k) => (c === undefined ? g.tensor(`bn_${k}`, 'float32', undefined, { data: { kind: 'computed', by: 't' } }) : g.constant(`bn_${k}`, 'float32', [c])));
}

/** x -> Conv (weights `wType`, 16 out) -> BN -> Relu. */
function convBn(opts: { wType?: DType; bnAttrs?: Attrs; bnOutputs?: number; c?: number | undefined; taken?: boolean } = {}): { g: GraphBuilder; graph: Graph } {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 3, 8, 8]);
  const w = g.constant('w', opts.wType ?? 'float32', [16, 3, 3, 3]);
  const c = g.node('Conv', [x, w], { kernel_shape: [3, 3] }, { name: 'conv' });
  if (opts.taken) g.tensor('bn_folded_bias', 'float32', [1]);
  const bn = g.node('BatchNormalization', [c, ...params(g, 'c' in opts ? opts.c : 16)], opts.bnAttrs ?? {}, { name: 'bn', outputs: opts.bnOutputs ?? 1 });
  g.output(g.node('Relu', [bn], {}, { name: 'relu' }));
  return { g, graph: g.graph };
}

const fold = (graph: Graph) => {
  batchnormPass.run(graph, contextFor(graph));
  verifyInvariants(graph, 'batchnorm');
  return graph.nodes.map((n) => n.name);
};

describe('folding into the layer before', () => {
  it.each([
    ['float32', 'float32'],
    ['float16', 'float16'],
    ['int8', 'int32'],
    ['uint8', 'int32'],
    ['int4', 'int32'],
    ['int16', 'int16'],
    ['unknown', 'float32'],
  ] as const)('%s weights: the folded bias is %s', (w, bias) => {
    const { g, graph } = convBn({ wType: w });
    expect(fold(graph)).toEqual(['conv', 'relu']);
    expect(g.get('bn_folded_bias').dtype).toBe(bias);
  });

  it('training mode, or another BN output that is read or is a graph output: no fold', () => {
    expect(fold(convBn({ bnAttrs: { training_mode: 1 } }).graph)).toEqual(['conv', 'bn', 'relu']);
    expect(fold(convBn({ bnAttrs: { training_mode: 0 } }).graph)).toEqual(['conv', 'relu']);
    const read = convBn({ bnOutputs: 2 });
    read.g.output(read.g.node('Abs', ['bn_out1'], {}, { name: 'abs' }));
    expect(fold(read.graph)).toEqual(['conv', 'bn', 'relu', 'abs']);
    const out = convBn({ bnOutputs: 2 });
    out.g.output('bn_out1');
    expect(fold(out.graph)).toEqual(['conv', 'bn', 'relu']);
    // an unused second output does not stop it
    expect(fold(convBn({ bnOutputs: 2 }).graph)).toEqual(['conv', 'relu']);
  });

  it("the channels: the scale's length, else the weights' output channels; neither known: no fold", () => {
    const { g, graph } = convBn({ c: undefined });
    expect(fold(graph)).toEqual(['conv', 'relu']);
    expect(g.get('bn_folded_bias').shape).toEqual([16]);
    const none = convBn({ c: undefined });
    none.g.get('w').shape = ['O', 3, 3, 3];
    expect(fold(none.graph)).toEqual(['conv', 'bn', 'relu']);
  });

  it('a taken bias name gets a suffix', () => {
    const { g, graph } = convBn({ taken: true });
    fold(graph);
    expect(graph.nodes[0]?.inputs[2]).toBe('bn_folded_bias_1');
    expect(g.get('bn_folded_bias_1').shape).toEqual([16]);
  });

  it('a layer with a fused activation already does not take the BN', () => {
    const { graph } = convBn();
    const conv = graph.nodes[0];
    if (conv) conv.activation = 'Relu';
    expect(fold(graph)).toEqual(['conv', 'bn', 'relu']);
  });
});

/** x -> Relu -> BN -> next (Conv with `convAttrs`, or Gemm). */
function reluBn(next: 'Conv' | 'Gemm', convAttrs: Attrs = {}, opts: { readTwice?: boolean; bnIsOutput?: boolean; secondReader?: boolean } = {}): { g: GraphBuilder; graph: Graph } {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 4, 8, 8]);
  const r = g.node('Relu', [x], {}, { name: 'relu' });
  const bn = g.node('BatchNormalization', [r, ...params(g, 4)], {}, { name: 'bn' });
  const w = g.constant('w', 'float32', next === 'Conv' ? [8, 4, 3, 3] : [4, 8]);
  const inputs = opts.readTwice ? [bn, w, bn] : [bn, w];
  g.output(g.node(next, inputs, next === 'Conv' ? { kernel_shape: [3, 3], ...convAttrs } : {}, { name: 'next' }));
  if (opts.bnIsOutput) g.output(bn);
  if (opts.secondReader) g.output(g.node('Abs', [bn], {}, { name: 'abs' }));
  return { g, graph: g.graph };
}

const forward = (graph: Graph) => {
  batchnormForwardPass.run(graph, contextFor(graph));
  verifyInvariants(graph, 'batchnorm-forward');
  return graph.nodes.map((n) => n.name);
};

describe('folding into the layer after (stedgeai)', () => {
  it('into a Gemm: it reads the BN input, keeps a ScaleBias constant (2 x C, params only), absorbs the BN', () => {
    const { g, graph } = reluBn('Gemm');
    expect(forward(graph)).toEqual(['relu', 'next']);
    const next = graph.nodes[1];
    expect(next?.inputs).toEqual(['relu_out', 'w', '', 'bn_scale_bias']);
    expect(next?.fused).toEqual(['bn']);
    expect(g.get('bn_scale_bias')).toEqual({ name: 'bn_scale_bias', dtype: 'float32', shape: [2, 4], data: { kind: 'computed', by: 'bn' }, paramsOnly: true });
  });

  it.each([
    [{}, true],
    [{ auto_pad: 'VALID' }, true],
    [{ auto_pad: 'NOTSET' }, true],
    [{ auto_pad: 'NOTSET', pads: [0, 0, 0, 0] }, true],
    [{ pads: [0, 0, 0, 1] }, false],
    [{ auto_pad: 'SAME_UPPER' }, false],
    [{ auto_pad: 'SAME_LOWER' }, false],
  ] as [Attrs, boolean][])('into a Conv with %j: %s', (attrs, folds) => {
    expect(forward(reluBn('Conv', attrs).graph)).toEqual(folds ? ['relu', 'next'] : ['relu', 'bn', 'next']);
  });

  it('a reader reading it twice, a second reader, or a BN output that is a graph output: no fold', () => {
    expect(forward(reluBn('Gemm', {}, { readTwice: true }).graph)).toEqual(['relu', 'bn', 'next']);
    expect(forward(reluBn('Gemm', {}, { secondReader: true }).graph)).toEqual(['relu', 'bn', 'next', 'abs']);
    expect(forward(reluBn('Gemm', {}, { bnIsOutput: true }).graph)).toEqual(['relu', 'bn', 'next']);
  });
});

describe('a BatchNormalization that writes nothing', () => {
  it('is not folded (the layer keeps its output)', () => {
    const g = new GraphBuilder();
    const c = g.node('Conv', [g.input('x', 'float32', [1, 3, 8, 8]), g.constant('w', 'float32', [16, 3, 3, 3])], { kernel_shape: [3, 3] }, { name: 'conv' });
    g.graph.nodes.push({ name: 'bn', op: 'BatchNormalization', sourceOp: 'BatchNormalization', inputs: [c, ...params(g, 16)], outputs: [], attrs: {} });
    batchnormPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => [n.name, n.outputs])).toEqual([['conv', [c]], ['bn', []]]);
  });
});
