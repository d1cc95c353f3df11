/**
 * Activation fusion keeps one use index while it walks (passes/fuse-activation.ts
 * `fuseActivations`): each fused activation's output is then written by the layer before it.
 * Later fusions decide on that index (who produces x, is the activation its only reader). Checked
 * on seeded random graphs of layers and activation chains: the index the fusion leaves equals the
 * one built afresh from the graph it leaves, on the tensors it indexes: those activations read, and
 * the outputs fused layers took over.
 */
import { describe, expect, it } from 'vitest';
import { fuseActivations } from '../../src/passes/fuse-activation.js';
import type { Graph } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { expectIndexFollowsOn, finishChain, randomChain } from './use-index.js';
import { hasTrait } from '../../src/ops/traits.js';

const KINDS: readonly OpKind[] = ['Relu', 'Relu', 'Sigmoid', 'LeakyRelu', 'Clip', 'Conv', 'Conv', 'Add', 'MaxPool', 'Transpose'];

function randomActivationGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'act');
  const { g, r, pick, pool, operand } = c;
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, 'float32', [1, 4, 4, 4]));
  for (let k = 0; k < steps; k++) {
    const op = pick(KINDS);
    const opts = { name: `n${k}`, outShapes: [[1, 4, 4, 4]], outDType: 'float32' as const };
    if (op === 'Conv') {
      const w = g.constant(`n${k}_w`, 'float32', [4, 4, 1, 1]);
      pool.push(g.node('Conv', [operand(), w], { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, opts));
    } else if (op === 'Clip') {
      pool.push(g.node('Clip', [operand(), g.values(`n${k}_lo`, 'float32', [0], []), g.values(`n${k}_hi`, 'float32', [6], [])], {}, opts));
    } else if (op === 'Add') {
      pool.push(g.node('Add', [operand(), operand()], {}, opts));
    } else {
      pool.push(g.node(op, [operand()], op === 'MaxPool' ? { kernel_shape: [1, 1] } : {}, opts));
    }
  }
  return finishChain(c);
}

describe('the use index activation fusion keeps follows the graph', () => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let fused = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomActivationGraph(seed, 3 + (seed % 14));
      const before = g.nodes.length;
      const idx = fuseActivations(g);
      fused += before - g.nodes.length;
      // what a later fusion would ask: the producer and readers of each tensor an activation still reads
      const read = g.nodes.filter((n) => hasTrait(n.op, 'fusable-activation')).map((n) => n.inputs[0] ?? '');
      expectIndexFollowsOn(g, idx, read, `seed ${seed}`);
    }
    // the graphs do exercise fusion: hundreds of activations go (a floor, not a target)
    expect(fused).toBeGreaterThan(200);
  });
});
