/**
 * The shapes pass's folding and its summary, each decision on its own: what folds to values, what
 * becomes a `computed` constant, what stays a layer, and the I_FOLDED / W_SHAPE summary sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Graph, Model } from '../../src/ir/graph.js';
import { refoldPass, shapesPass } from '../../src/passes/shapes.js';
import { FOLD_MAX_ELEMENTS } from '../../src/ops/util/values.js';
import { GraphBuilder } from '../builders/ir.js';
import { contextFor } from './context.js';
import { newState, report } from '../../src/passes/shapes/state.js';
import { diag } from '../../src/diagnostics/diagnostic.js';

/** `qdqFolded`: as the qdq pass leaves the context when it folded Q/DQ nodes (the refold runs only then). */
function runPass(graph: Graph, format: Model['format'] = 'onnx', foldShapesOnly?: boolean, pass = shapesPass, qdqFolded?: boolean): Diagnostic[] {
  const ctx = contextFor(graph, foldShapesOnly === undefined ? {} : { foldShapesOnly });
  ctx.model.format = format;
  if (qdqFolded !== undefined) ctx.qdqFolded = qdqFolded;
  pass.run(graph, ctx);
  return ctx.diagnostics;
}

const names = (g: GraphBuilder) => g.graph.nodes.map((n) => n.name);
const message = (d: Diagnostic[], code: string) => d.filter((x) => x.code === code).map((x) => x.message);

/** k Identity nodes over a constant, each folded: names id0..id(k-1). */
function identities(k: number): GraphBuilder {
  const g = new GraphBuilder();
  let t = g.values('c', 'int64', [3]);
  for (let i = 0; i < k; i++) t = g.node('Identity', [t], {}, { name: `id${i}` });
  g.output(t);
  return g;
}

/** Shape(x [2, 5]) -> Gather(index 1) -> Reshape(y [10], [that]). */
function shapeChain(): GraphBuilder {
  const g = new GraphBuilder();
  const sh = g.node('Shape', [g.input('x', 'float32', [2, 5])], {}, { name: 'shape' });
  const d1 = g.node('Gather', [sh, g.values('i', 'int64', [1])], { axis: 0 }, { name: 'gather' });
  g.output(g.node('Reshape', [g.input('y', 'float32', [10]), d1], {}, { name: 'reshape' }));
  return g;
}

describe('shapes pass: the summary sentences', () => {
  it('names up to eight folded nodes, then counts the rest', () => {
    const eight = runPass(identities(8).graph);
    expect(message(eight, 'I_FOLDED')).toEqual(['8 constant node(s) folded: id0, id1, id2, id3, id4, id5, id6, id7']);
    const nine = runPass(identities(9).graph);
    expect(message(nine, 'I_FOLDED')).toEqual(['9 constant node(s) folded: id0, id1, id2, id3, id4, id5, id6, id7, ... (1 more)']);
    const one = runPass(identities(1).graph);
    expect(message(one, 'I_FOLDED')).toEqual(['1 constant node(s) folded: id0']);
  });

  it('says nothing when nothing folds and nothing stays unknown', () => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('x', 'float32', [2])]));
    expect(runPass(g.graph)).toEqual([]);
  });

  it('counts the nodes left unknown downstream of the first one, in one W_SHAPE', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    let t = g.node('Relu', [x], {}, { name: 'first' });
    for (let i = 0; i < 3; i++) t = g.node('Sigmoid', [t], {}, { name: `s${i}` });
    const d = runPass(g.graph);
    expect(message(d, 'W_SHAPE')).toEqual([
      "Relu 'first': cannot infer the shape of 'first_out': input 'x' has an unknown shape",
      '3 more node(s) have unknown output shapes downstream of unsupported operators or of the nodes reported above',
    ]);
  });

  it('an unknown operator counts as downstream, without a sentence of its own', () => {
    const g = new GraphBuilder();
    g.node('Unknown', [g.input('x', 'float32', [2])], {}, { name: 'u' });
    expect(message(runPass(g.graph), 'W_SHAPE')).toEqual([
      '1 more node(s) have unknown output shapes downstream of unsupported operators or of the nodes reported above',
    ]);
  });

  it('a node reading a name nobody declares is reported, not thrown', () => {
    const g = new GraphBuilder();
    g.node('Relu', ['ghost'], {}, { name: 'r' });
    expect(message(runPass(g.graph), 'W_SHAPE')).toEqual(["Relu 'r': cannot infer the shape of 'r_out': input 'ghost' has an unknown shape"]);
  });
});

describe('shapes pass: foldShapesOnly (TFLite, as Vela)', () => {
  it('in a TFLite file only the Shape folds; the Gather and the Reshape reading it stay', () => {
    const g = shapeChain();
    runPass(g.graph, 'tflite', true);
    expect(names(g)).toEqual(['gather', 'reshape']);
    expect(g.get('shape_out').data).toEqual({ kind: 'values', values: [2, 5] });
  });

  it('the quiet re-run after QDQ folding keeps the same restriction', () => {
    const g = shapeChain();
    expect(runPass(g.graph, 'tflite', true, refoldPass, true)).toEqual([]);
    expect(names(g)).toEqual(['gather', 'reshape']);
    // (the same run without the restriction folds the Gather: the re-run did run)
    const h = shapeChain();
    runPass(h.graph, 'tflite', false, refoldPass, true);
    expect(names(h)).toEqual(['reshape']);
  });

  it('without the option, or in an ONNX file, the whole chain folds', () => {
    for (const [format, only] of [['tflite', undefined], ['tflite', false], ['onnx', true]] as const) {
      const g = shapeChain();
      runPass(g.graph, format, only);
      expect(names(g)).toEqual(['reshape']);
      expect(g.get('gather_out').data).toEqual({ kind: 'values', values: [5] });
    }
  });
});

describe('shapes pass: what folds to values', () => {
  it(`a fold of exactly FOLD_MAX_ELEMENTS (${FOLD_MAX_ELEMENTS}) values keeps them; one more becomes a computed constant`, () => {
    for (const [n, kind] of [[FOLD_MAX_ELEMENTS - 1, 'values'], [FOLD_MAX_ELEMENTS, 'values'], [FOLD_MAX_ELEMENTS + 1, 'computed']] as const) {
      const g = new GraphBuilder();
      const y = g.node('Tile', [g.values('v', 'int64', [7]), g.values('r', 'int64', [n])], {}, { name: 'tile' });
      runPass(g.graph);
      expect(names(g)).toEqual([]);
      expect(g.get(y).shape).toEqual([n]);
      expect(g.get(y).data?.kind).toBe(kind);
    }
  });

  it('a fold that throws is reported and the node still becomes a computed constant', () => {
    const g = new GraphBuilder();
    const y = g.node('Gather', [g.values('v', 'int64', [1, 2, 3]), g.values('i', 'int64', [5])], { axis: 0 }, { name: 'g' });
    const d = runPass(g.graph);
    expect(message(d, 'W_SHAPE')).toEqual(["Gather 'g': cannot fold constant inputs: gather index 5 is out of range for dim 3"]);
    expect(g.get(y).data).toEqual({ kind: 'computed', by: 'g' });
    expect(names(g)).toEqual([]);
  });

  it('a variable tensor (TFLite resource) is not a constant: what reads it stays', () => {
    const g = new GraphBuilder();
    const v = g.values('v', 'int64', [1, 2]);
    const t = g.get(v);
    t.variable = true;
    const y = g.node('Identity', [v], {}, { name: 'id' });
    runPass(g.graph);
    expect(names(g)).toEqual(['id']);
    expect(g.get(y).data).toBeUndefined();
  });

  it('a node reading a constant and an activation stays', () => {
    const g = new GraphBuilder();
    g.node('Add', [g.values('a', 'float32', [1, 2]), g.input('x', 'float32', [2])], {}, { name: 'add' });
    runPass(g.graph);
    expect(names(g)).toEqual(['add']);
  });

  it('a node whose only inputs are omitted stays (only Constant makes values from nothing)', () => {
    const g = new GraphBuilder();
    g.node('Identity', [''], {}, { name: 'id' });
    g.node('Constant', [], { value_ints: [4, 5] }, { name: 'k' });
    runPass(g.graph);
    expect(names(g)).toEqual(['id']);
    expect(g.get('k_out').data).toEqual({ kind: 'values', values: [4, 5] });
  });

  it('an omitted optional input does not stop the fold (Clip without a max)', () => {
    const g = new GraphBuilder();
    const y = g.node('Clip', [g.values('x', 'float32', [-3, 2, 9]), g.values('lo', 'float32', [0], []), ''], {}, { name: 'clip' });
    runPass(g.graph);
    expect(names(g)).toEqual([]);
    expect(g.get(y).data).toBeDefined();
  });

  it('a node without outputs, or with a subgraph, is never folded', () => {
    const g = new GraphBuilder();
    g.graph.nodes.push({ name: 'sink', op: 'Identity', sourceOp: 'Identity', inputs: [g.values('a', 'int64', [1])], outputs: [], attrs: {} });
    runPass(g.graph);
    expect(names(g)).toEqual(['sink']);
  });

  it('a compute layer on constants stays a layer (stedgeai runs it); a data-movement op over constants folds', () => {
    const g = new GraphBuilder();
    g.node('MatMul', [g.values('a', 'float32', [1, 2], [1, 2]), g.values('b', 'float32', [3, 4], [2, 1])], {}, { name: 'mm' });
    g.node('Transpose', [g.constant('w', 'float32', [4, 3])], {}, { name: 'tr' });
    runPass(g.graph);
    expect(names(g)).toEqual(['mm']);
    expect(g.get('tr_out')).toMatchObject({ shape: [3, 4], data: { kind: 'computed', by: 'tr' } });
  });
});

describe('shapes pass: folds whose values do not fit their outputs', () => {
  it('a Dropout with a mask folds one array for two outputs: both become computed constants, not values', () => {
    const g = new GraphBuilder();
    const c = g.values('c', 'int64', [1, 2, 3]);
    g.node('Dropout', [c], {}, { name: 'drop', outputs: 2 });
    runPass(g.graph);
    expect(names(g)).toEqual([]);
    expect([g.get('drop_out0').data, g.get('drop_out1').data]).toEqual([{ kind: 'computed', by: 'drop' }, { kind: 'computed', by: 'drop' }]);
  });

  it('an omitted output (a Dropout without its mask) is skipped when the outputs become computed constants', () => {
    const g = new GraphBuilder();
    const c = g.constant('w', 'float32', [4, 4]);
    g.graph.nodes.push({ name: 'drop', op: 'Dropout', sourceOp: 'Dropout', inputs: [c], outputs: ['y', ''], attrs: {} });
    g.tensor('y', 'float32');
    runPass(g.graph);
    expect(names(g)).toEqual([]);
    expect(g.get('y').data).toEqual({ kind: 'computed', by: 'drop' });
  });

  it('a constant of unknown shape passed through an Identity: its values give the output its length', () => {
    const g = new GraphBuilder();
    const c = g.tensor('c', 'int64', undefined, { data: { kind: 'values', values: [4, 5, 6] } });
    const y = g.node('Identity', [c], {}, { name: 'id' });
    runPass(g.graph);
    expect(g.get(y)).toMatchObject({ shape: [3], data: { kind: 'values', values: [4, 5, 6] } });
  });
});

describe('shapes pass: computed constants and their storage width', () => {
  it('a Constant too big to read keeps the file\'s tensor data', () => {
    const g = new GraphBuilder();
    const data = { kind: 'values' as const, values: new Array<number>(200_000).fill(0.5) };
    g.node('Constant', [], { value: { name: 'v', dtype: 'float32', shape: [200_000], data } }, { name: 'k' });
    runPass(g.graph);
    expect(g.get('k_out')).toMatchObject({ shape: [200_000], data });
  });

  it('data movement keeps the storage width of the constant it moves; others do not', () => {
    const g = new GraphBuilder();
    const w = g.constant('w', 'float32', [4, 3]);
    g.get(w).storageBits = 1;
    const tr = g.node('Transpose', [w], {}, { name: 'tr' });
    const neg = g.node('Neg', [w], {}, { name: 'neg' });
    runPass(g.graph);
    expect(g.get(tr).storageBits).toBe(1);
    expect(g.get(neg).storageBits).toBeUndefined();
    expect(g.get(neg).data).toEqual({ kind: 'computed', by: 'neg' });
  });

  it('a QONNX Quant of constant weights folds and stores them at its bit width', () => {
    const g = new GraphBuilder();
    const scalar = (n: string, v: number) => g.values(n, 'float32', [v], []);
    const q = g.node('Quant', [g.constant('w', 'float32', [8, 4]), scalar('s', 0.1), scalar('z', 0), scalar('b', 3)], {}, { name: 'q' });
    const bq = g.node('BipolarQuant', [g.constant('w2', 'float32', [8, 4]), scalar('s2', 1)], {}, { name: 'bq' });
    runPass(g.graph);
    expect(names(g)).toEqual([]);
    expect(g.get(q)).toMatchObject({ shape: [8, 4], storageBits: 3, data: { kind: 'computed', by: 'q' } });
    expect(g.get(bq)).toMatchObject({ storageBits: 1, data: { kind: 'computed', by: 'bq' } });
  });

  it('a Quant of an activation stays (quantization is not folded)', () => {
    const g = new GraphBuilder();
    const scalar = (n: string, v: number) => g.values(n, 'float32', [v], []);
    g.node('Quant', [g.input('x', 'float32', [8]), scalar('s', 0.1), scalar('z', 0), scalar('b', 3)], {}, { name: 'q' });
    runPass(g.graph);
    expect(names(g)).toEqual(['q']);
  });
});

describe('shapes pass state: one report per finding', () => {
  it('the same code, message and node once; a different node or code is another finding', () => {
    const state = newState(17, []);
    expect(state.foldShapesOnly).toBe(false);
    const d = (code: 'W_SHAPE' | 'I_FOLDED', node: string) => diag(code, 'same words', node);
    for (const x of [d('W_SHAPE', 'a'), d('W_SHAPE', 'a'), d('W_SHAPE', 'b'), d('I_FOLDED', 'a')]) report(state, x);
    expect(state.diagnostics.map((x) => [x.code, x.node])).toEqual([['W_SHAPE', 'a'], ['W_SHAPE', 'b'], ['I_FOLDED', 'a']]);
    report(state, diag('W_SHAPE', 'other words', 'a'));
    expect(state.diagnostics).toHaveLength(4);
  });
});

describe('the quiet re-run after QDQ folding (shapes-refold)', () => {
  /** A Transpose of a constant left unfolded (as QDQ folding leaves a weight's Transpose), added to the input. */
  function transposedConstant(): GraphBuilder {
    const g = new GraphBuilder();
    const w = g.constant('w', 'int8', [8, 4]);
    const t = g.node('Transpose', [w], { perm: [1, 0] }, { name: 'w_t', outShapes: [[4, 8]], outDType: 'int8' });
    g.output(g.node('Add', [t, g.input('x', 'int8', [4, 8])], {}, { name: 'add', outShapes: [[4, 8]], outDType: 'int8' }));
    return g;
  }

  it('folds what turned constant, and runs only when the qdq pass folded Q/DQ nodes', () => {
    const ran = transposedConstant();
    runPass(ran.graph, 'onnx', undefined, refoldPass, true);
    expect(names(ran)).toEqual(['add']);
    expect(ran.get('w_t_out').data).toBeDefined();
    for (const qdqFolded of [undefined, false]) {
      const skipped = transposedConstant();
      runPass(skipped.graph, 'onnx', undefined, refoldPass, qdqFolded);
      expect(names(skipped)).toEqual(['w_t', 'add']);
    }
  });
});
