/**
 * overlapRules (memory/streaming.ts) where no lead can be worked out: each case is a layer the
 * header's formulas do not cover, and each must give no rule (its output keeps its own buffer)
 * and throw nothing, whatever the malformed geometry.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import { foldedPads } from '../../src/memory/pad-fold.js';
import { fusedPools } from '../../src/memory/pool-fusion.js';
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

  it('SAME pads from the real sizes: H 8 -> 4 at stride 2 with a 3-row kernel pads (4 - 1) 2 + 3 - 8 = 1 row in all', () => {
    // rows of 8 B in, 16 B out. SAME_UPPER puts it below (top 0): c(r) = 2r, (r + 1) 16 - 16 r = 16 at every row.
    expect(rules(conv([1, 8, 4, 2], [1, 4, 4, 4], [4, 3, 1, 2], { strides: [2, 1], auto_pad: 'SAME_UPPER' }))).toEqual([['conv', 'x', 16]]);
    // SAME_LOWER puts it above (top 1): c(r) = 2r - 1, (r + 1) 16 - (2r - 1) 8 = 24 from r = 1 on (16 at r = 0).
    expect(rules(conv([1, 8, 4, 2], [1, 4, 4, 4], [4, 3, 1, 2], { strides: [2, 1], auto_pad: 'SAME_LOWER' }))).toEqual([['conv', 'x', 24]]);
  });

  it('a float 3x3 window over rows of one pixel is no window across columns: the row formula alone', () => {
    // float32 NHWC [1, 6, 1, 1] -> 3x3 SAME conv, 4 channels -> [1, 6, 1, 4]: rows of 4 B in, 16 B out, top pad 1,
    // c(r) = r - 1: (r + 1) 16 - max(r - 1, 0) 4 is largest at r = 5: 96 - 16 = 80 (below the output's 96 B).
    // (Over rows of W > 1 pixels, wider out than in, it would not overlap at all: windowLead's header.)
    const b = new GraphBuilder('column');
    const x = b.input('x', 'float32', [1, 6, 1, 1]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [4, 3, 3, 1])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'SAME_UPPER' }, { name: 'conv', outShapes: [[1, 6, 1, 4]], outDType: 'float32' }));
    expect(rules(b)).toEqual([['conv', 'x', 80]]);
  });

  it('a MaxPool whose optional Indices output is omitted (\'\') has one output: it overlaps', () => {
    // int8 NHWC [1, 8, 4, 2] -> 2x2 stride 2 -> [1, 4, 2, 2]: rows of 8 B in, 4 B out, c(r) = 2r: lead 4 at r = 0
    const b = new GraphBuilder('pool');
    const x = b.input('x', 'int8', [1, 8, 4, 2]);
    b.output(b.node('MaxPool', [x], { layout: 'NHWC', kernel_shape: [2, 2], strides: [2, 2] }, { name: 'pool', outShapes: [[1, 4, 2, 2]], outDType: 'int8' }));
    (b.graph.nodes[0] as { outputs: string[] }).outputs.push('');
    expect(rules(b)).toEqual([['pool', 'x', 4]]);
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

  it('a crop on one side and a pad on the other reads rows it then overwrites; pads from a graph input are unknown', () => {
    // H 4 -> 4 - 1 + 2 = 5: larger, yet no overlap
    expect(rules(pad([1, 4, 2, 8], [0, -1, 0, 0, 0, 2, 0, 0], [1, 5, 2, 8]))).toEqual([]);
    const b = new GraphBuilder('dynamic pads');
    const x = b.input('x', 'int8', [1, 4, 2, 8]);
    b.output(b.node('Pad', [x, b.input('pads', 'int64', [8])], {}, { name: 'pad', outShapes: [[1, 6, 2, 8]], outDType: 'int8' }));
    expect(rules(b)).toEqual([]);
  });

  it('a declared output smaller than the input contradicts non-negative pads: no rule, never a negative lead', () => {
    // 32 B in, 16 B declared out: bout - bin would be -16
    expect(rules(pad([1, 4, 4, 2], [0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 4, 2]))).toEqual([]);
    // nor an output declared empty (0 B): -32
    expect(rules(pad([1, 4, 4, 2], [0, 0, 0, 0, 0, 0, 0, 0], [1, 0, 4, 2]))).toEqual([]);
  });

  it('constant mode said explicitly is the default; zero pads copy in place (lead 0), a single element too', () => {
    expect(rules(pad([1, 4, 2, 8], [0, 1, 0, 0, 0, 2, 0, 0], [1, 7, 2, 8], 'constant'))).toEqual([['pad', 'x', 48]]);
    expect(rules(pad([1, 1, 1, 8], [0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 8]))).toEqual([['pad', 'x', 0]]);
    expect(rules(pad([1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1]))).toEqual([['pad', 'x', 0]]);
  });
});

describe('folded pads and fused pools whose geometry is not known', () => {
  // (the pool's own rule, over the fused convolution's output, which gets no buffer, is left out)
  const all = (b: GraphBuilder) => overlapRules(b.graph, foldedPads(b.graph), 4, fusedPools(b.graph)).filter((r) => r.node !== 'pool').map((r) => [r.node, r.input, r.lead]);

  /** int8 NHWC x [1, 8, 4, 2] -> Pad one row above and below (output `padded`) -> Conv 3x1 VALID, 4 channels -> [1, 8, 4, 4]. */
  function padConv(padded: Shape | undefined, autoPad = 'VALID'): GraphBuilder {
    const b = new GraphBuilder('padconv');
    const x = b.input('x', 'int8', [1, 8, 4, 2]);
    const p = b.node('Pad', [x, b.values('pads', 'int64', [0, 1, 0, 0, 0, 1, 0, 0])], {}, { name: 'pad', outShapes: padded ? [padded] : [], outDType: 'int8' });
    b.output(b.node('Conv', [p, b.constant('w', 'int8', [4, 3, 1, 2])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad }, { name: 'conv', outShapes: [[1, 8, 4, 4]], outDType: 'int8' }));
    return b;
  }

  it('a folded Pad whose output has no shape: the window it slides over is unknown, no rule', () => {
    // the same graph with the padded shape: rows of 8 B in, 16 B out, c(r) = r - 1 (the Pad's top row): 8 x 16 - 6 x 8 = 80 at r = 7
    expect(all(padConv([1, 10, 4, 2]))).toEqual([['conv', 'x', 80]]);
    const b = padConv(undefined);
    expect([...foldedPads(b.graph).keys()]).toEqual(['pad_out']);
    expect(all(b)).toEqual([]);
  });

  it('a SAME window over a folded Pad whose rows are symbolic: its pads are unknown, no rule', () => {
    const b = padConv([1, 'H', 4, 2], 'SAME_UPPER');
    expect([...foldedPads(b.graph).keys()]).toEqual(['pad_out']);
    expect(all(b)).toEqual([]);
  });

  /** int8 NHWC x -> Conv 3x1 VALID, 4 channels (output `convOut`, weights `w`) -> MaxPool 2x2 stride 2 -> `pooled`. */
  function convPool(x: Shape, convOut: Shape | undefined, pooled: Shape, w: Shape | 'unshaped' = [4, 3, 1, 2], autoPad = 'VALID'): GraphBuilder {
    const b = new GraphBuilder('convpool');
    const input = b.input('x', 'int8', x);
    const weights = w === 'unshaped' ? b.tensor('w', 'int8') : b.constant('w', 'int8', w);
    const c = b.node('Conv', [input, weights], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad }, { name: 'conv', outShapes: convOut ? [convOut] : [], outDType: 'int8' });
    b.output(b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 2], strides: [2, 2] }, { name: 'pool', outShapes: [pooled], outDType: 'int8' }));
    return b;
  }

  it('the fused layer: pooled rows of 8 B over input rows of 8 B, c(r) = 2r: lead 8 at r = 0', () => {
    const b = convPool([1, 8, 4, 2], [1, 6, 4, 4], [1, 3, 2, 4]);
    expect([...fusedPools(b.graph).keys()]).toEqual(['conv_out']);
    expect(all(b)).toEqual([['conv', 'x', 8]]);
  });

  it('a fused layer without a lead: convolution output unshaped, a batch of 2, weights unshaped', () => {
    expect(all(convPool([1, 8, 4, 2], undefined, [1, 3, 2, 4]))).toEqual([]);
    expect(all(convPool([2, 8, 4, 2], [2, 6, 4, 4], [2, 3, 2, 4]))).toEqual([]);
    expect(all(convPool([1, 8, 4, 2], [1, 6, 4, 4], [1, 3, 2, 4], 'unshaped'))).toEqual([]);
    // SAME pads over convolution rows of unknown count are unknown (VALID ones are not: its lead above)
    expect(all(convPool([1, 8, 4, 2], [1, 'H', 4, 4], [1, 3, 2, 4], [4, 3, 1, 2], 'SAME_UPPER'))).toEqual([]);
    expect(all(convPool([1, 8, 4, 2], [1, 'H', 4, 4], [1, 3, 2, 4]))).toEqual([['conv', 'x', 8]]);
  });
});

describe('which outputs and inputs may overlap', () => {
  it('a MaxPool that also writes its Indices has two outputs: it does not stream', () => {
    const b = new GraphBuilder('indices');
    const x = b.input('x', 'int8', [1, 8, 4, 2]);
    b.node('MaxPool', [x], { layout: 'NHWC', kernel_shape: [2, 2], strides: [2, 2] }, { name: 'pool', outputs: 2, outShapes: [[1, 4, 2, 2], [1, 4, 2, 2]], outDType: 'int8' });
    b.output('pool_out0');
    expect(rules(b)).toEqual([]);
  });

  it("a convolution's weights are read whole, even when they are an activation: only its data input overlaps", () => {
    const b = new GraphBuilder('dynamic weights');
    const x = b.input('x', 'int8', [1, 8, 4, 2]);
    // one output channel: rows of 8 B in, 4 B out, c(r) = r: lead 4 at r = 0. The weights [1, 3, 1, 2] would pass for an
    // input of 3 rows of 2 B under 6 output rows: (r + 1) 4 - min(r, 3) 2, 18 at r = 5 (20 aligned), were they a candidate.
    const w = b.input('w', 'int8', [1, 3, 1, 2]);
    b.output(b.node('Conv', [x, w], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 6, 4, 1]], outDType: 'int8' }));
    expect(rules(b)).toEqual([['conv', 'x', 4]]);
  });

  it('an operator that neither streams rows nor elements never overlaps, whatever its sizes (a Transpose)', () => {
    const b = new GraphBuilder('transpose');
    const x = b.input('x', 'int8', [1, 8]);
    b.output(b.node('Transpose', [x], { perm: [1, 0] }, { name: 't', outShapes: [[8, 1]], outDType: 'int8' }));
    expect(rules(b)).toEqual([]);
  });
});
