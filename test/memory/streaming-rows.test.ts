/**
 * Row leads of window layers (memory/streaming.ts) with a stride, with a folded Pad's top rows, and
 * with a batch: each lead is max over output rows r of (r + 1) Ro - c(r) Ri, worked out below with
 * c(r) = min(max(r * stride - top pad, 0), input rows).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import { foldedPads } from '../../src/memory/pad-fold.js';
import type { Graph } from '../../src/ir/graph.js';

const leads = (g: Graph) => overlapRules(g, foldedPads(g), 4).map((r) => [r.node, r.input, r.output, r.lead]);

/** int8 NHWC x [batch, 8, 4, 2] (rows of 8 B) -> Conv 3x1 (4 out channels), strides [stride, 1], VALID. */
function conv(stride: number, batch = 1): Graph {
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [batch, 8, 4, 2]);
  const h = Math.floor((8 - 3) / stride) + 1;
  b.output(b.node('Conv', [x, b.constant('w', 'int8', [4, 3, 1, 2])], { layout: 'NHWC', weight_layout: 'OHWI', strides: [stride, 1], auto_pad: 'VALID' }, { name: 'conv', outShapes: [[batch, h, 4, 4]], outDType: 'int8' }));
  return b.graph;
}

describe('window leads', () => {
  it('stride 2: rows of 16 B out, 8 B in, c(r) = 2r: (r + 1) 16 - 16 r = 16 at every row', () => {
    expect(leads(conv(2))).toEqual([['conv', 'x', 'conv_out', 16]]);
  });

  it('stride 1: c(r) = r: (r + 1) 16 - 8 r, largest at the last row r = 5: 96 - 40 = 56', () => {
    expect(leads(conv(1))).toEqual([['conv', 'x', 'conv_out', 56]]);
  });

  it('a batch of 2 does not stream by rows: no overlap', () => {
    expect(leads(conv(2, 2))).toEqual([]);
  });

  it("a folded Pad's top row shifts what is consumed: c(r) = r - 1, lead 16 (not 0)", () => {
    // x [1, 8, 4, 2] -> Pad 1 row above and below -> [1, 10, 4, 2] -> Conv 3x1 VALID, 2 channels: 8 rows of 8 B
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 8, 4, 2]);
    const p = b.node('Pad', [x, b.values('pads', 'int64', [0, 1, 0, 0, 0, 1, 0, 0])], {}, { name: 'pad', outShapes: [[1, 10, 4, 2]], outDType: 'int8' });
    b.output(b.node('Conv', [p, b.constant('w', 'int8', [2, 3, 1, 2])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 8, 4, 2]], outDType: 'int8' }));
    // r = 0: 8 - 0; r = 1: 16 - 0; r >= 2: 8 (r + 1) - 8 (r - 1) = 16
    expect(leads(b.graph)).toEqual([['conv', 'x', 'conv_out', 16]]);
  });
});
