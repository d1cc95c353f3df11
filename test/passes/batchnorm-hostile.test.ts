/**
 * BatchNormalization folding (passes/batchnorm.ts) where the graph is unusual or malformed: a BN of
 * a graph input, of a second output, with an omitted output or operand, channels that are symbolic,
 * zero or missing on one side, a layer without weights or with one input, and the forward fold onto
 * an operator that is no layer. Each BN folds where the header's conditions hold (channels from the
 * scale, else from the weights), stays otherwise, and the pass does not throw.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { batchnormForwardPass, batchnormPass } from '../../src/passes/batchnorm.js';
import { contextFor } from './context.js';
import type { Shape } from '../../src/ir/shape.js';
import type { Graph, Node } from '../../src/ir/graph.js';

const back = (graph: Graph): string[] => {
  batchnormPass.run(graph, contextFor(graph));
  return graph.nodes.map((n) => n.name);
};
const forward = (graph: Graph): string[] => {
  batchnormForwardPass.run(graph, contextFor(graph));
  return graph.nodes.map((n) => n.name);
};

/** The BN's four constants, shaped `shape` (scale; the others [4]). */
function bnParams(g: GraphBuilder, shape: Shape): string[] {
  return [g.constant('scale', 'float32', shape), ...['b', 'mean', 'var'].map((k) => g.constant(k, 'float32', [4]))];
}

/** x -> Conv(weights `w`, or none) -> BN (scale `scale`) -> Relu. */
function convBn(scale: Shape, w: Shape | 'omitted' | 'absent'): { g: GraphBuilder; conv: Node } {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', [1, 4, 4, 4]);
  const inputs = w === 'absent' ? [x] : w === 'omitted' ? [x, ''] : [x, g.constant('w', 'float32', w)];
  const c = g.node('Conv', inputs, { kernel_shape: [1, 1] }, { name: 'conv' });
  g.output(g.node('Relu', [g.node('BatchNormalization', [c, ...bnParams(g, scale)], {}, { name: 'bn' })], {}, { name: 'relu' }));
  return { g, conv: g.graph.nodes[0] as Node };
}

describe('folding into the layer before: where the channels come from', () => {
  it('a symbolic scale length: the weights\' output channels (8)', () => {
    const { g, conv } = convBn(['C'], [8, 4, 1, 1]);
    expect(back(g.graph)).toEqual(['conv', 'relu']);
    expect(g.get(conv.inputs[2] as string).shape).toEqual([8]);
  });

  it('a scale of 0 elements (malformed): the weights\' output channels (8)', () => {
    const { g, conv } = convBn([0], [8, 4, 1, 1]);
    expect(back(g.graph)).toEqual(['conv', 'relu']);
    expect(g.get(conv.inputs[2] as string).shape).toEqual([8]);
  });

  it('a symbolic scale and weights with symbolic, zero or omitted output channels: no channel count, the BN stays', () => {
    for (const w of [['O', 4, 1, 1], [0, 4, 1, 1], 'omitted'] as const) {
      const { g } = convBn(['C'], w === 'omitted' ? w : [...w]);
      expect(back(g.graph)).toEqual(['conv', 'bn', 'relu']);
    }
  });

  it('a known scale and a Conv without weights, omitted or absent: it folds, with a float32 bias of the scale\'s length', () => {
    for (const w of ['omitted', 'absent'] as const) {
      const { g, conv } = convBn([4], w);
      expect(back(g.graph)).toEqual(['conv', 'relu']);
      expect(conv.inputs).toEqual(['x', '', 'bn_folded_bias']);
      expect(g.get('bn_folded_bias')).toMatchObject({ dtype: 'float32', shape: [4] });
    }
  });
});

describe('folding into the layer before: what stays', () => {
  it('a BN of a graph input (no layer before it)', () => {
    const g = new GraphBuilder();
    g.output(g.node('BatchNormalization', [g.input('x', 'float32', [1, 4, 4, 4]), ...bnParams(g, [4])], {}, { name: 'bn' }));
    expect(back(g.graph)).toEqual(['bn']);
  });

  it('a BN of a layer\'s second output', () => {
    const g = new GraphBuilder();
    g.node('Conv', [g.input('x', 'float32', [1, 4, 4, 4]), g.constant('w', 'float32', [4, 4, 1, 1])], {}, { name: 'conv', outputs: 2 });
    g.output('conv_out0');
    g.output(g.node('BatchNormalization', ['conv_out1', ...bnParams(g, [4])], {}, { name: 'bn' }));
    expect(back(g.graph)).toEqual(['conv', 'bn']);
  });

  it('a BN whose output is omitted, or whose mean names no tensor', () => {
    for (const broken of ['output', 'mean'] as const) {
      const { g } = convBn([4], [4, 4, 1, 1]);
      const bn = g.graph.nodes.find((n) => n.name === 'bn') as Node;
      if (broken === 'output') bn.outputs = [''];
      else bn.inputs[3] = 'no_such_tensor';
      expect(back(g.graph)).toContain('bn');
    }
  });
});

describe('folding into the layer after: what stays', () => {
  /** x -> BN (scale `scale`) -> `next` (a Gemm, or another operator). */
  function bnThen(next: 'Gemm' | 'Relu', scale: Shape = [4]): GraphBuilder {
    const g = new GraphBuilder();
    const bn = g.node('BatchNormalization', [g.input('x', 'float32', [1, 4]), ...bnParams(g, scale)], {}, { name: 'bn' });
    g.output(next === 'Gemm' ? g.node('Gemm', [bn, g.constant('w', 'float32', [4, 8])], {}, { name: 'next' }) : g.node('Relu', [bn], {}, { name: 'next' }));
    return g;
  }

  it('a BN before a Gemm folds into it; before a Relu (no layer) it stays', () => {
    expect(forward(bnThen('Gemm').graph)).toEqual(['next']);
    expect(forward(bnThen('Relu').graph)).toEqual(['bn', 'next']);
  });

  it('a BN with a symbolic scale length before a Gemm: its ScaleBias has no size, it stays', () => {
    expect(forward(bnThen('Gemm', ['C']).graph)).toEqual(['bn', 'next']);
  });

  it('a Gemm reading the BN only as its weights does not take it', () => {
    const g = new GraphBuilder();
    const bn = g.node('BatchNormalization', [g.input('w', 'float32', [4, 4]), ...bnParams(g, [4])], {}, { name: 'bn' });
    g.output(g.node('Gemm', [g.input('x', 'float32', [1, 4]), bn], {}, { name: 'next' }));
    expect(forward(g.graph)).toEqual(['bn', 'next']);
  });
});
