/**
 * overlapRules (memory/streaming.ts) where no lead can be worked out: each case is a layer the
 * header's formulas do not cover, and each must give no rule (its output keeps its own buffer)
 * and throw nothing, whatever the malformed geometry.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';

const rules = (b: GraphBuilder) => overlapRules(b.graph, new Map(), 4).map((r) => [r.node, r.input, r.lead]);

/** int8 NHWC x -> 3x1 Conv (w of `wShape`), output `out`. */
function conv(x: Shape, out: Shape, wShape: Shape | undefined, attrs: Attrs = {}): GraphBuilder {
  const b = new GraphBuilder('conv');
  const input = b.input('x', 'int8', x);
  const w = wShape ? b.constant('w', 'int8', wShape) : b.tensor('w', 'int8');
  b.output(b.node('Conv', [input, w], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID', ...attrs }, { name: 'conv', outShapes: [out], outDType: 'int8' }));
  return b;
}

describe('element-wise layers without a lead', () => {
  it('an input that is a constant, a variable, or omitted is no buffer to overlap', () => {
    const b = new GraphBuilder('ew');
    const x = b.input('x', 'int8', [1, 8]);
    b.output(b.node('Add', [x, b.values('k', 'int8', [1, 2, 3, 4, 5, 6, 7, 8], [1, 8])], {}, { name: 'add', outShapes: [[1, 8]], outDType: 'int8' }));
    const v = b.tensor('state', 'int8', [1, 8]);
    b.get(v).variable = true;
    b.output(b.node('Relu', [v], {}, { name: 'onVariable', outShapes: [[1, 8]], outDType: 'int8' }));
    b.output(b.node('Clip', [x, '', b.values('hi', 'int8', [6], [])], {}, { name: 'clip', outShapes: [[1, 8]], outDType: 'int8' }));
    expect(rules(b)).toEqual([['add', 'x', 0], ['clip', 'x', 0]]);
  });

  it('an output of zero bytes or of unknown size', () => {
    const b = new GraphBuilder('sizes');
    b.output(b.node('Relu', [b.input('e', 'int8', [0, 8])], {}, { name: 'empty', outShapes: [[0, 8]], outDType: 'int8' }));
    b.output(b.node('Relu', [b.input('s', 'int8', ['N', 8])], {}, { name: 'symbolic', outShapes: [['N', 8]], outDType: 'int8' }));
    expect(rules(b)).toEqual([]);
  });
});

describe('window layers without a lead', () => {
  it('a kernel of unknown extent (weights without a shape, or a symbolic one)', () => {
    expect(rules(conv([1, 8, 4, 2], [1, 6, 4, 4], undefined))).toEqual([]);
    expect(rules(conv([1, 8, 4, 2], [1, 6, 4, 4], [4, 'k', 1, 2]))).toEqual([]);
  });

  it('symbolic rows in the input or the output', () => {
    expect(rules(conv([1, 'H', 4, 2], [1, 6, 4, 4], [4, 3, 1, 2]))).toEqual([]);
    expect(rules(conv([1, 8, 4, 2], [1, 'H', 4, 4], [4, 3, 1, 2]))).toEqual([]);
  });

  it('a malformed geometry (three strides for two spatial axes) is left to the shape pass: no rule, no error', () => {
    expect(rules(conv([1, 8, 4, 2], [1, 6, 4, 4], [4, 3, 1, 2], { strides: [1, 1, 1] }))).toEqual([]);
  });

  it('the well-formed conv of the same shapes has its lead (stride 1, rows 8 B in, 16 B out: 56)', () => {
    expect(rules(conv([1, 8, 4, 2], [1, 6, 4, 4], [4, 3, 1, 2]))).toEqual([['conv', 'x', 56]]);
  });
});
