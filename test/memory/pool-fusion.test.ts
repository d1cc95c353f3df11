/**
 * Which poolings run fused with their convolution (memory/pool-fusion.ts), and the rows the fused
 * layer keeps: pool-kernel rows of the convolution's output (ST 2.2: 2 x 45 x 32 int8 = 2,880 B in
 * the finger-counting report; test/memory/streaming.test.ts plans it).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Attrs } from '../../src/ir/graph.js';
import { fusedPoolRows, fusedPools } from '../../src/memory/pool-fusion.js';

const NHWC = { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' };

/** x [1, 6, 1, 4] -> conv 1x1 -> [1, 6, 1, 4] -> reader(s); returns the graph. */
function graph(readers: { op: OpKind; kernel?: number }[], convIsOutput = false) {
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, 6, 1, 4]);
  const c = b.node('Conv', [x, b.constant('w', 'int8', [4, 1, 1, 4])], NHWC, { name: 'conv', outShapes: [[1, 6, 1, 4]], outDType: 'int8' });
  readers.forEach((r, i) => {
    const k = r.kernel ?? 2;
    const attrs: Attrs = r.op === 'Relu' ? {} : { layout: 'NHWC', kernel_shape: [k, 1], strides: [k, 1], auto_pad: 'VALID' };
    const h = r.op === 'Relu' ? 6 : Math.floor(6 / k);
    b.output(b.node(r.op, [c], attrs, { name: `r${i}`, outShapes: [[1, h, 1, 4]], outDType: 'int8' }));
  });
  if (convIsOutput) b.output(c);
  return b.graph;
}

describe('convolution + pooling fusion', () => {
  it('MaxPool and AveragePool fuse when they alone read the convolution; 2 rows of 4 int8 kept', () => {
    for (const op of ['MaxPool', 'AveragePool'] as const) {
      const g = graph([{ op }]);
      const f = fusedPools(g).get('conv_out');
      expect(f).toMatchObject({ conv: 'conv', pool: 'r0', convOutput: 'conv_out', poolOutput: 'r0_out' });
      expect(f && fusedPoolRows(g, f)).toBe(2 * 4);
    }
  });

  it('a pool kernel taller than the output keeps all its rows (6, not 8)', () => {
    const g = graph([{ op: 'MaxPool', kernel: 8 }]);
    const f = fusedPools(g).get('conv_out');
    expect(f && fusedPoolRows(g, f)).toBe(6 * 4);
  });

  it('only a convolution fuses: a pooling after an activation runs alone', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 6, 1, 4]);
    const r = b.node('Relu', [x], {}, { name: 'relu', outShapes: [[1, 6, 1, 4]], outDType: 'int8' });
    b.output(b.node('MaxPool', [r], { layout: 'NHWC', kernel_shape: [2, 1], strides: [2, 1], auto_pad: 'VALID' }, { name: 'pool', outShapes: [[1, 3, 1, 4]], outDType: 'int8' }));
    expect(fusedPools(b.graph).size).toBe(0);
  });

  it('no fusion: another reader than a pooling, a second reader, or a convolution output that is a graph output', () => {
    expect(fusedPools(graph([{ op: 'Relu' }])).size).toBe(0);
    expect(fusedPools(graph([{ op: 'MaxPool' }, { op: 'Relu' }])).size).toBe(0);
    expect(fusedPools(graph([{ op: 'MaxPool' }], true)).size).toBe(0);
  });
});
