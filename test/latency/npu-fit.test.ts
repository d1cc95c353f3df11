/**
 * The NPU targets' latency constants (tools/npu-latency.json, written into the targets by
 * tools/vendor-targets.py) against the vendors' published latencies (bench/npu-figures.json):
 * time = MACC / rate + NPU layers x time per layer. The two constants of each target and mode are
 * FITTED on two models; this refits them from the figures (the target's numbers must be that fit)
 * and CHECKS the held-out models within ±40%. KL730 has no published figure: not estimated.
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { loadTarget } from '../../src/targets/load.js';
import type { AcceleratorCost } from '../../src/targets/types.js';
import { HAS_SHARED, sharedModel } from '../helpers/shared.js';
import { fitTarget, npuTimeMs, readFigures, targetInMode } from '../../tools/fit-npu-latency.js';

const FIG = readFigures();

function npuCost(target: string): AcceleratorCost {
  const cost = loadTarget(target).units.find((u) => u.kind === 'npu')?.cost;
  if (!cost || 'core' in cost) throw new Error(`${target}: no accelerator cost`);
  return cost;
}

describe.skipIf(!HAS_SHARED)("NPU latency vs the vendors' published figures", () => {
  it.each(Object.keys(FIG.targets))('%s: the target\'s constants are the fit on its two fit models', (target) => {
    const f = FIG.targets[target];
    if (!f) throw new Error(target);
    const fit = fitTarget(target, f);
    const cost = npuCost(target);
    for (const [mode, m] of Object.entries(fit.modes)) {
      const got = mode === '*' ? { macsPerSecond: cost.macsPerSecond, perLayerUs: cost.perLayerUs } : cost.perMode?.[mode];
      expect(got?.macsPerSecond, `${target} ${mode}`).toBe(m.macsPerSecond);
      expect(got?.perLayerUs, `${target} ${mode}`).toBe(m.perLayerUs);
    }
    expect(cost.source).toBe(fit.source);
  });

  const checks = Object.entries(FIG.targets).flatMap(([target, f]) => Object.entries(f.models).filter(([, m]) => m.use === 'check' && m.generate === undefined)
    .flatMap(([file, m]) => f.modes.filter((mode) => m.ms[mode] !== undefined).map((mode) => [`${target} ${mode} ${m.name}`, target, mode, file, m.ms[mode] ?? NaN] as const)));
  it('some models are held out', () => expect(checks.length).toBeGreaterThanOrEqual(6));

  it.each(checks)('held out: %s within ±40%', (_, target, mode, file, published) => {
    const est = npuTimeMs(sharedModel(file), targetInMode(target, mode));
    expect(Math.abs(est / published - 1)).toBeLessThanOrEqual(0.4);
  });

  it('a fit model reproduces its own figure (the fit is exact on two equations)', () => {
    const f = FIG.targets['kl720'];
    const [file, m] = Object.entries(f?.models ?? {})[0] ?? [];
    if (!file || !m) throw new Error('kl720 figures');
    const est = npuTimeMs(sharedModel(file), 'kl720');
    expect(est).toBeCloseTo(m.ms['*'] ?? NaN, 2);
  });

  it('KL730: no published figure, so its NPU time is not estimated (null, never 0)', () => {
    const u = analyzeModel(fileModelInput(sharedModel('torchvision/mobilenet_v2.onnx')), { target: 'kl730' }).latency?.units.find((x) => x.kind === 'npu');
    expect(u?.timeMs).toBeNull();
    expect(u?.basis).toMatch(/^not estimated/);
  });
});
