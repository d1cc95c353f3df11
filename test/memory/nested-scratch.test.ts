/**
 * withNestedScratch (memory/nested.ts): a control node's scratch is its own plus its largest
 * subgraph's arena, each subgraph planned once with the I/O inside and the caller's rules. The
 * planner is a stand-in returning fixed arenas, so each figure is the sum the header states.
 */
import { describe, expect, it } from 'vitest';
import { withNestedScratch, type NestedNotes, type PlanFn } from '../../src/memory/nested.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { MemoryPlan, PlanOptions } from '../../src/memory/types.js';

const sub = (name: string): Graph => ({ name, tensors: new Map(), nodes: [], inputs: [], outputs: [] });
const graph = sub('main');

function stand(arenas: Record<string, number>, unsized: Record<string, string[]> = {}) {
  const calls: { graph: string; opts: PlanOptions }[] = [];
  const plan: PlanFn = (g, opts) => {
    calls.push({ graph: g.name, opts });
    return { arenaBytes: arenas[g.name] ?? 0, unsized: unsized[g.name] ?? [] } as unknown as MemoryPlan;
  };
  return { plan, calls };
}

const node = (name: string, subgraphs?: Record<string, Graph>): Node => ({ name, op: subgraphs ? 'If' : 'Relu', sourceOp: 'If', inputs: [], outputs: [], attrs: {}, ...(subgraphs ? { subgraphs } : {}) });

describe('nested graphs: scratch for a control node', () => {
  it('a node without subgraphs keeps its own scratch and plans nothing', () => {
    const notes: NestedNotes = { nested: [], unsized: [] };
    const s = stand({});
    const fn = withNestedScratch(() => 12, {}, s.plan, notes);
    expect(fn(node('relu'), graph)).toBe(12);
    expect(s.calls).toEqual([]);
    expect(notes).toEqual({ nested: [], unsized: [] });
  });

  it('own scratch plus the largest subgraph (300 of 100 and 300): 12 + 300, noted with its subgraph', () => {
    const notes: NestedNotes = { nested: [], unsized: [] };
    const s = stand({ then: 100, else: 300 }, { then: ['t1'], else: ['e1', 'e2'] });
    const base = () => 12;
    const fn = withNestedScratch(base, { planner: 'tflm', simd: 'dsp' }, s.plan, notes);
    expect(fn(node('if', { then_branch: sub('then'), else_branch: sub('else') }), graph)).toBe(312);
    expect(notes.nested).toEqual([{ node: 'if', subgraph: 'else_branch', bytes: 300 }]);
    expect(notes.unsized).toEqual(['t1', 'e1', 'e2']);
    // each subgraph planned with the caller's options, its I/O inside, the base scratch, as nested
    expect(s.calls.map((c) => c.graph)).toEqual(['then', 'else']);
    for (const c of s.calls) expect(c.opts).toEqual({ planner: 'tflm', simd: 'dsp', ioInsideActivations: true, scratchSize: base, nested: true });
  });

  it('equal arenas: the first subgraph is the one noted', () => {
    const notes: NestedNotes = { nested: [], unsized: [] };
    const fn = withNestedScratch(() => 0, {}, stand({ a: 64, b: 64 }).plan, notes);
    expect(fn(node('loop', { body: sub('a'), other: sub('b') }), graph)).toBe(64);
    expect(notes.nested).toEqual([{ node: 'loop', subgraph: 'body', bytes: 64 }]);
  });

  it('subgraphs with empty arenas add nothing and are not noted', () => {
    const notes: NestedNotes = { nested: [], unsized: [] };
    const fn = withNestedScratch(() => 8, {}, stand({ a: 0 }).plan, notes);
    expect(fn(node('if', { then_branch: sub('a') }), graph)).toBe(8);
    expect(fn(node('if2', {}), graph)).toBe(8);
    expect(notes.nested).toEqual([]);
  });

  it('each node is planned once however often it is asked (the orders of memory/best.ts)', () => {
    const notes: NestedNotes = { nested: [], unsized: [] };
    const s = stand({ a: 40 });
    const fn = withNestedScratch(() => 0, {}, s.plan, notes);
    const n = node('if', { then_branch: sub('a') });
    expect([fn(n, graph), fn(n, graph), fn(n, graph)]).toEqual([40, 40, 40]);
    expect(s.calls).toHaveLength(1);
    expect(notes.nested).toHaveLength(1);
  });
});
