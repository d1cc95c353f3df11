/**
 * What the scratch rules read of a node (memory/scratch/geometry.ts): int8 activations and a
 * convolution's geometry (channels, kernel elements, groups, depthwise), worked out from the
 * shapes by hand; every unknown or unsupported shape gives no geometry.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { convGeometry, isInt8 } from '../../src/memory/scratch/geometry.js';
import { noKernelScratch } from '../../src/memory/scratch.js';
import type { Attrs, Graph, Node } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';

function conv(x: Shape, w: Shape, attrs: Attrs, op: 'Conv' | 'Gemm' | 'ConvTranspose' = 'Conv'): { g: Graph; n: Node } {
  const b = new GraphBuilder();
  b.output(b.node(op, [b.input('x', 'int8', x), b.constant('w', 'int8', w)], attrs, { name: 'c' }));
  return { g: b.graph, n: b.graph.nodes[0] as Node };
}
const geo = (x: Shape, w: Shape, attrs: Attrs = { layout: 'NCHW', weight_layout: 'OIHW' }, op?: 'Conv' | 'Gemm' | 'ConvTranspose') => {
  const { g, n } = conv(x, w, attrs, op);
  return convGeometry(g, n);
};

describe('scratch geometry', () => {
  it('isInt8: int8 and uint8 activations only', () => {
    expect([isInt8({ name: 'a', dtype: 'int8' }), isInt8({ name: 'a', dtype: 'uint8' }), isInt8({ name: 'a', dtype: 'int16' }), isInt8({ name: 'a', dtype: 'float32' }), isInt8(undefined)]).toEqual([true, true, false, false, false]);
  });

  it('a plain NCHW conv: 3 in, 16 out, 3x3 = 9 kernel elements, one group', () => {
    expect(geo([1, 3, 8, 8], [16, 3, 3, 3])).toEqual({ cin: 3, cout: 16, k: 9, group: 1, depthwise: false });
  });

  it('group = Cin > 1 is depthwise; group 2 of 8 channels is not; a single channel with group 1 is not', () => {
    expect(geo([1, 8, 5, 5], [8, 1, 3, 3], { layout: 'NCHW', weight_layout: 'OIHW', group: 8 })).toEqual({ cin: 8, cout: 8, k: 9, group: 8, depthwise: true });
    expect(geo([1, 8, 5, 5], [8, 4, 3, 3], { layout: 'NCHW', weight_layout: 'OIHW', group: 2 })?.depthwise).toBe(false);
    expect(geo([1, 1, 5, 5], [4, 1, 3, 3], { layout: 'NCHW', weight_layout: 'OIHW', group: 1 })).toEqual({ cin: 1, cout: 4, k: 9, group: 1, depthwise: false });
  });

  it("TFLite's depthwise weights (IHWO): one group per input channel", () => {
    expect(geo([1, 5, 5, 6], [1, 3, 3, 6], { layout: 'NHWC', weight_layout: 'IHWO' })).toEqual({ cin: 6, cout: 6, k: 9, group: 6, depthwise: true });
  });

  it('a 1-D conv (rank 3) has a geometry; rank 2, mismatched ranks, unknown dims, other operators have none', () => {
    expect(geo([1, 4, 10], [8, 4, 5])).toEqual({ cin: 4, cout: 8, k: 5, group: 1, depthwise: false });
    expect(geo([1, 4], [8, 4])).toBeUndefined();
    expect(geo([1, 3, 8, 8], [16, 3, 3])).toBeUndefined();
    expect(geo([1, 'C', 8, 8], [16, 3, 3, 3])).toBeUndefined();
    expect(geo([1, 3, 8, 8], ['O', 3, 3, 3])).toBeUndefined();
    expect(geo([1, 3, 8, 8], [16, 3, 'K', 3])).toBeUndefined();
    expect(geo([1, 3, 8, 8], [16, 3, 3, 3], {}, 'ConvTranspose')).toBeUndefined();
    expect(geo([1, 3], [16, 3], {}, 'Gemm')).toBeUndefined();
  });

  it('a conv without shapes has none', () => {
    const { g, n } = conv([1, 3, 8, 8], [16, 3, 3, 3], {});
    delete g.tensors.get('w')?.shape;
    expect(convGeometry(g, n)).toBeUndefined();
    const h = conv([1, 3, 8, 8], [16, 3, 3, 3], {});
    delete h.g.tensors.get('x')?.shape;
    expect(convGeometry(h.g, h.n)).toBeUndefined();
  });

  it("without a weight_layout, a Conv's weights are ONNX's OIHW: 16 out, not 3", () => {
    expect(geo([1, 3, 8, 8], [16, 3, 3, 3], {})).toEqual({ cin: 3, cout: 16, k: 9, group: 1, depthwise: false });
  });

  it('a conv with its input or weights omitted has none, and no error', () => {
    const { g, n } = conv([1, 3, 8, 8], [16, 3, 3, 3], {});
    expect(convGeometry(g, { ...n, inputs: ['', n.inputs[1] ?? ''] })).toBeUndefined();
    expect(convGeometry(g, { ...n, inputs: [n.inputs[0] ?? ''] })).toBeUndefined();
  });
});

describe('no kernel scratch', () => {
  it('noKernelScratch requests no buffer for any node', () => {
    const { g, n } = conv([1, 3, 8, 8], [16, 3, 3, 3], {});
    expect(noKernelScratch(n, g)).toEqual([]);
  });
});
