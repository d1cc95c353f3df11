/**
 * The AX650 NPU cost per npu_mode (tools/vendor-targets.py writes it into ax650.json) against
 * Axera's published board latencies (bench/axera-figures.json): time = MACC / rate + layers x
 * per-layer time. The two constants of each mode are FITTED on MobileNetv2 and ResNet50 (refitted
 * here: the target's numbers must be that fit) and CHECKED on SqueezeNet v1.1 and Inception v1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { loadTarget } from '../../src/targets/load.js';
import { HAS_SHARED, sharedModel } from '../helpers/shared.js';

interface Figures { models: Record<string, { name: string; NPU1: number; NPU3: number; use: 'fit' | 'check' }> }
const FIG = JSON.parse(readFileSync(new URL('../../bench/axera-figures.json', import.meta.url), 'utf8')) as Figures;

describe.skipIf(!HAS_SHARED)('AX650 latency vs Axera\'s published benchmarks', () => {
  const stats = Object.entries(FIG.models).map(([file, f]) => {
    const r = analyzeModel(fileModelInput(sharedModel(file)), { target: 'ax650' });
    const hw = r.layers.filter((l) => l.unit === 'HW');
    return { file, f, n: hw.length, macc: hw.reduce((a, l) => a + l.macc, 0) };
  });
  const cost = loadTarget('ax650').units[0]?.cost;
  const perMode = cost && 'perMode' in cost ? cost.perMode ?? {} : {};

  it.each(['NPU1', 'NPU3'] as const)('%s: the target\'s rate and per-layer time are the fit on the two fit models', (mode) => {
    const [a, b] = stats.filter((s) => s.f.use === 'fit');
    if (!a || !b) throw new Error('two fit models expected');
    // a.macc / r + a.n * o = ta ; b.macc / r + b.n * o = tb (seconds)
    const [ta, tb] = [a.f[mode] / 1000, b.f[mode] / 1000];
    const det = a.macc * b.n - b.macc * a.n;
    const r = det / (ta * b.n - tb * a.n);
    const o = ((a.macc * tb - b.macc * ta) / det) * 1e6;
    expect((perMode[mode]?.macsPerSecond ?? 0) / 1e12).toBeCloseTo(r / 1e12, 3);
    expect(perMode[mode]?.perLayerUs).toBeCloseTo(o, 2);
  });

  it.each(stats.filter((s) => s.f.use === 'check').flatMap((s) => (['NPU1', 'NPU3'] as const).map((m) => [`${s.f.name} ${m}`, s, m] as const)))('held out: %s within ±40%', (_, s, mode) => {
    const t = loadTarget(JSON.stringify({ extends: 'ax650', name: `ax650-${mode}`, npuMode: mode }), 'x.json');
    // The NPU's time: Inception v1's LRN layers are CPU subgraphs for us (LRN is not in Pulsar2's
    // list), and the Arm cores have no cost model, so the model's total is not estimated.
    const est = analyzeModel(fileModelInput(sharedModel(s.file)), { target: t }).latency?.units.find((u) => u.kind === 'npu')?.timeMs ?? NaN;
    expect(Math.abs(est / s.f[mode] - 1)).toBeLessThanOrEqual(0.4);
  });
});
