/**
 * How inferred shapes and dtypes meet what the file declares (passes/shapes/merge.ts), the 2^53
 * element limit, and the cause each W_SHAPE gives for an output left unknown (shapes/node.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from '../ops/run.js';

const wshape = (d: Diagnostic[]) => d.filter((x) => x.code === 'W_SHAPE').map((x) => x.message);

/** Relu over x, with the output declared as `declared`: returns the merged shape and the warnings. */
function reluDeclared(x: Shape, declared: Shape): { shape: Shape | undefined; warnings: string[] } {
  const g = new GraphBuilder();
  const y = g.node('Relu', [g.input('x', 'float32', x)], {}, { name: 'r', outShapes: [declared] });
  const d = infer(g);
  return { shape: g.get(y).shape, warnings: wshape(d) };
}

describe('shapes pass: inferred against declared shapes', () => {
  it('equal shapes merge silently', () => {
    expect(reluDeclared([2, 3], [2, 3])).toEqual({ shape: [2, 3], warnings: [] });
  });

  it('a different rank is a conflict: the inferred shape wins, named next to the declared one', () => {
    expect(reluDeclared([2, 3], [6])).toEqual({
      shape: [2, 3],
      warnings: ["Relu 'r': output 'r_out' is inferred as 2x3 but the file declares 6; using the inferred shape"],
    });
  });

  it('one differing dim among equal ones is a conflict', () => {
    expect(reluDeclared([2, 3, 4], [2, 5, 4]).warnings).toHaveLength(1);
  });

  it('a declared number fills an inferred symbol or unknown dim, silently', () => {
    expect(reluDeclared(['N', 3], [8, 3])).toEqual({ shape: [8, 3], warnings: [] });
  });

  it('a declared symbol fills an unknown inferred dim, but not an inferred symbol', () => {
    const g = new GraphBuilder();
    const unknownDim = g.node('Reshape', [g.input('x', 'float32', [2, 3]), g.input('s', 'int64', [2])], {}, { name: 'rs', outShapes: [['batch', 'c']] });
    const d = infer(g);
    expect(g.get(unknownDim).shape).toEqual(['batch', 'c']);
    expect(wshape(d)).toEqual([]);
    expect(reluDeclared(['N', 3], ['batch', 3]).shape).toEqual(['N', 3]);
  });

  it('an inferred number wins over a declared symbol without a conflict', () => {
    expect(reluDeclared([4, 3], ['batch', 3])).toEqual({ shape: [4, 3], warnings: [] });
  });

  it('a declared dtype stays; an unknown one takes the inferred dtype', () => {
    const g = new GraphBuilder();
    const kept = g.node('Relu', [g.input('x', 'float32', [2])], {}, { outDType: 'float16' });
    const taken = g.node('Relu', ['x']);
    infer(g);
    expect(g.get(kept).dtype).toBe('float16');
    expect(g.get(taken).dtype).toBe('float32');
  });

  it('outputs the file did not list are created with the inferred shape', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'r', op: 'Relu', sourceOp: 'Relu', inputs: [g.input('x', 'float32', [5])], outputs: ['y'], attrs: {} });
    infer(g);
    expect(g.get('y')).toEqual({ name: 'y', dtype: 'float32', shape: [5] });
  });
});

describe('shapes pass: the 2^53 element limit', () => {
  const warned = (shape: Shape) => {
    const g = new GraphBuilder();
    g.node('Relu', [g.input('x', 'float32', shape)], {}, { name: 'r' });
    return wshape(infer(g)).filter((m) => m.includes('2^53'));
  };

  it('at 2^53 - 1 elements nothing is said; at 2^53 + 1 (2^27 x (2^26 + 1) is exact), one W_SHAPE', () => {
    expect(warned([Number.MAX_SAFE_INTEGER])).toEqual([]);
    expect(warned([2 ** 27, 2 ** 26 + 1])).toEqual([
      `Relu 'r': output 'r_out' (${2 ** 27}x${2 ** 26 + 1}) has more than 2^53 elements; counts for it are capped (E_LIMIT)`,
    ]);
  });

  it('symbolic dims do not count', () => {
    expect(warned(['N', 2 ** 52])).toEqual([]);
  });
});

describe('shapes pass: why an output stays unknown', () => {
  it('a rule that rejects its inputs names the node and the reason; its readers are not reported again', () => {
    const g = new GraphBuilder();
    const bad = g.node('Add', [g.input('a', 'float32', [2]), g.input('b', 'float32', [3])], {}, { name: 'bad' });
    g.node('Relu', [bad], {}, { name: 'after' });
    const d = infer(g);
    const w = wshape(d);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^Add 'bad': /);
    expect(d.filter((x) => x.node === 'after')).toEqual([]);
  });

  it('a shape operand known only at run time', () => {
    const g = new GraphBuilder();
    // a shape operand of symbolic length: even the rank is unknown
    g.node('ConstantOfShape', [g.input('s', 'int64', ['n'])], {}, { name: 'cos' });
    expect(wshape(infer(g))).toEqual([
      "ConstantOfShape 'cos': cannot infer the shape of 'cos_out': its size depends on values known only at run time (non-constant shape operand) or on unsupported attributes",
    ]);
  });

  it('an If whose branches give outputs of different ranks', () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [2, 3]);
    const branch = (name: string, op: 'Relu' | 'Shape') => {
      const b = new GraphBuilder(name);
      b.output(b.node(op, ['x'], {}, { name: `${name}_${op}` }));
      return b.graph;
    };
    g.node('If', [g.input('c', 'bool', [])], {}, { name: 'if' });
    const node = g.graph.nodes[0];
    if (node) node.subgraphs = { then_branch: branch('then', 'Relu'), else_branch: branch('else', 'Shape') };
    const w = wshape(infer(g));
    expect(g.get('if_out').shape).toBeUndefined();
    expect(w).toEqual(["If 'if': cannot infer the shape of 'if_out': its nested graphs give outputs of different ranks or of unknown shape"]);
  });

  it('an unknown input names that input', () => {
    const g = new GraphBuilder();
    g.node('Add', [g.tensor('u', 'float32'), g.input('b', 'float32', [3])], {}, { name: 'add' });
    expect(wshape(infer(g))).toEqual(["Add 'add': cannot infer the shape of 'add_out': input 'u' has an unknown shape"]);
  });
});
