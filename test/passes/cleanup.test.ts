import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { cleanupPass } from '../../src/passes/cleanup.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';

describe('cleanup', () => {
  it('removes an Identity between two ops and rewires the reader', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const a = g.node('Relu', [x], {}, { name: 'a' });
    const i = g.node('Identity', [a], {}, { name: 'id' });
    const b = g.node('Sigmoid', [i], {}, { name: 'b' });
    g.output(b);
    const ctx = contextFor(g.graph);
    cleanupPass.run(g.graph, ctx);
    verifyInvariants(g.graph, 'cleanup');
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['a', 'b']);
    expect(g.graph.nodes[1]?.inputs).toEqual(['a_out']);
    expect(g.graph.tensors.has('id_out')).toBe(false);
    expect(ctx.diagnostics.map((d) => d.message)).toContain('removed 1 Identity node');
  });

  it('keeps the graph output name when an Identity produces it', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const a = g.node('Relu', [x], {}, { name: 'a', outShapes: [[1, 4]] });
    const i = g.node('Identity', [a], {}, { name: 'id' });
    g.output(i);
    cleanupPass.run(g.graph, contextFor(g.graph));
    verifyInvariants(g.graph, 'cleanup');
    expect(g.graph.outputs).toEqual(['id_out']);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['a']);
    expect(g.graph.nodes[0]?.outputs).toEqual(['id_out']);
    expect(g.get('id_out').shape).toEqual([1, 4]);
    expect(g.graph.tensors.has('a_out')).toBe(false);
  });

  it('keeps an Identity that copies a graph input to a graph output', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.output(g.node('Identity', [x], {}, { name: 'copy' }));
    cleanupPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['copy']);
  });

  it('removes Dropout and records it in the producer\'s fused list', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const w = g.constant('w', 'float32', [4, 4]);
    const a = g.node('Gemm', [x, w], {}, { name: 'fc' });
    const d = g.node('Dropout', [a], {}, { name: 'drop' });
    g.output(g.node('Relu', [d], {}, { name: 'r' }));
    cleanupPass.run(g.graph, contextFor(g.graph));
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['fc', 'r']);
    expect(g.graph.nodes[0]?.fused).toEqual(['drop']);
  });

  it('removes dead nodes transitively and the constants only they read', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    const w = g.constant('w_dead', 'float32', [4, 4]);
    const d1 = g.node('Gemm', [x, w], {}, { name: 'dead1' });
    g.node('Relu', [d1], {}, { name: 'dead2' });
    g.output(g.node('Relu', [x], {}, { name: 'live' }));
    const ctx = contextFor(g.graph);
    cleanupPass.run(g.graph, ctx);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['live']);
    expect(g.graph.tensors.has('w_dead')).toBe(false);
    expect([...g.graph.tensors.keys()].sort()).toEqual(['live_out', 'x']);
    expect(ctx.diagnostics.some((m) => m.message.includes("'dead1'") && m.message.includes("'dead2'"))).toBe(true);
  });
});
