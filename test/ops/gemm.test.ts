import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { single } from './run.js';

describe('Gemm', () => {
  it('transB with bias (FullyConnected)', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Gemm', [g.input('a', 'float32', [1, 256]), g.constant('b', 'float32', [10, 256]), g.constant('c', 'float32', [10])], { transB: 1 });
    expect(r.shape).toEqual([1, 10]);
    // M*N*K = 1*10*256, + N = 10 bias (equals the parameter count for M = 1)
    expect(r.cost).toEqual({ macc: 2_570, pure: 2_560 });
  });

  it('transA without bias', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Gemm', [g.input('a', 'float32', [64, 2]), g.constant('b', 'float32', [64, 32])], { transA: 1 });
    expect(r.shape).toEqual([2, 32]);
    // 2*32*64
    expect(r.cost).toEqual({ macc: 4_096, pure: 4_096 });
  });

  it('inner dim mismatch is a W_SHAPE naming both K', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Gemm', [g.input('a', 'float32', [1, 256]), g.constant('b', 'float32', [10, 255])], { transB: 1 });
    expect(r.diags[0]?.message).toMatch(/K=256.*K=255/);
  });
});

describe('MatMul', () => {
  it('batched broadcast', () => {
    const g = new GraphBuilder();
    const r = single(g, 'MatMul', [g.input('a', 'float32', [2, 1, 4, 8]), g.input('b', 'float32', [3, 8, 5])]);
    expect(r.shape).toEqual([2, 3, 4, 5]);
    // batch 2*3 * M 4 * N 5 * K 8
    expect(r.cost).toEqual({ macc: 960, pure: 960 });
  });

  it('1-D operands are promoted and squeezed', () => {
    const g = new GraphBuilder();
    const r = single(g, 'MatMul', [g.input('a', 'float32', [8]), g.constant('b', 'float32', [8, 5])]);
    expect(r.shape).toEqual([5]);
    // 5 outputs * K 8
    expect(r.cost.macc).toBe(40);
  });

  it('attention-like symbolic batch keeps the symbol', () => {
    const g = new GraphBuilder();
    const r = single(g, 'MatMul', [g.input('q', 'float32', ['B', 4, 16, 8]), g.input('k', 'float32', ['B', 4, 8, 16])]);
    expect(r.shape).toEqual(['B', 4, 16, 16]);
  });
});

describe('Einsum', () => {
  it('matrix product equation', () => {
    const g = new GraphBuilder();
    const r = single(g, 'Einsum', [g.input('a', 'float32', [3, 4]), g.input('b', 'float32', [4, 5])], { equation: 'ij,jk->ik' });
    expect(r.shape).toEqual([3, 5]);
    // i*j*k = 3*4*5
    expect(r.cost.macc).toBe(60);
  });
});
