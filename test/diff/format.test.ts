/**
 * The comment's cells (src/diff/format.ts): a delta cell in each of its forms, and the usage bar at
 * its two thresholds (90% warns, above 100% fails). Each expected string is written by hand from the
 * cell's documented form `head (Δ, Δ%) mark`.
 */
import { describe, expect, it } from 'vitest';
import type { MetricDelta } from '../../src/diff/types.js';
import { BETTER, WORSE, deltaCell, plural, usageBar } from '../../src/diff/format.js';

const d = (base: number | undefined, head: number | undefined, pct?: number): MetricDelta => ({ base, head, delta: (head ?? 0) - (base ?? 0), pct });

describe('deltaCell', () => {
  it('a dash when the metric or its head is missing; the plain head when there is no base or no change', () => {
    expect(deltaCell(undefined, String)).toBe('–');
    expect(deltaCell(d(10, undefined), String)).toBe('–');
    expect(deltaCell(d(undefined, 7), String)).toBe('7');
    expect(deltaCell(d(7, 7, 0), String)).toBe('7');
  });

  it('a growth is worse by default, a shrink better; the percent only when known', () => {
    expect(deltaCell(d(10, 15, 50), String)).toBe(`15 (+5, +50%) ${WORSE}`);
    expect(deltaCell(d(10, 4, -60), String)).toBe(`4 (-6, -60%) ${BETTER}`);
    expect(deltaCell(d(0, 3), String)).toBe(`3 (+3) ${WORSE}`);
  });

  it('where lower is worse (HW epochs), a growth is better and a shrink worse', () => {
    expect(deltaCell(d(2, 3, 50), String, false)).toBe(`3 (+1, +50%) ${BETTER}`);
    expect(deltaCell(d(3, 2, -100 / 3), String, false)).toBe(`2 (-1, -33%) ${WORSE}`);
  });
});

describe('usageBar', () => {
  it('fills one block per tenth, rounded, and marks below 90% as fine', () => {
    expect(usageBar(0)).toBe('░░░░░░░░░░ 0% ✅');
    expect(usageBar(0.5)).toBe('█████░░░░░ 50% ✅');
    expect(usageBar(0.89)).toBe('█████████░ 89% ✅');
  });

  it('warns from 90% up to 100% included, fails above', () => {
    expect(usageBar(0.9)).toBe('█████████░ 90% ⚠️');
    expect(usageBar(1)).toBe('██████████ 100% ⚠️');
    expect(usageBar(1.01)).toBe('██████████ 101% ❌');
  });

  it('never draws more blocks than the width nor fewer than none', () => {
    expect(usageBar(2.5)).toBe('██████████ 250% ❌');
    expect(usageBar(-0.5)).toBe('░░░░░░░░░░ -50% ✅');
    expect(usageBar(0.5, 4)).toBe('██░░ 50% ✅');
  });
});

describe('plural', () => {
  it('one, many, and an irregular plural', () => {
    expect([plural(1, 'model'), plural(0, 'model'), plural(2, 'model'), plural(2, 'epoch', 'epochs!')]).toEqual(['1 model', '0 models', '2 models', '2 epochs!']);
  });
});
