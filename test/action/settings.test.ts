/** Inputs -> Settings: defaults, validation errors naming the input, the config file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, parseShard } from '../../src/action/settings.js';
import { ActionInputError } from '../../src/action/errors.js';
import { shardSlice } from '../../src/action/collect.js';
import { builtinTarget } from '../../src/targets/index.js';

const inputs = (values: Record<string, string>) => ({ getInput: (n: string) => values[n] ?? '' });
const ws = mkdtempSync(join(tmpdir(), 'mf-settings-'));

function errorOf(fn: () => unknown): ActionInputError {
  try { fn(); } catch (e: unknown) { if (e instanceof ActionInputError) return e; throw e; }
  throw new Error('expected an ActionInputError');
}

describe('readSettings', () => {
  it('has defaults for every input', () => {
    const s = readSettings(inputs({}), ws);
    expect(s).toMatchObject({ mode: 'analyze', targets: ['stm32h7'], failOn: ['budget'], comment: 'update', commentKey: 'default', artifactName: 'model-footprint', shard: undefined });
    // Every extension of the format registry.
    expect(s.models).toEqual(['**/*.{onnx,tflite,lite,h5,hdf5,keras}']);
    expect(s.cache).toBe(true);
  });

  it('reads cache: true|false', () => {
    expect(readSettings(inputs({ cache: 'false' }), ws).cache).toBe(false);
    expect(readSettings(inputs({ cache: 'TRUE' }), ws).cache).toBe(true);
    expect(errorOf(() => readSettings(inputs({ cache: 'maybe' }), ws)).message).toBe("input 'cache': must be true or false, found 'maybe'");
  });

  it('parses lists, sizes, fail-on combinations and shards', () => {
    const s = readSettings(inputs({ models: 'a/**/*.onnx\n b/*.tflite ', targets: 'stm32h7, stm32n6', 'ram-budget': '1.5MB', 'flash-budget': '512KiB', 'fail-on': 'budget, regression', shard: '2/8' }), ws);
    expect(s.models).toEqual(['a/**/*.onnx', 'b/*.tflite']);
    expect(s.targets).toEqual(['stm32h7', 'stm32n6']);
    expect(s.budgets.ramBytes).toBe(1.5 * 1024 * 1024);
    expect(s.budgets.flashBytes).toBe(512 * 1024);
    expect(s.failOn).toEqual(['budget', 'regression']);
    expect(s.shard).toEqual({ index: 2, count: 8 });
    expect(readSettings(inputs({ 'fail-on': 'never' }), ws).failOn).toEqual([]);
    // An empty fail-on (the input given as '') is the default, budget.
    expect(readSettings(inputs({ 'fail-on': '' }), ws).failOn).toEqual(['budget']);
    // Shards at their edges: 1/1 and 8/8 run; 0/0, 0/1, 2/1 and 1/0 are refused.
    expect([readSettings(inputs({ shard: '1/1' }), ws).shard, readSettings(inputs({ shard: '8/8' }), ws).shard]).toEqual([{ index: 1, count: 1 }, { index: 8, count: 8 }]);
    for (const bad of ['0/0', '0/1', '2/1', '1/0']) expect(() => readSettings(inputs({ shard: bad }), ws), bad).toThrow(`must be i/n with 1 <= i <= n (e.g. 2/8), found '${bad}'`);
  });

  it.each([
    ['fail-on', 'sometimes'], ['fail-on', 'never,budget'], ['comment', 'maybe'], ['mode', 'fix'],
    ['ram-budget', 'lots'], ['shard', '3/2'], ['shard', '0/4'], ['comment-key', 'a b'], ['artifact-name', 'a/b'],
  ])('names the input in the error: %s=%s', (name, value) => {
    const e = errorOf(() => readSettings(inputs({ [name]: value }), ws));
    expect(e.input).toBe(name);
    expect(e.message).toMatch(new RegExp(`^input '${name}': `));
  });

  it('latency: budgets.latency and thresholds.latency in the config, the latency-budget input overriding; bad values named', () => {
    const file = join(ws, 'lat.yml');
    writeFileSync(file, 'budgets: { latency: 30ms }\nthresholds: { latency: 10% }\n');
    expect(readSettings(inputs({ config: 'lat.yml' }), ws).budgets).toMatchObject({ latencyMs: 30, thresholds: { latencyPct: 10 } });
    expect(readSettings(inputs({ config: 'lat.yml', 'latency-budget': '1.5s' }), ws).budgets.latencyMs).toBe(1500);
    expect(errorOf(() => readSettings(inputs({ 'latency-budget': 'soon' }), ws)).message).toBe("input 'latency-budget': must be a duration such as 30ms or 1.5s: cannot read duration 'soon' (expected e.g. 30ms, 1.5s, 250us or a number of milliseconds)");
    writeFileSync(file, 'budgets: { latency: 0ms }\n');
    expect(errorOf(() => readSettings(inputs({ config: 'lat.yml' }), ws)).message).toMatch(/'budgets\.latency' .*cannot read duration '0ms'/);
  });

  it('reads budgets, thresholds and per-model limits from a YAML config; inputs override it', () => {
    const file = join(ws, 'footprint.yml');
    writeFileSync(file, 'models: ["nets/**/*.{onnx,tflite}"]\ntargets: [stm32n6]\nbudgets: { ram: 1MB, flash: 2MB, pools: { npuRAM3: 512KiB } }\nthresholds: { ram: 5%, macc: 10 }\nper-model:\n  "nets/big*.onnx": { budgets: { ram: 4MB } }\n');
    const s = readSettings(inputs({ config: 'footprint.yml', 'flash-budget': '3MB' }), ws);
    expect(s.models).toEqual(['nets/**/*.{onnx,tflite}']);
    expect(s.budgets).toMatchObject({ ramBytes: 1 << 20, flashBytes: 3 << 20, pools: { npuRAM3: 512 * 1024 }, thresholds: { ramPct: 5, maccPct: 10 } });
    expect(s.budgets.perModel?.['nets/big*.onnx']?.ramBytes).toBe(4 << 20);
  });

  it('rejects unknown config keys and bad values, naming the file and key', () => {
    const file = join(ws, 'bad.json');
    writeFileSync(file, JSON.stringify({ budgets: { rom: '1MB' } }));
    expect(errorOf(() => readSettings(inputs({ config: 'bad.json' }), ws)).message).toMatch(/^input 'config': bad\.json: 'budgets\.rom' is not a known key/);
    writeFileSync(file, JSON.stringify({ thresholds: { ram: 'x' } }));
    expect(errorOf(() => readSettings(inputs({ config: 'bad.json' }), ws)).message).toContain("'thresholds.ram' must be a percentage");
    expect(errorOf(() => readSettings(inputs({ config: 'missing.yml' }), ws)).message).toContain('cannot read missing.yml');
  });
});

describe('inputs validated once, before any analysis', () => {
  it('an unknown target fails the inputs once, with the closest names and the list', () => {
    const e = errorOf(() => readSettings(inputs({ targets: 'stm32h7, stm32h8' }), ws));
    expect(e.input).toBe('targets');
    // stm32h7 is 1 edit away, stm32n6 and stm32l4 2: closest first.
    expect(e.message).toMatch(/^input 'targets': unknown target 'stm32h8' \(did you mean 'stm32h7' or 'stm32n6' or 'stm32l4'\?\); built-in targets: stm32h7, stm32n6, /);
    expect(errorOf(() => readSettings(inputs({ target: 'nothing-like-it' }), ws)).message).not.toContain('did you mean');
  });

  it('reads a target file from the workspace, refuses one outside it or missing', () => {
    writeFileSync(join(ws, 'board.json'), JSON.stringify({ ...JSON.parse(JSON.stringify(builtinTarget('stm32h7'))), name: 'my-board' }));
    const s = readSettings(inputs({ targets: './board.json' }), ws);
    expect(s.targetSpecs['./board.json']?.name).toBe('my-board');
    expect(errorOf(() => readSettings(inputs({ targets: '../outside.json' }), ws)).message).toMatch(/not found in the workspace|outside the workspace/);
    expect(errorOf(() => readSettings(inputs({ targets: './none.json' }), ws)).message).toContain("target file './none.json' not found");
  });

  it('a target file holds JSON: one holding a built-in\'s name is refused, not taken for that target; its text is not echoed', () => {
    writeFileSync(join(ws, 'named.json'), 'stm32n6\n');
    const named = errorOf(() => readSettings(inputs({ targets: './named.json' }), ws));
    expect(named.input).toBe('targets');
    expect(named.message).toMatch(/^input 'targets': target file '\.\/named\.json': .*not valid JSON/);
    writeFileSync(join(ws, 'noise.json'), 'x'.repeat(100_000));
    const noise = errorOf(() => readSettings(inputs({ targets: './noise.json' }), ws)).message;
    expect(noise).toContain('not valid JSON');
    expect(noise.length).toBeLessThan(500);
  });

  it('budgets of 0 or below are refused: at 0, below 0; 1 byte is accepted', () => {
    expect(errorOf(() => readSettings(inputs({ 'ram-budget': '0' }), ws)).message).toContain('must be a size above 0');
    expect(errorOf(() => readSettings(inputs({ 'flash-budget': '-1KB' }), ws)).input).toBe('flash-budget');
    expect(readSettings(inputs({ 'ram-budget': '1' }), ws).budgets.ramBytes).toBe(1);
  });

  it('a pool budget names a pool of a configured target, else the inputs fail with the pools there are', () => {
    const file = join(ws, 'pools.yml');
    writeFileSync(file, 'budgets: { pools: { npuRAM7: 1MB } }\n');
    const e = errorOf(() => readSettings(inputs({ config: 'pools.yml', targets: 'stm32n6' }), ws));
    expect(e.message).toContain("budgets.pools.npuRAM7: no target has a pool named 'npuRAM7' (did you mean 'npuRAM3'");
    expect(e.message).toContain('pools of stm32n6: npuRAM3, npuRAM4');
    writeFileSync(file, 'per-model:\n  "a/*.onnx": { budgets: { pools: { ram: 0 } } }\n');
    expect(errorOf(() => readSettings(inputs({ config: 'pools.yml' }), ws)).message).toContain('per-model.a/*.onnx.budgets.pools.ram must be above 0');
  });
});

describe('shards', () => {
  it('splits a sorted list deterministically, every item in exactly one shard', () => {
    const items = ['d', 'a', 'c', 'b', 'e'].map((path) => ({ path }));
    const slices = [1, 2, 3].map((index) => shardSlice(items, parseShard(`${index}/3`)).map((x) => x.path));
    expect(slices).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(shardSlice(items, undefined).map((x) => x.path)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
