/**
 * The constant arrays each ONNX-ML node stores (ops/ml-arrays.ts), attribute by attribute: which
 * array an attribute makes, under which name, at which width (METRICS.md "Classical ML": floats as
 * float32, labels, counts and indexes at the narrowest unsigned width, string labels one int32
 * each), and that an attribute that is absent or empty stores nothing (no array of 0 items: it
 * would be an input of the node and a line of its I_ML sentence). The expected lists are written
 * out by hand from those rules.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs, Node } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import { mlParameterArrays, type MlKind } from '../../src/ops/ml-arrays.js';
import { GraphBuilder } from '../builders/ir.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';

const node = (op: MlKind, attrs: Attrs): Node => ({ name: 'n', op, sourceOp: op, inputs: ['x'], outputs: ['y'], attrs });
const arrays = (op: MlKind, attrs: Attrs): string[] => mlParameterArrays(node(op, attrs)).map((a) => `${a.name} ${a.count} ${a.dtype}`);
/** A TENSOR attribute of `count` items. */
const tensorAttr = (dtype: DType, count: number) => ({ name: 't', dtype, shape: [count] });
/** 0, 1, ..., n - 1. */
const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('ONNX-ML parameter arrays, attribute by attribute', () => {
  it('a node without parameter attributes stores nothing', () => {
    for (const op of ['SVMClassifier', 'SVMRegressor', 'LinearClassifier', 'LinearRegressor', 'Scaler', 'Imputer', 'LabelEncoder', 'ZipMap', 'Normalizer', 'Binarizer', 'ArrayFeatureExtractor'] as const) {
      expect(arrays(op, {}), op).toEqual([]);
    }
  });

  it('SVM classifier: each array only when its attribute is there; string labels as one int32 each', () => {
    expect(arrays('SVMClassifier', { classlabels_strings: ['a', 'b', 'c'] })).toEqual(['classlabels_ints 3 int32']);
    expect(arrays('SVMClassifier', { classlabels_ints: [0, 300] })).toEqual(['classlabels_ints 2 uint16']);
    expect(arrays('SVMClassifier', { vectors_per_class: [2, 256] })).toEqual(['vectors_per_class 2 uint16']);
    expect(arrays('SVMClassifier', { coefficients: [1, 2], rho: [0], prob_b: [0.5] })).toEqual(['coefficients 2 float32', 'rho 1 float32', 'prob_b 1 float32']);
    // a regressor has none of the classifier's labels, counts or probabilities: they are not read
    expect(arrays('SVMRegressor', { support_vectors: [1, 2, 3], classlabels_ints: [0, 1], vectors_per_class: [1, 2] })).toEqual(['support_vectors 3 float32']);
  });

  it('tree ensemble: every index array takes the width of its own values', () => {
    // one tree of 3 nodes, 2 votes; each index list is given one value above 255 in turn
    const tree = {
      nodes_treeids: [0, 0, 0], nodes_nodeids: [0, 1, 2], nodes_featureids: [0, 0, 0],
      nodes_truenodeids: [1, 0, 0], nodes_falsenodeids: [2, 0, 0], class_nodeids: [1, 2], class_ids: [0, 1], classlabels_int64s: [0, 1],
    };
    const widths = (attrs: Attrs): Record<string, string> =>
      Object.fromEntries(mlParameterArrays(node('TreeEnsembleClassifier', attrs)).map((a) => [a.name, a.dtype]));
    expect(widths(tree)).toEqual({
      branch_mode: 'uint8', nodes_featureids: 'uint8', nodes_values: 'float32', nodes_truenodeids: 'uint8', nodes_falsenodeids: 'uint8',
      class_weights: 'float32', nb_node_by_estimator: 'uint16', class_nodeids: 'uint8', nb_class_by_estimator: 'uint16',
      base_values: 'float32', class_ids: 'uint8', classlabels_int64s: 'int32',
    });
    for (const key of ['nodes_featureids', 'nodes_truenodeids', 'nodes_falsenodeids', 'class_nodeids', 'class_ids'] as const) {
      const wide = { ...tree, [key]: tree[key].map((v, i) => (i === 0 ? 256 : v)) };
      expect(widths(wide)[key], key).toBe('uint16');
      // and no other array changes width
      expect(Object.entries(widths(wide)).filter(([k, d]) => k !== key && d !== widths(tree)[k]), key).toEqual([]);
    }
  });

  it('tree ensemble: arrays of 0 items are left out (no votes, no classes)', () => {
    const names = mlParameterArrays(node('TreeEnsembleClassifier', { nodes_treeids: [0], nodes_nodeids: [0], nodes_featureids: [0], nodes_truenodeids: [0], nodes_falsenodeids: [0] })).map((a) => a.name);
    expect(names).toEqual(['branch_mode', 'nodes_featureids', 'nodes_values', 'nodes_truenodeids', 'nodes_falsenodeids', 'nb_node_by_estimator', 'nb_class_by_estimator']);
    // a regressor's votes are target_*; with n_targets absent it has one output, so one base value
    expect(arrays('TreeEnsembleRegressor', { target_nodeids: [0, 0], target_ids: upTo(2), target_weights: [1, 1] })).toEqual([
      'target_weights 2 float32', 'target_nodeids 2 uint8', 'base_values 1 float32', 'target_ids 2 uint8',
    ]);
  });

  it('LabelEncoder: keys and values, each from its floats, int64s, strings or (opset 4) tensor', () => {
    expect(arrays('LabelEncoder', { keys_floats: [1, 2] })).toEqual(['keys 2 float32']);
    expect(arrays('LabelEncoder', { values_strings: ['a', 'b', 'c'] })).toEqual(['values 3 int32']);
    expect(arrays('LabelEncoder', { keys_int64s: [1, 2], values_floats: [0.5, 1.5] })).toEqual(['keys 2 int32', 'values 2 float32']);
    expect(arrays('LabelEncoder', { keys_tensor: tensorAttr('float64', 4), values_tensor: tensorAttr('int16', 4) })).toEqual(['keys 4 float32', 'values 4 int32']);
    expect(arrays('LabelEncoder', { keys_tensor: tensorAttr('string', 3), values_tensor: tensorAttr('float32', 3) })).toEqual(['keys 3 int32', 'values 3 float32']);
    expect(arrays('LabelEncoder', { keys_tensor: tensorAttr('int64', 0) })).toEqual([]);
  });

  it("LabelEncoder's output takes values_tensor's element type (opset 4), else the values_* list present", () => {
    const out = (attrs: Attrs): unknown => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int64', [2, 3]);
      const n: Node = { name: 'n', op: 'LabelEncoder', sourceOp: 'LabelEncoder', inputs: [x], outputs: ['y'], attrs };
      b.graph.nodes.push(n);
      return getRule('LabelEncoder').infer(createRuleContext(b.graph, n, 17)).map((o) => `${String(o.dtype)} ${JSON.stringify(o.shape)}`);
    };
    expect(out({ keys_tensor: tensorAttr('int64', 2), values_tensor: tensorAttr('int16', 2) })).toEqual(['int16 [2,3]']);
    expect(out({ keys_int64s: [1, 2], values_floats: [1, 2] })).toEqual(['float32 [2,3]']);
    expect(out({ keys_int64s: [1, 2], values_int64s: [1, 2] })).toEqual(['int64 [2,3]']);
    expect(out({ keys_int64s: [1, 2], values_strings: ['a', 'b'] })).toEqual(['string [2,3]']);
  });

  it('ZipMap and linear classifiers: integer labels at their width, string labels one int32 each', () => {
    expect(arrays('ZipMap', { classlabels_int64s: [0, 1, 2] })).toEqual(['classlabels_ints 3 uint8']);
    expect(arrays('ZipMap', { classlabels_strings: ['a', 'b'] })).toEqual(['classlabels_ints 2 int32']);
    expect(arrays('LinearClassifier', { coefficients: [1, 2, 3, 4], classlabels_strings: ['a', 'b'] })).toEqual(['coefficients 4 float32', 'classlabels_ints 2 int32']);
    expect(arrays('LinearRegressor', { intercepts: [0] })).toEqual(['intercepts 1 float32']);
    expect(arrays('Scaler', { scale: [1, 2] })).toEqual(['scale 2 float32']);
    expect(arrays('Imputer', { imputed_value_floats: [0, 0, 0] })).toEqual(['imputed_value_floats 3 float32']);
  });
});
