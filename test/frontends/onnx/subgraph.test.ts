import { describe, expect, it } from 'vitest';
import { OnnxBuilder } from '../../builders/onnx.js';
import { expectFootprintError, load } from './helpers.js';

function ifModel(elseReads: string): OnnxBuilder {
  const b = new OnnxBuilder({ opset: 15 });
  const x = b.input('x', 'float32', [4]);
  const c = b.input('cond', 'bool', []);
  const k = b.initializer('k', 'float32', [4], { values: [1, 2, 3, 4] });
  const thenG = b.subgraph('then');
  thenG.output(thenG.node('Relu', [x], {}, { name: 'then_relu' }), 'float32');
  const elseG = b.subgraph('else');
  const inner = elseG.subgraph('inner');
  inner.output(inner.node('Neg', [k], {}, { name: 'inner_neg' }), 'float32');
  const nested = elseG.node('If', [c], { then_branch: inner, else_branch: inner }, { name: 'inner_if' });
  elseG.output(elseG.node('Add', [nested, elseReads], {}, { name: 'else_add' }), 'float32');
  b.output(b.node('If', [c], { then_branch: thenG, else_branch: elseG }, { name: 'if1' }), 'float32');
  return b;
}

describe('ONNX nested graphs', () => {
  it('maps If branches into node.subgraphs, recursively, with outer-scope references recorded', () => {
    const m = load(ifModel('x'));
    const node = m.graph.nodes[0];
    expect(node?.op).toBe('If');
    expect(Object.keys(node?.subgraphs ?? {})).toEqual(['then_branch', 'else_branch']);
    expect(node?.attrs).toEqual({});
    const thenG = node?.subgraphs?.['then_branch'];
    expect(thenG?.nodes.map((n) => n.name)).toEqual(['then_relu']);
    expect(thenG?.outerRefs).toEqual(['x']);
    const elseG = node?.subgraphs?.['else_branch'];
    expect(elseG?.nodes.map((n) => n.name)).toEqual(['inner_if', 'else_add']);
    expect(elseG?.outerRefs?.sort()).toEqual(['cond', 'x']);
    const inner = elseG?.nodes[0]?.subgraphs?.['then_branch'];
    expect(inner?.nodes.map((n) => n.op)).toEqual(['Neg']);
    expect(inner?.outerRefs).toEqual(['k']);
    expect(m.diagnostics.filter((d) => d.code === 'W_SUBGRAPH').map((d) => d.node)).toEqual(['inner_if', 'if1']);
  });

  it('rejects a name no enclosing scope defines', () => {
    const e = expectFootprintError(() => load(ifModel('nowhere')), 'E_GRAPH');
    expect(e.message).toContain('nowhere');
    expect(e.node).toBe('else_add');
  });

  it('refuses graphs nested beyond the depth limit', () => {
    const b = new OnnxBuilder();
    const c = b.input('c', 'bool', []);
    let g = b.subgraph('g0');
    g.output(g.node('Identity', [c]), 'bool');
    for (let i = 1; i < 20; i++) {
      const outer = b.subgraph(`g${i}`);
      outer.output(outer.node('If', [c], { then_branch: g, else_branch: g }), 'bool');
      g = outer;
    }
    b.output(b.node('If', [c], { then_branch: g, else_branch: g }), 'bool');
    expectFootprintError(() => load(b), 'E_LIMIT');
  });
});
