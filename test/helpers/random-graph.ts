/**
 * Random DAGs for the memory property tests (seeded): 1 to 3 inputs, 1 to 20 nodes of 1 or 2
 * outputs reading 1 to 3 earlier tensors, sizes up to 500 elements of four types; half the
 * single-output nodes keep their first input's size (they may run in place).
 */
import { GraphBuilder } from '../builders/ir.js';
import type { DType } from '../../src/ir/dtype.js';
import { prng } from './prng.js';

const DTYPES: DType[] = ['int8', 'float32', 'int16', 'float16'];

export function randomGraph(seed: number): GraphBuilder {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const g = new GraphBuilder(`g${seed}`);
  const pool: string[] = [];
  const nInputs = int(1, 3);
  for (let i = 0; i < nInputs; i++) pool.push(g.input(`in${i}`, DTYPES[int(0, 3)] ?? 'int8', [int(1, 300)]));
  const nNodes = int(1, 20);
  const consumed = new Set<string>();
  for (let i = 0; i < nNodes; i++) {
    const k = int(1, Math.min(3, pool.length));
    const inputs = new Set<string>();
    // favour recent tensors so chains form, but reach back for long-lived ones too
    for (let j = 0; j < k; j++) inputs.add(pool[Math.max(0, pool.length - 1 - int(0, rnd() < 0.7 ? 2 : pool.length - 1))] ?? pool[0] ?? '');
    for (const x of inputs) consumed.add(x);
    const outs = int(1, 2);
    // half the single-output nodes keep their first input's element count: they may run in place
    const same = outs === 1 && rnd() < 0.5 ? g.get([...inputs][0] ?? '').shape : undefined;
    const out = g.node('Add', [...inputs], {}, { name: `n${i}`, outputs: outs, outShapes: Array.from({ length: outs }, () => (same ? [...same] : [int(0, 500)])), outDType: DTYPES[int(0, 3)] ?? 'int8' });
    pool.push(out);
    if (outs === 2) pool.push(`n${i}_out1`);
  }
  // every unconsumed node output is a graph output; plus a random extra one
  for (const t of pool) if (!consumed.has(t) && !g.graph.inputs.includes(t)) g.output(t);
  const extra = pool[int(nInputs, pool.length - 1)];
  if (extra && !g.graph.outputs.includes(extra)) g.output(extra);
  return g;
}
