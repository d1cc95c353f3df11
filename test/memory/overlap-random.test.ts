/**
 * overlapRules (memory/streaming.ts) on random layers with random, often inconsistent geometry
 * (unsized, symbolic, empty or contradicting shapes; SAME, VALID or explicit pads; strides and
 * kernels of the wrong rank; folded Pads and fused pools): whatever the file says, it throws
 * nothing but gives only rules that can be: each over an activation input of its node, into that
 * node's one output (the pooled one of a fused pool), with a lead that is a multiple of the
 * alignment, never negative and below the output's aligned size.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import { foldedPads } from '../../src/memory/pad-fold.js';
import { fusedPools } from '../../src/memory/pool-fusion.js';
import { tensorBytes } from '../../src/memory/tensor-bytes.js';
import { alignUp } from '../../src/metrics/weights.js';
import { prng } from '../helpers/prng.js';
import type { Shape } from '../../src/ir/shape.js';
import type { Attrs } from '../../src/ir/graph.js';

/** One to three layers (Conv, pools, Pad, element-wise; a Pad before a Conv; a Conv before a pool) of seed `seed`. */
function gen(seed: number): GraphBuilder {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const dim = (): number | string => pick([1, 1, 2, 3, 4, 5, 8, 0, 'H', 6, 7, 9, 10, 16]);
  const shape = (rank: number): Shape | undefined => (rnd() < 0.08 ? undefined : Array.from({ length: rank }, (_, i) => (i === 0 ? pick([1, 1, 1, 2, 'N']) : dim())));
  const nhwc = rnd() < 0.6;
  const dt = pick(['int8', 'float32', 'int8', 'uint8', 'unknown'] as const);
  const rank = pick([4, 4, 4, 3, 5]);
  const b = new GraphBuilder('f');
  const xs = shape(rank);
  const x = xs ? b.input('x', dt, xs) : b.tensor('x', dt);
  if (!xs) b.graph.inputs.push('x');
  const windowAttrs = (): Attrs => {
    const a: Attrs = {};
    if (nhwc) { a['layout'] = 'NHWC'; a['weight_layout'] = 'OHWI'; }
    if (rnd() < 0.6) a['strides'] = pick([[1, 1], [2, 2], [2, 1], [1, 2], [3, 1], [1], [1, 1, 1]]);
    const ap = rnd();
    if (ap < 0.3) a['auto_pad'] = pick(['VALID', 'SAME_UPPER', 'SAME_LOWER', 'NOTSET']);
    else if (ap < 0.6) a['pads'] = pick([[0, 0, 0, 0], [1, 1, 1, 1], [1, 0, 1, 0], [0, 1, 0, 1], [2, 2, 2, 2], [1, 1], [0, 0]]);
    return a;
  };
  const outShape = (): Shape | undefined => shape(rank);
  const conv = (inp: string, name: string): string => {
    const wr = rnd();
    const w = wr < 0.1 ? b.tensor(`w${name}`, dt) : b.constant(`w${name}`, dt, wr < 0.2 ? [4, 'k', 1, 2] : [pick([1, 2, 4, 16]), pick([1, 2, 3, 5]), pick([1, 1, 3]), pick([1, 2, 3, 16])].slice(0, rank));
    const os = outShape();
    return b.node('Conv', [inp, w], windowAttrs(), { name, outShapes: os ? [os] : [], outDType: dt });
  };
  const pool = (inp: string, name: string): string => {
    const a = windowAttrs();
    if (rnd() < 0.9) a['kernel_shape'] = pick([[2, 2], [3, 3], [2, 1], [1, 3], [2], [3, 3, 3]]);
    const os = outShape();
    return b.node(pick(['MaxPool', 'AveragePool'] as const), [inp], a, { name, outShapes: os ? [os] : [], outDType: dt });
  };
  const pad = (inp: string, name: string): string => {
    const r = rnd();
    const amounts = Array.from({ length: 2 * rank }, (_, i) => ((i % rank) === 0 ? 0 : pick([0, 0, 1, 2, -1])));
    const inputs = [inp];
    const a: Attrs = {};
    if (r < 0.5) inputs.push(b.values(`p${name}`, 'int64', rnd() < 0.1 ? amounts.slice(1) : amounts));
    else if (r < 0.8) a['pads'] = amounts;
    if (rnd() < 0.2) a['mode'] = pick(['reflect', 'edge', 'constant']);
    if (rnd() < 0.15) inputs.push(b.values(`v${name}`, dt === 'unknown' ? 'int8' : dt, [pick([0, 1])], []));
    const os = outShape();
    return b.node('Pad', inputs, a, { name, outShapes: os ? [os] : [], outDType: dt });
  };
  const ew = (inp: string, name: string): string => {
    const op = pick(['Relu', 'Add', 'Mul', 'Sigmoid'] as const);
    const inputs = [inp];
    if (op === 'Add' || op === 'Mul') {
      const r = rnd();
      if (r < 0.3) inputs.push(inp);
      else if (r < 0.6) inputs.push(b.values(`c${name}`, dt === 'unknown' ? 'int8' : dt, [1], [1]));
      else { const s = shape(rank); inputs.push(s ? b.input(`y${name}`, dt, s) : b.tensor(`y${name}`, dt)); }
    }
    const os = rnd() < 0.5 ? b.get(inp).shape : outShape();
    return b.node(op, inputs, {}, { name, outShapes: os ? [os] : [], outDType: pick([dt, dt, 'float32', 'int16'] as const) });
  };
  const kinds = [conv, pool, pad, ew];
  let cur = x;
  const steps = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < steps; i++) {
    const k = pick(['conv', 'pool', 'pad', 'ew', 'padconv', 'convpool'] as const);
    if (k === 'padconv') cur = conv(pad(cur, `p${i}`), `c${i}`);
    else if (k === 'convpool') cur = pool(conv(cur, `c${i}`), `m${i}`);
    else cur = kinds[['conv', 'pool', 'pad', 'ew'].indexOf(k)]!(cur, `n${i}`);
  }
  if (rnd() < 0.1) b.graph.nodes[0]!.outputs.push('');
  b.output(cur);
  return b;
}


describe('overlap rules on random geometry', () => {
  it('3,000 random graphs: no error, and every rule is one that can be', () => {
    let withRules = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const b = gen(seed);
      const rnd = prng(seed * 7 + 1);
      const folds = foldedPads(b.graph, undefined, rnd() < 0.7);
      const pools = fusedPools(b.graph);
      const alignment = [1, 4, 8][Math.floor(rnd() * 3)] as number;
      const rules = overlapRules(b.graph, folds, alignment, pools);
      if (rules.length > 0) withRules++;
      for (const r of rules) {
        const node = b.graph.nodes.find((n) => n.name === r.node);
        const fold = [...folds.values()].find((f) => f.input === r.input && f.into === r.node);
        const own = node?.outputs.filter((o) => o !== '') ?? [];
        const where = `seed ${seed}, ${r.node}`;
        expect(own, where).toHaveLength(1);
        expect(r.output, where).toBe(pools.get(own[0] as string)?.poolOutput ?? own[0]);
        expect(node?.inputs.includes(r.input) || fold !== undefined, where).toBe(true);
        expect(b.get(r.input).data, where).toBeUndefined();
        expect(r.lead % alignment, where).toBe(0);
        expect(r.lead, where).toBeGreaterThanOrEqual(0);
        expect(r.lead, where).toBeLessThan(alignUp(tensorBytes(b.get(r.output)) as number, alignment));
      }
    }
    // the generator reaches the rules, not only the refusals
    expect(withRules).toBeGreaterThan(300);
  });
});
