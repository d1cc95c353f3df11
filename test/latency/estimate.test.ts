/**
 * The latency model on hand-built layers (METRICS.md "Latency"): cycles = per-layer cost + the
 * kernel family's rate x MACC, from src/targets/cores.ts; time = cycles / clock. Each expectation
 * is computed here from those two constants and the layer's MACC.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { CORES } from '../../src/targets/cores.js';
import { estimateLatency, withClock } from '../../src/latency/estimate.js';
import { kernelKind, FEW_CHANNELS } from '../../src/latency/kinds.js';
import { loadTarget } from '../../src/targets/load.js';
import type { Target } from '../../src/targets/types.js';
import { frequencyOf, formatFrequency } from '../../src/units/frequency.js';
import { parseDuration } from '../../src/diff/budgets.js';
import { GraphBuilder } from '../builders/ir.js';

const q = { scale: [0.1], zeroPoint: [0] };

/** One int8 (or float) layer 'l' with weights `w` (or none). */
function one(op: OpKind, x: number[], w: number[] | undefined, attrs: Attrs, out: number[], dtype: 'int8' | 'float32' = 'int8'): GraphBuilder {
  const g = new GraphBuilder();
  const input = g.input('x', dtype, x, dtype === 'int8' ? q : undefined);
  const ins = [input, ...(w ? [g.constant('w', dtype, w, dtype === 'int8' ? q : undefined)] : [])];
  const y = g.node(op, ins, attrs, { name: 'l', outShapes: [out], outDType: dtype, integer: dtype === 'int8' });
  if (dtype === 'int8') g.get(y).quant = q;
  g.output(y);
  return g;
}

function estimate(g: GraphBuilder, target: Target) {
  const metrics = computeMetrics(g.graph, { opset: 13 });
  const mapping = mapToTarget(g.graph, target);
  return { lat: estimateLatency(g.graph, metrics.layers, mapping, target), macc: metrics.layers[0]?.macc ?? 0 };
}

const m7 = CORES['cortex-m7']!;
const h7 = loadTarget('stm32h7'); // Cortex-M7 at 480 MHz

describe('kernel families', () => {
  it('pointwise, few channels (at and above the threshold), depthwise, fully connected, element-wise', () => {
    const kind = (g: GraphBuilder) => kernelKind(g.graph, g.graph.nodes[0]!);
    expect(kind(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]))).toBe('pointwise');
    expect(kind(one('Conv', [1, FEW_CHANNELS, 8, 8], [32, FEW_CHANNELS, 3, 3], {}, [1, 32, 6, 6]))).toBe('few-channels');
    expect(kind(one('Conv', [1, FEW_CHANNELS + 1, 8, 8], [32, FEW_CHANNELS + 1, 3, 3], {}, [1, 32, 6, 6]))).toBe('conv');
    expect(kind(one('Conv', [1, 16, 8, 8], [16, 1, 3, 3], { group: 16 }, [1, 16, 6, 6]))).toBe('depthwise');
    expect(kind(one('Conv', [1, 8, 8, 16], [1, 3, 3, 16], { weight_layout: 'IHWO', layout: 'NHWC' }, [1, 6, 6, 16]))).toBe('depthwise');
    expect(kind(one('Gemm', [1, 64], [10, 64], { transB: 1 }, [1, 10]))).toBe('fully-connected');
    expect(kind(one('Relu', [1, 64], undefined, {}, [1, 64]))).toBe('elementwise');
  });
});

describe('CPU cycles and time', () => {
  it('a pointwise int8 conv on the H7 (480 MHz): per-layer cost + rate x MACC', () => {
    const { lat, macc } = estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), h7);
    expect(macc).toBe(8 * 8 * 32 * 16); // no bias input: the MACs alone
    const cycles = m7.perLayer + m7.int8.pointwise * macc;
    expect(lat.layers[0]?.cycles).toBe(Math.round(cycles));
    expect(lat.timeMs).toBeCloseTo((cycles / 480e6) * 1000, 9);
    expect(lat.cycles).toBe(Math.round(cycles));
    expect(lat.units.map((u) => [u.name, u.clockHz])).toEqual([['Cortex-M7', 480e6]]);
  });

  it('--clock halves the time at twice the clock; the cycles stay', () => {
    const g = one('Gemm', [1, 64], [10, 64], { transB: 1 }, [1, 10]);
    const a = estimate(g, h7).lat;
    const b = estimate(g, withClock(h7, 960e6)).lat;
    expect(b.layers[0]?.cycles).toBe(a.layers[0]?.cycles);
    expect(b.timeMs).toBeCloseTo((a.timeMs ?? 0) / 2, 12);
  });

  it('float kernels cost the float rate (twice the int8 one, not calibrated)', () => {
    const { lat, macc } = estimate(one('Gemm', [1, 64], [10, 64], { transB: 1 }, [1, 10], 'float32'), h7);
    expect(lat.layers[0]?.cycles).toBe(Math.round(m7.perLayer + m7.float['fully-connected'] * macc));
    expect(m7.float['fully-connected']).toBeCloseTo(2 * m7.int8['fully-connected'], 3);
  });

  it('the Cortex-M4 rates are the M7 rates times the fitted factor', () => {
    const m4 = CORES['cortex-m4']!;
    for (const k of Object.keys(m7.int8) as (keyof typeof m7.int8)[]) expect(m4.int8[k]).toBeCloseTo(m7.int8[k] * 1.858, 2);
    expect([m7.calibrated, m4.calibrated, CORES['cortex-m55']?.calibrated]).toEqual([true, true, false]);
  });
});

describe('accelerators and units without a figure', () => {
  it('Neural-ART HW layers: the slower of the peak MAC rate and the weights read from flash at the fitted bandwidth', () => {
    const n6 = loadTarget('stm32n6');
    const cost = n6.units[0]?.cost;
    if (!cost || 'core' in cost || cost.weightBytesPerSecond === undefined) throw new Error('stm32n6: an accelerator cost with a weight bandwidth expected');
    expect([cost.macsPerSecond, cost.weightBytesPerSecond, cost.fitted]).toEqual([3e11, 1.386e8, true]);
    // 1x1, 16 -> 32 channels on 8x8: 512 int8 weights take 3.7 us from flash, 32,768 MACs 0.11 us: weight-bound
    const w = estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), n6);
    expect(w.lat.layers[0]?.unitName).toBe('Neural-ART NPU');
    expect(w.lat.layers[0]?.timeMs).toBeCloseTo((512 / 1.386e8) * 1000, 12);
    expect(w.lat.layers[0]?.cycles).toBe(Math.round((512 / 1.386e8) * 1e9));
    // 3x3, 16 -> 16 channels on 64x64: 2,304 weights take 16.6 us, 9.4 M MACs 31.5 us: compute-bound
    const c = estimate(one('Conv', [1, 16, 64, 64], [16, 16, 3, 3], { pads: [1, 1, 1, 1] }, [1, 16, 64, 64]), n6);
    expect(c.macc).toBe(64 * 64 * 16 * 16 * 9);
    expect(c.lat.layers[0]?.timeMs).toBeCloseTo((c.macc / 3e11) * 1000, 12);
    expect(w.lat.units.find((u) => u.kind === 'npu')?.basis).toMatch(/^fitted: ST: Neural-ART Accelerator, 600 GOPS .* FITTED on the ST model zoo's yamnet_256/);
    expect(w.lat.estimate).toContain('every unit fitted on published figures');
  });

  it('an accelerator with only a peak rate is a rough lower bound; "fitted" says otherwise', () => {
    const n6 = loadTarget('stm32n6');
    const peakOnly = (fitted?: boolean): Target => ({ ...n6, units: n6.units.map((u) => (u.kind === 'npu' ? { ...u, cost: { macsPerSecond: 3e11, clockHz: 1e9, source: 'peak', ...(fitted === undefined ? {} : { fitted }) } } : u)) });
    const { lat, macc } = estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), peakOnly());
    expect(lat.layers[0]?.timeMs).toBeCloseTo((macc / 3e11) * 1000, 12);
    expect(lat.units.find((u) => u.kind === 'npu')?.basis).toBe('rough lower bound: peak');
    expect(lat.estimate).toContain('not calibrated for every unit');
    expect(estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), peakOnly(true)).lat.units.find((u) => u.kind === 'npu')?.basis).toBe('fitted: peak');
  });

  it('a fitted rate and time per layer (KL720): MACC / rate + the time per layer', () => {
    const { lat, macc } = estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), loadTarget('kl720'));
    const cost = loadTarget('kl720').units[0]?.cost;
    if (!cost || 'core' in cost || cost.perLayerUs === undefined) throw new Error('kl720: a fitted accelerator cost expected');
    expect(lat.layers[0]?.timeMs).toBeCloseTo((macc / cost.macsPerSecond + cost.perLayerUs / 1e6) * 1000, 12);
    expect(lat.units.find((u) => u.kind === 'npu')?.basis).toMatch(/^fitted: an effective MAC rate and a time per NPU layer/);
  });

  it('a unit with no cost model makes the total unknown (null), never 0', () => {
    const { lat } = estimate(one('Conv', [1, 16, 8, 8], [32, 16, 1, 1], {}, [1, 32, 8, 8]), loadTarget('kl730'));
    expect(lat.layers[0]?.timeMs).toBeNull();
    expect([lat.timeMs, lat.cycles]).toEqual([null, null]);
    expect(lat.units[0]?.basis).toBe('not estimated: no public throughput figure for this unit');
  });
});

describe('frequencies and durations', () => {
  it('frequencies: units, numbers, the 100 GHz bound at, below and above it; nothing else', () => {
    expect(['480MHz', '1GHz', '1.2 GHz', '32.768kHz', 400e6, '100GHz'].map(frequencyOf)).toEqual([480e6, 1e9, 1.2e9, 32768, 400e6, 100e9]);
    expect(frequencyOf(99.999e9)).toBe(99.999e9);
    expect([frequencyOf(100.001e9), frequencyOf('0MHz'), frequencyOf(-1), frequencyOf('fast'), frequencyOf('400'), frequencyOf(NaN)]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([formatFrequency(480e6), formatFrequency(1e9), formatFrequency(32768)]).toEqual(['480 MHz', '1 GHz', '32.768 kHz']);
  });

  it('durations in ms, s and us; zero and words are refused', () => {
    expect([parseDuration('30ms'), parseDuration('1.5s'), parseDuration('250us'), parseDuration(12), parseDuration('7')]).toEqual([30, 1500, 0.25, 12, 7]);
    for (const bad of ['0ms', 'fast', '-3ms', 0]) expect(() => parseDuration(bad), String(bad)).toThrow(/cannot read duration/);
  });
});
