/**
 * The lead of a convolution fused with its pooling (memory/streaming.ts fusedLead), on the
 * finger-counting report's geometry (int8 47x47x16 -> 3x3 VALID conv, 32 channels -> 2x2 pool):
 * the pooling's own padding, and its stride when the file gives none. Leads worked out by hand
 * from METRICS.md's formula, lead = max over pooled rows r of ((r + 1) Ro - c(r) Ri), with
 * c(r) = r x pool stride x conv stride - top pad input rows done.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { planMemory } from '../../src/memory/plan.js';
import { checkPlan } from '../../src/memory/check.js';
import type { Attrs } from '../../src/ir/graph.js';

/** Input rows of 47 x 16 int8 (Ri 752 B); the pooled output rows of `pooled` x 32 int8. */
function model(pool: Attrs, pooled: number, conv: Attrs = {}, convRows = 45, channels = 32) {
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, 47, 47, 16]);
  const c = b.node('Conv', [x, b.constant('w', 'int8', [channels, 3, 3, 16]), b.constant('bias', 'int32', [channels])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID', ...conv }, { name: 'conv', outShapes: [[1, convRows, convRows, channels]], outDType: 'int8' });
  b.output(b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 2], ...pool }, { name: 'pool', outShapes: [[1, pooled, pooled, channels]], outDType: 'int8' }));
  const plan = planMemory(b.graph, { planner: 'st' });
  expect(checkPlan(plan)).toBeUndefined();
  return plan.overlaps.find((o) => o.output === 'pool_out')?.lead;
}

/** x int8 [1, 47, 47, 4] (rows of 188 B) -> zero Pad 1 all round (folded) -> 3x3 VALID conv, 32 out -> 2x2 pool, stride 2. */
function padded() {
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, 47, 47, 4]);
  const p = b.node('Pad', [x, b.values('pads', 'int64', [0, 1, 1, 0, 0, 1, 1, 0])], {}, { name: 'pad', outShapes: [[1, 49, 49, 4]], outDType: 'int8' });
  const c = b.node('Conv', [p, b.constant('w', 'int8', [32, 3, 3, 4])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 47, 47, 32]], outDType: 'int8' });
  b.output(b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 2], strides: [2, 2] }, { name: 'pool', outShapes: [[1, 23, 23, 32]], outDType: 'int8' }));
  const plan = planMemory(b.graph, { planner: 'st' });
  expect(checkPlan(plan)).toBeUndefined();
  return plan;
}

describe('a fused pooling: its pads and its stride', () => {
  it('stride 2, no padding given or all pads 0: one pooled row (22 x 32 = 704 B) ahead of its input', () => {
    // r = 0: 704 - 0 rows done; every later row frees 2 input rows (1,504 B) for 704 B written
    expect(model({ strides: [2, 2] }, 22)).toBe(704);
    expect(model({ strides: [2, 2], pads: [0, 0, 0, 0] }, 22)).toBe(704);
    expect(model({ strides: [2, 2], auto_pad: 'VALID' }, 22)).toBe(704);
  });

  it('a padded pooling (one pad, or SAME) reads rows the formula does not follow: no overlap', () => {
    expect(model({ strides: [2, 2], pads: [0, 0, 1, 1] }, 23)).toBeUndefined();
    expect(model({ strides: [2, 2], pads: [1, 0, 0, 0] }, 23)).toBeUndefined();
    expect(model({ strides: [2, 2], auto_pad: 'SAME_UPPER' }, 23)).toBeUndefined();
    expect(model({ strides: [2, 2], auto_pad: 'SAME_LOWER' }, 23)).toBeUndefined();
  });

  it('the convolution\'s stride multiplies the pooling\'s: a stride-2 conv under a stride-1 pool frees 2 input rows a pooled row', () => {
    // 47 -> 23 conv rows -> 22 pooled rows of 22 x 64 = 1,408 B; c(r) = 2r: (r + 1) 1,408 - 2r 752
    // is largest at r = 0 (a stride-1 conv, c(r) = r, would grow to 22 x 1,408 - 21 x 752 = 15,184)
    expect(model({ strides: [1, 1] }, 22, { strides: [2, 2] }, 23, 64)).toBe(1_408);
  });

  it("a zero Pad folded into the convolution adds its top rows to the pad the formula subtracts", () => {
    const plan = padded();
    expect(plan.buffers.map((x) => x.tensor)).not.toContain('pad_out');
    // pooled rows of 23 x 32 = 736 B over input rows of 188 B; c(r) = 2r - 1 (the folded top row):
    // every row adds 736 - 376 B, so the last, r = 22, is largest: 23 x 736 - 43 x 188 = 8,844 B
    expect(plan.overlaps.find((o) => o.output === 'pool_out')?.lead).toBe(23 * 736 - 43 * 188);
    // the pool-kernel rows of the convolution's output, a scratch area of the fused layer
    expect(plan.buffers.find((x) => x.tensor === 'conv#pool-rows')).toMatchObject({ kind: 'scratch', size: 2 * 47 * 32 });
  });

  it("no strides attribute: ONNX's pool steps 1 (44 pooled rows of 1,408 B), not its kernel size", () => {
    // each pooled row frees one input row (752 B) for 1,408 B written: the lead grows to the
    // last row, r = 43: 44 x 1,408 - 43 x 752 = 29,616 B (a stride of 2 would give 1,408 B)
    expect(model({}, 44)).toBe(44 * 1_408 - 43 * 752);
  });
});
