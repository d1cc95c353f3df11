import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { batchnormPass } from '../../src/passes/batchnorm.js';
import { cleanupPass } from '../../src/passes/cleanup.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';

function bnParams(g: GraphBuilder, c: number): string[] {
  return ['scale', 'bias', 'mean', 'var'].map((k) => g.constant(`bn_${k}`, 'float32', [c]));
}

describe('batchnorm folding', () => {
  it('folds BN after a bias-less Conv: adds a [Cout] bias, keeps the BN output name, drops BN params', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 3, 8, 8]);
    const w = g.constant('w', 'float32', [16, 3, 3, 3]);
    const c = g.node('Conv', [x, w], { kernel_shape: [3, 3] }, { name: 'conv' });
    const bn = g.node('BatchNormalization', [c, ...bnParams(g, 16)], {}, { name: 'bn' });
    g.output(g.node('Relu', [bn], {}, { name: 'relu' }));
    const ctx = contextFor(g.graph);
    batchnormPass.run(g.graph, ctx);
    cleanupPass.run(g.graph, ctx);
    verifyInvariants(g.graph, 'batchnorm');

    expect(g.graph.nodes.map((n) => n.name)).toEqual(['conv', 'relu']);
    const conv = g.graph.nodes[0]!;
    expect(conv.fused).toEqual(['bn']);
    expect(conv.outputs).toEqual(['bn_out']);
    expect(conv.inputs).toEqual(['x', 'w', 'bn_folded_bias']);
    expect(g.get('bn_folded_bias')).toEqual({ name: 'bn_folded_bias', dtype: 'float32', shape: [16], data: { kind: 'computed', by: 'bn' } });
    for (const k of ['scale', 'bias', 'mean', 'var']) expect(g.graph.tensors.has(`bn_${k}`)).toBe(false);
  });

  it('keeps an existing bias when folding into Gemm', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 8]);
    const fc = g.node('Gemm', [x, g.constant('w', 'float32', [4, 8]), g.constant('b', 'float32', [4])], { transB: 1 }, { name: 'fc' });
    g.output(g.node('BatchNormalization', [fc, ...bnParams(g, 4)], {}, { name: 'bn' }));
    batchnormPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['fc']);
    expect(g.graph.nodes[0]!.inputs).toEqual(['x', 'w', 'b']);
    expect(g.graph.nodes[0]!.outputs).toEqual(['bn_out']);
    expect(g.graph.outputs).toEqual(['bn_out']);
  });

  it('does not fold after a non-foldable op, a shared conv output, or non-constant params', () => {
    // After a Relu.
    const a = new GraphBuilder();
    const r = a.node('Relu', [a.input('x', 'float32', [1, 3, 4, 4])], {}, { name: 'relu' });
    a.output(a.node('BatchNormalization', [r, ...bnParams(a, 3)], {}, { name: 'bn' }));
    batchnormPass.run(a.graph, contextFor(a.graph));
    expect(a.graph.nodes.map((n) => n.name)).toEqual(['relu', 'bn']);

    // Conv output read by the BN and by another node.
    const b = new GraphBuilder();
    const c = b.node('Conv', [b.input('x', 'float32', [1, 3, 4, 4]), b.constant('w', 'float32', [3, 3, 1, 1])], {}, { name: 'conv' });
    b.output(b.node('BatchNormalization', [c, ...bnParams(b, 3)], {}, { name: 'bn' }));
    b.output(b.node('Relu', [c], {}, { name: 'side' }));
    batchnormPass.run(b.graph, contextFor(b.graph));
    expect(b.graph.nodes.map((n) => n.name)).toEqual(['conv', 'bn', 'side']);

    // Scale computed at run time.
    const d = new GraphBuilder();
    const x = d.input('x', 'float32', [1, 3, 4, 4]);
    const s = d.input('s', 'float32', [3]);
    const c2 = d.node('Conv', [x, d.constant('w', 'float32', [3, 3, 1, 1])], {}, { name: 'conv' });
    const [, bias, mean, v] = bnParams(d, 3);
    d.output(d.node('BatchNormalization', [c2, s, bias!, mean!, v!], {}, { name: 'bn' }));
    batchnormPass.run(d.graph, contextFor(d.graph));
    expect(d.graph.nodes.map((n) => n.name)).toEqual(['conv', 'bn']);
  });

  it('gives a quantized conv an int32 bias', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 3, 4, 4]);
    const c = g.node('Conv', [x, g.constant('w', 'int8', [8, 3, 1, 1])], {}, { name: 'conv' });
    g.output(g.node('BatchNormalization', [c, ...bnParams(g, 8)], {}, { name: 'bn' }));
    batchnormPass.run(g.graph, contextFor(g.graph));
    expect(g.get('bn_folded_bias').dtype).toBe('int32');
    expect(g.get('bn_folded_bias').shape).toEqual([8]);
  });
});
