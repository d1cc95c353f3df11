/** The CLI's target options: built-ins, a user target file, a stedgeai memory-pool file, supported-ops, compare. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO_ROOT } from '../helpers/cli.js';
import { HAS_SHARED, sharedModel } from '../helpers/shared.js';
import type { Report } from '../../src/report/index.js';
import type { DiffJson } from '../../src/diff/index.js';

const root = REPO_ROOT;
const EXAMPLE = 'examples/kws/kws_cnn_int8.onnx';


describe('CLI targets', () => {
  it('--target stm32n6: epochs with a reason for every SW epoch; pools used/usable', async () => {
    const r = (await cli('analyze', EXAMPLE, '--target', 'stm32n6'));
    expect(r.code).toBe(0);
    const m = /Total number of epochs: (\d+) of which (\d+) implemented in software/.exec(r.out);
    expect(m).not.toBeNull();
    const rep = JSON.parse((await cli('analyze', EXAMPLE, '--target', 'stm32n6', '--json')).out) as Report;
    expect(Number(m?.[1])).toBe(rep.epochs?.total);
    expect(Number(m?.[2])).toBe((rep.epochs?.sw ?? 0) + (rep.epochs?.unsupported ?? 0));
    // The 25x5 average pool is wider than the NPU's 3x3 window: SW, with value and limit named.
    const pool = rep.layers.find((l) => l.name === 'pool');
    expect(pool?.unit).toBe('SW_INT');
    expect(pool?.reasons?.[0]?.message).toMatch(/25x5.*3/);
    expect(r.out).toMatch(/npuRAM3\s+0x34200000\s+[\d.]+ KiB\s+448\.00 KiB/);
  });

  it('a user target file and a stedgeai memory-pool file; bad ones name the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-target-'));
    const board = JSON.parse(readFileSync(join(root, 'src/targets/builtin/stm32h7.json'), 'utf8')) as Record<string, unknown>;
    board['name'] = 'my-board';
    writeFileSync(join(dir, 'my-board.json'), JSON.stringify(board));
    const pools = { version: '1.0', memory: { mempools: [{ name: 'tiny', size: '8KB', address: '0x20000000' }, { name: 'big', size: '64KB', address: '0x24000000' }, { name: 'flash', size: '1MB', access: 'ro', use: ['weights'] }] } };
    writeFileSync(join(dir, 'pools.json'), JSON.stringify(pools));
    const rep = JSON.parse((await cli('analyze', EXAMPLE, '--json', '--target', join(dir, 'my-board.json'), '--memory-pool', join(dir, 'pools.json'))).out) as Report;
    expect(rep.target?.name).toBe('my-board');
    expect(rep.pools?.pools.map((p) => p.name)).toEqual(['tiny', 'big', 'flash']);
    // 18,372 B of activations do not fit 8 KiB: buffers go to the next pool, every byte accounted for.
    const used = Object.fromEntries((rep.pools?.pools ?? []).map((p) => [p.name, p.usedBytes]));
    expect(used['tiny']).toBeLessThanOrEqual(8192);
    expect(used['big']).toBeGreaterThan(0);
    expect(used['flash']).toBe(rep.totals.weightsBytes);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: '1.0', memory: { mempools: [{ name: 'x', size: 'lots' }] } }));
    const bad = (await cli('analyze', EXAMPLE, '--memory-pool', join(dir, 'bad.json')));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/memory\.mempools\[0\]\.size/);
    const badTarget = (await cli('analyze', EXAMPLE, '--target', join(dir, 'pools.json')));
    expect(badTarget.code).toBe(2);
    expect(badTarget.err).toMatch(/pools\.json/);
    // A file holds JSON: one holding a built-in's name is refused (not taken for stm32n6), long text is not echoed.
    writeFileSync(join(dir, 'named.txt'), 'stm32n6');
    const named = await cli('analyze', EXAMPLE, '--target', join(dir, 'named.txt'));
    expect(named.code).toBe(2);
    expect(named.err).toMatch(/^CLI ERROR E_USAGE: .*named\.txt: \(document\): not valid JSON/);
    expect(named.err.split('named.txt')).toHaveLength(2); // the file named once, not as the error's file and again in its message
    writeFileSync(join(dir, 'noise.bin'), 'x'.repeat(100_000));
    const noise = await cli('analyze', EXAMPLE, '--target', join(dir, 'noise.bin'));
    expect(noise.code).toBe(2);
    expect(noise.err).toContain('not valid JSON');
    expect(noise.err.length).toBeLessThan(500);
  });

  it('supported-ops prints the rule table in Markdown and JSON', async () => {
    const md = (await cli('supported-ops', '--target', 'ethos-u55-128'));
    expect(md.code).toBe(0);
    expect(md.out).toContain('# Supported operators: ethos-u55-128');
    expect(md.out).toContain('`tensor-dtype`');
    expect(md.out).toBe(readFileSync(join(root, 'docs/supported-ops/ethos-u55-128.md'), 'utf8'));
    const json = (await cli('supported-ops', '--target', 'stm32n6', '--format', 'json'));
    expect(() => JSON.parse(json.out) as unknown).not.toThrow();
  });

  it('compare: the PR comment for two files, deltas equal head minus base', async () => {
    const r = (await cli('compare', EXAMPLE, 'examples/kws/kws_cnn_int8_v2.onnx', '--json', '--planner', 'st-time'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as DiffJson;
    const base = JSON.parse((await cli('analyze', EXAMPLE, '--json', '--planner', 'st-time')).out) as Report;
    const head = JSON.parse((await cli('analyze', 'examples/kws/kws_cnn_int8_v2.onnx', '--json', '--planner', 'st-time')).out) as Report;
    expect(j.entries[0]?.diff.totals.macc.delta).toBe(head.totals.macc - base.totals.macc);
    expect(j.entries[0]?.diff.totals.activationsBytes.delta).toBe(head.totals.activationsBytes - base.totals.activationsBytes);
    const md = (await cli('compare', EXAMPLE, 'examples/kws/kws_cnn_int8_v2.onnx', '--ram-budget', '20KB', '--planner', 'st-time'));
    expect(md.code).toBe(1); // 27,556 B of RAM over a 20 KiB budget
    expect(md.out.split('\n')[0]).toMatch(/^\*\*1 model changed\*\* · RAM \+9\.0 KiB/);
    expect((await cli('compare', EXAMPLE)).code).toBe(2);
    // compare writes no files: --out is refused rather than silently ignored
    expect((await cli('compare', EXAMPLE, 'examples/kws/kws_cnn_int8_v2.onnx', '--out', '/tmp/x')).err).toMatch(/writes no files/);
  });
});

// The trust case: a model whose activations do not fit the target must not read as fitting.
describe.skipIf(!HAS_SHARED)('compare: a model that does not fit its target\'s pools fails', () => {
  const MOBILENET = sharedModel('stm32ai-modelzoo-services/tutorials/notebooks/models/mobilenet_v2_128_0.5.onnx');

  it('mobilenet_v2_128_0.5 on stm32h7: an activation larger than the 512 KiB AXI SRAM pool, so over budget with no budget given', async () => {
    const rep = JSON.parse((await cli('analyze', MOBILENET, '--json', '--no-hash')).out) as Report;
    // by hand from the layers' shapes: a float32 output of more than 512 KiB (stm32h7.json's "ram" pool,
    // the only one that holds activations) fits in no pool, whatever the planner does
    const floatBytes = (l: Report['layers'][number]): number => (l.dtype === 'float32' ? 4 * (l.outputShape ?? []).reduce<number>((a, d) => a * (typeof d === 'number' ? d : 0), 1) : 0);
    expect(Math.max(...rep.layers.map(floatBytes))).toBeGreaterThan(512 * 1024);
    const r = await cli('compare', MOBILENET, MOBILENET);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/· 1 model over budget: mobilenet\\_v2\\_128\\_0\.5\.onnx \(\d+ activation buffers?, [\d.]+ (KiB|MiB), fits? in no pool\) ❌$/);
    expect(r.out).toMatch(/\| stm32h7 \| activations in no pool \| [\d.]+ (KiB|MiB) in \d+ activation buffers? \| no pool holds them ❌ \|/);
  });

  it('the remedy the failure names: a target file extending stm32h7 with an external RAM pool holds them, and the model passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-board-'));
    const board = join(dir, 'h7-sdram.json');
    writeFileSync(board, JSON.stringify({ extends: 'stm32h7', name: 'h7-sdram', pools: [{ name: 'sdram', size: '8MB', address: '0xC0000000', access: 'rw', use: ['activations'], external: true }] }));
    const r = await cli('compare', MOBILENET, MOBILENET, '--target', board);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('in no pool');
    expect(r.out).toMatch(/\| pool sdram \| [\d.]+ KiB \/ 8\.00 MiB \|/);
  });
});
