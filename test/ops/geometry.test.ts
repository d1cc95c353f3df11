/**
 * The shared geometry and dimension arithmetic of the operators (src/ops/util/spatial.ts and
 * dims.ts): window output sizes in every padding mode (ONNX Conv/pool formulas, PyTorch's
 * ceil_mode rule that the last window starts inside the input), the SAME pads split (TensorFlow:
 * the odd row after; SAME_LOWER before), layouts, axis normalisation, products and broadcasting.
 * Each expected number is worked by hand from the formula named in its test.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/ir/graph.js';
import { broadcastShapes, dimMap, dimMul, dimsCompatible, normAxis, product, countOr0 } from '../../src/ops/util/dims.js';
import { geometry, joinShape, resolvedPads, splitShape, windowOut } from '../../src/ops/util/spatial.js';

const node = (attrs: Node['attrs'] = {}): Node => ({ name: 'n', op: 'Conv', sourceOp: 'Conv', inputs: [], outputs: [], attrs });

describe('windowOut: floor((in + pads - ((k - 1) d + 1)) / s) + 1', () => {
  it.each<[string, Node['attrs'], number[], number, number]>([
    ['k3 s1 no pads', {}, [3], 10, 8],
    ['k3 s2 pads 1,1', { strides: [2], pads: [1, 1] }, [3], 10, 5],
    ['k3 d2 (extent 5)', { dilations: [2] }, [3], 10, 6],
    ['k2 s2 ceil_mode: 11 -> ceil(9/2)+1 = 6', { strides: [2], ceil_mode: 1 }, [2], 11, 6],
    ['k2 s2 floor: 11 -> 5', { strides: [2] }, [2], 11, 5],
    ['ceil_mode whose last window would start in the end padding: dropped (in 4, k2, s2, pads 0,1 -> 2)', { strides: [2], ceil_mode: 1, pads: [0, 1] }, [2], 4, 2],
    ['SAME_UPPER: ceil(in / s)', { auto_pad: 'SAME_UPPER', strides: [3] }, [3], 10, 4],
    ['SAME_LOWER: ceil(in / s)', { auto_pad: 'SAME_LOWER', strides: [2] }, [5], 7, 4],
    ['VALID: floor((in - extent) / s) + 1', { auto_pad: 'VALID', strides: [2] }, [3], 10, 4],
  ])('%s', (_, attrs, k, input, out) => {
    expect(windowOut(input, geometry(node(attrs), k), 0)).toBe(out);
  });

  it('refuses a kernel larger than the (padded) input and a non-positive stride; a symbol gives an unknown dim', () => {
    // VALID: floor((2 - 3) / 1) + 1 = 0 windows, allowed; floor((2 - 5) / 1) + 1 = -2, refused.
    expect(windowOut(2, geometry(node({ auto_pad: 'VALID' }), [3]), 0)).toBe(0);
    expect(() => windowOut(2, geometry(node({ auto_pad: 'VALID' }), [5]), 0)).toThrow('kernel extent 5 is larger than the input size 2');
    expect(() => windowOut(2, geometry(node({ pads: [0, 0] }), [4]), 0)).toThrow('kernel extent 4 is larger than the padded input size 2');
    expect(() => windowOut(8, geometry(node({ strides: [0] }), [3]), 0)).toThrow('stride 0 must be positive');
    expect(typeof windowOut('H', geometry(node(), [3]), 0)).toBe('string');
  });

  it('geometry refuses strides, dilations or pads of the wrong length', () => {
    expect(() => geometry(node({ strides: [1] }), [3, 3])).toThrow('strides has 1 entries, kernel has 2 dims');
    expect(() => geometry(node({ dilations: [1, 1, 1] }), [3, 3])).toThrow('dilations has 3 entries, kernel has 2 dims');
    expect(() => geometry(node({ pads: [1, 1] }), [3, 3])).toThrow('pads has 2 entries, expected 4');
    expect(geometry(node(), [3, 3])).toEqual({ kernel: [3, 3], strides: [1, 1], dilations: [1, 1], pads: [0, 0, 0, 0], autoPad: 'NOTSET', ceilMode: false });
  });
});

describe('resolvedPads: total = max((out - 1) s + extent - in, 0)', () => {
  it('SAME_UPPER puts the odd row after, SAME_LOWER before; VALID is zeros; explicit pads are returned', () => {
    // in 7, k 4, s 2 -> out 4; total = 3*2 + 4 - 7 = 3.
    expect(resolvedPads(geometry(node({ auto_pad: 'SAME_UPPER', strides: [2] }), [4]), [7], [4])).toEqual([1, 2]);
    expect(resolvedPads(geometry(node({ auto_pad: 'SAME_LOWER', strides: [2] }), [4]), [7], [4])).toEqual([2, 1]);
    expect(resolvedPads(geometry(node({ auto_pad: 'VALID' }), [3, 3]), [8, 8], [6, 6])).toEqual([0, 0, 0, 0]);
    expect(resolvedPads(geometry(node({ pads: [1, 2, 3, 4] }), [3, 3]), [8, 8], [9, 9])).toEqual([1, 2, 3, 4]);
    // in 8, k 1, s 2 -> out 4: (4 - 1) * 2 + 1 - 8 < 0 -> no padding.
    expect(resolvedPads(geometry(node({ auto_pad: 'SAME_UPPER', strides: [2] }), [1]), [8], [4])).toEqual([0, 0]);
    expect(resolvedPads(geometry(node({ auto_pad: 'SAME_UPPER' }), [3]), ['H'], [8])).toBeUndefined();
  });
});

describe('layouts and dimension arithmetic', () => {
  it('splitShape / joinShape in NCHW and NHWC; rank 1 is refused', () => {
    expect(splitShape(node(), [1, 3, 8, 9])).toEqual({ batch: 1, channels: 3, spatial: [8, 9] });
    expect(splitShape(node({ layout: 'NHWC' }), [1, 8, 9, 3])).toEqual({ batch: 1, channels: 3, spatial: [8, 9] });
    expect(joinShape(node({ layout: 'NHWC' }), 1, 3, [8, 9])).toEqual([1, 8, 9, 3]);
    expect(joinShape(node(), 1, 3, [8, 9])).toEqual([1, 3, 8, 9]);
    expect(() => splitShape(node(), [4])).toThrow('input rank 1 is too small for a spatial op (needs N, C, spatial...)');
  });

  it('normAxis at -rank, rank - 1 (in range) and at rank, -rank - 1 (out)', () => {
    expect(normAxis(-3, 3)).toBe(0);
    expect(normAxis(2, 3)).toBe(2);
    expect(() => normAxis(3, 3, 'split axis')).toThrow('split axis 3 is out of range for rank 3');
    expect(() => normAxis(-4, 3)).toThrow('axis -4 is out of range for rank 3');
    expect(() => normAxis(0.5, 3)).toThrow('axis 0.5 is out of range for rank 3');
  });

  it('product, countOr0, dimMul, dimMap, dimsCompatible with symbols', () => {
    expect(product([2, 3, 4])).toBe(24);
    expect(product([])).toBe(1);
    expect(product([2, 'N'])).toBeUndefined();
    expect(countOr0(undefined)).toBe(0);
    expect(countOr0(['N'])).toBe(0);
    expect(countOr0([5, 2])).toBe(10);
    expect([dimMul(3, 4), dimMul('N', 0), dimMul(0, 'N'), dimMul(1, 'N'), dimMul('N', 1), dimMul('N', 2)]).toEqual([12, 0, 0, 'N', 'N', '?']);
    expect([dimMap(8, (v) => v / 2), dimMap(8, (v) => v - 9), dimMap(8, (v) => v / 0), dimMap('N', (v) => v)]).toEqual([4, '?', '?', '?']);
    expect([dimsCompatible(3, 3), dimsCompatible(3, 4), dimsCompatible('N', 4), dimsCompatible(4, undefined)]).toEqual([true, false, true, true]);
  });

  it('broadcastShapes: numpy rules, symbols kept when they agree, refused on a clash', () => {
    expect(broadcastShapes([[2, 1, 4], [3, 1]])).toEqual([2, 3, 4]);
    expect(broadcastShapes([[]])).toEqual([]);
    expect(broadcastShapes([['N', 1], ['N', 5]])).toEqual(['N', 5]);
    expect(broadcastShapes([['N', 4], [3, 4]])).toEqual([3, 4]);
    expect(broadcastShapes([['N'], ['M']])).toEqual(['?']);
    expect(() => broadcastShapes([[2, 3], [4, 3]])).toThrow('cannot broadcast [2,3] with [4,3] (dim 0: 2 vs 4)');
  });
});
