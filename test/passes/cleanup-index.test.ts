/**
 * Cleanup removes Identity and Dropout nodes with one use index it keeps up to date
 * (passes/cleanup.ts `removePassThrough`): readers moved to the input, or the producer renamed to
 * write a graph output, or the node kept as a real copy. Later removals decide on that index (who
 * produces the input, is the mask read, is it a graph output). Checked on seeded random graphs of
 * pass-through chains: the index it leaves equals the one built afresh from the graph it leaves.
 */
import { describe, expect, it } from 'vitest';
import { removePassThrough } from '../../src/passes/cleanup.js';
import { buildUseIndex } from '../../src/passes/graph-edit.js';
import type { Graph } from '../../src/ir/graph.js';
import { contextFor } from './context.js';
import { expectIndexFollows, finishChain, randomChain } from './use-index.js';

const KINDS = ['Identity', 'Identity', 'Dropout', 'Dropout', 'maskDropout', 'Relu', 'Add', 'constant'] as const;

function randomPassThroughGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'cleanup');
  const { g, r, pick, pool, operand } = c;
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, 'float32', [1, 4]));
  const masks: string[] = [];
  for (let k = 0; k < steps; k++) {
    const kind = pick(KINDS);
    const name = `n${k}`;
    if (kind === 'constant') {
      pool.push(g.constant(`c${k}`, 'float32', [1, 4]));
    } else if (kind === 'maskDropout') {
      const y = g.node('Dropout', [operand()], {}, { name, outputs: 2, outDType: 'float32' });
      pool.push(y);
      masks.push(`${name}_out1`);
    } else if (kind === 'Add') {
      pool.push(g.node('Add', [operand(), operand()], {}, { name, outDType: 'float32' }));
    } else {
      pool.push(g.node(kind, [operand()], {}, { name, outDType: 'float32' }));
    }
  }
  // a mask is read now and then (that Dropout stays)
  for (const [i, m] of masks.entries()) if (r() < 0.3) g.node('Relu', [m], {}, { name: `mask_reader${i}`, outDType: 'float32' });
  return finishChain(c, 0.2);
}

describe('the use index cleanup keeps while it removes pass-throughs follows the graph', () => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let removed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomPassThroughGraph(seed, 3 + (seed % 14));
      const before = g.nodes.length;
      // no index when the graph had no pass-through (then nothing changed: the fresh one stands in)
      const idx = removePassThrough(g, contextFor(g)) ?? buildUseIndex(g);
      removed += before - g.nodes.length;
      expectIndexFollows(g, idx, `seed ${seed}`);
    }
    // the graphs do exercise removal: hundreds of nodes go (a floor, not a target)
    expect(removed).toBeGreaterThan(400);
  });
});
