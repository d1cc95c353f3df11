/**
 * ONNX-ML operators keep their parameters in attributes, not in initializers. This file says
 * which constant arrays stedgeai generates from them, and at which width, so that params and
 * weights (ROM) count them like any other constant (METRICS.md "Classical ML (ONNX-ML)").
 *
 * Source: the arrays, formats and counts of the SVC, TreeEnsembleClassifier and ZipMap layers in
 * six network.c files stedgeai generated for public projects (X-CUBE-AI 7.x to ST Edge AI 2.x;
 * test/ops/ml.test.ts rebuilds their geometries). Each array is aligned to 4 bytes in ROM, as
 * every constant is (metrics/weights.ts). Arrays of operators no public file shows (regressors,
 * linear models, Scaler, Imputer, LabelEncoder) follow the same rule: floats as float32, labels
 * and counts at the narrowest unsigned width: an assumption, written in METRICS.md.
 */
import { isFloat, type DType } from '../ir/dtype.js';
import type { Node } from '../ir/graph.js';
import type { OpKind } from '../ir/op-kinds.js';
import { elementCount } from '../ir/shape.js';
import { attrInts, attrTensor } from './util/attrs.js';
import { append } from '../arrays.js';

export interface MlArray {
  /** The array's name in stedgeai's C code, without the layer prefix (`support_vectors`). */
  name: string;
  dtype: DType;
  count: number;
}

/** The ONNX-ML operators we analyze (domain ai.onnx.ml). */
export const ML_KINDS = [
  'SVMClassifier', 'SVMRegressor', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'LinearClassifier', 'LinearRegressor',
  'Normalizer', 'Scaler', 'Binarizer', 'Imputer', 'LabelEncoder', 'ZipMap', 'ArrayFeatureExtractor',
] as const satisfies readonly OpKind[];
export type MlKind = (typeof ML_KINDS)[number];

const ML_SET: ReadonlySet<string> = new Set(ML_KINDS);
export function isMlKind(op: string): op is MlKind {
  return ML_SET.has(op);
}

/** Numeric list attribute (INTS or FLOATS, ops/util/attrs.ts attrInts); [] when absent. */
export function mlList(node: Node, name: string): number[] {
  return attrInts(node, name) ?? [];
}

/** Length of a list attribute of any element type (strings included); 0 when absent. */
export function mlLength(node: Node, name: string): number {
  const v = node.attrs[name];
  return Array.isArray(v) ? v.length : 0;
}

/**
 * The narrowest unsigned type that holds every value (stedgeai's `classlabels_ints` and
 * `vectors_per_class` are U8 up to 255, U16 above: svm.c has 5 labels as U8, network.c with 646
 * support vectors over 4 classes has U16 counts). Negative values take the signed type of the
 * same rule (assumption: no public file shows one).
 */
export function narrowestInt(values: readonly number[]): DType {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    // Stryker disable next-line EqualityOperator: equivalent, replacing the minimum by an equal value leaves it the same
    if (v < lo) lo = v;
    // Stryker disable next-line EqualityOperator: equivalent, replacing the maximum by an equal value leaves it the same
    if (v > hi) hi = v;
  }
  if (lo < 0) {
    return lo >= -128 && hi <= 127 ? 'int8' : lo >= -32768 && hi <= 32767 ? 'int16' : 'int32';
  }
  return hi <= 0xff ? 'uint8' : hi <= 0xffff ? 'uint16' : 'uint32';
}

/** Class labels: integer labels at the narrowest width; string labels as one int32 index each (assumption). */
function labels(node: Node, ints: string, strings: string, name = 'classlabels_ints', intType?: DType): MlArray[] {
  const v = mlList(node, ints);
  if (v.length > 0) return [{ name, dtype: intType ?? narrowestInt(v), count: v.length }];
  const s = mlLength(node, strings);
  return s > 0 ? [{ name, dtype: 'int32', count: s }] : [];
}

/** FLOATS attributes, one float32 array each (none of the operators that use this has a `_as_tensor` form). */
function floats(node: Node, ...names: string[]): MlArray[] {
  return names.flatMap((n) => {
    const count = mlList(node, n).length;
    return count > 0 ? [{ name: n, dtype: 'float32' as DType, count }] : [];
  });
}

/** Classes of a classifier: its integer or its string labels. */
export function classCount(node: Node, ints = 'classlabels_ints', strings = 'classlabels_strings'): number {
  return Math.max(mlList(node, ints).length, mlLength(node, strings));
}

/** Outputs of a regressor: `n_targets` (tree ensembles) or `targets` (LinearRegressor), default 1. */
export function targetCount(node: Node): number {
  return mlList(node, 'n_targets')[0] ?? mlList(node, 'targets')[0] ?? 1;
}

function svmArrays(node: Node, classifier: boolean): MlArray[] {
  const out = floats(node, 'coefficients', 'support_vectors', 'rho');
  // Stryker disable next-line ConditionalExpression: equivalent, a regressor has no class labels, vectors_per_class, prob_a or prob_b, so the classifier's extra arrays are empty
  if (!classifier) return out;
  append(out, labels(node, 'classlabels_ints', 'classlabels_strings'));
  const vpc = mlList(node, 'vectors_per_class');
  if (vpc.length > 0) out.push({ name: 'vectors_per_class', dtype: narrowestInt(vpc), count: vpc.length });
  append(out, floats(node, 'prob_a', 'prob_b'));
  return out;
}

/** Distinct tree ids of a tree ensemble. */
export function treeCount(node: Node): number {
  return new Set(mlList(node, 'nodes_treeids')).size;
}

/**
 * A tree ensemble as ST Edge AI 4.0's tree_ensemble_classifier lays it out: per tree a branch mode
 * (U8), a node count and a vote count (U16); per node the feature index, the threshold (float) and
 * the two child indexes; per vote its node and class indexes and its weight (float); per class a
 * label (S32) and a base value (float). Indexes take the narrowest unsigned width (a 4.0
 * network.c: 216 trees, 6,176 nodes, 3,196 votes, 4 classes, 135 features, all indexes U8:
 * 63,520 B). Releases before 4.0 stored child, node and class indexes as U16 at least.
 */
function treeArrays(node: Node, classifier: boolean): MlArray[] {
  const trees = treeCount(node);
  const nodes = mlList(node, 'nodes_nodeids').length;
  const p = classifier ? 'class' : 'target';
  const votes = mlList(node, `${p}_ids`).length;
  const outputs = classifier ? classCount(node, 'classlabels_int64s') : Math.max(1, targetCount(node));
  const index = (values: readonly number[]): DType => narrowestInt(values);
  const out: MlArray[] = [
    { name: 'branch_mode', dtype: 'uint8', count: trees },
    { name: 'nodes_featureids', dtype: narrowestInt(mlList(node, 'nodes_featureids')), count: nodes },
    { name: 'nodes_values', dtype: 'float32', count: nodes },
    { name: 'nodes_truenodeids', dtype: index(mlList(node, 'nodes_truenodeids')), count: nodes },
    { name: 'nodes_falsenodeids', dtype: index(mlList(node, 'nodes_falsenodeids')), count: nodes },
    { name: `${p}_weights`, dtype: 'float32', count: votes },
    { name: 'nb_node_by_estimator', dtype: 'uint16', count: trees },
    { name: `${p}_nodeids`, dtype: index(mlList(node, `${p}_nodeids`)), count: votes },
    { name: `nb_${p}_by_estimator`, dtype: 'uint16', count: trees },
    { name: 'base_values', dtype: 'float32', count: outputs },
    { name: `${p}_ids`, dtype: index(mlList(node, `${p}_ids`)), count: votes },
  ];
  if (classifier) out.push({ name: 'classlabels_int64s', dtype: 'int32', count: outputs });
  return out.filter((a) => a.count > 0);
}

/**
 * LabelEncoder's keys and values: `<side>_floats` as float32, `<side>_int64s` or `<side>_strings`
 * as one int32 each, and opset 4's `<side>_tensor` (any element type) by the same rule: floating
 * point as float32, anything else as int32 (assumption, METRICS.md).
 */
function labelEncoderArrays(node: Node): MlArray[] {
  const out: MlArray[] = [];
  for (const side of ['keys', 'values']) {
    const tensor = attrTensor(node, `${side}_tensor`);
    const inTensor = elementCount(tensor?.shape) ?? 0;
    const floatTensor = tensor !== undefined && isFloat(tensor.dtype);
    const f = mlList(node, `${side}_floats`).length + (floatTensor ? inTensor : 0);
    const other = mlList(node, `${side}_int64s`).length + mlLength(node, `${side}_strings`) + (floatTensor ? 0 : inTensor);
    if (f > 0) out.push({ name: side, dtype: 'float32', count: f });
    else if (other > 0) out.push({ name: side, dtype: 'int32', count: other });
  }
  return out;
}

/** The constant arrays stedgeai builds from an ONNX-ML node's attributes ([] for other nodes). */
export function mlParameterArrays(node: Node): MlArray[] {
  switch (node.op) {
    case 'SVMClassifier': return svmArrays(node, true);
    // Stryker disable next-line BooleanLiteral: equivalent, a regressor has no class labels, vectors_per_class, prob_a or prob_b, so the classifier's extra arrays are empty
    case 'SVMRegressor': return svmArrays(node, false);
    case 'TreeEnsembleClassifier': return treeArrays(node, true);
    case 'TreeEnsembleRegressor': return treeArrays(node, false);
    case 'LinearClassifier': return [...floats(node, 'coefficients', 'intercepts'), ...labels(node, 'classlabels_ints', 'classlabels_strings')];
    case 'LinearRegressor': return floats(node, 'coefficients', 'intercepts');
    case 'Scaler': return floats(node, 'offset', 'scale');
    case 'Imputer': return floats(node, 'imputed_value_floats');
    case 'LabelEncoder': return labelEncoderArrays(node);
    case 'ZipMap': return labels(node, 'classlabels_int64s', 'classlabels_strings', 'classlabels_ints');
    default: return [];
  }
}
