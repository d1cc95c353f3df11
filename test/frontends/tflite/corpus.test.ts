/**
 * Every .tflite under ../shared/models: read and analyzed; operator counts match the MANIFEST notes
 * ("ops: CONV_2Dx9, ADDx3, CUSTOM:ethos-ux1"); the streaming wakeword model matches the published
 * ST Edge AI Core report layer by layer.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/analyze.js';
import { readModel } from '../../../src/frontends/registry.js';
import { fileModelInput } from '../../../src/node/file-source.js';
import { HAS_SHARED, MODELS_DIR, sharedModel } from '../../helpers/shared.js';

function tfliteFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tfliteFiles(p));
    else if (e.endsWith('.tflite')) out.push(p);
  }
  return out.sort();
}

/** MANIFEST notes' "ops: A x n, B x m" per file. */
function manifestOps(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const lines = readFileSync(join(MODELS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const cols = line.split('\t');
    const m = /\bops: ([^|]+)/.exec(cols[8] ?? '');
    if (!cols[0]?.endsWith('.tflite') || !m) continue;
    const counts = new Map<string, number>();
    for (const item of (m[1] as string).split(',')) {
      const im = /^\s*(?:CUSTOM:)?(.+?)x(\d+)\s*$/.exec(item);
      if (im) counts.set(im[1] as string, Number(im[2]));
    }
    out.set(cols[0], counts);
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('TFLite corpus (../shared/models)', () => {
  const files = HAS_SHARED ? tfliteFiles(MODELS_DIR) : [];
  const ops = HAS_SHARED ? manifestOps() : new Map<string, Map<string, number>>();

  it('finds the 35 corpus files', () => {
    expect(files).toHaveLength(35);
  });

  it.each(files.map((f) => [relative(MODELS_DIR, f)]))('%s analyzes, with the MANIFEST operator counts', (rel) => {
    const path = sharedModel(rel);
    const r = analyzeModel(fileModelInput(path));
    expect(r.model.format).toBe('tflite');
    expect(Number.isFinite(r.totals.macc)).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'W_SHAPE' || d.code === 'W_UNKNOWN_OP')).toEqual([]);
    const expected = ops.get(rel);
    expect(expected, `MANIFEST has an ops note for ${rel}`).toBeDefined();
    const counts = new Map<string, number>();
    for (const n of readModel(fileModelInput(path)).graph.nodes) counts.set(n.sourceOp, (counts.get(n.sourceOp) ?? 0) + 1);
    // The notes list every op (one, audio_preprocessor_int8, lists the first 12 of 18 kinds).
    for (const [op, n] of expected ?? []) expect(counts.get(op), `${op} count`).toBe(n);
    // The notes list every op kind, but for audio_preprocessor_int8 (the first 12 of its 18).
    expect(counts.size).toBe(rel.includes('audio_preprocessor') ? 18 : expected?.size);
  });

  it('person_detect_vela: one ethos-u op, with the Vela diagnostic', () => {
    const r = analyzeModel(fileModelInput(sharedModel('tflite-micro/tensorflow/lite/micro/models/person_detect_vela.tflite')));
    expect(r.layers.map((l) => l.sourceOp)).toEqual(['ethos-u']);
    expect(r.totals.macc).toBe(0);
    expect(r.diagnostics.some((d) => /already compiled for Arm Ethos-U by Vela/.test(d.message))).toBe(true);
  });

  it('variable tensors of the SVDF and LSTM models are flagged and persistent', () => {
    const m = readModel(fileModelInput(sharedModel('tflite-micro/tensorflow/lite/micro/models/keyword_scrambled.tflite')));
    expect([...m.graph.tensors.values()].filter((t) => t.variable)).toHaveLength(7);
    const lstm = readModel(fileModelInput(sharedModel('tflite-micro/tensorflow/lite/micro/examples/mnist_lstm/trained_lstm.tflite')));
    expect([...lstm.graph.tensors.values()].filter((t) => t.variable)).toHaveLength(2);
  });
});

/**
 * /work/shared/reference/stedgeai-sww/sww_model_generate_report.txt (ST Edge AI Core v1.0.0):
 * macc 827,256; params 46,883; weights (ro) 49,412 B. ST's layer names differ (conv2d_0, gemm_9,
 * nl_10); ours are the TFLite output tensor names, in the same order.
 */
describe.skipIf(!HAS_SHARED)('streaming wakeword vs the published stedgeai report', () => {
  it('totals and every layer', () => {
    const r = analyzeModel(fileModelInput(sharedModel('mlcommons-tiny/benchmark/training/streaming_wakeword/trained_models/str_ww_ref_model.tflite')));
    expect(r.totals).toMatchObject({ macc: 827_256, params: 46_883, weightsBytes: 49_412, floatWeightsBytes: 49_412 + 138_120 });
    expect(r.model.fmt).toBe('ss/sa per channel');
    const rows = r.layers.map((l) => [l.sourceOp, l.outputShape, l.params, l.weightsBytes, l.macc]);
    expect(rows).toEqual([
      ['DEPTHWISE_CONV_2D', [1, 28, 1, 40], 160, 280, 3_400], // conv2d_0
      ['CONV_2D', [1, 28, 1, 128], 5_248, 5_632, 143_488], // conv2d_1 (+ nl_1_nl, folded: 0)
      ['DEPTHWISE_CONV_2D', [1, 24, 1, 128], 768, 1_152, 15_488], // conv2d_2
      ['CONV_2D', [1, 24, 1, 128], 16_512, 16_896, 393_344], // conv2d_3
      ['DEPTHWISE_CONV_2D', [1, 15, 1, 128], 1_408, 1_792, 19_328], // conv2d_4
      ['CONV_2D', [1, 15, 1, 128], 16_512, 16_896, 245_888], // conv2d_5
      ['DEPTHWISE_CONV_2D', [1, 1, 1, 128], 2_048, 2_432, 2_048], // conv2d_6
      ['CONV_2D', [1, 1, 1, 32], 4_128, 4_224, 4_128], // conv2d_7
      ['RESHAPE', [1, 32], 0, 0, 0], // reshape_8
      ['FULLY_CONNECTED', [1, 3], 99, 108, 99], // gemm_9: 96 weights + 3 bias (12 B)
      ['SOFTMAX', [1, 3], 0, 0, 45], // nl_10: 15 * 3
    ]);
    expect(r.layers[9]).toMatchObject({ name: 'gemm_9', originalName: 'model/dense/MatMul;model/dense/BiasAdd' });
    expect(r.layers.filter((l) => l.sourceOp === 'CONV_2D').every((l) => l.activation === 'Relu')).toBe(true);
  });
});
