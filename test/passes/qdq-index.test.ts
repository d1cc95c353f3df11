/**
 * QDQ folding keeps one use index for the whole pass (passes/qdq.ts `foldQdq`): every fold
 * (constant DQ, Q into its producer, Q of an output, DQ into its readers) moves readers and
 * producers in it, and later folds decide on it (who else reads x, is the reader a Q). Checked on
 * seeded random chains of Q, DQ, weights and float / transparent operators: the index the pass
 * leaves equals the one built afresh from the graph it leaves.
 */
import { describe, expect, it } from 'vitest';
import { foldQdq } from '../../src/passes/qdq.js';
import type { Graph, Quantization } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { expectIndexFollows, finishChain, randomChain } from './use-index.js';

const Q8: Quantization = { scale: [0.5], zeroPoint: [0], dtype: 'int8' };
const KINDS = ['Q', 'Q', 'DQ', 'DQ', 'weightDQ', 'floatQ', 'Add', 'Relu', 'Dropout', 'Softmax'] as const;

/** A random graph of `steps` nodes over [1, 4] tensors; every node reads tensors made before it. */
export function randomQdqGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'qdq');
  const { g, r, pick, pool, operand } = c;
  const s = g.values('s', 'float32', [0.5], []);
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, r() < 0.5 ? 'int8' : 'float32', [1, 4], r() < 0.3 ? Q8 : undefined));
  const add = (op: OpKind, inputs: string[], dtype: DType, k: number): void => {
    pool.push(g.node(op, inputs, {}, { name: `n${k}`, outShapes: [[1, 4]], outDType: dtype }));
  };
  for (let k = 0; k < steps; k++) {
    const kind = pick(KINDS);
    if (kind === 'Q') add('QuantizeLinear', [operand(), s], 'int8', k);
    else if (kind === 'DQ') add('DequantizeLinear', [operand(), s], 'float32', k);
    else if (kind === 'weightDQ') add('DequantizeLinear', [g.constant(`w${k}`, 'int8', [1, 4]), s], 'float32', k);
    else if (kind === 'floatQ') add('QuantizeLinear', [g.constant(`f${k}`, 'float32', [1, 4]), s], 'int8', k);
    else if (kind === 'Add') add('Add', [operand(), operand()], 'float32', k);
    else add(kind, [operand()], 'float32', k);
  }
  return finishChain(c);
}

describe('the use index QDQ folding keeps follows the graph', () => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let folded = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomQdqGraph(seed, 3 + (seed % 14));
      const before = g.nodes.length;
      const idx = foldQdq(g);
      folded += before - g.nodes.length;
      expectIndexFollows(g, idx, `seed ${seed}`);
    }
    // the graphs do exercise folding: hundreds of Q / DQ nodes go (the count is not a target, only a floor)
    expect(folded).toBeGreaterThan(400);
  });
});
