/**
 * Sizes and addresses as stedgeai memory-pool files write them: a number of bytes, or a string
 * with a B/KB/MB/GB suffix (1 KB = 1024 B, as stedgeai counts), or "0x..." hexadecimal, or the
 * object ST's own files hold (STM32CubeMX's `.ai/mempools-board.json`, stedgeai's `.mpool`):
 * `{"value": "1024", "magnitude": "KBYTES"}`, magnitude BYTES (the default: ST's stm32n6.mpool
 * writes `"offset": {"value": "0x34100000"}`), KBYTES or MBYTES.
 */
import type { Checker } from './check.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, kib: 1024, k: 1024, mb: 1024 ** 2, mib: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

const MAGNITUDES: Record<string, number> = { BYTES: 1, KBYTES: 1024, MBYTES: 1024 ** 2 };

/** Bytes from `value`, or undefined when it is not a size. */
export function sizeOf(value: unknown): number | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const mult = o['magnitude'] === undefined ? 1 : typeof o['magnitude'] === 'string' ? MAGNITUDES[o['magnitude']] : undefined;
    const n = typeof o['value'] === 'string' || typeof o['value'] === 'number' ? sizeOf(o['value']) : undefined;
    const others = Object.keys(o).filter((k) => k !== 'value' && k !== 'magnitude');
    return others.length === 0 && mult !== undefined && n !== undefined ? n * mult : undefined;
  }
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^0x[0-9a-f]+$/i.test(s)) return parseInt(s.slice(2), 16);
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(s);
  const mult = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || mult === undefined) return undefined;
  const n = Number(m[1]) * mult;
  return Number.isInteger(n) ? n : undefined;
}

export function readSize(c: Checker, value: unknown, path: string): number {
  const n = sizeOf(value);
  if (n === undefined) return c.expected(path, 'a size (bytes as a number, "128KB", "1MB", "0x20000" or {"value": "128", "magnitude": "KBYTES"})', value);
  return n;
}

/** The shortest exact stedgeai spelling: "448KB", "16MB", "100B". */
export function formatSize(n: number): string {
  if (n > 0 && n % 1024 ** 2 === 0) return `${n / 1024 ** 2}MB`;
  if (n > 0 && n % 1024 === 0) return `${n / 1024}KB`;
  return `${n}B`;
}

export function formatAddress(n: number): string {
  return `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
}
