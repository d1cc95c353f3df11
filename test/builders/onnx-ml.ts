/**
 * scikit-learn-shaped ONNX-ML models, as skl2onnx writes them: an SVC (optionally behind a MatMul,
 * with skl2onnx's Cast and ZipMap) and a tree ensemble of caterpillar trees. test/ops/ml.test.ts
 * rebuilds the geometries of public stedgeai files with them; the fuzzing campaign mutates them.
 */
import { OnnxBuilder, floats } from './onnx.js';

export const ML = { opsets: { 'ai.onnx.ml': 1 } };
export const seq = (n: number, f: (i: number) => number = (i) => 0.25 + i / 1024): number[] => Array.from({ length: n }, (_, i) => f(i));

export interface SvcSpec {
  features: number;
  vectorsPerClass: readonly number[];
  kernel: 'RBF' | 'POLY' | 'LINEAR' | 'SIGMOID';
  prob: boolean;
  /** skl2onnx's ZipMap on the probabilities and Cast on the label. */
  zipMap?: boolean;
  /** A MatMul [in, features] before the SVC (a PCA or projection, as three of the files have). */
  projectFrom?: number;
}

export function svcModel(s: SvcSpec): Uint8Array {
  const b = new OnnxBuilder(ML);
  const k = s.vectorsPerClass.length;
  const nsv = s.vectorsPerClass.reduce((a, v) => a + v, 0);
  const pairs = (k * (k - 1)) / 2;
  let x = b.input('X', 'float32', [1, s.projectFrom ?? s.features]);
  if (s.projectFrom !== undefined) {
    b.initializer('W', 'float32', [s.projectFrom, s.features]);
    x = b.node('MatMul', [x, 'W'], {}, { name: 'variable' });
  }
  const attrs: Record<string, unknown> = {
    classlabels_ints: seq(k, (i) => i),
    coefficients: floats(seq((k - 1) * nsv)),
    support_vectors: floats(seq(nsv * s.features)),
    rho: floats(seq(pairs)),
    vectors_per_class: s.vectorsPerClass,
    kernel_type: s.kernel,
    kernel_params: floats([0.0625, 1, 3]),
  };
  if (s.prob) Object.assign(attrs, { prob_a: floats(seq(pairs)), prob_b: floats(seq(pairs)) });
  const [label, scores] = b.nodeOutputs('SVMClassifier', [x], attrs as never, { name: 'label', domain: 'ai.onnx.ml', outputs: ['label_out', 'probabilities'] });
  if (s.zipMap) {
    b.node('Cast', [label ?? ''], { to: 7 }, { name: 'output_label', outputs: ['output_label'] });
    b.node('ZipMap', [scores ?? ''], { classlabels_int64s: seq(k, (i) => i) }, { name: 'output_probability', domain: 'ai.onnx.ml', outputs: ['output_probability'] });
    b.output('output_label', 'int64');
    b.output('output_probability', 'float32');
  } else {
    b.output(label ?? '', 'int64');
    b.output(scores ?? '', 'float32');
  }
  return b.build();
}

/** A forest of `trees` given as [count, nodes per tree]: caterpillar trees (each split's false child is a leaf), `votes` per leaf. */
export function forestModel(features: number, classes: number, shape: Array<[number, number]>, votesPerLeaf: number, zipMap: boolean): Uint8Array {
  const b = new OnnxBuilder(ML);
  const a = { treeids: [] as number[], nodeids: [] as number[], feat: [] as number[], values: [] as number[], modes: [] as string[], t: [] as number[], f: [] as number[] };
  const v = { treeids: [] as number[], nodeids: [] as number[], ids: [] as number[], weights: [] as number[] };
  let tree = 0;
  for (const [count, nodes] of shape) {
    for (let c = 0; c < count; c++, tree++) {
      // node 2i is a split (i < splits), its false child 2i+1 a leaf, its true child 2i+2; the last node a leaf
      const splits = (nodes - 1) / 2;
      for (let n = 0; n < nodes; n++) {
        const split = n % 2 === 0 && n / 2 < splits;
        a.treeids.push(tree); a.nodeids.push(n); a.feat.push(split ? (n / 2) % features : 0); a.values.push(split ? 0.5 : 0);
        a.modes.push(split ? 'BRANCH_LEQ' : 'LEAF'); a.t.push(split ? n + 2 : 0); a.f.push(split ? n + 1 : 0);
        // one vote per class, or (boosting) one per leaf for the tree's class
        if (!split) for (let j = 0; j < votesPerLeaf; j++) { v.treeids.push(tree); v.nodeids.push(n); v.ids.push(votesPerLeaf === 1 ? tree % classes : j); v.weights.push(0.125); }
      }
    }
  }
  const x = b.input('float_input', 'float32', [1, features]);
  const [label, scores] = b.nodeOutputs('TreeEnsembleClassifier', [x], {
    classlabels_int64s: seq(classes, (i) => i), nodes_treeids: a.treeids, nodes_nodeids: a.nodeids, nodes_featureids: a.feat,
    nodes_values: floats(a.values), nodes_modes: a.modes, nodes_truenodeids: a.t, nodes_falsenodeids: a.f,
    nodes_hitrates: floats(seq(a.nodeids.length, () => 1)), nodes_missing_value_tracks_true: seq(a.nodeids.length, () => 0),
    class_treeids: v.treeids, class_nodeids: v.nodeids, class_ids: v.ids, class_weights: floats(v.weights), post_transform: 'NONE',
  }, { name: 'label', domain: 'ai.onnx.ml', outputs: ['label_out', 'probabilities'] });
  b.output(label ?? '', 'int64');
  if (zipMap) {
    b.node('ZipMap', [scores ?? ''], { classlabels_int64s: seq(classes, (i) => i) }, { name: 'output_probability', domain: 'ai.onnx.ml', outputs: ['output_probability'] });
    b.output('output_probability', 'float32');
  } else {
    b.output(scores ?? '', 'float32');
  }
  return b.build();
}

