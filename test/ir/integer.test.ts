/**
 * "This layer computes on integers" (ir/integer.ts readsQuantizedIntegers): every activation it
 * reads (an input that is no constant) is a quantized integer tensor, and it reads at least one.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { readsQuantizedIntegers } from '../../src/ir/integer.js';
import type { Node } from '../../src/ir/graph.js';

const q = { scale: [0.5], zeroPoint: [0], dtype: 'int8' as const };

/** A graph with activations a (int8, quantized), b (int8, no parameters), f (float32), and constants c (int8, quantized), k (float32). */
function graph() {
  const g = new GraphBuilder();
  g.input('a', 'int8', [4], q);
  g.input('b', 'int8', [4]);
  g.input('f', 'float32', [4]);
  g.constant('c', 'int8', [4], q);
  g.constant('k', 'float32', [4]);
  return g.graph;
}
const reader = (inputs: string[]): Node => ({ name: 'n', op: 'Add', sourceOp: 'Add', inputs, outputs: ['y'], attrs: {} });

describe('readsQuantizedIntegers', () => {
  it('true when every activation read is a quantized integer, whatever the constants', () => {
    const g = graph();
    expect(readsQuantizedIntegers(g, reader(['a']))).toBe(true);
    expect(readsQuantizedIntegers(g, reader(['a', 'k']))).toBe(true);
    expect(readsQuantizedIntegers(g, reader(['k', 'a', 'a', 'c']))).toBe(true);
  });

  it('false when one activation is float or an integer without quantization parameters, in any position', () => {
    const g = graph();
    for (const inputs of [['a', 'f'], ['f', 'a'], ['a', 'b'], ['b']]) expect(readsQuantizedIntegers(g, reader(inputs))).toBe(false);
  });

  it('false without any activation: constants only, omitted operands and names without a tensor count as none', () => {
    const g = graph();
    for (const inputs of [[], ['c'], ['k', 'c'], ['', 'c'], ['nowhere']]) expect(readsQuantizedIntegers(g, reader(inputs))).toBe(false);
    // (and they are skipped beside a quantized activation, even were a float tensor named '')
    g.tensors.set('', { name: '', dtype: 'float32', shape: [4] });
    expect(readsQuantizedIntegers(g, reader(['', 'nowhere', 'a']))).toBe(true);
  });
});
