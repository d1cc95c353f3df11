/**
 * A bounded fuzzing campaign in every CI run (`npm run fuzz -- --count N` runs long ones on the
 * same classifier): mutants of the bundled examples, of models built here (TFLite, Keras .h5 and
 * .keras) and, when present, of the corpus, each a clean typed rejection or a sane report; no
 * internal error, native trace, hang over 10 s, out-of-memory run or absurd total.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCampaign, type Seed } from '../../tools/fuzz/campaign.js';
import { corpusSeeds } from '../../tools/fuzz/seeds.js';
import { tinyTflite } from '../action/models.js';
import { kerasH5, kerasZip, input, layer, sequential } from '../builders/keras.js';
import { MODELS_DIR } from '../helpers/shared.js';
import { forestModel, svcModel } from '../builders/onnx-ml.js';
import { REPO_ROOT } from '../helpers/cli.js';

const COUNT = Number(process.env['MODEL_FOOTPRINT_FUZZ_COUNT'] ?? 3000);

function builtSeeds(): Seed[] {
  const cfg = sequential([input('x', [null, 8]), layer('Dense', 'd', { units: 4, activation: 'relu', use_bias: true }, 'x')]);
  return [
    { name: 'built/conv.tflite', bytes: tinyTflite(8) },
    { name: 'built/dense.h5', bytes: kerasH5({ config: cfg, weights: { d: [['d/kernel:0', [8, 4]], ['d/bias:0', [4]]] } }) },
    { name: 'built/dense.keras', bytes: kerasZip(cfg, { 'layers/dense': [[8, 4], [4]] }) },
    { name: 'built/svc.onnx', bytes: svcModel({ features: 6, vectorsPerClass: [3, 2, 4], kernel: 'RBF', prob: true, zipMap: true, projectFrom: 8 }) },
    { name: 'built/forest.onnx', bytes: forestModel(4, 3, [[3, 7]], 3, true) },
  ];
}

describe('fuzzing (bounded campaign)', () => {
  it(`${COUNT} mutants: no failure of any kind`, async () => {
    const seeds = [...corpusSeeds(join(REPO_ROOT, 'examples'), 1 << 20), ...builtSeeds(), ...corpusSeeds(MODELS_DIR, 1 << 20)];
    // A fixed slice, so CI is reproducible; long campaigns (npm run fuzz -- --seed S) explore others.
    const first = Number(process.env['MODEL_FOOTPRINT_FUZZ_SEED'] ?? 1);
    const r = await runCampaign(seeds, { count: COUNT, firstSeed: first, jobs: 2, timeoutMs: 10_000, memoryMb: 1024 });
    const detail = r.failures.slice(0, 10).map((f) => `${f.outcome}: ${f.seedFile} seed ${f.mutantSeed} (${f.ops.join('+')}): ${f.detail.split('\n')[0]}`).join('\n');
    expect(r.failures, `replay with: npm run fuzz -- --replay SEED --file FILE\n${detail}`).toEqual([]);
    expect((r.counts['rejected'] ?? 0) + (r.counts['report'] ?? 0)).toBe(COUNT);
    expect(r.counts['report'] ?? 0).toBeGreaterThan(0); // mutants that still parse are analyzed too
  }, 300_000);
});
