/** Number formatting for the comment: compact sizes and counts, signed deltas, emoji, bars. */
import type { MetricDelta } from './types.js';

// The comment's compact units live with every other number format (units/format.ts).
import { compactCount as count, compactSize as size, signedPercent1 as pct, signedWith } from '../units/format.js';

export { count, pct, signedWith, size };

export const WORSE = '🔴';
export const BETTER = '🟢';

/** `new (Δ, Δ%) 🔴` for a change; the plain value when unchanged; '–' when missing. */
export function deltaCell(d: MetricDelta | undefined, fmt: (n: number) => string, higherIsWorse = true): string {
  if (d === undefined || d.head === undefined) return '–';
  if (d.base === undefined || d.delta === 0) return fmt(d.head);
  const worse = Math.sign(d.delta) === (higherIsWorse ? 1 : -1);
  const parts = [signedWith(d.delta, fmt)];
  if (d.pct !== undefined) parts.push(pct(d.pct));
  return `${fmt(d.head)} (${parts.join(', ')}) ${worse ? WORSE : BETTER}`;
}

/** `████████░░ 83%` followed by ✅ / ⚠️ (>= 90%) / ❌ (over). */
export function usageBar(ratio: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
  const mark = ratio > 1 ? '❌' : ratio >= 0.9 ? '⚠️' : '✅';
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(ratio * 100)}% ${mark}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
