/** Number and byte formatting the way stedgeai prints them. */

/** Control characters in user-controlled text (names, paths) shown as \xNN so lines stay lines. */
export { printable } from '../diagnostics/printable.js';

/** 147472 -> '147,472'. */
export function thousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac !== undefined ? '.' + frac : '');
}

/** '640 B', '48.25 KiB', '1.50 MiB' (the part in parentheses of `49,412 B (48.25 KiB)`). */
export function binarySize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(2)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}

/** '49,412 B (48.25 KiB)'. */
export function bytesLong(n: number): string {
  return `${thousands(n)} B (${binarySize(n)})`;
}

/** I/O sizes: '490 Bytes', '1.17 KBytes', '2.00 MBytes'. */
export function bytesShort(n: number): string {
  if (n < 1024) return `${n} Bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(2)} KBytes`;
  return `${(n / (1024 * 1024)).toFixed(2)} MBytes`;
}

/** '+64', '-138,120', '0'. */
export function signed(n: number): string {
  return (n > 0 ? '+' : '') + thousands(n);
}

/** '-73.7%' / '+11.1%' from a percentage. */
export function signedPercent(p: number): string {
  const s = p.toFixed(1);
  return (p > 0 ? '+' : '') + (s === '-0.0' ? '0.0' : s) + '%';
}

/** A 0..1 share as '98.6%'. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A 16-character bar as in stedgeai's complexity report: 1 + floor(15 * value / max) bars. */
export function bar(value: number, max: number, width = 16): string {
  const n = max > 0 ? 1 + Math.floor(((width - 1) * value) / max) : 1;
  return '|'.repeat(Math.min(width, Math.max(1, n)));
}

/** stedgeai's oshape: [b:1,h:28,w:1,c:40] for 4-D NHWC, [b:1,c:40,h:28,w:1] for NCHW, [b:1,c:3] for 2-D. */
export function oshape(shape: readonly (number | string)[] | null, layout: 'NHWC' | 'NCHW'): string {
  if (shape === null) return '?';
  const labels = shape.length === 4 ? (layout === 'NHWC' ? ['b', 'h', 'w', 'c'] : ['b', 'c', 'h', 'w']) : shape.length === 2 ? ['b', 'c'] : undefined;
  if (!labels) return `[${shape.join(',')}]`;
  return `[${shape.map((d, i) => `${labels[i] ?? '?'}:${d}`).join(',')}]`;
}
