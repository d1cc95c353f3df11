/**
 * The rules' shared helpers (src/ops/util/) at their edges, called directly: attribute readers on
 * values of the wrong type, the MACC clamp at 0 and past 2^53, the dims helpers on symbolic and
 * negative dims, the window arithmetic (SAME, VALID, ceil mode with begin padding, dilation), and
 * the value folds' broadcasting. Each expected value is worked out by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Node } from '../../src/ir/graph.js';
import { attrInt, attrInts, attrTensor } from '../../src/ops/util/attrs.js';
import { clampMacc, hasInput } from '../../src/ops/util/cost.js';
import { ShapeError, dimMap, isNum } from '../../src/ops/util/dims.js';
import { dtypeFromAttr } from '../../src/ops/util/dtypes.js';
import { type Geometry, resolvedPads, splitShape, windowOut } from '../../src/ops/util/spatial.js';
import { broadcastValues, isSmall, transposeValues } from '../../src/ops/util/values.js';
import { createRuleContext } from '../../src/ops/context.js';
import { GraphBuilder } from '../builders/ir.js';

const node = (attrs: Attrs, inputs: string[] = []): Node => {
  const g = new GraphBuilder();
  g.node('Relu', inputs, attrs, { name: 'n' });
  return g.graph.nodes[0] as Node;
};

describe('attribute readers', () => {
  it('an int from a boolean (1 / 0); ints only from an all-number list or one number', () => {
    const n = node({ t: true, f: false, s: 'x', mixed: [1, 'a'] as unknown as number[], words: ['a', 'b'], one: 3 });
    expect([attrInt(n, 't'), attrInt(n, 'f'), attrInt(n, 's', 7)]).toEqual([1, 0, 7]);
    expect([attrInts(n, 'mixed'), attrInts(n, 'words'), attrInts(n, 'one')]).toEqual([undefined, undefined, [3]]);
  });

  it('a tensor attribute is an object with a dtype: not a string, a list or a graph', () => {
    const t = { name: 'v', dtype: 'float32' as const, shape: [] };
    const n = node({ t, s: 'dtype', list: [1], g: new GraphBuilder('sub').graph });
    expect([attrTensor(n, 't'), attrTensor(n, 's'), attrTensor(n, 'list'), attrTensor(n, 'g')]).toEqual([t, undefined, undefined, undefined]);
  });

  it('dtype attributes: the IR\'s names only', () => {
    expect([dtypeFromAttr('int8'), dtypeFromAttr('INT8'), dtypeFromAttr(3), dtypeFromAttr(undefined)]).toEqual(['int8', undefined, undefined, undefined]);
  });
});

describe('cost helpers', () => {
  it('MACC: 0 for nothing or less (never -0), rounded, capped at 2^53 - 1', () => {
    expect(Object.is(clampMacc(-0), 0)).toBe(true);
    expect([clampMacc(-5), clampMacc(Number.NaN), clampMacc(2.5), clampMacc(2 ** 60)]).toEqual([0, 0, 3, Number.MAX_SAFE_INTEGER]);
  });

  it('an input named "" is omitted', () => {
    const g = new GraphBuilder();
    g.node('Relu', [g.input('x', 'float32', [1]), ''], {}, { name: 'n' });
    const ctx = createRuleContext(g.graph, g.graph.nodes[0] as Node, 13);
    expect([hasInput(ctx, 0), hasInput(ctx, 1), hasInput(ctx, 2)]).toEqual([true, false, false]);
  });

  it('looks an operand up once it is found; one not found yet is looked up again', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1]);
    const out = g.node('Relu', [x], {}, { name: 'n' });
    const n = g.graph.nodes[0] as Node;
    g.graph.tensors.delete(out);
    const asked: string[] = [];
    const ctx = createRuleContext(g.graph, n, 13, (name) => {
      asked.push(name);
      return g.graph.tensors.get(name);
    });
    const input = ctx.input(0);
    expect(ctx.input(0)).toBe(input);
    expect(ctx.constValues(0)).toBeUndefined();
    expect(ctx.output(0)).toBeUndefined();
    // the shapes pass adds a missing output's tensor: the context then finds it
    const y = { name: out, dtype: 'float32' as const };
    g.graph.tensors.set(out, y);
    expect(ctx.output(0)).toBe(y);
    expect(ctx.output(0)).toBe(y);
    expect(asked).toEqual(['x', out, out]);
  });
});

describe('dims', () => {
  it('a known dim is a number >= 0: not -1, not a symbol, not a numeric string', () => {
    expect([isNum(0), isNum(3), isNum(-1), isNum('n'), isNum('2' as never), isNum(undefined)]).toEqual([true, true, false, false, false, false]);
  });

  it('dimMap: symbols stay unknown whatever f returns; 0 is a size, a negative result is not', () => {
    expect([dimMap('n', () => 5), dimMap(3, () => 0), dimMap(3, () => -1), dimMap(3, (n) => n / 0)]).toEqual(['?', 0, '?', '?']);
  });

  it('ShapeError is named as such', () => {
    expect(new ShapeError('x').name).toBe('ShapeError');
  });
});

describe('window geometry', () => {
  const geo = (g: Partial<Geometry>): Geometry => ({ kernel: [1], strides: [1], dilations: [1], pads: [0, 0], autoPad: 'NOTSET', ceilMode: false, ...g });

  it('a rank-2 input is N, C and no spatial dims; rank 1 is refused', () => {
    expect(splitShape(node({}), [2, 3])).toEqual({ batch: 2, channels: 3, spatial: [] });
    expect(() => splitShape(node({}), [3])).toThrow('input rank 1 is too small for a spatial op (needs N, C, spatial...)');
  });

  it('SAME (TensorFlow) is ceil(input / stride) like SAME_UPPER', () => {
    // ceil(7 / 2) = 4
    expect(windowOut(7, geo({ kernel: [3], strides: [2], autoPad: 'SAME' }), 0)).toBe(4);
  });

  it('a kernel exactly as large as the padded input gives one window; one larger is refused with the padded size', () => {
    // 3 + 0 + 0 - 3 = 0: (0 / 1) + 1
    expect(windowOut(3, geo({ kernel: [3] }), 0)).toBe(1);
    // input 1 with pads 1 and 2: a padded size of 4 for a kernel of 5
    expect(() => windowOut(1, geo({ kernel: [5], pads: [1, 2] }), 0)).toThrow('kernel extent 5 is larger than the padded input size 4');
  });

  it('ceil mode keeps a last window that starts in the begin padding of the input', () => {
    // input 5, kernel 1, stride 2, pads [2, 0]: span 6, ceil(6 / 2) + 1 = 4 windows at -2, 0, 2, 4; 4 starts inside [0, 5)
    expect(windowOut(5, geo({ strides: [2], pads: [2, 0], ceilMode: true }), 0)).toBe(4);
  });

  it('resolved pads: zeros for VALID whatever `pads` says; SAME with a dilation widens the kernel', () => {
    expect(resolvedPads(geo({ autoPad: 'VALID', pads: [1, 1] }), [5], [5])).toEqual([0, 0]);
    // kernel 3, dilation 2: extent 5; input 5 -> output 5 at stride 1 needs (5 - 1) + 5 - 5 = 4: 2 before, 2 after
    expect(resolvedPads(geo({ kernel: [3], dilations: [2], autoPad: 'SAME_UPPER' }), [5], [5])).toEqual([2, 2]);
  });
});

describe('value folds', () => {
  it('isSmall: a static shape at or below the limit; a symbolic one never', () => {
    expect([isSmall([2, 3], 6), isSmall([2, 3], 5), isSmall(['n', 3], 1e9), isSmall(undefined, 1e9)]).toEqual([true, false, false, false]);
  });

  it('broadcast: a [2, 1] column against a [3] row (numpy: a + b)', () => {
    // [[1], [2]] + [10, 20, 30] = [[11, 21, 31], [12, 22, 32]]
    expect(broadcastValues([2, 3], [[2, 1], [3]], [[1, 2], [10, 20, 30]], (xs) => (xs[0] ?? 0) + (xs[1] ?? 0))).toEqual([11, 21, 31, 12, 22, 32]);
  });

  it('transpose: [2, 3] by [1, 0] (numpy: a.T)', () => {
    expect(transposeValues([2, 3], [1, 2, 3, 4, 5, 6], [1, 0])).toEqual([1, 4, 2, 5, 3, 6]);
  });
});
