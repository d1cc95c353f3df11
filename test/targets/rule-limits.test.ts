/**
 * Every numeric limit of every rule, below, at and above it (issue 19): generated from the rule
 * table (RULE_DEFS). Each rule whose limit is a number or a range has a fixture here that builds a
 * layer whose measured value is exactly `v`; a rule added to the table without one fails the first
 * test. A number limit L: L - 1 and L run on the NPU, L + 1 falls back with that rule's reason. A
 * range [lo, hi]: lo - 1 and hi + 1 fall back, lo and hi run on the NPU.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { RULE_DEFS } from '../../src/targets/rules/index.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, oneRule, q, quantize } from './helpers.js';

interface Fixture {
  op: OpKind;
  limit: number | [number, number];
  /** A one-layer graph (layer 'l') whose value under the rule is `v`. */
  graph(v: number): GraphBuilder;
}

/** One int8 layer 'l' reading input x (and `extra` inputs) with the given output shape. */
function one(op: OpKind, x: Shape, attrs: Attrs, out: Shape, extra: (g: GraphBuilder) => string[] = () => []): GraphBuilder {
  const g = new GraphBuilder();
  const input = g.input('x', 'int8', x, q(0.1, 0));
  g.output(quantize(g, g.node(op, [input, ...extra(g)], attrs, { name: 'l', outShapes: [out], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

const convWith = (w: number[], attrs: Attrs) => one('Conv', [1, w[1] ?? 1, 8, 8], attrs, [1, w[0] ?? 1, 8, 8], (g) => [g.constant('w', 'int8', w, q(0.01, 0))]);
const pool = (op: OpKind, attrs: Attrs, x: Shape = [1, 8, 300, 300]) => one(op, x, attrs, [1, 8, 1, 1]);

const FIXTURES: Record<string, Fixture> = {
  // Stride H; a range whose low end is above 1, so "below" is a real stride.
  'stride-range': { op: 'Conv', limit: [2, 3], graph: (v) => convWith([8, 8, 3, 3], { strides: [v, 1] }) },
  // A 2x1 kernel dilated by v - 1 vertically: (2 - 1) * (v - 1) + 1 = v.
  'dilated-kernel-height': { op: 'Conv', limit: 64, graph: (v) => convWith([8, 8, 2, 1], { dilations: [v - 1, 1] }) },
  // A 1 x v kernel covers v elements.
  'dilated-kernel-area': { op: 'Conv', limit: 4096, graph: (v) => convWith([8, 8, 1, v], {}) },
  // One output channel of two weights whose absolute values add up to v.
  'weights-sum': {
    op: 'Conv', limit: 100,
    graph: (v) => one('Conv', [1, 1, 8, 8], {}, [1, 1, 8, 8], (g) => [quantize(g, g.values('w', 'int8', [Math.ceil(v / 2), -Math.floor(v / 2)], [1, 1, 1, 2]), q(0.01, 0))]),
  },
  'pool-window-max': { op: 'MaxPool', limit: 3, graph: (v) => pool('MaxPool', { kernel_shape: [v, 1] }) },
  'global-pool-max': { op: 'GlobalAveragePool', limit: 4096, graph: (v) => pool('GlobalAveragePool', {}, [1, 8, 1, v]) },
  'avgpool-same-kernel': { op: 'AveragePool', limit: [2, 8], graph: (v) => pool('AveragePool', { kernel_shape: [v, v], auto_pad: 'SAME_UPPER' }) },
  'pool-kernel-height': { op: 'MaxPool', limit: 256, graph: (v) => pool('MaxPool', { kernel_shape: [v, 1] }) },
  'pool-kernel-area': { op: 'MaxPool', limit: 65536, graph: (v) => pool('MaxPool', { kernel_shape: [1, v] }) },
  'pool-stride-max': { op: 'MaxPool', limit: 3, graph: (v) => pool('MaxPool', { kernel_shape: [3, 3], strides: [v, 1] }) },
  // A Relu over a tensor of rank v.
  'rank-max': { op: 'Relu', limit: 4, graph: (v) => one('Relu', new Array<number>(v).fill(2), {}, new Array<number>(v).fill(2)) },
  // A Relu over [1, v]: every dimension must lie in the range (1 is the batch, inside it).
  'dim-range': { op: 'Relu', limit: [1, 100], graph: (v) => one('Relu', [1, v], {}, [1, v]) },
  // Kneron KL520: a v x v kernel (footnote 6: kernel <= 12).
  'kernel-max': { op: 'Conv', limit: 12, graph: (v) => convWith([8, 8, v, v], {}) },
  // Kneron KL520/KL720: stride_h <= 4, stride_w <= 16.
  'stride-h-max': { op: 'Conv', limit: 4, graph: (v) => convWith([8, 8, 3, 3], { strides: [v, 1] }) },
  'stride-w-max': { op: 'Conv', limit: 16, graph: (v) => convWith([8, 8, 3, 3], { strides: [1, v] }) },
  // Kneron Pad: "any pad in spatial < 32" -> at most 31; v rows padded above.
  'pad-max': { op: 'Pad', limit: 31, graph: (v) => one('Pad', [1, 8, 8, 8], {}, [1, 8, 8 + v, 8], (g) => [g.values('pads', 'int64', [0, 0, v, 0, 0, 0, 0, 0])]) },
  // Axera Gather: indices of rank v (a v-dimensional [1, 1, ...] index tensor).
  'indices-rank-max': { op: 'Gather', limit: 1, graph: (v) => one('Gather', [1, 8], {}, [1, ...new Array<number>(v).fill(1)], (g) => [g.constant('idx', 'int64', new Array<number>(v).fill(1))]) },
  // Kneron MatMul of two computed tensors of rank v (footnote 22: rank = 4; 23: 3 <= rank <= 5).
  'matmul-shape': {
    op: 'MatMul', limit: [3, 5],
    graph: (v) => {
      const g = new GraphBuilder();
      const s = [...new Array<number>(v - 2).fill(1), 4, 4];
      const a = g.input('a', 'int8', s, q(0.1, 0));
      const b = g.input('b', 'int8', s, q(0.1, 0));
      g.output(quantize(g, g.node('MatMul', [a, b], {}, { name: 'l', outShapes: [s], outDType: 'int8' }), q(0.1, 0)));
      return g;
    },
  },
};

/** Number-form rules whose number is not a bound on a measured value, and why. */
const NOT_A_BOUND: Record<string, string> = {
  'const-input': 'the number is the index of the input that must be constant (rules-pool-misc.test.ts covers it)',
  'channels-not-prime': 'the number is the channel count above which a prime count fails: tested below with primes around it',
  'symmetric-output-1x1': 'the number is the channel count above which a prime count fails: tested below with primes around it',
  'input-absent': 'the number is the index of the optional input that must be absent (vendor-rules.test.ts covers it)',
  'rows-min': 'a lower bound (rows >= limit): tested below at, below and above it',
};

const numeric = [...RULE_DEFS.values()].filter((r) => r.limitForm === 'number' || r.limitForm === 'range');

function verdict(f: Fixture, rule: string, v: number): { hw: boolean; value?: unknown; rule?: string } {
  const l = layer(f.graph(v), oneRule(f.op, { rule, limit: f.limit }), 'l');
  return l.unit === 'HW' ? { hw: true } : { hw: false, value: l.reasons[0]?.value, rule: l.reasons[0]?.rule };
}

describe('numeric rule limits, from the rule table', () => {
  it('every rule with a number or range limit has a fixture, or says why its number is not a bound', () => {
    expect(numeric.length).toBeGreaterThanOrEqual(14); // the table was really read
    const missing = numeric.map((r) => r.id).filter((id) => FIXTURES[id] === undefined && NOT_A_BOUND[id] === undefined);
    expect(missing).toEqual([]);
    expect(Object.keys(FIXTURES).filter((id) => !RULE_DEFS.has(id))).toEqual([]);
  });

  it.each(Object.entries(FIXTURES).filter(([, f]) => typeof f.limit === 'number'))('%s: below and at the limit run on the NPU, above it falls back', (rule, f) => {
    const limit = f.limit as number;
    expect(verdict(f, rule, limit - 1)).toEqual({ hw: true });
    expect(verdict(f, rule, limit)).toEqual({ hw: true });
    const above = verdict(f, rule, limit + 1);
    expect(above.hw).toBe(false);
    expect(above.rule).toBe(rule);
    // The reported value names what was measured: the number itself, or a kernel/stride written NxM.
    expect(String(above.value)).toMatch(new RegExp(`(^|x)${limit + 1}(x|$)`));
  });

  it.each(Object.entries(FIXTURES).filter(([, f]) => Array.isArray(f.limit)))('%s: both ends of the range run on the NPU, one past either end falls back', (rule, f) => {
    const [lo, hi] = f.limit as [number, number];
    for (const v of [lo, hi]) expect(verdict(f, rule, v), `value ${v}`).toEqual({ hw: true });
    for (const v of [lo - 1, hi + 1]) {
      const r = verdict(f, rule, v);
      expect(r.hw, `value ${v}`).toBe(false);
      expect(r.rule, `value ${v}`).toBe(rule);
    }
  });

  it('symmetric-output-1x1 (above 17): an asymmetric 1x1 conv with 13 or 17 channels runs on the NPU, 19 falls back; a symmetric one never does', () => {
    const t = oneRule('Conv', { rule: 'symmetric-output-1x1', limit: 17 });
    const pw = (c: number, zp: number) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', [1, 8, 8, 8], q(0.1, 0));
      g.output(quantize(g, g.node('Conv', [x, g.constant('w', 'int8', [c, 8, 1, 1], q(0.01, 0))], {}, { name: 'l', outShapes: [[1, c, 8, 8]], outDType: 'int8' }), q(0.1, zp)));
      return layer(g, t, 'l');
    };
    expect(pw(13, -128).unit).toBe('HW');
    expect(pw(17, -128).unit).toBe('HW');
    expect(pw(19, -128).reasons[0]).toMatchObject({ rule: 'symmetric-output-1x1', value: 'zero point -128' });
    expect(pw(18, -128).unit).toBe('HW'); // not prime
    expect(pw(19, 0).unit).toBe('HW'); // symmetric
  });

  it('rows-min (4, Kneron KL520 GlobalMaxPool "row > 3"): 4 and 5 rows run on the NPU, 3 falls back', () => {
    const t = oneRule('GlobalMaxPool', { rule: 'rows-min', limit: 4 });
    const at = (rows: number) => layer(one('GlobalMaxPool', [1, 8, rows, 8], {}, [1, 8, 1, 1]), t, 'l');
    expect(at(4).unit).toBe('HW');
    expect(at(5).unit).toBe('HW');
    expect(at(3).reasons[0]).toMatchObject({ rule: 'rows-min', value: 3 });
    // A rank-3 input's rows are its one spatial axis; symbolic rows are not judged.
    expect(layer(one('GlobalMaxPool', [1, 8, 3], {}, [1, 8, 1]), t, 'l').reasons[0]).toMatchObject({ rule: 'rows-min', value: 3 });
    expect(layer(one('GlobalMaxPool', [1, 8, 'h', 8], {}, [1, 8, 1, 1]), t, 'l').unit).toBe('HW');
  });

  it('channels-not-prime (above 17): 13 and 17 output channels run on the NPU, 19 falls back', () => {
    const t = oneRule('Conv', { rule: 'channels-not-prime', limit: 17 });
    const at = (c: number) => layer(convWith([c, 8, 1, 1], {}), t, 'l');
    expect(at(13).unit).toBe('HW');
    expect(at(17).unit).toBe('HW');
    expect(at(19).reasons[0]).toMatchObject({ rule: 'channels-not-prime', value: 19 });
    expect(at(18).unit).toBe('HW'); // not prime
  });
});
