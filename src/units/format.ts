/** Number and byte formatting the way stedgeai prints them. */

/** Control characters in user-controlled text (names, paths) shown as \xNN so lines stay lines. */
export { printable } from '../diagnostics/printable.js';

/**
 * Long names keep their END: exporters prefix every name with the same scopes
 * ('model/conv2d_3/BiasAdd/ReadVariableOp', '/features/features.0/Conv'), and what tells layers
 * apart is the last part.
 */
export function clipStart(s: string, max: number): string {
  return s.length > max ? `…${s.slice(s.length - (max - 1))}` : s;
}

/** '1234567' -> '1,234,567': a string of digits in groups of three from the right. */
function grouped(digits: string): string {
  let end = digits.length % 3 || 3;
  let out = digits.slice(0, end);
  for (; end < digits.length; end += 3) out += ',' + digits.slice(end, end + 3);
  return out;
}

/**
 * 147472 -> '147,472'; -1234.5 -> '-1,234.5' (every fraction digit kept). Integers take a path
 * without split or regex: a 100k-layer text report formats some 300k of them.
 */
export function thousands(n: number): string {
  if (Number.isSafeInteger(n)) return n < 0 ? '-' + grouped(String(-n)) : grouped(String(n));
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  return (n < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
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

/** 10 ** d for fixed()'s d of 1 to 3. */
const FIXED_SCALE = [1, 10, 100, 1000] as const;
/** How far from a tie (a scaled value ending in .5) fixed() rounds by itself: 8x the error of one multiplication below 1e9. */
const FIXED_TIE_MARGIN = 1e-6;

/**
 * `v.toFixed(d)` (d of 1 to 3), the same characters, mostly without toFixed: a 100k-layer text
 * report formats some 500k shares and times, and toFixed's exact decimal expansion was most of
 * their cost. `v * 10 ** d` is off the exact product by less than 1.2e-7 below 1e9, so away from a
 * tie Math.round of it is the integer toFixed picks. A value near a tie, negative, from 1e9 / 10 ** d
 * on, or not finite takes toFixed itself.
 */
export function fixed(v: number, d: 1 | 2 | 3): string {
  const scale = FIXED_SCALE[d];
  const t = v * scale;
  if (!(t >= 0 && t < 1e9) || Math.abs(t - Math.trunc(t) - 0.5) < FIXED_TIE_MARGIN) return v.toFixed(d);
  const r = Math.round(t);
  const whole = Math.trunc(r / scale);
  return `${whole}.${String(r - whole * scale).padStart(d, '0')}`;
}

/** A 0..1 share as '98.6%'. */
export function percent(share: number): string {
  return `${fixed(share * 100, 1)}%`;
}

/** A 16-character bar as in stedgeai's complexity report: 1 + floor(15 * value / max) bars. */
export function bar(value: number, max: number, width = 16): string {
  const n = max > 0 ? 1 + Math.floor(((width - 1) * value) / max) : 1;
  return '|'.repeat(Math.min(width, Math.max(1, n)));
}

/** oshape's axis labels: 4-D in either layout, and 2-D. */
const OSHAPE_LABELS = { NHWC: ['b', 'h', 'w', 'c'], NCHW: ['b', 'c', 'h', 'w'], matrix: ['b', 'c'] } as const;

/** stedgeai's oshape: [b:1,h:28,w:1,c:40] for 4-D NHWC, [b:1,c:40,h:28,w:1] for NCHW, [b:1,c:3] for 2-D. */
export function oshape(shape: readonly (number | string)[] | null, layout: 'NHWC' | 'NCHW'): string {
  if (shape === null) return '?';
  const labels = shape.length === 4 ? OSHAPE_LABELS[layout] : shape.length === 2 ? OSHAPE_LABELS.matrix : undefined;
  if (!labels) return `[${shape.join(',')}]`;
  // (one string built in a loop: a 100k-layer text report shapes every layer twice)
  let out = '[';
  for (let i = 0; i < shape.length; i++) out += `${i > 0 ? ',' : ''}${labels[i] ?? '?'}:${shape[i]}`;
  return out + ']';
}

/** The PR comment's compact size: '512 B', '15.6 KiB', '1.50 MiB' (one decimal below a MiB). */
export function compactSize(n: number): string {
  const a = Math.abs(n);
  if (a < 1024) return `${n} B`;
  if (a < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (a < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(2)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** The PR comment's compact count: '980', '12.5 k', '1.50 M', '2.31 G'. */
export function compactCount(n: number): string {
  const a = Math.abs(n);
  if (a < 10_000) return String(n);
  if (a < 1e6) return `${(n / 1e3).toFixed(1)} k`;
  if (a < 1e9) return `${(n / 1e6).toFixed(2)} M`;
  return `${(n / 1e9).toFixed(2)} G`;
}

/** `+x` / `-x` / '0' with `fmt` for the magnitude. */
export function signedWith(n: number, fmt: (n: number) => string): string {
  return n > 0 ? `+${fmt(n)}` : n < 0 ? `-${fmt(-n)}` : '0';
}

/** '+3.2%', '-12%', '+<0.1%', '0%': a change in percent, one decimal below 10%. */
export function signedPercent1(p: number): string {
  if (p !== 0 && Math.abs(p) < 0.05) return p > 0 ? '+<0.1%' : '-<0.1%';
  const s = Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0);
  return (p > 0 ? '+' : '') + (s === '-0.0' || s === '-0' ? '0' : s) + '%';
}

/** `113.0 ms`, `6.61 ms`, `0.032 ms`: three significant digits or so, for latencies. */
export function milliseconds(n: number): string {
  return `${fixed(n, n >= 100 ? 1 : n >= 1 ? 2 : 3)} ms`;
}
