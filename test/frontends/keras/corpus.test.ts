/**
 * Every Keras model of the shared corpus (6 .h5, 1 .keras) analyzes, with figures pinned; and the
 * cross-format parity the issue asks for (Keras float vs the same networks as ONNX/TFLite int8).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/analyze.js';
import { fileModelInput } from '../../../src/node/file-source.js';
import type { Report } from '../../../src/report/index.js';
import { HAS_SHARED, sharedModel } from '../../helpers/shared.js';
import { loadFormats } from '../../../src/analyze.js';

// Keras files need h5wasm, which loads asynchronously once.
beforeAll(() => loadFormats());

const analyze = (rel: string): Report => analyzeModel(fileModelInput(sharedModel(rel)));
const sum = (r: Report, op: string, k: 'params' | 'macc' | 'maccPure') => r.layers.filter((l) => l.op === op).reduce((a, l) => a + l[k], 0);

const AD01 = 'mlcommons-tiny/benchmark/training/anomaly_detection/trained_models/ad01.h5';
const AD01_ONNX = 'tiny_results_v1.3/closed/kai_jiang/code/ad/K1_BOARD_V1.0/models/deep_autoencoder.onnx';
const SWW = 'mlcommons-tiny/benchmark/training/streaming_wakeword/trained_models/str_ww_ref_model.h5';
const CNN = 'st-mems-ispu/tutorials/st_edge_ai_keras/output_ipynb/cnn_8x8x8';

/** [file, params, macc]: all layers supported (no W_UNKNOWN_OP), BatchNorms folded. */
const CORPUS: Array<[string, number, number]> = [
  [AD01, 265_864, 266_896],
  ['mlcommons-tiny/benchmark/training/image_classification/trained_models/pretrainedResnet.h5', 77_706, 12_608_624],
  // the 4 bias-free DepthwiseConv2D get a bias from the compiler (passes/bias.ts): 40 + 3 x 128 MACC
  [SWW, 46_459, 835_440 + 40 + 3 * 128],
  ['mlcommons-tiny/benchmark/training/visual_wake_words/trained_models/vww_96.h5', 210_850, 7_726_288],
  // 3 x (Conv1D + BN + ReLU + MaxPool1D), Dense, Softmax: 4,168 + 5,208 + 2,608 (convs with
  // fused ReLU) + 416 + 208 + 96 (pools) + 196 (dense) + 60 (softmax) = 12,960.
  [`${CNN}.h5`, 676, 12_960],
  [`${CNN}.keras`, 676, 12_960],
  // Nested: Functional > Sequential > Functional (MobileNet-like YAMNet body), Permute first.
  ['stm32ai-modelzoo-v2.0.1/audio_event_detection/pretrained_models/yamnet/ST_pretrainedmodel_public_dataset/esc10/yamnet_256_64x96_tl/yamnet_256_64x96_tl.h5', 134_730, 24_386_656],
];

describe.skipIf(!HAS_SHARED)('Keras corpus', () => {
  it.each(CORPUS)('%s: params %i, macc %i', (rel, params, macc) => {
    expect(existsSync(sharedModel(rel))).toBe(true);
    const r = analyze(rel);
    expect(r.model.format).toBe('keras');
    expect({ params: r.totals.params, macc: r.totals.macc }).toEqual({ params, macc });
    expect(r.diagnostics.filter((d) => d.code === 'W_UNKNOWN_OP' || d.code === 'W_SHAPE')).toEqual([]);
    expect(r.layers.some((l) => l.op === 'BatchNormalization')).toBe(false);
  });

  // The rows for ResNet-8, VWW and YAMNet have no published figure: they are checked against the
  // TFLite file its owners converted from the same model, in the same repository (another file,
  // another frontend). Conv and Gemm weights and MACC (activations excluded) must agree.
  it.each([
    ['mlcommons-tiny/benchmark/training/image_classification/trained_models/pretrainedResnet.h5', 'mlcommons-tiny/benchmark/training/image_classification/trained_models/pretrainedResnet.tflite'],
    ['mlcommons-tiny/benchmark/training/visual_wake_words/trained_models/vww_96.h5', 'mlcommons-tiny/benchmark/training/visual_wake_words/trained_models/vww_96_float.tflite'],
    ['stm32ai-modelzoo-v2.0.1/audio_event_detection/pretrained_models/yamnet/ST_pretrainedmodel_public_dataset/esc10/yamnet_256_64x96_tl/yamnet_256_64x96_tl.h5', 'stm32ai-modelzoo-v2.0.1/audio_event_detection/pretrained_models/yamnet/ST_pretrainedmodel_public_dataset/esc10/yamnet_256_64x96_tl/yamnet_256_64x96_tl_int8.tflite'],
  ])('%s: Conv and Gemm params and MACC equal those of its TFLite conversion', (h5, tflite) => {
    const k = analyze(h5);
    const t = analyze(tflite);
    expect(t.model.format).toBe('tflite');
    for (const op of ['Conv', 'Gemm']) {
      expect(sum(k, op, 'params'), `${op} params`).toBe(sum(t, op, 'params'));
      expect(sum(k, op, 'maccPure'), `${op} MACC`).toBe(sum(t, op, 'maccPure'));
    }
    expect(sum(k, 'Conv', 'params') + sum(k, 'Gemm', 'params')).toBeGreaterThan(0.98 * k.totals.params); // they are the model's weights
  });

  it('the .h5 and the .keras export of cnn_8x8x8 give the same layers and figures', () => {
    const a = analyze(`${CNN}.h5`);
    const b = analyze(`${CNN}.keras`);
    expect(b.layers.map((l) => [l.op, l.outputShape, l.params, l.macc])).toEqual(a.layers.map((l) => [l.op, l.outputShape, l.params, l.macc]));
  });

  it('ad01.h5 (Keras float) vs deep_autoencoder.onnx (QDQ int8): same params and same Gemm MACC', () => {
    const k = analyze(AD01);
    const o = analyze(AD01_ONNX);
    // 10 Dense layers; each BatchNormalization folds into its Dense. Keras stores 4 x 128 BN items
    // per layer, but a folded BN only rewrites the Dense's existing bias: it adds 0 params, so
    // both count the Dense weights and biases only: 265,864.
    expect(k.totals.params).toBe(265_864);
    expect(o.totals.params).toBe(k.totals.params);
    expect(sum(k, 'Gemm', 'params')).toBe(sum(o, 'Gemm', 'params'));
    // Matrix MACC (M*N*K, pure mode) per Gemm: 640*128 + 3*128*128 + 128*8 + 8*128 + 3*128*128 + 128*640.
    expect(sum(k, 'Gemm', 'maccPure')).toBe(264_192);
    expect(sum(o, 'Gemm', 'maccPure')).toBe(264_192);
    // Totals differ only by what each format adds around the same Gemms (+ bias N each: 265,864):
    // Keras float: 9 fused ReLUs cost O each (8 x 128 + 8 = 1,032) -> 266,896.
    // ONNX int8: a fused ReLU is the requantization clamp (0), and the graph's input
    // QuantizeLinear and output DequantizeLinear are the network's I/O (0, passes/io-boundary.ts).
    expect(k.totals.macc).toBe(265_864 + 8 * 128 + 8);
    expect(o.totals.macc).toBe(265_864);
    // Weights: float32 (4 B per item) vs int8 weights (1 B) + int32 biases (4 B).
    const biases = 8 * 128 + 8 + 640;
    expect(k.totals.weightsBytes).toBe(4 * 265_864);
    expect(o.totals.weightsBytes).toBe(265_864 - biases + 4 * biases);
    expect(k.totals.weightsBytes / o.totals.weightsBytes).toBeCloseTo(1_063_456 / 270_880, 6);
  });

  it('str_ww_ref_model.h5 vs the stedgeai report of its int8 .tflite (params 46,883, macc 835,864 / 827,256)', () => {
    const r = analyze(SWW);
    // The TFLite converter gives each of the 4 bias-free DepthwiseConv2D a bias (40 + 3 x 128 =
    // 424 items); the Keras file has none, so its params lack them. stedgeai gives them one too
    // (passes/bias.ts: in the weights, not the file's params), and each costs Cout MACC once.
    const converterBiases = 40 + 3 * 128;
    expect(r.totals.params + converterBiases).toBe(46_883);
    // stedgeai's float "model" MACC counts the 4 fused ReLUs (O each) like we do: 835,864.
    expect(r.totals.macc).toBe(835_864);
    // Its int8 C model folds them into the requantization: 28*128 + 24*128 + 15*128 + 32 = 8,608.
    expect(r.totals.macc - (28 + 24 + 15) * 128 - 32).toBe(827_256);
    expect(r.layers.find((l) => l.name === 'conv2d')).toMatchObject({ macc: 143_488 + 3_584, fused: ['batch_normalization', 'activation', 'dropout'] });
  });
});
