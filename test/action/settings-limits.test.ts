/**
 * Inputs -> Settings, the exact sentences and limits (src/action/settings.ts): shards at and past
 * their bounds, sizes, target files outside the workspace, budgets of 0 in the config, where a
 * report path points, and which input an unknown target is blamed on.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, readSettings, shardSuffix } from '../../src/action/settings.js';
import { ActionInputError } from '../../src/action/errors.js';

const inputs = (values: Record<string, string>) => ({ getInput: (n: string) => values[n] ?? '' });
const ws = mkdtempSync(join(tmpdir(), 'mf-settings-limits-'));

function messageOf(fn: () => unknown): string {
  try { fn(); } catch (e: unknown) { if (e instanceof ActionInputError) return e.message; throw e; }
  return 'no error';
}

describe('shard', () => {
  it.each([['1/1', 1, 1], ['2/8', 2, 8], ['8/8', 8, 8], ['12/16', 12, 16], ['3 / 4', 3, 4]])('%s is shard %i of %i', (raw, index, count) => {
    expect(parseShard(raw)).toEqual({ index, count });
  });

  it.each(['0/4', '5/4', '1/0', '0/0', 'x2/8', '2/8x', '2-8', '-1/4', '2/'])('%s is refused with the form it expects', (raw) => {
    expect(messageOf(() => parseShard(raw))).toBe(`input 'shard': must be i/n with 1 <= i <= n (e.g. 2/8), found '${raw}'`);
  });

  it('empty: no shard; the suffix names index and count', () => {
    expect(parseShard('')).toBeUndefined();
    expect([shardSuffix(undefined), shardSuffix({ index: 2, count: 8 })]).toEqual(['', '-shard-2-of-8']);
  });

  it('only in mode analyze', () => {
    expect(messageOf(() => readSettings(inputs({ shard: '1/2', mode: 'merge' }), ws))).toBe("input 'shard': only applies to mode 'analyze', found mode 'merge'");
  });
});

describe('the sentences of each bad input', () => {
  it.each([
    [{ 'ram-budget': 'lots' }, /^input 'ram-budget': must be a size such as 1\.5MB, 512KiB or 2048: .+/],
    [{ 'flash-budget': '0' }, /^input 'flash-budget': must be a size above 0 \(a budget of 0 bytes fails every model\), found '0'$/],
    [{ 'fail-on': 'never, budget' }, /^input 'fail-on': 'never' cannot be combined with other values, found 'never, budget'$/],
    [{ 'fail-on': 'sometimes' }, /^input 'fail-on': must be one of budget, regression, new-sw-epochs, never, found 'sometimes'$/],
    [{ 'comment-key': 'a b' }, /^input 'comment-key': use 1-64 letters, digits, '\.', '_', '-' or '\/', found 'a b'$/],
    [{ 'comment-key': 'k'.repeat(65) }, /^input 'comment-key': use 1-64 /],
    [{ 'artifact-name': 'a:b' }, /^input 'artifact-name': must not contain " : < > \| \* \? \\ \/ or quotes, found 'a:b'$/],
    [{ cache: 'truex' }, /^input 'cache': must be true or false, found 'truex'$/],
    [{ cache: 'xfalse' }, /^input 'cache': must be true or false, found 'xfalse'$/],
  ])('%j', (values, expected) => {
    expect(messageOf(() => readSettings(inputs(values), ws))).toMatch(expected);
  });

  it('a comment key of exactly 64 characters is accepted; inputs are trimmed', () => {
    expect(readSettings(inputs({ 'comment-key': 'k'.repeat(64) }), ws).commentKey).toBe('k'.repeat(64));
    expect(readSettings(inputs({ 'comment-key': '  team/a  ', 'github-token': ' t0k ' }), ws)).toMatchObject({ commentKey: 'team/a', token: 't0k' });
  });

  it('flash-budget alone sets only the flash budget', () => {
    expect(readSettings(inputs({ 'flash-budget': '1KB' }), ws).budgets).toEqual({ flashBytes: 1024 });
    expect(readSettings(inputs({}), ws).budgets).toEqual({});
  });
});

describe('targets', () => {
  it('an unknown target is blamed on the input that named it: targets, target, or the config', () => {
    expect(messageOf(() => readSettings(inputs({ targets: 'stm32h8' }), ws))).toMatch(/^input 'targets': unknown target 'stm32h8'/);
    expect(messageOf(() => readSettings(inputs({ target: 'stm32h8' }), ws))).toMatch(/^input 'target': unknown target 'stm32h8'/);
    writeFileSync(join(ws, 'cfg.yml'), 'targets: [stm32h8]\n');
    expect(messageOf(() => readSettings(inputs({ config: 'cfg.yml' }), ws))).toMatch(/^input 'config': unknown target 'stm32h8'/);
  });

  it('a target file reached through a link out of the workspace is refused; a bad one inside names its error', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mf-outside-'));
    writeFileSync(join(outside, 'board.json'), JSON.stringify({ extends: 'stm32h7', name: 'b' }));
    mkdirSync(join(ws, 'boards'), { recursive: true });
    symlinkSync(join(outside, 'board.json'), join(ws, 'boards', 'linked.json'));
    expect(messageOf(() => readSettings(inputs({ targets: './boards/linked.json' }), ws))).toBe("input 'targets': target file './boards/linked.json' is outside the workspace");
    writeFileSync(join(ws, 'boards', 'bad.json'), '{"extends": "stm32h7", "name": "b", "planner": "fastest"}');
    expect(messageOf(() => readSettings(inputs({ targets: './boards/bad.json' }), ws))).toMatch(/^input 'targets': target file '\.\/boards\/bad\.json': .*planner.*fastest/);
  });
});

describe('config budgets', () => {
  const cfg = (text: string) => {
    writeFileSync(join(ws, 'b.yml'), text);
    return messageOf(() => readSettings(inputs({ config: 'b.yml' }), ws));
  };

  it('0 bytes is refused for ram, flash and a pool, also per model; 1 byte is accepted', () => {
    expect(cfg('budgets: { ram: 0 }\n')).toBe("input 'config': budgets.ram must be above 0");
    expect(cfg('budgets: { flash: 0KB }\n')).toBe("input 'config': budgets.flash must be above 0");
    expect(cfg('targets: [stm32n6]\nbudgets: { pools: { npuRAM3: 0 } }\n')).toBe("input 'config': budgets.pools.npuRAM3 must be above 0");
    expect(cfg("per-model:\n  'a/*.onnx': { budgets: { ram: 0 } }\n")).toBe("input 'config': per-model.a/*.onnx.budgets.ram must be above 0");
    expect(cfg('budgets: { ram: 1, flash: 1 }\n')).toBe('no error');
  });

  it('a pool no target has: the closest name and the pools there are', () => {
    expect(cfg('targets: [stm32n6]\nbudgets: { pools: { npuRAM9: 1KB } }\n')).toMatch(/^input 'config': budgets\.pools\.npuRAM9: no target has a pool named 'npuRAM9'.*; pools of stm32n6: .*npuRAM3/);
    // Two targets: their pools together, each named once, comma-separated (stm32h7: ram, flash; ethos-u55-128: sram, flash).
    expect(cfg('targets: [stm32h7, ethos-u55-128]\nbudgets: { pools: { sram2: 1KB } }\n')).toMatch(/; pools of stm32h7, ethos-u55-128: ram, flash, sram$/);
    // A target file without pools: none to name.
    mkdirSync(join(ws, 'boards'), { recursive: true });
    writeFileSync(join(ws, 'boards', 'nopools.json'), JSON.stringify({ name: 'np', units: [{ name: 'CPU', kind: 'cpu', rules: { '*': [] } }] }));
    expect(cfg('targets: [./boards/nopools.json]\nbudgets: { pools: { ram: 1KB } }\n')).toMatch(/; pools of \.\/boards\/nopools\.json: none$/);
  });
});

describe('report-path', () => {
  it('relative paths resolve in the workspace, absolute ones stay, empty is none', () => {
    expect(readSettings(inputs({ 'report-path': 'out/results' }), ws).reportPath).toBe(join(ws, 'out', 'results'));
    expect(readSettings(inputs({ 'report-path': '/tmp/x' }), ws).reportPath).toBe('/tmp/x');
    expect(readSettings(inputs({}), ws).reportPath).toBeUndefined();
  });
});
