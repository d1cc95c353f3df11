import { describe, expect, it } from 'vitest';
import { BUILTIN_TARGETS, loadTarget } from '../../src/targets/load.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { RULE_DEFS } from '../../src/targets/rules/index.js';

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

function loadError(doc: unknown, file = 'targets/my-board.json'): string {
  try {
    loadTarget(JSON.stringify(doc), file);
  } catch (e: unknown) {
    expect(e).toBeInstanceOf(FootprintError);
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an error');
}

describe('target files', () => {
  it('every built-in loads, cites sources and carries a one-line disclaimer', () => {
    expect([...BUILTIN_TARGETS].sort()).toEqual(['ax615', 'ax620e', 'ax650', 'ethos-u55-128', 'ethos-u55-256', 'ethos-u65-256', 'kl520', 'kl530', 'kl630', 'kl720', 'kl730', 'm57', 'stm32h7', 'stm32n6']);
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
    expect(loadError({ ...USER, pools: [{ name: 'x', size: '12 parsecs' }] })).toBe('targets/my-board.json: pools[0].size: expected a size (bytes as a number, "128KB", "1MB" or "0x20000"), found "12 parsecs"');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'gpu', rules: {} }] })).toBe('targets/my-board.json: units[0].kind: expected one of "npu", "cpu", found "gpu"');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'npu', rules: { Conv: [{ rule: 'static-shapes', limit: 3 }] } }] })).toBe('targets/my-board.json: units[0].rules.Conv[0].limit: rule "static-shapes" takes no limit');
    expect(loadError({ ...USER, units: [{ name: 'n', kind: 'npu', rules: { Conv: [{ rule: 'stride-range', limit: [1] }] } }] })).toBe('targets/my-board.json: units[0].rules.Conv[0].limit: expected an array of two numbers [min, max], found an array of 1');
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
