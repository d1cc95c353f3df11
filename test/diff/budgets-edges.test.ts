/**
 * evaluateBudgets and parseDuration at their edges (src/diff/budgets.ts): a limit met exactly, one
 * byte over it, a limit of 0, growth exactly at a threshold, a base of 0, per-model overrides that
 * merge pools and thresholds with the global ones, pools without a limit, and the rows that are not
 * judged (an error, an LFS pointer, no base). Every expected number is computed here from the
 * totals set by hand.
 */
import { describe, expect, it } from 'vitest';
import { budgetName, evaluateBudgets, parseDuration, parseSize } from '../../src/diff/budgets.js';
import type { Budgets, CommentEntry } from '../../src/diff/types.js';
import type { Report } from '../../src/report/types.js';
import { entryOf, exampleWithTotals, mapped } from './fixtures.js';

type Pool = { name: string; usedBytes: number; usableBytes?: number };
const rep = (ram: number, flash = 0, macc = 0, latencyMs: number | null = 1, extra: { pools?: Pool[]; sw?: number } = {}): Report =>
  mapped(exampleWithTotals({ ramTotalBytes: ram, weightsBytes: flash, macc, latencyMs }), [], {
    pools: extra.pools ?? [], // the example's own pools (stm32h7 ram, flash) are replaced
    ...(extra.sw !== undefined ? { epochs: { total: 4, hw: 4 - extra.sw, sw: extra.sw } } : {}),
  });
const entry = (path: string, base: Report | undefined, head: Report | undefined, extra: Partial<CommentEntry> = {}): CommentEntry => entryOf(path, 'h7', base, head, { status: 'modified', ...extra });

describe('limits: at, above, and a limit of 0', () => {
  it('used = limit is within it (ratio 1); one byte more is exceeded', () => {
    const at = evaluateBudgets([entry('a.onnx', undefined, rep(1024))], { ramBytes: '1KiB' });
    expect(at.exceeded).toEqual([]);
    // strictly: a RAM row has no pool key at all (not one set to undefined)
    expect(at.usage).toStrictEqual([{ path: 'a.onnx', target: 'h7', kind: 'ram', used: 1024, limit: 1024, ratio: 1 }]);
    const over = evaluateBudgets([entry('a.onnx', undefined, rep(1025))], { ramBytes: 1024 });
    expect(over.exceeded).toEqual([{ path: 'a.onnx', target: 'h7', kind: 'ram', used: 1025, limit: 1024 }]);
  });

  it('a limit of 0: nothing used is ratio 0 and holds; anything used is an infinite ratio and exceeded', () => {
    const none = evaluateBudgets([entry('a.onnx', undefined, rep(0, 0))], { flashBytes: 0 });
    expect(none.usage[0]).toMatchObject({ kind: 'flash', used: 0, limit: 0, ratio: 0 });
    expect(none.exceeded).toEqual([]);
    const some = evaluateBudgets([entry('a.onnx', undefined, rep(0, 1))], { flashBytes: 0 });
    expect(some.usage[0]?.ratio).toBe(Infinity);
    expect(some.exceeded).toHaveLength(1);
  });

  it('latency: checked in milliseconds; a head without an estimate (null) is not', () => {
    expect(evaluateBudgets([entry('a.onnx', undefined, rep(0, 0, 0, 2.5))], { latencyMs: 2 }).exceeded).toEqual([{ path: 'a.onnx', target: 'h7', kind: 'latency', used: 2.5, limit: 2 }]);
    expect(evaluateBudgets([entry('a.onnx', undefined, rep(0, 0, 0, null))], { latencyMs: 2 }).usage).toEqual([]);
    // a report written before latency existed has no field at all: not checked either
    const old = { ...rep(0), totals: { ...rep(0).totals, latencyMs: undefined } } as unknown as Report;
    expect(evaluateBudgets([entry('a.onnx', undefined, old)], { latencyMs: 2 }).usage).toEqual([]);
  });

  it('rows that are not judged: a head that failed, an LFS pointer, no head', () => {
    const b: Budgets = { ramBytes: 1 };
    expect(evaluateBudgets([entry('a.onnx', rep(5), rep(5), { headError: 'E_TRUNCATED' })], b).usage).toEqual([]);
    expect(evaluateBudgets([entry('a.onnx', rep(5), rep(5), { lfsNotFetched: true })], b).usage).toEqual([]);
    expect(evaluateBudgets([entry('a.onnx', rep(5), undefined)], b).usage).toEqual([]);
  });
});

describe('pools', () => {
  const pools: Pool[] = [{ name: 'npuRAM3', usedBytes: 300, usableBytes: 400 }, { name: 'empty', usedBytes: 0, usableBytes: 100 }, { name: 'open', usedBytes: 50 }];

  it('a used pool is checked against its usable size; an empty one only when a limit names it; no size, no check', () => {
    const r = evaluateBudgets([entry('a.onnx', undefined, rep(0, 0, 0, 1, { pools }))]);
    expect(r.usage).toEqual([{ path: 'a.onnx', target: 'h7', kind: 'pool', pool: 'npuRAM3', used: 300, limit: 400, ratio: 0.75 }]);
    const named = evaluateBudgets([entry('a.onnx', undefined, rep(0, 0, 0, 1, { pools }))], { pools: { empty: 10, open: '40' } });
    expect(named.usage.map((u) => [u.pool, u.used, u.limit])).toEqual([['npuRAM3', 300, 400], ['empty', 0, 10], ['open', 50, 40]]);
    expect(named.exceeded).toEqual([{ path: 'a.onnx', target: 'h7', kind: 'pool', pool: 'open', used: 50, limit: 40 }]);
  });
});

describe('per-model overrides merge with the global limits', () => {
  it('pools and thresholds: keys of both apply; a later glob overrides an earlier one', () => {
    const budgets: Budgets = {
      pools: { npuRAM3: 1000 }, thresholds: { ramPct: 50 },
      perModel: { 'm/**': { pools: { other: 10 }, thresholds: { flashPct: 5 } }, 'm/x/**': { ramBytes: 100 }, 'm/x/y.onnx': { ramBytes: 200 } },
    };
    const pools: Pool[] = [{ name: 'npuRAM3', usedBytes: 1001 }, { name: 'other', usedBytes: 11 }];
    const r = evaluateBudgets([entry('m/x/y.onnx', rep(100, 100, 0, 1, { pools }), rep(151, 106, 0, 1, { pools }))], budgets);
    expect(r.exceeded.map((x) => [x.kind, x.pool ?? '', x.limit])).toEqual([['pool', 'npuRAM3', 1000], ['pool', 'other', 10]]);
    // RAM 151 within the last glob's 200; +51% over the global 50%; Flash +6% over the per-model 5%.
    expect(r.regressions.map((x) => [x.metric, x.threshold])).toEqual([['ram', 50], ['flash', 5]]);
    // A path outside the globs keeps the global limits only.
    const g = evaluateBudgets([entry('n/y.onnx', rep(100, 100, 0, 1, { pools }), rep(151, 106, 0, 1, { pools }))], budgets);
    expect(g.regressions.map((x) => x.metric)).toEqual(['ram']);
    expect(g.exceeded.map((x) => x.pool)).toEqual(['npuRAM3']);
  });
});

describe('regressions', () => {
  it('growth exactly at the threshold is not a regression, above it is; no growth never is', () => {
    const r = (b: number, h: number, pct: number) => evaluateBudgets([entry('a.onnx', rep(b, 0, b), rep(h, 0, h))], { thresholds: { ramPct: pct, maccPct: pct } }).regressions;
    expect(r(100, 110, 10)).toEqual([]);
    expect(r(100, 111, 10).map((x) => [x.metric, x.base, x.head, Math.round(x.pct), x.threshold])).toEqual([['ram', 100, 111, 11, 10], ['macc', 100, 111, 11, 10]]);
    expect(r(100, 100, 0)).toEqual([]);
    expect(r(100, 90, 0)).toEqual([]);
    // 0 -> 0 is no growth, even though its percentage (0 / 0) is undefined
    expect(r(0, 0, 0)).toEqual([]);
  });

  it('no threshold: no growth is a regression, not even an infinite one', () => {
    expect(evaluateBudgets([entry('a.onnx', rep(0, 0, 0), rep(5000, 5000, 5000))], { thresholds: {} }).regressions).toEqual([]);
    expect(evaluateBudgets([entry('a.onnx', rep(1, 1, 1), rep(5000, 5000, 5000))]).regressions).toEqual([]);
  });

  it('from a base of 0, any growth is infinite percent', () => {
    const r = evaluateBudgets([entry('a.onnx', rep(0), rep(1))], { thresholds: { ramPct: 1000 } });
    expect(r.regressions[0]).toMatchObject({ metric: 'ram', pct: Infinity });
  });

  it('latency only when both sides estimate it; none without a base or with a base that failed', () => {
    const t: Budgets = { thresholds: { latencyPct: 10 } };
    // 1 -> 2 ms is +100%
    expect(evaluateBudgets([entry('a.onnx', rep(0, 0, 0, 1), rep(0, 0, 0, 2))], t).regressions.map((x) => [x.metric, x.pct, x.threshold])).toEqual([['latency', 100, 10]]);
    expect(evaluateBudgets([entry('a.onnx', rep(0, 0, 0, null), rep(0, 0, 0, 2))], t).regressions).toEqual([]);
    expect(evaluateBudgets([entry('a.onnx', rep(0, 0, 0, 1), rep(0, 0, 0, null))], t).regressions).toEqual([]);
    expect(evaluateBudgets([entry('a.onnx', rep(0, 0, 0, 1), rep(0, 0, 0, 2), { baseError: 'E_TRUNCATED' })], t).regressions).toEqual([]);
  });

  it('new SW epochs: only when both sides show epochs and the head has more', () => {
    const sw = (b: number | undefined, h: number | undefined) => evaluateBudgets([entry('a.onnx', rep(0, 0, 0, 1, b === undefined ? {} : { sw: b }), rep(0, 0, 0, 1, h === undefined ? {} : { sw: h }))]).newSwEpochs;
    expect(sw(1, 2)).toEqual([{ path: 'a.onnx', target: 'h7', base: 1, head: 2 }]);
    expect(sw(2, 2)).toEqual([]);
    expect(sw(2, 1)).toEqual([]);
    expect(sw(undefined, 2)).toEqual([]);
    expect(sw(1, undefined)).toEqual([]);
  });
});

describe('parseDuration', () => {
  it('decimals of any length, a leading dot, every unit, spaces; the whole text must match', () => {
    expect(parseDuration('.25ms')).toBe(0.25);
    expect(parseDuration('1.125 s')).toBe(1125);
    expect(parseDuration(' 2.75ms ')).toBe(2.75);
    expect(parseDuration('500µs')).toBe(0.5);
    expect(parseDuration('500US')).toBe(0.5);
    // the micro sign (U+00B5) and the Greek mu (U+03BC), in either case (U+039C upper-cases both)
    expect([parseDuration('500μs'), parseDuration('500ΜS')]).toEqual([0.5, 0.5]);
    expect(parseDuration('30')).toBe(30);
    expect(parseDuration(' 1.5 ')).toBe(1.5);
    for (const bad of ['5msx', 'x5ms', '1.5.2ms', '.ms', '5 min']) expect(() => parseDuration(bad), bad).toThrow(`cannot read duration '${bad}' (expected e.g. 30ms, 1.5s, 250us or a number of milliseconds)`);
  });
});

describe('parseSize and budgetName', () => {
  it('a size with several decimals after a leading dot; hexadecimal in either case', () => {
    // .25 KiB = 256 B; 0x1F = 31
    expect([parseSize('.25KiB'), parseSize('0x1f'), parseSize('0X1F')]).toEqual([256, 31, 31]);
  });

  it('a pool is named as such, escaped only when asked; the other kinds by their word', () => {
    expect(budgetName({ kind: 'pool', pool: 'a|b' })).toBe('pool a|b');
    expect(budgetName({ kind: 'pool', pool: 'a|b' }, (x) => x.replace('|', '\\|'))).toBe('pool a\\|b');
    expect(budgetName({ kind: 'pool' })).toBe('pool ');
    expect(['ram', 'flash', 'latency'].map((kind) => budgetName({ kind: kind as 'ram' }))).toEqual(['RAM', 'Flash', 'latency']);
  });
});
