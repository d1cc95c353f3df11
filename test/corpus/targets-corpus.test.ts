/**
 * Every corpus model maps onto every built-in target without a crash, and the mapping explains
 * itself: every layer an accelerator refused carries at least one reason naming a rule, epochs add
 * up, pools account for the activations. Plus the Ethos-U cases of the issue on real models.
 */
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, MODELS_DIR, sharedModel } from '../helpers/shared.js';
import { corpusFiles } from '../helpers/corpus.js';
import { schemaErrors } from '../helpers/schema.js';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { BUILTIN_TARGETS } from '../../src/targets/index.js';
import type { Report } from '../../src/report/index.js';
import { loadFormats } from '../../src/analyze.js';

// Keras files need h5wasm, which loads asynchronously once.
beforeAll(() => loadFormats());

const analyze = (path: string, target: string): Report => analyzeModel(fileModelInput(path), { target });
/**
 * One model analyzed on every built-in target: the largest (st_ssd_mobilenet_v1_025_256) takes
 * 77 to 86 s alone on 2 cores, up to 130 s while other test files share them. A guard against a
 * hang, not a speed check (speed is `npm run bench`'s).
 */
const PER_MODEL_TIMEOUT_MS = 300_000;

describe.skipIf(!HAS_SHARED)('every corpus model on every built-in target', () => {
  const files = corpusFiles('.onnx', '.tflite', '.h5', '.keras');
  for (const file of files) {
    it(relative(MODELS_DIR, file), () => {
      for (const target of BUILTIN_TARGETS) {
        const r = analyze(file, target);
        expect(schemaErrors(JSON.parse(JSON.stringify(r))), target).toBe('');
        expect(r.target?.name).toBe(target);
        for (const l of r.layers) expect(l.unit, `${target} ${l.name}`).toBeDefined();
        // On an accelerator, every layer that is not on it says why.
        const unexplained = r.target?.hasAccelerator ? r.layers.filter((l) => l.unit !== 'HW' && !l.reasons?.length).map((l) => l.name) : [];
        expect(unexplained, target).toEqual([]);
        // Epochs exactly for the targets with an accelerator; their counts and MACC add up.
        expect(r.epochs !== undefined, target).toBe(r.target?.hasAccelerator === true);
        const e = r.epochs ?? { hw: 0, sw: 0, unsupported: 0, total: 0, list: [] };
        expect(e.hw + e.sw + e.unsupported).toBe(e.total);
        expect(e.list.reduce((a, x) => a + x.macc, 0)).toBe(r.epochs ? r.layers.reduce((a, l) => a + l.macc, 0) : 0);
        // Targets that speak a vendor's words show the partition: every CPU node with its reason, MACC adding up.
        const p = r.partition ?? { npuMacc: 0, cpuMacc: 0, subgraphs: [], npuSubgraphs: 0, cpuSubgraphs: 0, cpuNodes: [] };
        expect(r.partition !== undefined, target).toBe(r.target?.toolchain?.vocabulary !== undefined);
        expect(p.npuMacc + p.cpuMacc, target).toBe(r.partition ? e.list.reduce((a, x) => a + x.macc, 0) : 0);
        expect(p.subgraphs.length, target).toBe(p.npuSubgraphs + p.cpuSubgraphs);
        expect(p.cpuNodes.filter((c) => c.reasons.length === 0 && !c.unsupported).map((c) => c.name), target).toEqual([]);
        // Placed activations hold at least the arena (less alignment slack), unless some did not fit.
        const act = r.pools?.pools.filter((p) => p.holds.includes('activations')).reduce((a, p) => a + p.usedBytes, 0) ?? 0;
        const shortfall = r.pools?.unplaced.length ? 0 : Math.max(0, r.totals.activationsBytes - 16 * r.memory.bufferCount - act);
        expect(shortfall, target).toBe(0);
      }
    }, PER_MODEL_TIMEOUT_MS);
  }
});

describe.skipIf(!HAS_SHARED)('Ethos-U on real models', () => {
  const mlperf = 'mlcommons-tiny/benchmark/training/visual_wake_words/trained_models/';
  it('int8 MobileNet-style TFLite models map fully to the NPU', () => {
    for (const m of [`${mlperf}vww_96_int8.tflite`, 'tflite-micro/tensorflow/lite/micro/models/person_detect.tflite']) {
      const r = analyze(sharedModel(m), 'ethos-u55-128');
      expect(r.layers.filter((l) => l.unit !== 'HW').map((l) => `${l.name}: ${l.reasons?.[0]?.message}`), m).toEqual([]);
      expect(r.epochs?.sw, m).toBe(0);
    }
  });

  it("PyTorch's MobileNet-v2: everything on the NPU but the NCHW -> NHWC input Transpose, as Vela 3.10 places it", () => {
    const r = analyze(sharedModel('tflite-micro/third_party/xtensa/examples/pytorch_to_tflite/mobilenet_v2_quantized_1x3x224x224.tflite'), 'ethos-u55-128');
    const cpu = r.layers.filter((l) => l.unit !== 'HW');
    expect(cpu.map((l) => [l.sourceOp, l.reasons?.[0]?.rule, l.reasons?.[0]?.value])).toEqual([['TRANSPOSE', 'vela-transpose', '[1, 3, 224, 224] perm 0,2,3,1']]);
    expect(r.epochs?.sw).toBe(1);
  });

  it('the float VWW model goes to the CPU, every layer with the dtype reason', () => {
    const r = analyze(sharedModel(`${mlperf}vww_96_float.tflite`), 'ethos-u55-256');
    expect(r.layers.every((l) => l.unit === 'SW_FLOAT')).toBe(true);
    expect(r.layers.every((l) => l.reasons?.some((x) => x.rule === 'tensor-dtype' && /float32/.test(x.message)))).toBe(true);
    expect(r.epochs?.hw).toBe(0);
  });

  it('the Vela-compiled model is recognised: its ethos-u op runs on the NPU, and nowhere else', () => {
    const path = sharedModel('tflite-micro/tensorflow/lite/micro/models/person_detect_vela.tflite');
    const u = analyze(path, 'ethos-u65-256');
    expect(u.layers.map((l) => [l.sourceOp, l.unit])).toEqual([['ethos-u', 'HW']]);
    expect(u.diagnostics.some((d) => /already compiled for Arm Ethos-U by Vela/.test(d.message))).toBe(true);
    const n6 = analyze(path, 'stm32n6');
    expect(n6.layers[0]?.unit).toBe('unsupported');
  });
});
