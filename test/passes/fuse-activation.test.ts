import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { fuseActivationPass } from '../../src/passes/fuse-activation.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';
import type { Graph, Node } from '../../src/ir/graph.js';

function convInto(g: GraphBuilder): string {
  const x = g.input('x', 'float32', [1, 3, 8, 8]);
  return g.node('Conv', [x, g.constant('w', 'float32', [8, 3, 3, 3])], { kernel_shape: [3, 3] }, { name: 'conv' });
}

describe('activation fusion', () => {
  it('fuses Relu into the conv it follows', () => {
    const g = new GraphBuilder();
    const c = convInto(g);
    const r = g.node('Relu', [c], {}, { name: 'relu' });
    g.output(g.node('MaxPool', [r], { kernel_shape: [2, 2] }, { name: 'pool' }));
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'fuse-activation');
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['conv', 'pool']);
    const conv = g.graph.nodes[0]!;
    expect(conv.activation).toBe('Relu');
    expect(conv.fused).toEqual(['relu']);
    expect(conv.outputs).toEqual(['relu_out']);
    expect(g.graph.nodes[1]!.inputs).toEqual(['relu_out']);
    expect(g.graph.tensors.has('conv_out')).toBe(false);
  });

  it('takes over a graph output name and reads Clip min/max from constant inputs', () => {
    const g = new GraphBuilder();
    const c = convInto(g);
    const lo = g.values('lo', 'float32', [0], []);
    const hi = g.values('hi', 'float32', [6], []);
    const y = g.node('Clip', [c, lo, hi], {}, { name: 'clip', outShapes: [[1, 8, 6, 6]] });
    g.output(y);
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'fuse-activation');
    expect(g.graph.outputs).toEqual(['clip_out']);
    const conv = g.graph.nodes[0]!;
    expect(g.graph.nodes).toHaveLength(1);
    expect(conv.outputs).toEqual(['clip_out']);
    expect(conv.activation).toBe('Clip');
    expect(conv.activationAttrs).toEqual({ min: 0, max: 6 });
    expect(g.get('clip_out').shape).toEqual([1, 8, 6, 6]);
  });

  it('records LeakyRelu alpha', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const a = g.node('Add', [x, x], {}, { name: 'add' });
    g.output(g.node('LeakyRelu', [a], { alpha: 0.2 }, { name: 'lrelu' }));
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes[0]!.activation).toBe('LeakyRelu');
    expect(g.graph.nodes[0]!.activationAttrs).toEqual({ alpha: 0.2 });
  });

  it('does not fuse when the op output has another reader, is a graph output, or follows a non-fusable op', () => {
    const a = new GraphBuilder();
    const c = convInto(a);
    a.output(a.node('Relu', [c], {}, { name: 'relu' }));
    a.output(a.node('Sigmoid', [c], {}, { name: 'other' }));
    fuseActivationPass.run(a.graph, contextFor(a.graph));
    expect(a.graph.nodes.map((n) => n.name)).toEqual(['conv', 'relu', 'other']);
    expect(a.graph.nodes[0]!.activation).toBeUndefined();

    const b = new GraphBuilder();
    const c2 = convInto(b);
    b.output(c2);
    b.output(b.node('Relu', [c2], {}, { name: 'relu' }));
    fuseActivationPass.run(b.graph, contextFor(b.graph));
    expect(b.graph.nodes).toHaveLength(2);

    const d = new GraphBuilder();
    const s = d.node('Softmax', [d.input('x', 'float32', [1, 4])], {}, { name: 'sm' });
    d.output(d.node('Relu', [s], {}, { name: 'relu' }));
    fuseActivationPass.run(d.graph, contextFor(d.graph));
    expect(d.graph.nodes).toHaveLength(2);
  });

  it("a nested graph reading the op's output is another reader: no fusion, as for a node reading it", () => {
    for (const nested of [false, true]) {
      const g = new GraphBuilder();
      const c = convInto(g);
      g.output(g.node('Relu', [c], {}, { name: 'relu' }));
      const cond = g.input('cond', 'bool', []);
      if (nested) {
        // the If's branch returns the conv's output, read from the enclosing graph
        const branch: Graph = { name: 'then', tensors: new Map(), nodes: [], inputs: [], outputs: [c] };
        g.output(g.node('If', [cond], {}, { name: 'if' }));
        (g.graph.nodes.at(-1) as Node).subgraphs = { then_branch: branch };
      }
      fuseActivationPass.run(g.graph, contextFor(g.graph));
      expect(g.graph.nodes.map((n) => n.name), `nested: ${nested}`).toEqual(nested ? ['conv', 'relu', 'if'] : ['conv']);
    }
  });

  it('leaves a node whose activation a frontend already set', () => {
    const g = new GraphBuilder();
    const c = convInto(g);
    g.graph.nodes[0]!.activation = 'Relu6';
    g.output(g.node('Relu', [c], {}, { name: 'relu' }));
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['conv', 'relu']);
    expect(g.graph.nodes[0]!.activation).toBe('Relu6');
  });
});

describe('activation parameters and the conditions of a fusion', () => {
  /** conv -> act (with `inputs` after the conv's output and `attrs`) -> graph output. */
  function fused(op: 'Clip' | 'HardSigmoid' | 'Sigmoid' | 'Relu', extra: (g: GraphBuilder) => string[] = () => [], attrs: Record<string, number> = {}) {
    const g = new GraphBuilder();
    const c = convInto(g);
    g.output(g.node(op, [c, ...extra(g)], attrs, { name: 'act' }));
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'fuse-activation');
    const conv = g.graph.nodes[0] as (typeof g.graph.nodes)[number];
    return { nodes: g.graph.nodes.map((n) => n.name), activation: conv.activation, attrs: conv.activationAttrs };
  }

  it('Clip bounds from attributes (before opset 11), one of them only, or absent', () => {
    expect(fused('Clip', () => [], { min: 0, max: 6 })).toEqual({ nodes: ['conv'], activation: 'Clip', attrs: { min: 0, max: 6 } });
    expect(fused('Clip', (g) => ['', g.values('hi', 'float32', [6], [])])).toEqual({ nodes: ['conv'], activation: 'Clip', attrs: { max: 6 } });
    expect(fused('Clip')).toEqual({ nodes: ['conv'], activation: 'Clip', attrs: undefined });
  });

  it('a Clip bound that is not a constant: no fusion', () => {
    const r = fused('Clip', (g) => [g.input('lo', 'float32', [])]);
    expect(r.nodes).toEqual(['conv', 'act']);
    expect(r.activation).toBeUndefined();
  });

  it('HardSigmoid keeps alpha and beta; an activation without parameters gets no parameter record', () => {
    expect(fused('HardSigmoid', () => [], { alpha: 0.2, beta: 0.5 }).attrs).toEqual({ alpha: 0.2, beta: 0.5 });
    expect(fused('Sigmoid')).toEqual({ nodes: ['conv'], activation: 'Sigmoid', attrs: undefined });
  });

  it('an op with two outputs, or an activation reading it as its second input, is not fused', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.node('MaxPool', [x], { kernel_shape: [1] }, { name: 'pool', outputs: 2 });
    g.output(g.node('Relu', ['pool_out0'], {}, { name: 'relu' }));
    g.output('pool_out1');
    fuseActivationPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['pool', 'relu']);

    const h = new GraphBuilder();
    const c = convInto(h);
    h.output(h.node('Clip', [h.constant('k', 'float32', [1]), c], {}, { name: 'clip' }));
    fuseActivationPass.run(h.graph, contextFor(h.graph));
    expect(h.graph.nodes.map((n) => n.name)).toEqual(['conv', 'clip']);
  });
});
