/**
 * `cleanup` (passes/cleanup.ts) at the edges its header names: a Dropout whose mask is read, a
 * pass-through chain, the copy that must stay, who records a removed Dropout, the count in the
 * diagnostics (1, 2; ten dead nodes named, the eleventh counted), and nested graphs' reads.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { cleanupPass } from '../../src/passes/cleanup.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { contextFor } from './context.js';
import type { Graph } from '../../src/ir/graph.js';

function clean(g: Graph) {
  const ctx = contextFor(g);
  cleanupPass.run(g, ctx);
  verifyInvariants(g, 'cleanup');
  return { names: g.nodes.map((n) => n.name), messages: ctx.diagnostics.map((d) => d.message) };
}

describe('pass-through nodes', () => {
  it('two Identity nodes in a row are both removed and counted in the plural', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a' });
    const i1 = g.node('Identity', [a], {}, { name: 'id1' });
    const i2 = g.node('Identity', [i1], {}, { name: 'id2' });
    g.output(g.node('Sigmoid', [i2], {}, { name: 'b' }));
    const r = clean(g.graph);
    expect(r.names).toEqual(['a', 'b']);
    expect(g.graph.nodes[1]?.inputs).toEqual(['a_out']);
    expect(r.messages).toEqual(['removed 2 Identity nodes']);
  });

  it('a Dropout whose mask output is read stays; one whose mask nobody reads goes', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a' });
    g.node('Dropout', [a], {}, { name: 'drop', outputs: 2 });
    g.output(g.node('Sigmoid', ['drop_out0'], {}, { name: 'b' }));
    g.output(g.node('Not', ['drop_out1'], {}, { name: 'mask_reader' }));
    expect(clean(g.graph).names).toEqual(['a', 'drop', 'b', 'mask_reader']);

    const h = new GraphBuilder();
    const c = h.node('Relu', [h.input('x', 'float32', [1, 4])], {}, { name: 'a' });
    h.node('Dropout', [c], {}, { name: 'drop', outputs: 2 });
    h.output(h.node('Sigmoid', ['drop_out0'], {}, { name: 'b' }));
    const r = clean(h.graph);
    expect(r.names).toEqual(['a', 'b']);
    expect(h.graph.nodes.find((n) => n.name === 'a')?.fused).toEqual(['drop']);
  });

  it("a Dropout of a graph input is recorded in its first reader's fused list", () => {
    const g = new GraphBuilder();
    const d = g.node('Dropout', [g.input('x', 'float32', [1, 4])], {}, { name: 'drop' });
    g.output(g.node('Relu', [d], {}, { name: 'r1' }));
    g.output(g.node('Sigmoid', [d], {}, { name: 'r2' }));
    const r = clean(g.graph);
    expect(r.names).toEqual(['r1', 'r2']);
    expect(g.graph.nodes.map((n) => [n.name, n.inputs, n.fused])).toEqual([['r1', ['x'], ['drop']], ['r2', ['x'], undefined]]);
    expect(r.messages).toEqual([]);
  });

  it('a Dropout copying a graph input to a graph output stays; so does an Identity of a constant to an output', () => {
    const g = new GraphBuilder();
    g.output(g.node('Dropout', [g.input('x', 'float32', [1, 4])], {}, { name: 'drop' }));
    const w = g.constant('w', 'float32', [4]);
    g.output(g.node('Identity', [w], {}, { name: 'id' }));
    expect(clean(g.graph).names).toEqual(['drop', 'id']);
  });

  it('an Identity between a graph output and another graph output stays: both names are kept', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a' });
    g.output(a);
    g.output(g.node('Identity', [a], {}, { name: 'id' }));
    expect(clean(g.graph).names).toEqual(['a', 'id']);
    expect(g.graph.outputs).toEqual(['a_out', 'id_out']);
  });

  it('an Identity without an input or output name is not a pass-through', () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.node('Identity', [''], {}, { name: 'id' });
    g.output('id_out');
    expect(clean(g.graph).names).toEqual(['id']);
  });
});

describe('dead nodes', () => {
  /** x -> Relu (kept, the output); and a chain of `n` Sigmoid nodes off x nobody reads. */
  function deadChain(n: number): Graph {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.output(g.node('Relu', [x], {}, { name: 'keep' }));
    let t = x;
    for (let i = 0; i < n; i++) t = g.node('Sigmoid', [t], {}, { name: `d${i}` });
    return g.graph;
  }

  it('one dead node: named in the singular, as information (I_FOLDED)', () => {
    expect(clean(deadChain(1)).messages).toEqual(["removed 1 node whose outputs are never used: 'd0'"]);
    const ctx = contextFor(deadChain(1));
    cleanupPass.run(ctx.model.graph, ctx);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(['I_FOLDED']);
  });

  it('ten dead nodes are all named; the eleventh is counted', () => {
    const ten = clean(deadChain(10));
    expect(ten.names).toEqual(['keep']);
    const named = Array.from({ length: 10 }, (_, i) => `'d${9 - i}'`).join(', ');
    expect(ten.messages).toEqual([`removed 10 nodes whose outputs are never used: ${named}`]);
    const eleven = clean(deadChain(11));
    const first = Array.from({ length: 10 }, (_, i) => `'d${10 - i}'`).join(', ');
    expect(eleven.messages).toEqual([`removed 11 nodes whose outputs are never used: ${first}, ... (1 more)`]);
  });

  it('a node with one output read and one not stays', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.node('Split', [x], { axis: 1 }, { name: 'split', outputs: 2 });
    g.output(g.node('Relu', ['split_out0'], {}, { name: 'keep' }));
    expect(clean(g.graph)).toEqual({ names: ['split', 'keep'], messages: [] });
    // its unread output is still a tensor of the graph (the node writes it)
    expect([...g.graph.tensors.keys()].sort()).toEqual(['keep_out', 'split_out0', 'split_out1', 'x']);
  });

  it('an Identity whose input is omitted is not rewired to nothing: its reader keeps reading it', () => {
    const g = new GraphBuilder();
    const t = g.node('Identity', [''], {}, { name: 'id' });
    g.output(g.node('Relu', [t], {}, { name: 'r' }));
    expect(clean(g.graph).names).toEqual(['id', 'r']);
    expect(g.graph.nodes[1]?.inputs).toEqual(['id_out']);
  });

  it('a Dropout with an omitted mask goes even when another node has an omitted input', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.graph.nodes.push({ name: 'drop', op: 'Dropout', sourceOp: 'Dropout', inputs: [x], outputs: ['d', ''], attrs: {} });
    g.tensor('d', 'float32', [1, 4]);
    g.output(g.node('Clip', ['d', '', g.values('hi', 'float32', [6], [])], {}, { name: 'clip' }));
    expect(clean(g.graph).names).toEqual(['clip']);
    expect(g.graph.nodes[0]?.inputs).toEqual(['x', '', 'hi']);
  });

  it('an Identity with no input at all, or no output at all, or an omitted output, is not a pass-through; other omitted inputs keep reading nothing', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.graph.nodes.push({ name: 'noIn', op: 'Identity', sourceOp: 'Identity', inputs: [], outputs: ['a'], attrs: {} });
    g.tensor('a', 'float32', [1, 4]);
    g.graph.nodes.push({ name: 'noOut', op: 'Identity', sourceOp: 'Identity', inputs: [x], outputs: [], attrs: {} });
    g.graph.nodes.push({ name: 'omittedOut', op: 'Identity', sourceOp: 'Identity', inputs: [x], outputs: [''], attrs: {} });
    g.output('a');
    g.output(g.node('Clip', [x, '', g.values('hi', 'float32', [6], [])], {}, { name: 'clip' }));
    const r = clean(g.graph);
    expect(r.names).toEqual(['noIn', 'noOut', 'clip']);
    expect(g.graph.nodes.find((n) => n.name === 'clip')?.inputs).toEqual(['x', '', 'hi']);
  });

  it('the removals are I_FOLDED findings; a Dropout nothing holds is named on its own', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.output(g.node('Relu', [x], {}, { name: 'keep' }));
    g.node('Dropout', [x], {}, { name: 'drop' });
    g.node('Identity', ['keep_out'], {}, { name: 'id' });
    const ctx = contextFor(g.graph);
    cleanupPass.run(g.graph, ctx);
    expect(ctx.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['I_FOLDED', "Dropout 'drop' removed (inference pass-through)"],
      ['I_FOLDED', 'removed 1 Identity node'],
    ]);
  });

  it('a node without outputs stays (side effects); a node read only by a subgraph stays', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.node('Relu', [x], {}, { name: 'effect', outputs: 0 });
    const s = g.node('Sigmoid', [x], {}, { name: 'feeds_body' });
    const body: Graph = { name: 'body', tensors: new Map(), nodes: [{ name: 'inner', op: 'Relu', sourceOp: 'Relu', inputs: [s], outputs: ['o'], attrs: {} }], inputs: [], outputs: ['o'] };
    body.tensors.set('o', { name: 'o', dtype: 'float32' });
    g.graph.nodes.push({ name: 'if', op: 'If', sourceOp: 'If', inputs: [x], outputs: ['if_out'], attrs: {}, subgraphs: { then_branch: body } });
    g.tensor('if_out', 'float32');
    g.output('if_out');
    expect(clean(g.graph).names).toEqual(['effect', 'feeds_body', 'if']);
  });

  it('tensors nothing refers to are dropped; a subgraph read keeps its tensor', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.tensor('stale', 'float32', [3]);
    g.constant('unused_w', 'float32', [4]);
    g.input('unread', 'float32', [2]);
    g.output(g.node('Relu', [x], {}, { name: 'r' }));
    clean(g.graph);
    // a graph input nobody reads stays: it is part of the model's interface
    expect([...g.graph.tensors.keys()]).toEqual(['x', 'unread', 'r_out']);
  });
});

describe("a Dropout's mask", () => {
  it('a mask that is a graph output keeps the Dropout', () => {
    const g = new GraphBuilder();
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a' });
    g.node('Dropout', [a], {}, { name: 'drop', outputs: 2 });
    g.output(g.node('Sigmoid', ['drop_out0'], {}, { name: 'b' }));
    g.output('drop_out1');
    expect(clean(g.graph).names).toEqual(['a', 'drop', 'b']);
  });
});
