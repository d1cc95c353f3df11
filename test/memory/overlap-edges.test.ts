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

describe('Pad layers without a row lead', () => {
  /** int8 x of `shape` -> Pad(pads) in `mode`, output `out`. */
  function pad(shape: Shape, pads: number[], out: Shape, mode?: string): GraphBuilder {
    const b = new GraphBuilder('pad');
    const x = b.input('x', 'int8', shape);
    b.output(b.node('Pad', [x, b.values('pads', 'int64', pads)], mode ? { mode } : {}, { name: 'pad', outShapes: [out], outDType: 'int8' }));
    return b;
  }

  it('reflect and edge modes read other rows than the one they move; a crop (negative pad)', () => {
    expect(rules(pad([1, 4, 2, 8], [0, 1, 0, 0, 0, 1, 0, 0], [1, 6, 2, 8], 'reflect'))).toEqual([]);
    expect(rules(pad([1, 4, 2, 8], [0, 1, 0, 0, 0, 1, 0, 0], [1, 6, 2, 8], 'edge'))).toEqual([]);
    expect(rules(pad([1, 4, 2, 8], [0, -1, 0, 0, 0, 0, 0, 0], [1, 3, 2, 8]))).toEqual([]);
    // a batch of 2 is the outer axis: its two slabs are the rows (64 B in, 96 B out: lead 2 x 32)
    expect(rules(pad([2, 4, 2, 8], [0, 1, 0, 0, 0, 1, 0, 0], [2, 6, 2, 8]))).toEqual([['pad', 'x', 64]]);
  });

  it('constant mode said explicitly is the default; zero pads copy in place (lead 0), a single element too', () => {
    expect(rules(pad([1, 4, 2, 8], [0, 1, 0, 0, 0, 2, 0, 0], [1, 7, 2, 8], 'constant'))).toEqual([['pad', 'x', 48]]);
    expect(rules(pad([1, 1, 1, 8], [0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 8]))).toEqual([['pad', 'x', 0]]);
    expect(rules(pad([1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1]))).toEqual([['pad', 'x', 0]]);
  });
});
