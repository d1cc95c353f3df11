/**
 * The binary pass places Larq's quantizers with one use index it keeps up to date
 * (passes/binary.ts `fuseQuantizers`): a sign folded into its layer, into a graph input, onto a twin
 * reading the same tensor, moved before a Concat (new signs, one per input), or dropped when its
 * input already has its type. Later placements decide on that index (is the sign the input's only
 * reader, who produces it). Checked on seeded random graphs: the index the placement leaves equals
 * the one built afresh from the graph it leaves.
 */
import { describe, expect, it } from 'vitest';
import { fuseQuantizers } from '../../src/passes/binary.js';
import type { Graph } from '../../src/ir/graph.js';
import { contextFor } from './context.js';
import { expectIndexFollows, finishChain, randomChain } from './use-index.js';

const KINDS = ['sign', 'sign', 'sign', 'quant8', 'conv', 'conv', 'concat', 'maxpool', 'add', 'relu'] as const;

function randomLarqGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'larq');
  const { g, r, pick, pool, operand } = c;
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, 'float32', [1, 8, 4, 4]));
  for (let k = 0; k < steps; k++) {
    const kind = pick(KINDS);
    const name = `n${k}`;
    const opts = { name, outShapes: [[1, 8, 4, 4]], outDType: 'float32' as const };
    if (kind === 'sign') {
      pool.push(g.node('BipolarQuant', [operand(), g.values(`${name}_s`, 'float32', [1], [])], { larq_quantizer: 'ste_sign' }, opts));
    } else if (kind === 'quant8') {
      const c = (what: string, v: number) => g.values(`${name}_${what}`, 'float32', [v], []);
      pool.push(g.node('Quant', [operand(), c('scale', 0.1), c('zp', 0), c('bits', 8)], { larq_quantizer: '8bit' }, opts));
    } else if (kind === 'conv') {
      const w = g.constant(`${name}_w`, 'float32', [8, 8, 1, 1]);
      pool.push(g.node('Conv', [operand(), w], { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW', larq: true }, opts));
    } else if (kind === 'concat') {
      pool.push(g.node('Concat', [operand(), operand()], { axis: 1 }, { ...opts, outShapes: [[1, 16, 4, 4]] }));
    } else if (kind === 'add') {
      pool.push(g.node('Add', [operand(), operand()], {}, opts));
    } else {
      pool.push(g.node(kind === 'maxpool' ? 'MaxPool' : 'Relu', [operand()], kind === 'maxpool' ? { kernel_shape: [1, 1] } : {}, opts));
    }
  }
  return finishChain(c);
}

describe('the use index the binary pass keeps while it places quantizers follows the graph', () => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let placed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomLarqGraph(seed, 3 + (seed % 14));
      const ctx = contextFor(g);
      ctx.model.format = 'keras';
      const signs = g.nodes.filter((n) => n.op === 'BipolarQuant').length;
      const idx = fuseQuantizers(g, ctx);
      placed += signs - g.nodes.filter((n) => n.op === 'BipolarQuant').length;
      expectIndexFollows(g, idx, `seed ${seed}`);
    }
    // the graphs do exercise placement: hundreds of signs go (a floor, not a target)
    expect(placed).toBeGreaterThan(200);
  });
});
