/**
 * Reports for renderer and schema tests:
 * - seed001(): the seed 001 conv through the real pipeline pieces (fake rule table);
 * - sww(): the totals and per-layer figures of the reference report
 *   /work/shared/reference/stedgeai-sww/sww_model_generate_report.txt, entered by hand;
 * - dsCnn(): the float ds_cnn I/O example of seed 002 (inputs/outputs kept outside);
 * - kws(options): the bundled example (examples/kws/kws_cnn_int8.onnx) through the whole analysis.
 */
import { GraphBuilder } from '../builders/ir.js';
import { computeMetrics, type ModelMetrics } from '../../src/metrics/metrics.js';
import type { LayerMetrics } from '../../src/metrics/layers.js';
import { planMemory } from '../../src/memory/plan.js';
import type { MemoryPlan } from '../../src/memory/types.js';
import { buildReport } from '../../src/analysis/build-report.js';
import type { Report } from '../../src/report/types.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { fakeRules } from '../metrics/fake-rules.js';
import { analyzeModel, type AnalyzeModelOptions } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { fileURLToPath } from 'node:url';

export const SHA = 'a'.repeat(64);
export const MD5 = '9643512e0b8a0b6e643e70c2fec496ee';

export function seed001(opts: { planner?: 'st' | 'tflm'; diagnostics?: Diagnostic[] } = {}): Report {
  // The seed's Keras model is channel-last: input (32, 32, 1), 16 filters of 3 x 3, SAME.
  const g = new GraphBuilder('test');
  const x = g.input('input_1', 'float32', [1, 32, 32, 1]);
  const w = g.constant('w', 'float32', [16, 3, 3, 1]);
  const b = g.constant('b', 'float32', [16]);
  g.output(g.node('Conv', [x, w, b], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'SAME_UPPER' }, { name: 'quant_conv2d', outShapes: [[1, 32, 32, 16]], outDType: 'float32', sourceOp: 'QuantConv2D' }));
  const options = { planner: opts.planner ?? 'st' } as const;
  const metrics = computeMetrics(g.graph, { rules: fakeRules });
  const plan = planMemory(g.graph, options);
  return buildReport({
    model: { path: 'models/test.onnx', format: 'onnx', meta: { opset: 13 }, diagnostics: [] },
    graph: g.graph, metrics, plan, options, hashes: { sha256: SHA, md5: MD5 },
    diagnostics: opts.diagnostics ?? [],
    tool: { name: 'model-footprint', version: '0.1.0' },
  });
}

function layer(name: string, op: OpKind, sourceOp: string, params: number, weightsBytes: number, macc: number, from: string, operationType: string, paramsBytes = weightsBytes): LayerMetrics {
  return {
    name, op, sourceOp, outputShape: [1, 3], dtype: 'int8', params, paramsBytes, weightsBytes,
    floatWeightsBytes: params * 4, quantParamsBytes: 0, macc, maccPure: macc, fused: [], connectedTo: [from],
    activation: undefined, operationType,
  };
}

/** Layer figures of the sww reference report (model table: param/size, macc). */
export const SWW_LAYERS: [string, OpKind, string, number, number, number][] = [
  ['conv2d_0', 'Conv', 'DEPTHWISE_CONV_2D', 160, 280, 3_400],
  ['conv2d_1', 'Conv', 'CONV_2D', 5_248, 5_632, 143_488],
  ['conv2d_2', 'Conv', 'DEPTHWISE_CONV_2D', 768, 1_152, 15_488],
  ['conv2d_3', 'Conv', 'CONV_2D', 16_512, 16_896, 393_344],
  ['conv2d_4', 'Conv', 'DEPTHWISE_CONV_2D', 1_408, 1_792, 19_328],
  ['conv2d_5', 'Conv', 'CONV_2D', 16_512, 16_896, 245_888],
  ['conv2d_6', 'Conv', 'DEPTHWISE_CONV_2D', 2_048, 2_432, 2_048],
  ['conv2d_7', 'Conv', 'CONV_2D', 4_128, 4_224, 4_128],
  ['reshape_8', 'Reshape', 'RESHAPE', 0, 0, 0],
  ['gemm_9', 'Gemm', 'FULLY_CONNECTED', 99, 108, 99],
  ['nl_10', 'Softmax', 'SOFTMAX', 0, 0, 45],
];

function literalMetrics(layers: LayerMetrics[]): ModelMetrics {
  const sum = (f: (l: LayerMetrics) => number) => layers.reduce((s, l) => s + f(l), 0);
  return {
    layers,
    totals: {
      params: sum((l) => l.params), paramsBytes: sum((l) => l.paramsBytes), macc: sum((l) => l.macc), maccPure: sum((l) => l.maccPure),
      weightsBytes: sum((l) => l.weightsBytes), floatWeightsBytes: sum((l) => l.floatWeightsBytes), quantParamsBytes: 0,
    },
    operationTypes: [],
    diagnostics: [],
  };
}

function literalPlan(arenaBytes: number, inside: boolean, inputsBytes = 0, outputsBytes = 0): MemoryPlan {
  return {
    planner: 'st', arenaBytes, buffers: [], persistent: [], persistentBytes: 0, inputsBytes, outputsBytes,
    ramTotalBytes: arenaBytes + inputsBytes + outputsBytes, ioInsideActivations: inside, unsized: [],
    overlaps: [], folds: [], order: [], reordered: false, ioTensors: {}, addedSteps: [],
  };
}

export function sww(): Report {
  const g = new GraphBuilder('str_ww_ref_model');
  g.input('serving_default_input_10', 'int8', [1, 30, 1, 40], { scale: [0.003701043], zeroPoint: [-128] });
  g.tensor('nl_10', 'int8', [1, 3], { quant: { scale: [0.00390625], zeroPoint: [-128] } });
  g.output('nl_10');
  const layers = SWW_LAYERS.map(([n, op, src, p, w, m], i) =>
    layer(n, op, src, p, w, m, i === 0 ? 'serving_default_input_10' : (SWW_LAYERS[i - 1]?.[0] ?? ''), op === 'Softmax' ? 'op_s8_s8' : 'smul_s8_s8'));
  const metrics = literalMetrics(layers);
  metrics.operationTypes = [{ type: 'smul_s8_s8', macc: 827_211, share: 827_211 / 827_256 }, { type: 'op_s8_s8', macc: 45, share: 45 / 827_256 }];
  return buildReport({
    model: { path: 'str_ww_ref_model.tflite', format: 'tflite', meta: {}, diagnostics: [] },
    graph: g.graph, metrics, plan: literalPlan(10_116, true), options: {}, hashes: { sha256: SHA, md5: MD5 },
  });
}

export function dsCnn(): Report {
  const g = new GraphBuilder('ds_cnn');
  g.input('input_0', 'float32', [1, 49, 10, 1]);
  g.tensor('dense_1', 'float32', [1, 12]);
  g.output('dense_1');
  const metrics = literalMetrics([layer('dense_1', 'Gemm', 'Dense', 40_140, 158_768, 4_833_792, 'input_0', 'smul_f32_f32', 40_140 * 4)]);
  return buildReport({
    model: { path: 'ds_cnn.h5', format: 'keras', meta: {}, diagnostics: [] },
    graph: g.graph, metrics, plan: literalPlan(55_552, false, 1_960, 48), options: { ioInsideActivations: false }, hashes: { sha256: SHA },
  });
}

/** The bundled example through analyzeModel, on stm32n6 unless `options` names a target. */
export function kws(options: AnalyzeModelOptions = {}): Report {
  return analyzeModel(fileModelInput(fileURLToPath(new URL('../../examples/kws/kws_cnn_int8.onnx', import.meta.url))), { target: 'stm32n6', ...options });
}
