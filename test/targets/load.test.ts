import { describe, expect, it } from 'vitest';
import { BUILTIN_TARGETS, loadTarget } from '../../src/targets/load.js';
import { RULE_DEFS } from '../../src/targets/rules/index.js';
import { loadError as loadErrorOf } from './helpers.js';

const USER = {
  name: 'my-board',
  description: 'An STM32 with a made-up accelerator',
  planner: 'tflm',
  alignment: 16,
  options: { 'expand-softmax': true },
  units: [
    { name: 'MyNPU', kind: 'npu', common: [{ rule: 'activation-dtype', limit: ['int8'] }], rules: { Conv: [{ rule: 'stride-range', limit: [1, 2] }, { rule: 'rank-max', limit: 4 }] } },
    { name: 'M4', kind: 'cpu', rules: { '*': [] } },
  ],
  pools: [{ name: 'sram', size: '128KB', usable_size: '96KB', address: '0x20000000' }, { name: 'flash', size: '1MB', access: 'ro' }],
};

const loadError = (doc: unknown, file = 'targets/my-board.json'): string => loadErrorOf(doc, file);

describe('target files', () => {
  it('every built-in loads, cites sources and carries a one-line disclaimer', () => {
    expect([...BUILTIN_TARGETS].sort()).toEqual([
      'ax615', 'ax620e', 'ax650', 'cortex-m0plus', 'cortex-m33', 'cortex-m4', 'cortex-m55', 'cortex-m7', 'ethos-u55-128', 'ethos-u55-256', 'ethos-u65-256',
      'kl520', 'kl530', 'kl630', 'kl720', 'kl730', 'm57', 'stm32f4', 'stm32f7', 'stm32g0', 'stm32h7', 'stm32l4', 'stm32n6', 'stm32u3', 'stm32u5',
    ]);
    for (const name of BUILTIN_TARGETS) {
      const t = loadTarget(name);
      expect(t.name).toBe(name);
      expect(t.sources.length).toBeGreaterThan(0);
      expect(t.disclaimer).toMatch(/estimate/i);
      expect(t.disclaimer).not.toContain('\n');
      expect(t.units[t.units.length - 1]?.kind).toBe('cpu');
    }
  });

  it('stm32n6 has the documented default pools', () => {
    const pools = loadTarget('stm32n6').pools.map((p) => [p.name, p.size, p.address, p.access, p.external === true]);
    expect(pools).toEqual([
      ['npuRAM3', 448 * 1024, 0x34200000, 'rw', false],
      ['npuRAM4', 448 * 1024, 0x34270000, 'rw', false],
      ['npuRAM5', 448 * 1024, 0x342e0000, 'rw', false],
      ['npuRAM6', 448 * 1024, 0x34350000, 'rw', false],
      ['cpuRAM2', 1024 * 1024, 0x34100000, 'rw', false],
      ['hyperRAM', 16 * 1024 * 1024, 0x90000000, 'rw', true],
      ['octoFlash', 61 * 1024 * 1024, 0x70380000, 'ro', true],
    ]);
  });

  it('a user target file round-trips into the Target the mapping uses', () => {
    const t = loadTarget(JSON.stringify(USER), 'my-board.json');
    expect(t).toMatchObject({ name: 'my-board', planner: 'tflm', alignment: 16, options: { 'expand-softmax': true }, disclaimer: '', sources: [] });
    expect(t.units[0]?.rules.Conv).toEqual([{ rule: 'stride-range', limit: [1, 2] }, { rule: 'rank-max', limit: 4 }]);
    expect(t.units[1]).toEqual({ name: 'M4', kind: 'cpu', common: [], rules: { '*': [] } });
    expect(t.pools).toEqual([
      { name: 'sram', size: 131072, usableSize: 98304, address: 0x20000000, access: 'rw', use: ['activations'] },
      { name: 'flash', size: 1048576, access: 'ro', use: ['weights'] },
    ]);
  });

  it('errors name the file, the key path and the expected form', () => {
    const bad = structuredClone(USER);
    (bad.units[0]?.rules.Conv ?? [])[1] = { rule: 'rank-max', limit: '3' as unknown as number };
    expect(loadError(bad)).toBe('targets/my-board.json: units[0].rules.Conv[1].limit: expected a number, found "3"');

    const unknownRule = structuredClone(USER);
    (unknownRule.units[0]?.rules.Conv ?? [])[0] = { rule: 'stride-rnage', limit: [1, 2] };
    expect(loadError(unknownRule)).toMatch(/^targets\/my-board\.json: units\[0\]\.rules\.Conv\[0\]\.rule: expected a rule name \(.*stride-range.*\), found "stride-rnage"$/);

    expect(loadError({ ...USER, units: [{ ...USER.units[1], rules: { Convv: [] } }] })).toBe('targets/my-board.json: units[0].rules.Convv: unknown operator kind "Convv" (see src/ir/op-kinds.ts; "*" means any other operator)');
    expect(loadError({ ...USER, planer: 'st' })).toMatch(/^targets\/my-board\.json: planer: unknown key \(accepted: /);
    expect(loadError({ ...USER, pools: [{ name: 'x', size: '12 parsecs' }] })).toBe('targets/my-board.json: pools[0].size: expected a size (bytes as a number, "128KB", "1MB", "0x20000" or {"value": "128", "magnitude": "KBYTES"}), found "12 parsecs"');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'gpu', rules: {} }] })).toBe('targets/my-board.json: units[0].kind: expected one of "npu", "cpu", found "gpu"');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'npu', rules: { Conv: [{ rule: 'static-shapes', limit: 3 }] } }] })).toBe('targets/my-board.json: units[0].rules.Conv[0].limit: rule "static-shapes" takes no limit');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'npu', rules: { Conv: [{ rule: 'stride-range', limit: [1] }] } }] })).toBe('targets/my-board.json: units[0].rules.Conv[0].limit: expected an array of two numbers [min, max], found an array of 1');
  });

  it('a unit or a pool named as one before it is refused, naming the second', () => {
    expect(loadError({ ...USER, units: [USER.units[1], USER.units[1]] })).toBe('targets/my-board.json: units[1].name: duplicate unit name "M4"');
    expect(loadError({ ...USER, pools: [USER.pools[0], USER.pools[1], { name: 'sram', size: '1KB' }] })).toBe('targets/my-board.json: pools[2].name: duplicate pool name "sram"');
  });

  it('unknown built-in names and invalid JSON fail clearly', () => {
    expect(() => loadTarget('stm32n7')).toThrow(/unknown target "stm32n7"; built-in targets: stm32h7, stm32n6, ethos-u55-128/);
    expect(() => loadTarget('{"name": ', 'b.json')).toThrow(/^b\.json: \(document\): not valid JSON/);
  });

  it('every rule of the library is used by at least one built-in target', () => {
    const used = new Set<string>();
    for (const name of BUILTIN_TARGETS) {
      for (const u of loadTarget(name).units) for (const refs of [u.common, ...Object.values(u.rules)]) for (const r of refs ?? []) used.add(r.rule);
    }
    used.add('op-listed'); // the mapper's own rule for unlisted operators
    expect([...RULE_DEFS.keys()].filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('CPU targets and clocks (issue 16)', () => {
  it('each board target runs its core at its default clock; the generic ones have unbounded pools', () => {
    const cost = (n: string) => loadTarget(n).units[0]?.cost;
    expect(['stm32l4', 'stm32u5', 'stm32u3', 'stm32f4', 'stm32f7', 'stm32h7', 'stm32g0'].map((n) => [n, cost(n)])).toEqual([
      ['stm32l4', { core: 'cortex-m4', clockHz: 120e6 }], ['stm32u5', { core: 'cortex-m33', clockHz: 160e6 }], ['stm32u3', { core: 'cortex-m33', clockHz: 96e6 }],
      ['stm32f4', { core: 'cortex-m4', clockHz: 180e6 }], ['stm32f7', { core: 'cortex-m7', clockHz: 216e6 }], ['stm32h7', { core: 'cortex-m7', clockHz: 480e6 }],
      ['stm32g0', { core: 'cortex-m0plus', clockHz: 64e6 }],
    ]);
    for (const n of ['cortex-m0plus', 'cortex-m4', 'cortex-m7', 'cortex-m33', 'cortex-m55']) {
      const t = loadTarget(n);
      expect(t.units[0]?.cost && 'core' in t.units[0].cost ? t.units[0].cost.core : '', n).toBe(n);
      expect(t.pools.map((p) => [p.name, p.size, p.address]), n).toEqual([['ram', undefined, undefined], ['flash', undefined, undefined]]);
    }
  });

  it('a unit cost names a known core and a clock; errors name the key', () => {
    const doc = (cost: object) => JSON.stringify({ name: 'b', units: [{ name: 'C', kind: 'cpu', rules: { '*': [] }, cost }] });
    expect(loadTarget(doc({ core: 'cortex-m4', clock: '80MHz' }), 'b.json').units[0]?.cost).toEqual({ core: 'cortex-m4', clockHz: 80e6 });
    expect(() => loadTarget(doc({ core: 'cortex-m3', clock: '80MHz' }), 'b.json')).toThrow(/^b\.json: units\[0\]\.cost\.core: expected one of "cortex-m7", "cortex-m4", "cortex-m33", "cortex-m55", "cortex-m0plus", found "cortex-m3"$/);
    expect(() => loadTarget(doc({ core: 'cortex-m4', clock: 'fast' }), 'b.json')).toThrow('b.json: units[0].cost.clock: expected a clock frequency ("480MHz", "1GHz" or hertz as a number), found "fast"');
    expect(() => loadTarget(doc({ macsPerSecond: 0, source: 'x' }), 'b.json')).toThrow('b.json: units[0].cost.macsPerSecond: expected a positive number of MACs per second, found 0');
    expect(() => loadTarget(doc({ core: 'cortex-m4', clock: '1MHz', macsPerSecond: 1, source: 'x' }), 'b.json')).toThrow('give "core" (a CPU) or "macsPerSecond" (an accelerator), not both');
    // a fitted time per layer: 0 allowed, below 0 refused
    expect(loadTarget(doc({ macsPerSecond: 1e11, perLayerUs: 0, source: 'x' }), 'b.json').units[0]?.cost).toEqual({ macsPerSecond: 1e11, perLayerUs: 0, source: 'x' });
    expect(() => loadTarget(doc({ macsPerSecond: 1e11, perLayerUs: -0.5, source: 'x' }), 'b.json')).toThrow('b.json: units[0].cost.perLayerUs: expected a number >= 0, found -0.5');
    // whether the cost was fitted: a boolean, kept as given
    expect(loadTarget(doc({ macsPerSecond: 1e11, weightBytesPerSecond: 1e8, fitted: false, source: 'x' }), 'b.json').units[0]?.cost).toEqual({ macsPerSecond: 1e11, weightBytesPerSecond: 1e8, fitted: false, source: 'x' });
    expect(() => loadTarget(doc({ macsPerSecond: 1e11, fitted: 'yes', source: 'x' }), 'b.json')).toThrow('b.json: units[0].cost.fitted: expected true or false, found "yes"');
  });
});
