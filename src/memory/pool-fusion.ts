/**
 * Convolution + pooling fusion (METRICS.md "Activations"): ST Edge AI Core runs a convolution
 * followed by a max or average pooling as one layer (`forward_conv2d_..._nl_pool`, with
 * pool_function/pool_size in the conv's attributes in a public activity tracker's c_info.json,
 * ST 2.2), so the unpooled convolution output never gets a buffer: the pooled output is written
 * while the convolution runs. It applies when the pooling is the convolution output's only reader
 * and that output is not a graph output.
 */
import type { Graph } from '../ir/graph.js';
import { buildUseIndex, type UseIndex } from '../passes/graph-edit.js';

export interface FusedPool {
  conv: string;
  pool: string;
  /** The convolution's output: no buffer. */
  convOutput: string;
  /** The pooling's output: alive from the convolution's step. */
  poolOutput: string;
}

export const POOLS = new Set(['MaxPool', 'AveragePool']);

/** The fusions, by the convolution's output name. */
export function fusedPools(graph: Graph, idx: UseIndex = buildUseIndex(graph)): Map<string, FusedPool> {
  const readers = idx.consumers;
  const outputs = new Set(graph.outputs);
  const out = new Map<string, FusedPool>();
  for (const conv of graph.nodes) {
    const o = conv.outputs[0] ?? '';
    if (conv.op !== 'Conv' || conv.outputs.length !== 1 || o === '' || outputs.has(o)) continue;
    const r = readers.get(o);
    const pool = r?.length === 1 ? r[0] : undefined;
    const po = pool?.outputs[0] ?? '';
    if (!pool || !POOLS.has(pool.op) || pool.inputs[0] !== o || po === '') continue;
    out.set(o, { conv: conv.name, pool: pool.name, convOutput: o, poolOutput: po });
  }
  return out;
}
