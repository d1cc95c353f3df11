/**
 * The Ethos-U latency against Vela 3.10's own performance estimate (its "Batch Inference time" of
 * the NPU part, recorded by tools/vela/placement.py). The utilization (0.35) and the per-layer
 * cycles (250) of the Ethos-U cost were FITTED on every other model of the record; the others are
 * held out and CHECK the fit. Vela's figure is an estimate too, not a board measurement.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED } from '../helpers/shared.js';
import { velaLatencyRows } from '../helpers/vela.js';

describe.skipIf(!HAS_SHARED)("Ethos-U NPU time vs Vela 3.10's estimate", () => {
  const rows = velaLatencyRows() ?? [];
  const held = rows.filter((r) => !r.fitted);

  it('21 models with an NPU time, 11 fitted and 10 held out', () => {
    expect([rows.length, rows.length - held.length, held.length]).toEqual([21, 11, 10]);
  });

  it('held out: at least 7 of 10 within ±40% of Vela, and none off by more than 6x', () => {
    const within = held.filter((r) => Math.abs(r.ratio - 1) <= 0.4);
    expect(within.length, held.map((r) => `${r.file}: ${r.ratio.toFixed(2)}`).join('\n')).toBeGreaterThanOrEqual(7);
    for (const r of held) expect(Math.abs(Math.log(r.ratio)), r.file).toBeLessThan(Math.log(6));
  });
});
