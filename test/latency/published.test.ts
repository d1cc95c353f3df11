/**
 * The latency estimate against published board measurements (bench/latency-figures.json, from
 * ../shared/models/README.md: MLPerf Tiny v1.2, X-CUBE-AI 9.0). The Cortex-M7 rates were FITTED on
 * the four NUCLEO-H7A3ZI-Q figures and the M4 factor on ad01 on the NUCLEO-L4R5ZI
 * (src/targets/cores.ts): those five must hold to 1%. The other three L4R5 figures were not used
 * by the fit: they CHECK it, within the issue's ±25%.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED } from '../helpers/shared.js';
import { latencyRows } from '../helpers/latency-figures.js';

describe.skipIf(!HAS_SHARED)('latency vs MLPerf Tiny v1.2 board measurements', () => {
  const rows = HAS_SHARED ? latencyRows() : [];
  const fitted = rows.filter((r) => r.board === 'NUCLEO-H7A3ZI-Q' || r.file.endsWith('ad01_int8.tflite'));
  const checked = rows.filter((r) => !fitted.includes(r));

  it('eight measurements, five used by the fit, three held out', () => {
    expect([rows.length, fitted.length, checked.length]).toEqual([8, 5, 3]);
  });

  it.each(fitted.map((r) => [`${r.board} ${r.file.split('/').pop() ?? ''}`, r] as const))('fitted: %s within 1%', (_, r) => {
    expect(Math.abs(r.ratio - 1)).toBeLessThan(0.01);
  });

  it.each(checked.map((r) => [`${r.board} ${r.file.split('/').pop() ?? ''}`, r] as const))('held out: %s within ±25%', (_, r) => {
    expect(Math.abs(r.ratio - 1)).toBeLessThanOrEqual(0.25);
  });
});
