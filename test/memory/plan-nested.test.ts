/**
 * planMemory's options (memory/plan.ts): a nested graph (an If or Loop body, planned on its own)
 * has no I/O conventions, since its inputs and outputs are the model's intermediate tensors; and
 * 'best' searches with streaming overlap under either runtime's rules.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { planMemory } from '../../src/memory/plan.js';

describe('a nested graph has no I/O conventions', () => {
  it("no integer I/O: a QDQ body keeps its float input and output buffers (ST's model-level rule drops them)", () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 8]);
    const q = b.node('QuantizeLinear', [x, b.values('s', 'float32', [0.1], []), b.values('z', 'int8', [0], [])], {}, { name: 'q', outShapes: [[1, 8]], outDType: 'int8' });
    b.output(b.node('DequantizeLinear', [q, b.values('s2', 'float32', [0.1], []), b.values('z2', 'int8', [0], [])], {}, { name: 'dq', outShapes: [[1, 8]], outDType: 'float32' }));
    const sizes = (nested: boolean) => planMemory(b.graph, { planner: 'st', nested }).buffers.map((r) => [r.tensor, r.size]);
    // the model: the int8 tensor is the I/O buffer (8 x 1 B); the body: 8 floats in, 8 int8, 8 floats out
    expect(sizes(false)).toEqual([['q_out', 8]]);
    expect(sizes(true)).toEqual([['x', 32], ['q_out', 8], ['dq_out', 32]]);
  });

  it('no channel-last copies of a channel-first input and output', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 2, 2, 2]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [8, 2, 1, 1])], {}, { name: 'conv', outShapes: [[1, 8, 2, 2]], outDType: 'float32' }));
    const copies = (nested: boolean) => planMemory(b.graph, { planner: 'st', nested }).buffers.map((r) => r.tensor).filter((t) => t.endsWith('#chlast'));
    expect(copies(false)).toEqual(['x#chlast', 'conv_out#chlast']);
    expect(copies(true)).toEqual([]);
  });
});

describe("'best' overlaps", () => {
  it('a chain of element-wise layers runs in place under best as under st: no more bytes than st, outputs over inputs', () => {
    const b = new GraphBuilder();
    let t = b.input('x', 'int8', [1, 64]);
    for (const name of ['r1', 'r2', 'r3']) t = b.node('Relu', [t], {}, { name, outShapes: [[1, 64]], outDType: 'int8' });
    b.output(t);
    const st = planMemory(b.graph, { planner: 'st' });
    const best = planMemory(b.graph, { planner: 'best' });
    // in place: one 64 B buffer's worth at any step (without overlap, 128 B)
    expect([st.arenaBytes, best.arenaBytes]).toEqual([64, 64]);
    expect(best.overlaps.map((o) => o.node)).toEqual(['r1', 'r2', 'r3']);
  });
});
