/**
 * The ONNX-ML rules (ops/ml.ts) on hostile nodes: an omitted or shapeless input must give unknown
 * shapes or a typed refusal (FootprintError, reported as W_SHAPE by the shapes pass), never a
 * TypeError from reading a missing tensor.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { ML_KINDS } from '../../src/ops/ml-arrays.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import type { Node } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { supportVectorMismatch } from '../../src/ops/ml.js';
import { UNKNOWN_DIM } from '../../src/ops/util/dims.js';

/** Runs `f`; returns 'ok', the FootprintError code, or the other error's name and message. */
function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e: unknown) {
    if (e instanceof FootprintError) return e.code;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

describe('ONNX-ML rules with their input omitted or shapeless', () => {
  it.each(ML_KINDS.map((k) => [k]))('%s: infer and cost without a TypeError', (kind) => {
    for (const input of ['', 'shapeless']) {
      const b = new GraphBuilder();
      b.tensor('shapeless', 'float32');
      const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [input, input], outputs: ['y', 'z'], attrs: {} };
      b.graph.nodes.push(node);
      const rule = getRule(kind);
      const ctx = createRuleContext(b.graph, node, 17);
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': infer`).toContain(outcome(() => rule.infer(ctx)));
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': cost`).toContain(outcome(() => rule.cost(ctx)));
    }
  });
});

describe('ONNX-ML output shapes from the labels and the operands', () => {
  /** `kind` over x [2, 4] (and `more` inputs), returns the inferred output shapes. */
  function shapes(kind: 'SVMClassifier' | 'ZipMap' | 'ArrayFeatureExtractor', attrs: Node['attrs'], xShape: Shape = [2, 4], more: (b: GraphBuilder) => string[] = () => []): unknown[] {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', xShape);
    const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [x, ...more(b)], outputs: ['y', 'z'], attrs };
    b.graph.nodes.push(node);
    return getRule(kind).infer(createRuleContext(b.graph, node, 17)).map((o) => o.shape);
  }

  it('a classifier labelled by strings has as many score columns as labels', () => {
    expect(shapes('SVMClassifier', { classlabels_strings: ['a', 'b', 'c'] })).toEqual([[2], [2, 3]]);
    expect(shapes('SVMClassifier', { classlabels_ints: [0, 1] })).toEqual([[2], [2, 2]]);
  });

  it('a classifier without labels has an unknown score width; a 1-D input is one sample; a scalar input is refused', () => {
    expect(shapes('SVMClassifier', {})).toEqual([[2], [2, UNKNOWN_DIM]]);
    expect(shapes('SVMClassifier', { classlabels_ints: [0, 1] }, [4])).toEqual([[1], [1, 2]]);
    expect(() => shapes('SVMClassifier', { classlabels_ints: [0, 1] }, [])).toThrow('expected a [N, F] input, got a scalar');
  });

  it('a tree ensemble labelled by int64s gives int64 labels; by strings, string labels', () => {
    const dtypes = (attrs: Node['attrs']): unknown[] => {
      const b = new GraphBuilder();
      const x = b.input('x', 'float32', [2, 4]);
      const tree = { nodes_treeids: [0], nodes_nodeids: [0], nodes_modes: ['LEAF'], nodes_truenodeids: [0], nodes_falsenodeids: [0] };
      const node: Node = { name: 'n', op: 'TreeEnsembleClassifier', sourceOp: 'TreeEnsembleClassifier', inputs: [x], outputs: ['y', 'z'], attrs: { ...tree, ...attrs } };
      b.graph.nodes.push(node);
      return getRule('TreeEnsembleClassifier').infer(createRuleContext(b.graph, node, 17)).map((o) => `${String(o.dtype)} ${JSON.stringify(o.shape)}`);
    };
    expect(dtypes({ classlabels_int64s: [0, 1, 2] })).toEqual(['int64 [2]', 'float32 [2,3]']);
    expect(dtypes({ classlabels_strings: ['a', 'b'] })).toEqual(['string [2]', 'float32 [2,2]']);
  });

  it('ZipMap: (label, probability) pairs per class, the classes from its labels or else the input width', () => {
    expect(shapes('ZipMap', { classlabels_int64s: [0, 1, 2] }, [2, 3])).toEqual([[2, 2, 3]]);
    expect(shapes('ZipMap', { classlabels_strings: ['a', 'b'] }, [2, 5])).toEqual([[2, 2, 2]]);
    expect(shapes('ZipMap', {}, [2, 5])).toEqual([[2, 2, 5]]);
    // the labels give the classes even when the input's width is unknown
    expect(shapes('ZipMap', { classlabels_int64s: [0, 1, 2] }, [2, 'k'])).toEqual([[2, 2, 3]]);
    expect(shapes('ZipMap', {}, [2, 'k'])).toEqual([[2, 2, 'k']]);
  });

  it('ArrayFeatureExtractor: the leading axes, then as many columns as indices; a 1-D input gives one row', () => {
    expect(shapes('ArrayFeatureExtractor', {}, [2, 4], (b) => [b.values('i', 'int64', [0, 3, 1])])).toEqual([[2, 3]]);
    expect(shapes('ArrayFeatureExtractor', {}, [4], (b) => [b.values('i', 'int64', [0, 3])])).toEqual([[1, 2]]);
    expect(shapes('ArrayFeatureExtractor', {}, [2, 4], (b) => [b.input('i', 'int64', ['k', 2])])).toEqual([[2, '?']]);
  });
});

describe('supportVectorMismatch: the support-vector counts against the values present', () => {
  const svm = (perClass: number[] | undefined, values: number): Node => ({
    name: 'svm', op: 'SVMClassifier', sourceOp: 'SVMClassifier', inputs: ['x'], outputs: ['y', 'p'],
    attrs: { ...(perClass ? { vectors_per_class: perClass } : {}), support_vectors: new Array<number>(values).fill(0.5) },
  });

  /** MACC of an SVMClassifier over an input of `shape`: 1 + 1 support vectors holding 8 values, plus `attrs`. */
  function svmMacc(shape: Shape, attrs: Node['attrs']): number {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', shape);
    const base = svm([1, 1], 8);
    const node: Node = { ...base, inputs: [x], attrs: { ...base.attrs, ...attrs } };
    b.graph.nodes.push(node);
    return getRule('SVMClassifier').cost(createRuleContext(b.graph, node, 17)).macc;
  }

  it('with the feature count known: counts x features must equal the values (3 + 2 vectors x 4 features = 20)', () => {
    expect(supportVectorMismatch(svm([3, 2], 20), 4)).toBeUndefined();
    expect(supportVectorMismatch(svm([3, 2], 16), 4)).toBe('support_vectors has 16 values; expected 5 support vectors x 4 features = 20');
  });

  it('with the feature count unknown, only counts above the values present disagree', () => {
    expect(supportVectorMismatch(svm([3, 2], 4), undefined)).toBe('5 support vectors counted; support_vectors has 4 values');
    expect(supportVectorMismatch(svm([3, 2], 5), undefined)).toBeUndefined();
    expect(supportVectorMismatch(svm([3, 2], 20), 'F')).toBeUndefined();
  });

  it('a 1-D input is one sample of F features: POLY with 2 support vectors over [4] costs 3 x 2 x 4 = 24 MACC (METRICS.md: svm.c, 3 x 656 x 16 = 31,488)', () => {
    expect(svmMacc([4], { kernel_type: 'POLY', classlabels_ints: [0, 1] })).toBe(24);
  });

  it('the kernel defaults to LINEAR (ONNX-ML): 1 x 2 support vectors x 4 features = 8 MACC', () => {
    expect(svmMacc([2, 4], {})).toBe(8);
  });

  it('an input of unknown width: a linear SVM still counts its coefficients; with support vectors the MACC is unknown (0)', () => {
    expect(svmMacc([2, 'F'], { vectors_per_class: [], coefficients: [1, 2, 3, 4, 5, 6] })).toBe(6);
    expect(svmMacc([2, 'F'], { kernel_type: 'RBF' })).toBe(0);
  });

  it('no counted support vectors (a linear SVM): nothing to compare, whatever support_vectors holds', () => {
    expect(supportVectorMismatch(svm(undefined, 4), 4)).toBeUndefined();
    expect(supportVectorMismatch(svm([], 0), 4)).toBeUndefined();
  });
});
