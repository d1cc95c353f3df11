/**
 * Convolution + pooling fusion (METRICS.md "Activations"): ST Edge AI Core runs a convolution
 * followed by a max or average pooling as one layer (`forward_conv2d_..._nl_pool`, with
 * pool_function/pool_size in the conv's attributes in a public activity tracker's c_info.json,
 * ST 2.2), so the unpooled convolution output never gets a buffer: the pooled output is written
 * while the convolution runs. It applies when the pooling is the convolution output's only reader
 * and that output is not a graph output.
 *
 * The fused layer keeps the convolution rows one pooling window needs in a scratch buffer of its
 * own (`<conv>_scratch1`): pool-kernel rows of the convolution's output. A public finger-counting
 * project's ST 2.2 report (clarobit/fingercount_ai@895aafc7d1) has 3,008, 2,880 and 2,560 B for
 * 2x2 pools after convolutions writing 94x16, 45x32 and 20x64 int8 rows; the activity tracker's
 * float conv1d (2 rows of 32 floats) 256 B.
 */
import type { Graph, Node } from '../ir/graph.js';
import { buildUseIndex, type UseIndex } from '../passes/graph-edit.js';
import { attrInts } from '../ops/util/attrs.js';
import { splitShape } from '../ops/util/spatial.js';
import { isNum } from '../ops/util/dims.js';
import { tensorBytes } from './tensor-bytes.js';

export interface FusedPool {
  conv: string;
  pool: string;
  /** The convolution's output: no buffer. */
  convOutput: string;
  /** The pooling's output: alive from the convolution's step. */
  poolOutput: string;
  /** The pooling node (its window). */
  poolNode: Node;
}

export const POOLS = new Set(['MaxPool', 'AveragePool']);

/** The fusions, by the convolution's output name. */
export function fusedPools(graph: Graph, idx: UseIndex = buildUseIndex(graph)): Map<string, FusedPool> {
  const readers = idx.consumers;
  const outputs = new Set(graph.outputs);
  const out = new Map<string, FusedPool>();
  for (const conv of graph.nodes) {
    if (conv.op !== 'Conv' || conv.outputs.length !== 1) continue;
    const o = conv.outputs[0] as string; // its one output
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output ('') has no readers, so no pool is found for it either
    if (o === '' || outputs.has(o)) continue;
    const r = readers.get(o);
    const pool = r?.length === 1 ? r[0] : undefined;
    const po = pool?.outputs[0] ?? '';
    if (!pool || !POOLS.has(pool.op) || pool.inputs[0] !== o || po === '') continue;
    out.set(o, { conv: conv.name, pool: pool.name, convOutput: o, poolOutput: po, poolNode: pool });
  }
  return out;
}

/** The fused layer's row buffer: pool-kernel rows (first spatial axis) of the convolution's output; undefined when unknown. */
export function fusedPoolRows(graph: Graph, f: FusedPool): number | undefined {
  const pool = f.poolNode;
  const y = graph.tensors.get(f.convOutput);
  const k = pool ? attrInts(pool, 'kernel_shape')?.[0] : undefined;
  const bytes = y ? tensorBytes(y) : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: equivalent, the pool node and the conv output's tensor always exist for a fusion; an unsized output gives NaN rows, which the caller drops as it drops undefined
  if (!pool || !y?.shape || k === undefined || bytes === undefined) return undefined;
  const h = splitShape(pool, y.shape).spatial[0];
  if (!isNum(h) || h <= 0) return undefined;
  return Math.min(k, h) * (bytes / h);
}
