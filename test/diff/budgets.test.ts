import { describe, expect, it } from 'vitest';
import { evaluateBudgets, parseSize, type CommentEntry } from '../../src/diff/index.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { analyzeExample, mapped } from './fixtures.js';

describe('parseSize', () => {
  it('reads bytes, binary units, hex', () => {
    expect(parseSize('1.5MB')).toBe(1_572_864);
    expect(parseSize('512KiB')).toBe(524_288);
    expect(parseSize('128 KB')).toBe(131_072);
    expect(parseSize('0x10000')).toBe(65_536);
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('10b')).toBe(10);
    expect(parseSize('1g')).toBe(1024 ** 3);
    expect(parseSize(4096)).toBe(4096);
  });

  it('refuses anything else with E_USAGE', () => {
    for (const bad of ['', 'MB', '1.5 TB', '-1', '0x', '12 apples']) {
      expect(() => parseSize(bad)).toThrow(FootprintError);
    }
    expect(() => parseSize(-1)).toThrow(/>= 0/);
  });

  it('the whole text must be a size: anchored at both ends, trimmed, hex only after 0x, decimals of any length', () => {
    expect([parseSize(' 0x10 '), parseSize('0XfF'), parseSize('.5KB'), parseSize('1.25KB'), parseSize('10.125 k'), parseSize(0), parseSize(2.6)]).toEqual([16, 255, 512, 1280, 10368, 0, 3]);
    for (const bad of ['0x10z', 'x0x10', '1.5.5MB', '12KBx', 'a12', '1 2', '0x1 0', '5KB KB']) {
      expect(() => parseSize(bad), bad).toThrow(`cannot read size '${bad}' (expected e.g. 1.5MB, 512KiB, 65536 or 0x10000)`);
    }
    expect(() => parseSize(Number.POSITIVE_INFINITY)).toThrow('size must be a number of bytes >= 0, found Infinity');
  });
});

describe('evaluateBudgets', () => {
  const base = analyzeExample('kws_cnn_int8.onnx');
  const head = analyzeExample('kws_cnn_int8_v2.onnx');
  const entries: CommentEntry[] = [
    { path: 'models/kws.onnx', target: 'stm32h7', status: 'modified', base, head },
    { path: 'models/small/kws.onnx', target: 'stm32h7', status: 'added', head: base },
  ];

  it('global and per-model limits, with usage ratios', () => {
    const r = evaluateBudgets(entries, { ramBytes: '20KB', flashBytes: '1MB', perModel: { 'models/small/**': { ramBytes: 10_000 } } });
    expect(r.exceeded).toEqual([
      // the RAM each report states (test/cli/cli.test.ts derives the base's peak by hand)
      { path: 'models/kws.onnx', target: 'stm32h7', kind: 'ram', used: head.totals.ramTotalBytes, limit: 20_480 },
      { path: 'models/small/kws.onnx', target: 'stm32h7', kind: 'ram', used: base.totals.ramTotalBytes, limit: 10_000 },
    ]);
    const flash = r.usage.find((u) => u.kind === 'flash' && u.path === 'models/kws.onnx');
    expect(flash).toMatchObject({ used: 37_968, limit: 1_048_576 });
    expect(flash?.ratio).toBeCloseTo(37_968 / 1_048_576);
  });

  it('regression thresholds in percent, only for models with a base', () => {
    const r = evaluateBudgets(entries, { thresholds: { ramPct: 60, flashPct: 10, maccPct: 100 } });
    expect(r.regressions.map((x) => [x.path, x.metric, x.base, x.head, x.threshold])).toEqual([
      ['models/kws.onnx', 'flash', 14_000, 37_968, 10],
      ['models/kws.onnx', 'macc', 1_497_304, 4_274_040, 100],
    ]);
    expect(r.regressions[0]?.pct).toBeCloseTo(((37_968 - 14_000) / 14_000) * 100);
    expect(r.exceeded).toEqual([]);
  });

  it('pools: usable size and explicit limits; new SW epochs', () => {
    const b = mapped(base, base.layers, { epochs: { total: 5, hw: 4, sw: 1 } });
    const h = mapped(head, head.layers, {
      epochs: { total: 6, hw: 4, sw: 2 },
      pools: [{ name: 'npuRAM3', usedBytes: 400_000, usableBytes: 458_752 }, { name: 'cpuRAM2', usedBytes: 5000, usableBytes: 4096 }],
    });
    const r = evaluateBudgets([{ path: 'm.onnx', target: 'stm32n6', status: 'modified', base: b, head: h }], { pools: { npuRAM3: '256KB' } });
    expect(r.exceeded.map((x) => [x.pool, x.used, x.limit])).toEqual([['npuRAM3', 400_000, 262_144], ['cpuRAM2', 5000, 4096]]);
    expect(r.newSwEpochs).toEqual([{ path: 'm.onnx', target: 'stm32n6', base: 1, head: 2 }]);
  });

  it('buffers that fit in no pool: exceeded per family, whatever the pools\' usage and budgets say', () => {
    // the stm32h7 case of mobilenet_v2_128_0.5.onnx: 480 KiB placed in the 512 KiB pool, two
    // activations left out (768 KiB and 320 KiB), and a weight segment of 1.5 KiB for the other family
    const pools = {
      pools: [{ name: 'ram', usedBytes: 491_520, usableBytes: 524_288 }],
      unplaced: [
        { tensor: 'a', size: 786_432, kind: 'activation' },
        { tensor: 'w', size: 1536, kind: 'weights' },
        { tensor: 'b', size: 327_680, kind: 'input' },
      ],
    };
    const h = mapped(head, head.layers, { pools });
    // a generous pool budget and RAM budget change nothing: no budget makes room for a buffer no pool holds
    const r = evaluateBudgets([{ path: 'm.onnx', target: 'stm32h7', status: 'added', head: h }], { ramBytes: '1GB', pools: { ram: '1GB' } });
    expect(r.exceeded).toEqual([
      { path: 'm.onnx', target: 'stm32h7', kind: 'unplaced', holds: 'activations', buffers: 2, used: 786_432 + 327_680, limit: 0 },
      { path: 'm.onnx', target: 'stm32h7', kind: 'unplaced', holds: 'weights', buffers: 1, used: 1536, limit: 0 },
    ]);
    expect(r.usage.filter((u) => u.kind === 'unplaced').map((u) => u.ratio)).toEqual([Infinity, Infinity]);
    // the same pools with nothing left out: no such limit at all; a pool list (no unplaced field): none either
    for (const p of [{ ...pools, unplaced: [] }, pools.pools]) {
      const ok = evaluateBudgets([{ path: 'm.onnx', target: 'stm32h7', status: 'added', head: mapped(head, head.layers, { pools: p }) }]);
      expect(ok.exceeded).toEqual([]);
      expect(ok.usage.map((u) => u.kind)).toEqual(['pool']);
    }
  });

  it('skips models without an analyzed head', () => {
    const r = evaluateBudgets([{ path: 'x.onnx', target: 't', status: 'added', lfsNotFetched: true }, { path: 'y.onnx', target: 't', status: 'removed', base }], { ramBytes: 1 });
    expect(r).toEqual({ exceeded: [], regressions: [], newSwEpochs: [], usage: [] });
  });
});

describe('latency budgets and thresholds', () => {
  const base = analyzeExample('kws_cnn_int8.onnx');
  const head = analyzeExample('kws_cnn_int8_v2.onnx');
  const entries: CommentEntry[] = [{ path: 'models/kws.onnx', target: 'stm32h7', status: 'modified', base, head }];
  const [b, h] = [base.totals.latencyMs ?? NaN, head.totals.latencyMs ?? NaN];

  it('the examples have estimates (stm32h7: Cortex-M7 at 480 MHz), and the head is slower', () => {
    expect(b).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(b);
  });

  it('a limit at the head\'s latency holds; just below it is exceeded, in milliseconds', () => {
    expect(evaluateBudgets(entries, { latencyMs: h }).exceeded).toEqual([]);
    const r = evaluateBudgets(entries, { latencyMs: h * 0.999 });
    expect(r.exceeded).toEqual([{ path: 'models/kws.onnx', target: 'stm32h7', kind: 'latency', used: h, limit: h * 0.999 }]);
    expect(r.usage.find((u) => u.kind === 'latency')?.ratio).toBeCloseTo(1 / 0.999, 9);
  });

  it('thresholds.latency: growth above the threshold is a regression, at it is not', () => {
    const growth = ((h - b) / b) * 100;
    expect(evaluateBudgets(entries, { thresholds: { latencyPct: growth } }).regressions).toEqual([]);
    const r = evaluateBudgets(entries, { thresholds: { latencyPct: growth - 0.01 } });
    expect(r.regressions.map((x) => [x.metric, x.base, x.head])).toEqual([['latency', b, h]]);
  });

  it('a target without an estimate (kl720) is never over a latency budget', () => {
    const kl = analyzeExample('kws_cnn_int8.onnx', 'm.onnx', 'kl720');
    expect(kl.totals.latencyMs).toBeNull();
    expect(evaluateBudgets([{ path: 'm.onnx', target: 'kl720', status: 'added', head: kl }], { latencyMs: 0.001 }).exceeded).toEqual([]);
  });
});
