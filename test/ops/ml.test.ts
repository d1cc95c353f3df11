/**
 * Classical ML (ONNX-ML) operators, checked against the C code stedgeai generated for public
 * projects (METRICS.md "Classical ML (ONNX-ML)"). Each oracle row is a network.c file (named by
 * its file name, generation date and model signature): its arrays give the geometry (support
 * vectors, classes, trees, nodes, votes), and its weights size, n_macc and scratch size are the
 * figures to meet. The models are rebuilt with the project's ONNX builder as skl2onnx writes them.
 */
import { describe, expect, it } from 'vitest';
import { OnnxBuilder, float, floats, memoryInput, tensor } from '../builders/onnx.js';
import { ML, forestModel, seq, svcModel, type SvcSpec } from '../builders/onnx-ml.js';
import { analyzeModel } from '../../src/analyze.js';
import { readOnnx } from '../../src/frontends/onnx/index.js';
import { narrowestInt } from '../../src/ops/ml-arrays.js';
import type { Report } from '../../src/report/types.js';

const analyze = (bytes: Uint8Array): Report => analyzeModel(memoryInput('ml.onnx', bytes), {});
const layer = (r: Report, name: string) => {
  const l = r.layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer ${name}: ${r.layers.map((x) => x.name).join(', ')}`);
  return l;
};
const scratch = (r: Report): number[] => r.memory.buffers.filter((b) => b.kind === 'scratch').map((b) => b.size);

describe('SVMClassifier as stedgeai generates it (five public network.c files)', () => {
  // [file, spec, weights B (AI_BUFFER of the weights), n_macc, scratch0 floats]
  it.each([
    // svm.c, 2023-07-12, signature 9f90a327...: POLY, 5 classes x 16 features, 656 SVs, prob, ZipMap + Cast
    ['svm.c (POLY, 5 classes)', { features: 16, vectorsPerClass: [140, 130, 126, 130, 130], kernel: 'POLY', prob: true, zipMap: true }, 52_624, 3 * 656 * 16, 729],
    // network.c, 2023-08-11, signature 1ba2daec...: MatMul 144 -> 20, RBF, 4 classes, 646 SVs (one class above 255: U16 counts), prob
    ['network.c (MatMul + RBF, 4 classes)', { features: 20, vectorsPerClass: [256, 130, 130, 130], kernel: 'RBF', prob: true, projectFrom: 144 }, 71_036, 132_080, 691],
    // har_network.c: MatMul 72 -> 24, RBF, 4 classes, 450 SVs, prob
    ['har_network.c (MatMul + RBF, 4 classes)', { features: 24, vectorsPerClass: [120, 110, 110, 110], kernel: 'RBF', prob: true, projectFrom: 72 }, 55_592, 109_728, 495],
  ] as const)('%s: weights, MACC and scratch', (_, spec, weights, macc, scratchFloats) => {
    const r = analyze(svcModel(spec));
    expect(r.totals.weightsBytes).toBe(weights);
    // n_macc counts the SVC and the MatMul before it (svm.c's 31,490 adds 2 for its Cast and ZipMap)
    expect(layer(r, 'label').macc + (r.layers.find((l) => l.name === 'variable')?.macc ?? 0)).toBe(macc);
    expect(scratch(r)).toEqual([4 * scratchFloats]);
    expect(r.diagnostics.filter((d) => d.code === 'W_DOMAIN' || d.code === 'W_UNKNOWN_OP' || d.code === 'W_SHAPE')).toEqual([]);
  });

  it('network_3.c (2021-12-08, signature 623d1110...; RBF, 2 classes x 512 features, 14 SVs): weights and MACC', () => {
    const r = analyze(svcModel({ features: 512, vectorsPerClass: [7, 7], kernel: 'RBF', prob: false }));
    expect(r.totals.weightsBytes).toBe(28_740);
    expect(layer(r, 'label').macc).toBe(71_680);
  });

  it('the scratch rule (7 floats per class pair + 3, fitted on 4 and 5 classes) meets the two files it was not fitted on', () => {
    // clf_svc.c (RBF, 3 classes, 550 SVs x 8 features, no probabilities): 574 floats
    const three = analyze(svcModel({ features: 8, vectorsPerClass: [200, 200, 150], kernel: 'RBF', prob: false }));
    expect(scratch(three)).toEqual([4 * 574]);
    // a 77,109-character network.c (RBF, 4 classes, 990 SVs x 128 features, no probabilities): 1,035 floats
    const four = analyze(svcModel({ features: 128, vectorsPerClass: [250, 250, 245, 245], kernel: 'RBF', prob: false }));
    expect(scratch(four)).toEqual([4 * 1035]);
  });

  it('each ONNX-ML layer says how it is counted (I_ML): size, MACC rule and its origin, stored arrays', () => {
    const r = analyze(svcModel({ features: 16, vectorsPerClass: [140, 130, 126, 130, 130], kernel: 'POLY', prob: true, zipMap: true }));
    const info = r.diagnostics.filter((d) => d.code === 'I_ML').map((d) => [d.node, d.message]);
    expect(info).toEqual([
      ['label', "SVMClassifier, POLY kernel, 656 support vectors: MACC = 3 x 656 support vectors x features (stedgeai's count); stored as coefficients 2624 x f32, support_vectors 10496 x f32, rho 10 x f32, classlabels_ints 5 x u8, vectors_per_class 5 x u8, prob_a 10 x f32, prob_b 10 x f32, each aligned to 4 bytes"],
      ['output_probability', 'ZipMap: 0 MACC (moves values); stored as classlabels_ints 5 x u8, each aligned to 4 bytes'],
    ]);
  });

  it('on an NPU target each ONNX-ML layer runs on the CPU, and its reason says why', () => {
    const r = analyzeModel(memoryInput('ml.onnx', svcModel({ features: 6, vectorsPerClass: [3, 2, 4], kernel: 'RBF', prob: true, zipMap: true, projectFrom: 8 })), { target: 'stm32n6' });
    const svc = layer(r, 'label');
    expect(svc.unit).toBe('SW_FLOAT');
    expect(svc.reasons?.map((x) => x.message)).toEqual(["SVMClassifier 'label': SVMClassifier is not in Neural-ART NPU's supported operators. It is a classical-ML (ONNX-ML) operator: NPUs have no kernel for them, the CPU runs it."]);
    expect(svc.reasons?.[0]?.hint).toContain('scikit-learn');
    // a neural operator keeps the plain sentence
    expect(layer(r, 'variable').reasons?.some((x) => x.message.includes('classical-ML'))).toBe(false);
  });

  it('shapes: label [N] and one score per class; ZipMap keeps (label, probability) pairs', () => {
    const r = analyze(svcModel({ features: 16, vectorsPerClass: [3, 3, 3, 3, 3], kernel: 'POLY', prob: true, zipMap: true }));
    expect(layer(r, 'label').outputShape).toEqual([1]);
    expect(r.layers.find((l) => l.name === 'output_probability')?.connectedTo).toEqual(['label']);
    expect(layer(r, 'output_probability').outputShape).toEqual([1, 2, 5]);
    expect(layer(r, 'output_probability').macc).toBe(0);
  });

  it('MACC per support vector and feature by kernel: RBF 10, POLY 3 (measured), LINEAR 1, SIGMOID 3 (assumed)', () => {
    const macc = (kernel: SvcSpec['kernel']) => layer(analyze(svcModel({ features: 4, vectorsPerClass: [2, 3], kernel, prob: false })), 'label').macc;
    expect([macc('RBF'), macc('POLY'), macc('LINEAR'), macc('SIGMOID')]).toEqual([10 * 5 * 4, 3 * 5 * 4, 5 * 4, 3 * 5 * 4]);
  });

  it('support_vectors inconsistent with the counts: a W_SHAPE naming both numbers, no throw', () => {
    const b = new OnnxBuilder(ML);
    b.input('X', 'float32', [1, 4]);
    b.nodeOutputs('SVMClassifier', ['X'], {
      classlabels_ints: [0, 1], coefficients: floats([1, 1, 1]), support_vectors: floats(seq(10)), rho: floats([0]), vectors_per_class: [2, 1], kernel_type: 'RBF',
    }, { name: 'svc', domain: 'ai.onnx.ml', outputs: ['l', 'p'] });
    b.output('l', 'int64');
    const r = analyze(b.build());
    const w = r.diagnostics.find((d) => d.code === 'W_SHAPE' && d.node === 'svc');
    expect(w?.message).toContain('support_vectors has 10 values; expected 3 support vectors x 4 features = 12');
    // the counts are not trusted: no MACC, no work area sized from them
    expect(layer(r, 'svc').macc).toBe(0);
    expect(scratch(r)).toEqual([]);
  });
});

describe('TreeEnsembleClassifier as stedgeai generates it (four public network.c files)', () => {
  it('ST Edge AI 4.0 (network.c, 2026-08-23, signature 0xd5b2d374...): 216 boosted trees, 6,176 nodes, 4 classes, 135 features: 63,520 B', () => {
    const r = analyze(forestModel(135, 4, [[172, 29], [44, 27]], 1, false));
    expect(r.totals.weightsBytes).toBe(63_520);
    expect(layer(r, 'label').outputShape).toEqual([1]);
    expect(r.diagnostics.filter((d) => d.code === 'W_DOMAIN' || d.code === 'W_SHAPE')).toEqual([]);
  });

  // Earlier releases stored the child, node and class indexes as U16; 4.0 narrows them to U8 when they fit.
  // Expected: the file's weights minus that narrowing, worked out by hand from its array counts.
  it.each([
    // randomforest.c, 2023-07-11, signature f92f7cbd...: 6 trees x 9 nodes, 3 classes, 3 votes per leaf, 1 feature, ZipMap.
    // 1,268 B; child indexes 2 x (108 -> 56), vote indexes 2 x (180 -> 92): -280
    ['randomforest.c', 1, 3, [[6, 9]], 3, true, 1_268 - 280],
    // clf_rf.c, 2025-12-15, signature 0xa2382c89...: 100 trees, 8,242 nodes, 12,513 votes, 3 classes, 8 features.
    // 174,812 B; child indexes 2 x (16,484 -> 8,244), vote indexes 2 x (25,028 -> 12,516): -41,504
    ['clf_rf.c', 8, 3, [[71, 83], [29, 81]], 3, false, 174_812 - 41_504],
    // network.c (logistic post-transform), signature 0x0555c466: 100 trees, 7,162 nodes, 3,631 votes, 2 classes, 4 features.
    // 94,028 B; child indexes 2 x (14,324 -> 7,164), vote indexes 2 x (7,264 -> 3,632): -21,584
    ['network.c (boosted, 2 classes)', 4, 2, [[31, 73], [69, 71]], 1, false, 94_028 - 21_584],
  ] as const)('%s: weights with 4.0 index widths', (_, features, classes, shape, votes, zipMap, weights) => {
    const r = analyze(forestModel(features, classes, shape as unknown as Array<[number, number]>, votes, zipMap));
    expect(r.totals.weightsBytes).toBe(weights);
  });

  it('the I_ML line names every array with its count and width', () => {
    const r = analyze(forestModel(1, 3, [[6, 9]], 3, true));
    expect(r.diagnostics.filter((d) => d.code === 'I_ML').map((d) => d.message)).toEqual([
      'TreeEnsembleClassifier, 6 trees, 54 nodes: MACC = the depth of each tree summed, plus one per output (assumption, not calibrated); stored as '
      + 'branch_mode 6 x u8, nodes_featureids 54 x u8, nodes_values 54 x f32, nodes_truenodeids 54 x u8, nodes_falsenodeids 54 x u8, class_weights 90 x f32, '
      + 'nb_node_by_estimator 6 x u16, class_nodeids 90 x u8, nb_class_by_estimator 6 x u16, base_values 3 x f32, class_ids 90 x u8, classlabels_int64s 3 x s32, each aligned to 4 bytes',
      'ZipMap: 0 MACC (moves values); stored as classlabels_ints 3 x u8, each aligned to 4 bytes',
    ]);
  });

  it('MACC (assumption, METRICS.md): one comparison per level of each tree, plus one per class', () => {
    // caterpillar trees of 9 nodes: 4 splits deep
    const r = analyze(forestModel(1, 3, [[6, 9]], 3, false));
    expect(layer(r, 'label').macc).toBe(6 * 4 + 3);
  });

  it('a child that is not a node of its tree: W_SHAPE naming the tree and the child', () => {
    const b = new OnnxBuilder(ML);
    b.input('x', 'float32', [1, 2]);
    b.nodeOutputs('TreeEnsembleClassifier', ['x'], {
      classlabels_int64s: [0, 1], nodes_treeids: [0, 0, 0], nodes_nodeids: [0, 1, 2], nodes_featureids: [0, 0, 0], nodes_values: floats([0.5, 0, 0]),
      nodes_modes: ['BRANCH_LEQ', 'LEAF', 'LEAF'], nodes_truenodeids: [1, 0, 0], nodes_falsenodeids: [7, 0, 0],
      class_treeids: [0, 0], class_nodeids: [1, 2], class_ids: [0, 1], class_weights: floats([1, 1]),
    }, { name: 'forest', domain: 'ai.onnx.ml', outputs: ['l', 'p'] });
    b.output('l', 'int64');
    const r = analyze(b.build());
    expect(r.diagnostics.find((d) => d.code === 'W_SHAPE' && d.node === 'forest')?.message).toContain('tree 0, node 0: child 7 is not a node of the tree');
  });
});

describe('narrowest integer width of labels and counts', () => {
  it.each([
    [[254], 'uint8'], [[255], 'uint8'], [[256], 'uint16'],
    [[65_535], 'uint16'], [[65_536], 'uint32'], [[-1, 127], 'int8'], [[-1, 128], 'int16'], [[-128], 'int8'], [[-129], 'int16'], [[-32_768], 'int16'], [[-32_769], 'int32'], [[-1, 32_767], 'int16'], [[-1, 32_768], 'int32'],
  ] as const)('%j -> %s', (values, dtype) => {
    expect(narrowestInt(values)).toBe(dtype);
  });
});

describe('other ONNX-ML operators', () => {
  it('Scaler -> LinearClassifier: shapes, MACC and weights (assumptions of METRICS.md)', () => {
    const b = new OnnxBuilder(ML);
    b.input('x', 'float32', [1, 6]);
    const s = b.node('Scaler', ['x'], { offset: floats(seq(6)), scale: floats(seq(6)) }, { name: 'scaler', domain: 'ai.onnx.ml' });
    const n = b.node('Normalizer', [s], { norm: 'L2' }, { name: 'norm', domain: 'ai.onnx.ml' });
    const [l, p] = b.nodeOutputs('LinearClassifier', [n], { classlabels_ints: [0, 1, 2], coefficients: floats(seq(18)), intercepts: floats(seq(3)) }, { name: 'linear', domain: 'ai.onnx.ml', outputs: ['l', 'p'] });
    b.output(l ?? '', 'int64');
    b.output(p ?? '', 'float32');
    const r = analyze(b.build());
    expect(layer(r, 'scaler').macc).toBe(2 * 6);
    expect(layer(r, 'norm').macc).toBe(3 * 6);
    expect(layer(r, 'linear').macc).toBe(18 + 3);
    expect(r.layers.find((x) => x.name === 'linear')?.outputShape).toEqual([1]);
    // Scaler: offset + scale 2 x 24 B; LinearClassifier: 72 + 12 B and 3 U8 labels (4 B)
    expect(r.totals.weightsBytes).toBe(24 + 24 + 72 + 12 + 4);
  });

  it('ArrayFeatureExtractor selects the indexed features', () => {
    const b = new OnnxBuilder(ML);
    b.input('x', 'float32', [1, 10]);
    b.initializer('idx', 'int64', [3], { values: [0, 4, 9] });
    b.output(b.node('ArrayFeatureExtractor', ['x', 'idx'], {}, { name: 'afe', domain: 'ai.onnx.ml' }), 'float32');
    const r = analyze(b.build());
    expect(layer(r, 'afe').outputShape).toEqual([1, 3]);
    expect(info(r)).toBe('ArrayFeatureExtractor: 0 MACC (moves values); no parameter arrays');
  });

  it('ArrayFeatureExtractor on a rank-3 input keeps every leading axis: [2, 3, 10] by 2 indices gives [2, 3, 2]', () => {
    const r = one('ArrayFeatureExtractor', {}, [2, 3, 10], 1, (b) => [b.initializer('idx', 'int64', [2], { values: [1, 3] })]);
    expect(layer(r, 'n').outputShape).toEqual([2, 3, 2]);
  });

  it("LinearClassifier's I_ML line: coefficients + intercepts, and its arrays", () => {
    const r = one('LinearClassifier', { classlabels_ints: [0, 1], coefficients: floats(seq(8)), intercepts: floats(seq(2)) }, [1, 4], 2);
    expect(info(r)).toBe('LinearClassifier: MACC = its 8 coefficients + 2 intercepts (assumption, as a dense layer with bias); stored as coefficients 8 x f32, intercepts 2 x f32, classlabels_ints 2 x u8, each aligned to 4 bytes');
  });
});

describe('activations of the ONNX-ML files (stedgeai keeps int64 labels as S32)', () => {
  it.each([
    // [file, spec, I/O inside the activations, activations B]
    ['svm.c', { features: 16, vectorsPerClass: [140, 130, 126, 130, 130], kernel: 'POLY', prob: true, zipMap: true }, true, 3_004],
    ['network.c (646 SVs)', { features: 20, vectorsPerClass: [256, 130, 130, 130], kernel: 'RBF', prob: true, projectFrom: 144 }, true, 2_864],
    // har_network.c keeps its input and outputs outside the activations (IS_IO arrays without an activations offset)
    ['har_network.c', { features: 24, vectorsPerClass: [120, 110, 110, 110], kernel: 'RBF', prob: true, projectFrom: 72 }, false, 2_076],
  ] as const)('%s', (_, spec, ioInside, bytes) => {
    const r = analyzeModel(memoryInput('ml.onnx', svcModel(spec)), { ioInsideActivations: ioInside });
    expect(r.totals.activationsBytes).toBe(bytes);
  });

  it('randomforest.c: 40 B (input 4, label 4, scores 12, ZipMap pairs 24 over the consumed input); ST Edge AI 4.0 network.c: 560 B', () => {
    expect(analyze(forestModel(1, 3, [[6, 9]], 3, true)).totals.activationsBytes).toBe(40);
    expect(analyze(forestModel(135, 4, [[172, 29], [44, 27]], 1, false)).totals.activationsBytes).toBe(560);
  });

  it('TFLite Micro keeps int64 at 8 bytes', () => {
    const st = analyze(forestModel(1, 3, [[6, 9]], 3, false));
    const tflm = analyzeModel(memoryInput('ml.onnx', forestModel(1, 3, [[6, 9]], 3, false)), { planner: 'tflm' });
    expect(st.memory.buffers.find((b) => b.tensor === 'label_out')?.size).toBe(4);
    expect(tflm.memory.buffers.find((b) => b.tensor === 'label_out')?.size).toBe(16); // 8 B aligned to 16
  });
});

/** One ONNX-ML node on an input `x` of `shape`; its outputs are graph outputs. */
function one(op: string, attrs: Record<string, unknown>, shape: number[], outputs = 1, extra?: (b: OnnxBuilder) => string[]): Report {
  const b = new OnnxBuilder(ML);
  b.input('x', 'float32', shape);
  const inputs = ['x', ...(extra?.(b) ?? [])];
  const outs = b.nodeOutputs(op, inputs, attrs as never, { name: 'n', domain: 'ai.onnx.ml', outputs: Array.from({ length: outputs }, (_, i) => `y${i}`) });
  for (const o of outs) b.output(o);
  return analyze(b.build());
}
const info = (r: Report): string | undefined => r.diagnostics.find((d) => d.code === 'I_ML')?.message;
const warnings = (r: Report): string[] => r.diagnostics.filter((d) => d.code === 'W_SHAPE').map((d) => d.message);

describe('regressors, encoders and the edges of the ONNX-ML rules', () => {
  it('SVMRegressor: n_supports support vectors, one output, no scratch', () => {
    const r = one('SVMRegressor', { n_supports: 3, support_vectors: floats(seq(12)), coefficients: floats(seq(3)), rho: floats([0.5]), kernel_type: 'RBF' }, [2, 4]);
    expect(layer(r, 'n').outputShape).toEqual([2, 1]);
    expect(layer(r, 'n').macc).toBe(10 * 3 * 4);
    expect(r.totals.weightsBytes).toBe(48 + 12 + 4); // support vectors, coefficients, rho: f32
    expect(scratch(r)).toEqual([]);
    expect(info(r)).toBe("SVMRegressor, RBF kernel, 3 support vectors: MACC = 10 x 3 support vectors x features (stedgeai's count); stored as coefficients 3 x f32, support_vectors 12 x f32, rho 1 x f32, each aligned to 4 bytes");
  });

  it('SVMRegressor with inconsistent support vectors: W_SHAPE', () => {
    const r = one('SVMRegressor', { n_supports: 3, support_vectors: floats(seq(11)), coefficients: floats(seq(3)), rho: floats([0.5]), kernel_type: 'RBF' }, [1, 4]);
    expect(warnings(r).join()).toContain('support_vectors has 11 values; expected 3 support vectors x 4 features = 12');
  });

  it('a linear SVM (no support vectors) counts its coefficients, and says it is an assumption', () => {
    const r = one('SVMClassifier', { classlabels_ints: [0, 1, 2], coefficients: floats(seq(12)), rho: floats(seq(3)), kernel_type: 'LINEAR' }, [1, 4], 2);
    expect(layer(r, 'n').macc).toBe(12);
    expect(info(r)).toContain('SVMClassifier without support vectors (a linear model): MACC = its 12 coefficients (assumption, as a dense layer)');
    expect(scratch(r)).toEqual([]);
  });

  it('an unknown kernel name counts 1 per support vector and feature, as an assumption', () => {
    const r = one('SVMClassifier', { classlabels_ints: [0, 1], coefficients: floats(seq(2)), support_vectors: floats(seq(8)), rho: floats([0]), vectors_per_class: [1, 1], kernel_type: 'sigmoid' }, [1, 4], 2);
    expect(layer(r, 'n').macc).toBe(3 * 2 * 4); // lower case is read as SIGMOID
    expect(info(r)).toContain('SIGMOID kernel, 2 support vectors: MACC = 3 x 2 support vectors x features (assumption)');
  });

  it('without kernel_type the kernel is LINEAR (the ONNX-ML default), and the I_ML line says so', () => {
    const r = one('SVMClassifier', { classlabels_ints: [0, 1], coefficients: floats(seq(2)), support_vectors: floats(seq(8)), rho: floats([0]), vectors_per_class: [1, 1] }, [1, 4], 2);
    expect(layer(r, 'n').macc).toBe(1 * 2 * 4);
    expect(info(r)).toContain('SVMClassifier, LINEAR kernel, 2 support vectors: MACC = 1 x 2 support vectors x features (assumption)');
  });

  it('string class labels: a string label output, one int32 per label in ROM', () => {
    const r = one('LinearClassifier', { classlabels_strings: ['a', 'b'], coefficients: floats(seq(8)), intercepts: floats(seq(2)) }, [1, 4], 2);
    expect(r.layers.find((l) => l.name === 'n')?.dtype).toBe('string');
    expect(r.totals.weightsBytes).toBe(32 + 8 + 8);
  });

  it('TreeEnsembleRegressor: target_* arrays, n_targets outputs, depth + targets MACC', () => {
    const r = one('TreeEnsembleRegressor', {
      n_targets: 2, nodes_treeids: [0, 0, 0, 1], nodes_nodeids: [0, 1, 2, 0], nodes_featureids: [0, 0, 0, 0], nodes_values: floats([0.5, 0, 0, 0]),
      nodes_modes: ['BRANCH_LEQ', 'LEAF', 'LEAF', 'LEAF'], nodes_truenodeids: [1, 0, 0, 0], nodes_falsenodeids: [2, 0, 0, 0],
      target_treeids: [0, 0, 1], target_nodeids: [1, 2, 0], target_ids: [0, 1, 0], target_weights: floats([1, 2, 3]),
    }, [3, 2]);
    expect(layer(r, 'n').outputShape).toEqual([3, 2]);
    expect(layer(r, 'n').macc).toBe(1 + 0 + 2);
    // branch_mode 2 u8 (4), featureids 4 u8 (4), values 16, true 4 u8 (4), false 4 u8 (4), weights 12, nb_node 2 u16 (4),
    // target_nodeids 3 u8 (4), nb_target 2 u16 (4), base_values 2 f32 (8), target_ids 3 u8 (4)
    expect(r.totals.weightsBytes).toBe(4 + 4 + 16 + 4 + 4 + 12 + 4 + 4 + 4 + 8 + 4);
    expect(info(r)).toContain('TreeEnsembleRegressor, 2 trees, 4 nodes: MACC = the depth of each tree summed, plus one per output (assumption, not calibrated)');
  });

  it('trees: attribute lists of different lengths, and a node reached twice', () => {
    const base = { classlabels_int64s: [0, 1], nodes_featureids: [0, 0, 0], nodes_values: floats([0.5, 0, 0]), class_treeids: [0], class_nodeids: [1], class_ids: [0], class_weights: floats([1]) };
    const short = one('TreeEnsembleClassifier', { ...base, nodes_treeids: [0, 0], nodes_nodeids: [0, 1, 2], nodes_modes: ['BRANCH_LEQ', 'LEAF', 'LEAF'], nodes_truenodeids: [1, 0, 0], nodes_falsenodeids: [2, 0, 0] }, [1, 2], 2);
    expect(warnings(short).join()).toContain('nodes_treeids has 2 entries; expected one per node (nodes_nodeids has 3)');
    const twice = one('TreeEnsembleClassifier', { ...base, nodes_treeids: [0, 0, 0], nodes_nodeids: [0, 1, 2], nodes_modes: ['BRANCH_LEQ', 'BRANCH_LEQ', 'LEAF'], nodes_truenodeids: [1, 2, 0], nodes_falsenodeids: [2, 2, 0] }, [1, 2], 2);
    expect(warnings(twice).join()).toContain('tree 0 is not a tree: node 2 is reached twice');
  });

  it('double-precision trees (nodes_values_as_tensor) count one float per node', () => {
    const b = new OnnxBuilder(ML);
    b.input('x', 'float32', [1, 2]);
    b.nodeOutputs('TreeEnsembleClassifier', ['x'], {
      classlabels_int64s: [0, 1], nodes_treeids: [0, 0, 0], nodes_nodeids: [0, 1, 2], nodes_featureids: [1, 0, 0],
      nodes_values_as_tensor: tensor('v', 'float64', [3], { values: [0.5, 0, 0] }), nodes_modes: ['BRANCH_LEQ', 'LEAF', 'LEAF'],
      nodes_truenodeids: [1, 0, 0], nodes_falsenodeids: [2, 0, 0], class_treeids: [0, 0], class_nodeids: [1, 2], class_ids: [0, 1], class_weights: floats([1, 1]),
    } as never, { name: 'n', domain: 'ai.onnx.ml', outputs: ['l', 'p'] });
    b.output('l');
    const r = analyze(b.build());
    expect(info(r)).toContain('nodes_values 3 x f32');
    expect(layer(r, 'n').macc).toBe(1 + 2);
  });

  it.each([
    ['Scaler', { offset: floats([1, 2, 3]), scale: floats([1, 1, 1]) }, 2, 24, 'float32'],
    ['Normalizer', { norm: 'MAX' }, 3, 0, 'float32'],
    ['Binarizer', { threshold: float(0.5) }, 1, 0, 'float32'],
    ['Imputer', { imputed_value_floats: floats([0, 0, 0]), replaced_value_float: float(-1) }, 1, 12, 'float32'],
    ['LabelEncoder', { keys_floats: floats([1, 2]), values_int64s: [5, 6] }, 1, 8 + 8, 'int64'],
    ['LabelEncoder', { keys_strings: ['a', 'b', 'c'], values_floats: floats([1, 2, 3]) }, 1, 12 + 12, 'float32'],
    ['LabelEncoder', { keys_int64s: [1, 2], values_strings: ['a', 'b'] }, 1, 8 + 8, 'string'],
    // ai.onnx.ml opset 4: keys and values as TENSOR attributes, the output of values_tensor's type
    ['LabelEncoder', { keys_tensor: tensor('k', 'int64', [3], { values: [1, 2, 3] }), values_tensor: tensor('v', 'int16', [3], { values: [4, 5, 6] }) }, 1, 12 + 12, 'int16'],
  ] as const)('%s: same shape, MACC per element, its arrays', (op, attrs, perElement, weights, dtype) => {
    const r = one(op, attrs, [2, 3]);
    expect(layer(r, 'n').outputShape).toEqual([2, 3]);
    expect(layer(r, 'n').dtype).toBe(dtype);
    expect(layer(r, 'n').macc).toBe(perElement * 6);
    expect(r.totals.weightsBytes).toBe(weights);
    expect(info(r)).toMatch(new RegExp(`^${op}: MACC = ${perElement} per element \\(.+; assumption\\); ${weights === 0 ? 'no parameter arrays$' : 'stored as '}`));
  });

  it('LinearRegressor: targets outputs, coefficients + intercepts', () => {
    const r = one('LinearRegressor', { targets: 2, coefficients: floats(seq(8)), intercepts: floats([0, 0]) }, [1, 4]);
    expect(layer(r, 'n').macc).toBe(8 + 2);
    // ONNX-ML names the output count `targets` here (`n_targets` on tree ensembles)
    expect(layer(r, 'n').outputShape).toEqual([1, 2]);
    expect(info(r)).toBe('LinearRegressor: MACC = its 8 coefficients + 2 intercepts (assumption, as a dense layer with bias); stored as coefficients 8 x f32, intercepts 2 x f32, each aligned to 4 bytes');
  });

  it('a [F] input is one sample; a rank-3 input is refused with W_SHAPE', () => {
    const attrs = { classlabels_ints: [0, 1], coefficients: floats(seq(4)), intercepts: floats([0, 0]) };
    expect(layer(one('LinearClassifier', attrs, [4], 2), 'n').outputShape).toEqual([1]);
    expect(warnings(one('LinearClassifier', attrs, [1, 2, 2], 2)).join()).toContain('expected a [N, F] input, got rank 3');
  });

  it('ArrayFeatureExtractor on a [D] input gives [1, m]; ZipMap without labels keeps the input\'s classes', () => {
    const afe = one('ArrayFeatureExtractor', {}, [10], 1, (b) => [b.initializer('idx', 'int64', [2], { values: [1, 3] })]);
    expect(layer(afe, 'n').outputShape).toEqual([1, 2]);
    expect(layer(one('ZipMap', { classlabels_strings: ['a', 'b', 'c', 'd'] }, [1, 4]), 'n').outputShape).toEqual([1, 2, 4]);
    expect(layer(one('ZipMap', {}, [1, 5]), 'n').outputShape).toEqual([1, 2, 5]);
    const idx2 = one('ArrayFeatureExtractor', {}, [2, 10], 1, (b) => [b.initializer('idx', 'int64', [1, 3], { values: [1, 3, 5] })]);
    expect(layer(idx2, 'n').outputShape).toEqual([2, 3]);
  });

  it('a parameter array whose name is taken gets a suffix', () => {
    const b = new OnnxBuilder(ML);
    b.input('x', 'float32', [1, 2]);
    b.initializer('n_offset', 'float32', [1], { values: [0] });
    b.output(b.node('Add', ['x', 'n_offset'], {}, { name: 'add' }));
    b.output(b.node('Scaler', ['x'], { offset: floats([1, 2]), scale: floats([1, 1]) }, { name: 'n', domain: 'ai.onnx.ml' }));
    const g = readOnnx(memoryInput('ml.onnx', b.build())).graph;
    expect(g.nodes.find((n) => n.name === 'n')?.inputs).toEqual(['x', 'n_offset_1', 'n_scale']);
    expect(g.tensors.get('n_offset_1')?.shape).toEqual([2]);
  });
});
