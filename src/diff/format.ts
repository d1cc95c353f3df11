/** Number formatting for the comment: compact sizes and counts, signed deltas, emoji, bars. */
import type { MetricDelta } from './types.js';

/** '512 B', '15.6 KiB', '1.50 MiB'. */
export function size(n: number): string {
  const a = Math.abs(n);
  if (a < 1024) return `${n} B`;
  if (a < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (a < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(2)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** '980', '12.5 k', '1.50 M', '2.31 G'. */
export function count(n: number): string {
  const a = Math.abs(n);
  if (a < 10_000) return String(n);
  if (a < 1e6) return `${(n / 1e3).toFixed(1)} k`;
  if (a < 1e9) return `${(n / 1e6).toFixed(2)} M`;
  return `${(n / 1e9).toFixed(2)} G`;
}

export function signedWith(n: number, fmt: (n: number) => string): string {
  return n > 0 ? `+${fmt(n)}` : n < 0 ? `-${fmt(-n)}` : '0';
}

export function pct(p: number): string {
  if (p !== 0 && Math.abs(p) < 0.05) return p > 0 ? '+<0.1%' : '-<0.1%';
  const s = Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0);
  return (p > 0 ? '+' : '') + (s === '-0.0' || s === '-0' ? '0' : s) + '%';
}

export const WORSE = '🔴';
export const BETTER = '🟢';

/** `new (Δ, Δ%) 🔴` for a change; the plain value when unchanged; '–' when missing. */
export function deltaCell(d: MetricDelta | undefined, fmt: (n: number) => string, higherIsWorse = true): string {
  if (d === undefined || d.head === undefined) return '–';
  if (d.base === undefined || d.delta === 0) return fmt(d.head);
  const worse = higherIsWorse ? d.delta > 0 : d.delta < 0;
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
