/**
 * Cross-format parity: the same network exported as TFLite (int8, float, hybrid), Keras .h5 and
 * ONNX (QDQ int8, float) gives the same params and the same pure MACC (the matrix products).
 * Where the figures legitimately differ, the assertion says why, with the difference computed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedModel } from '../helpers/shared.js';
import { analyzeModel, loadFormats } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import type { Report } from '../../src/report/index.js';

beforeAll(() => loadFormats());

const tiny = 'mlcommons-tiny/benchmark/training/';
const kai = 'tiny_results_v1.3/closed/kai_jiang/code/';
const FAMILIES: Record<string, string[]> = {
  'anomaly detection (FC autoencoder)': [
    `${tiny}anomaly_detection/trained_models/ad01_int8.tflite`, `${tiny}anomaly_detection/trained_models/ad01_fp32.tflite`,
    `${tiny}anomaly_detection/trained_models/ad01.h5`, `${tiny}anomaly_detection/trained_models/ToyCar/baseline_tf23/model/model_ToyCar_quant.tflite`,
    `${kai}ad/K1_BOARD_V1.0/models/deep_autoencoder.onnx`,
  ],
  'keyword spotting (DS-CNN)': [
    `${tiny}keyword_spotting/trained_models/kws_ref_model.tflite`, `${tiny}keyword_spotting/trained_models/kws_ref_model_float32.tflite`,
    `${kai}kws/K1_BOARD_V1.0/models/kws_ref_model.onnx`,
  ],
  'visual wake words (MobileNetV1 0.25)': [
    `${tiny}visual_wake_words/trained_models/vww_96_int8.tflite`, `${tiny}visual_wake_words/trained_models/vww_96_float.tflite`,
    `${tiny}visual_wake_words/trained_models/vww_96.h5`, `${kai}vww/K1_BOARD_V1.0_HIGH_FREQ/models/mobilenet_v1.onnx`,
    `${kai}vww/VCU128/models/vww_96_float.onnx`,
  ],
  'image classification (ResNet-8)': [
    `${tiny}image_classification/trained_models/pretrainedResnet.h5`, `${tiny}image_classification/trained_models/pretrainedResnet.tflite`,
    `${tiny}image_classification/trained_models/pretrainedResnet_quant.tflite`, `${kai}ic/K1_BOARD_V1.0/models/resnet.onnx`,
    'tiny_results_v1.2/closed/kai_jiang/code/ic/LC236R5E176_BOARD_V2.0/models/pretrainedResnet.onnx',
  ],
};

const analyze = (rel: string): Report => analyzeModel(fileModelInput(sharedModel(rel)), {});

describe.skipIf(!HAS_SHARED)('cross-format parity', () => {
  for (const [family, files] of Object.entries(FAMILIES)) {
    it(`${family}: same params and pure MACC in every format`, () => {
      const reports = files.map(analyze);
      const first = reports[0] as Report;
      for (const [i, r] of reports.entries()) {
        expect(r.totals.params, files[i]).toBe(first.totals.params);
        expect(r.totals.maccPure, files[i]).toBe(first.totals.maccPure);
      }
    });
  }

  it('anomaly detection: where the formats differ, and why', () => {
    const [int8, fp32, h5, hybrid, qdq] = FAMILIES['anomaly detection (FC autoencoder)']!.map(analyze) as [Report, Report, Report, Report, Report];
    // 10 Dense layers 640-128-128-128-128-8-128-128-128-128-640: matrix MACs, and one bias per output.
    const dims = [640, 128, 128, 128, 128, 8, 128, 128, 128, 128, 640];
    const mac = dims.slice(1).reduce((a, n, i) => a + n * (dims[i] as number), 0);
    const biases = dims.slice(1).reduce((a, n) => a + n, 0);
    expect(int8.totals.maccPure).toBe(mac);
    expect(int8.totals.params).toBe(mac + biases);
    // int8: the 9 fused ReLUs are the requantization clamp (0 MACC); float: 1 MACC per output.
    const reluOutputs = biases - 640;
    expect(int8.totals.macc).toBe(mac + biases);
    expect(fp32.totals.macc).toBe(mac + biases + reluOutputs);
    expect(h5.totals.macc).toBe(fp32.totals.macc);
    // Hybrid (dynamic-range) layers compute in float: their ReLUs cost like the float model's.
    expect(hybrid.totals.macc).toBe(fp32.totals.macc);
    // The QDQ ONNX's float input Quantize and output Dequantize are the network's I/O for stedgeai
    // (passes/io-boundary.ts: it reads and writes the int8 tensors): no MACC, as the int8 TFLite.
    expect(qdq.totals.macc).toBe(int8.totals.macc);
    // Weights: int8 weights + int32 biases, against float32 for everything.
    expect(int8.totals.weightsBytes).toBe(mac + 4 * biases);
    expect(fp32.totals.weightsBytes).toBe(4 * (mac + biases));
    expect(qdq.totals.weightsBytes).toBe(int8.totals.weightsBytes);
  });
});
