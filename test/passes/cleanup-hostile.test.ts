/**
 * `cleanup` (passes/cleanup.ts) on malformed pass-through nodes, as a frontend may leave them before
 * the verify pass names the problem: an Identity without an input, one whose output is omitted, one
 * that reads its own output. None is taken for a pass-through; the pass does not throw.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { cleanupPass, removePassThrough } from '../../src/passes/cleanup.js';
import { contextFor } from './context.js';

describe('malformed pass-throughs are not removed as such', () => {
  it('an Identity without any input stays, and its reader still reads its output', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'id', op: 'Identity', sourceOp: 'Identity', inputs: [], outputs: [g.tensor('y', 'float32', [1])], attrs: {} });
    g.output(g.node('Relu', ['y'], {}, { name: 'r' }));
    const ctx = contextFor(g.graph);
    cleanupPass.run(g.graph, ctx);
    expect(g.graph.nodes.map((n) => [n.name, n.inputs])).toEqual([['id', []], ['r', ['y']]]);
    expect(ctx.diagnostics).toEqual([]);
  });

  it('an Identity whose output is omitted is a node whose output nobody uses, not a pass-through', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.graph.nodes.push({ name: 'id', op: 'Identity', sourceOp: 'Identity', inputs: [x], outputs: [''], attrs: {} });
    g.output(g.node('Relu', [x], {}, { name: 'r' }));
    const ctx = contextFor(g.graph);
    cleanupPass.run(g.graph, ctx);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['r']);
    expect(ctx.diagnostics.map((d) => d.message)).toEqual(["removed 1 node whose outputs are never used: 'id'"]);
  });

  it('an Identity that reads its own output, a graph output, stays a copy', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'id', op: 'Identity', sourceOp: 'Identity', inputs: ['y'], outputs: [g.tensor('y', 'float32', [1])], attrs: {} });
    g.output('y');
    removePassThrough(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => [n.name, n.inputs, n.outputs])).toEqual([['id', ['y'], ['y']]]);
  });
});
