/**
 * Convolution + pooling fusion (memory/pool-fusion.ts), each condition alone, and the row buffer:
 * min(pool kernel, conv output rows) rows of the convolution's output, by hand.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { fusedPools, fusedPoolRows } from '../../src/memory/pool-fusion.js';
import type { Graph } from '../../src/ir/graph.js';
import { graphFacts } from '../../src/memory/lifetimes.js';
import { plannerTraits } from '../../src/memory/profiles.js';

interface Case { convOut?: (number | string)[] | null; pool?: 'MaxPool' | 'AveragePool' | 'GlobalAveragePool'; kernel?: number[] | null; convOutputs?: number; convIsOutput?: boolean; poolReadsSecond?: boolean; poolOutputName?: string }

/** x int8 NHWC [1, 8, 6, 2] -> Conv 1x1 (4 out) -> pool 2x2 (stride 2). */
function model(c: Case = {}): Graph {
  const b = new GraphBuilder('pf');
  const x = b.input('x', 'int8', [1, 8, 6, 2]);
  const convOut = c.convOut === undefined ? [1, 8, 6, 4] : c.convOut;
  const y = b.node('Conv', [x, b.constant('w', 'int8', [4, 1, 1, 2])], { layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'conv', outputs: c.convOutputs ?? 1, ...(convOut ? { outShapes: [convOut] } : {}), outDType: 'int8' });
  const kernel = c.kernel === undefined ? [2, 2] : c.kernel;
  const attrs = { layout: 'NHWC', strides: [2, 2], ...(kernel ? { kernel_shape: kernel } : {}) };
  const inputs = c.poolReadsSecond ? [x, y] : [y];
  b.output(b.node(c.pool ?? 'MaxPool', inputs, attrs, { name: 'pool', outShapes: [[1, 4, 3, 4]], outDType: 'int8' }));
  if (c.convIsOutput) b.output(y);
  const pool = b.graph.nodes[1];
  if (pool && c.poolOutputName !== undefined) pool.outputs = [c.poolOutputName];
  return b.graph;
}

const fused = (c: Case = {}) => [...fusedPools(model(c)).values()].map((f) => [f.conv, f.pool, f.convOutput, f.poolOutput]);
const rows = (c: Case = {}) => {
  const g = model(c);
  const f = [...fusedPools(g).values()][0];
  return f ? fusedPoolRows(g, f) : 'not fused';
};

describe('which pools fuse', () => {
  it('a max or average pool that alone reads the conv output', () => {
    expect(fused()).toEqual([['conv', 'pool', 'conv_out', 'pool_out']]);
    expect(fused({ pool: 'AveragePool' })).toHaveLength(1);
  });

  it('a global pool, a conv output that is a graph output, a pool reading it second, a conv with two outputs, a pool without an output: none', () => {
    expect(fused({ pool: 'GlobalAveragePool' })).toEqual([]);
    expect(fused({ convIsOutput: true })).toEqual([]);
    expect(fused({ poolReadsSecond: true })).toEqual([]);
    expect(fused({ convOutputs: 2 })).toEqual([]);
    expect(fused({ poolOutputName: '' })).toEqual([]);
  });

  it('a conv output nobody reads, and a pool with no output at all: none, and no error', () => {
    const g = model();
    g.nodes = g.nodes.filter((n) => n.op === 'Conv');
    g.outputs = [];
    expect(fusedPools(g).size).toBe(0);
    const h = model();
    const pool = h.nodes[1];
    if (pool) pool.outputs = [];
    expect(fusedPools(h).size).toBe(0);
  });
});

describe('the row buffer', () => {
  it('2 rows of 6 x 4 int8 = 48 B; a 3-row window 72 B; a window taller than the output keeps all of it (8 rows, 192 B)', () => {
    expect(rows()).toBe(48);
    expect(rows({ kernel: [3, 3] })).toBe(72);
    expect(rows({ kernel: [9, 1] })).toBe(192);
    expect(rows({ kernel: [8, 1] })).toBe(192);
  });

  it('no kernel_shape, an unknown or empty conv output: unknown', () => {
    expect(rows({ kernel: null })).toBeUndefined();
    expect(rows({ convOut: null })).toBeUndefined();
    expect(rows({ convOut: [1, 'H', 6, 4] })).toBeUndefined();
    expect(rows({ convOut: [1, 0, 6, 4] })).toBeUndefined();
  });

  it("the plan's facts keep a row buffer only when it is known and not empty", () => {
    const poolRows = (c: Case) => [...graphFacts(model(c), plannerTraits('st')).poolRows];
    expect(poolRows({})).toEqual([['conv', 48]]);
    expect(poolRows({ kernel: null })).toEqual([]);
    // no output channels: 2 rows of 6 x 0 bytes, nothing to keep
    expect(poolRows({ convOut: [1, 8, 6, 0] })).toEqual([]);
  });
});
