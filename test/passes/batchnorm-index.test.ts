/**
 * Both BatchNormalization folds keep one use index while they walk (passes/batchnorm.ts
 * `foldBatchNorms`): into the layer before (the layer then writes the BN's output) and into the
 * layer after (the layer reads the BN's input). Later folds decide on that index (who produces x,
 * is the BN its only reader, who reads the BN's output). Checked on seeded random graphs of
 * Conv / Gemm / Relu / BatchNormalization: the index each fold leaves equals the one built afresh.
 */
import { describe, expect, it } from 'vitest';
import { foldBatchNorms, intoProducer, intoReader, type Fold } from '../../src/passes/batchnorm.js';
import { buildUseIndex } from '../../src/passes/graph-edit.js';
import type { Attrs, Graph } from '../../src/ir/graph.js';
import { expectIndexFollows, finishChain, randomChain } from './use-index.js';

const KINDS = ['bn', 'bn', 'bn', 'statsBn', 'conv', 'conv', 'biasConv', 'padConv', 'dynamicConv', 'relu', 'add'] as const;
const C = 4;

function randomBatchNormGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'bn');
  const { g, r, pick, pool, operand } = c;
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, 'float32', [1, C, 4, 4]));
  for (let k = 0; k < steps; k++) {
    const kind = pick(KINDS);
    const name = `n${k}`;
    const opts = { name, outShapes: [[1, C, 4, 4]], outDType: 'float32' as const };
    if (kind === 'bn' || kind === 'statsBn') {
      const consts = ['scale', 'b', 'mean', 'var'].map((c) => g.constant(`${name}_${c}`, 'float32', [C]));
      // a BN with its running statistics as outputs too (unread: it still folds)
      pool.push(g.node('BatchNormalization', [operand(), ...consts], {}, { ...opts, outputs: kind === 'statsBn' ? 3 : 1 }));
    } else if (kind === 'relu') {
      pool.push(g.node('Relu', [operand()], {}, opts));
    } else if (kind === 'add') {
      pool.push(g.node('Add', [operand(), operand()], {}, opts));
    } else {
      // a Conv whose weights are an activation: it may read the BN's input as well as its output
      const x = operand();
      const w = kind === 'dynamicConv' ? operand() : g.constant(`${name}_w`, 'float32', [C, C, 1, 1]);
      const inputs = kind === 'biasConv' ? [x, w, g.constant(`${name}_bias`, 'float32', [C])] : [x, w];
      const pads: Attrs = kind === 'padConv' ? { pads: [1, 1, 1, 1] } : {};
      pool.push(g.node('Conv', inputs, { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW', ...pads }, opts));
    }
  }
  return finishChain(c);
}

describe.each([
  ['into the layer before', intoProducer],
  ['into the layer after', intoReader],
] as const)('the use index BatchNormalization folding %s keeps follows the graph', (_what, fold: Fold) => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let folded = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomBatchNormGraph(seed, 3 + (seed % 14));
      const before = g.nodes.length;
      // no index when the graph has no BatchNormalization (then nothing changed: the fresh one stands in)
      const idx = foldBatchNorms(g, fold) ?? buildUseIndex(g);
      folded += before - g.nodes.length;
      expectIndexFollows(g, idx, `seed ${seed}`);
    }
    // the graphs do exercise folding: a hundred BNs or more go (a floor, not a target)
    expect(folded).toBeGreaterThan(100);
  });
});
