import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn as cli } from '../helpers/cli.js';
import { parseArgs } from '../../src/cli/args.js';
import { TempRepo, example, lfsPointerText } from '../git/repo.js';
import { analyzeExample } from './fixtures.js';
import type { DiffJson } from '../../src/diff/index.js';
import { renderReport } from '../../src/report/index.js';
import type { Report } from '../../src/report/index.js';


describe('model-footprint diff (temp repo, base and head commits)', () => {
  const repo = new TempRepo();
  let baseSha = '';
  beforeAll(() => {
    repo.write('models/kws.onnx', example('kws_cnn_int8.onnx'));
    repo.write('models/gone.onnx', example('kws_cnn_float.onnx'));
    repo.write('models/broken.onnx', 'not a model at all');
    baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/kws.onnx', example('kws_cnn_int8_v2.onnx'));
    repo.remove('models/gone.onnx');
    repo.write('models/broken.onnx', example('kws_cnn_int8.onnx'));
    repo.write('models/big.onnx', lfsPointerText());
    repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  it('prints the comment with the deltas of the two revisions', async () => {
    const r = (await cli(repo.dir, 'diff', '--base', 'main', '--head', 'feature', '--models', 'models/**/*.onnx', '--planner', 'st-time'));
    expect(r.err).toBe('');
    const b = analyzeExample('kws_cnn_int8.onnx').totals;
    const h = analyzeExample('kws_cnn_int8_v2.onnx').totals;
    const gone = analyzeExample('kws_cnn_float.onnx').totals;
    const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
    const signedKib = (n: number): string => (n < 0 ? `-${kib(-n)}` : `+${kib(n)}`);
    const first = r.out.split('\n')[0] ?? '';
    expect(first).toContain('**4 models changed** (1 new, 1 removed)');
    // Sums over the models with a known delta: kws changed, gone removed (broken's base is unreadable).
    expect(first).toContain(`RAM ${signedKib(h.ramTotalBytes - b.ramTotalBytes - gone.ramTotalBytes)}`);
    expect(first).toContain(`Flash ${signedKib(h.weightsBytes - b.weightsBytes - gone.weightsBytes)}`);
    expect(first).toContain('1 LFS object not fetched');
    expect(first).toContain('1 base version unparsable');
    const row = r.out.split('\n').find((l) => l.startsWith('| models/kws.onnx |'));
    expect(row).toContain(`${kib(h.ramTotalBytes)} (+${kib(h.ramTotalBytes - b.ramTotalBytes)}, +50%) 🔴`);
    expect(row).toContain('4.27 M (+2.78 M, +185%) 🔴');
    expect(r.out).toMatch(/\| models\/gone\.onnx · \*\*removed\*\* \|/);
    expect(r.out).toMatch(/\| models\/big\.onnx · \*\*new model\*\*|\| models\/big\.onnx · \*\*LFS object not fetched/);
    expect(r.out).toContain('models/big.onnx · **LFS object not fetched (not analyzed)**');
    expect(r.out).toMatch(/models\/broken\.onnx · \*\*base unparsable \(LOAD ERROR E\\_UNKNOWN\\_FORMAT: models\/broken\.onnx: not a supported model format/); // the action's line
    expect(r.out).toContain(`base ${baseSha.slice(0, 12)}`);
    expect(r.code).toBe(0);
  });

  it('head defaults to the work tree; --format json; --out writes reports; budgets fail', async () => {
    repo.write('models/kws.onnx', example('kws_cnn_int8.onnx'));
    const out = join(repo.dir, 'out');
    const r = (await cli(join(repo.dir, 'models'), 'diff', '--base', 'main', '--models', 'models/kws.onnx', '--format', 'json', '--out', '../out', '--planner', 'st-time'));
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as DiffJson;
    expect(j.entries.map((e) => [e.path, e.status, e.diff.kind])).toEqual([]); // work tree kws.onnx is the base again
    repo.git('checkout', '--', 'models/kws.onnx');
    const r2 = (await cli(repo.dir, 'diff', '--base', 'main', '--models', '*.onnx', '!**/big.onnx', '--json', '--out', out, '--ram-budget', '20KB', '--planner', 'st-time'));
    const j2 = JSON.parse(r2.out) as DiffJson;
    expect(j2.entries.map((e) => e.path)).toEqual(['models/broken.onnx', 'models/gone.onnx', 'models/kws.onnx']);
    // the head's RAM as one analyze of the same file states it
    expect(j2.budgets.exceeded.map((x) => [x.path, x.used])).toEqual([['models/kws.onnx', analyzeExample('kws_cnn_int8_v2.onnx').totals.ramTotalBytes]]);
    expect(r2.code).toBe(1);
    // each side's JSON report, written in chunks: renderReport's bytes, the head's RAM the budget read
    const headJson = readFileSync(join(out, 'head', 'stm32h7', 'models', 'kws.onnx.report.json'), 'utf8');
    expect(headJson).toBe(renderReport(JSON.parse(headJson) as Report, 'json'));
    expect((JSON.parse(headJson) as Report).totals.ramTotalBytes).toBe(j2.budgets.exceeded[0]?.used);
    expect(existsSync(join(out, 'base', 'stm32h7', 'models', 'kws.onnx.report.txt'))).toBe(true);
    // the reports written carry each side's file hashes (diff computes them only then: diff-hashes.test.ts)
    const baseJson = JSON.parse(readFileSync(join(out, 'base', 'stm32h7', 'models', 'kws.onnx.report.json'), 'utf8')) as Report;
    const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
    expect((JSON.parse(headJson) as Report).model.sha256).toBe(sha(example('kws_cnn_int8_v2.onnx')));
    expect(baseJson.model.sha256).toBe(sha(example('kws_cnn_int8.onnx')));
    expect(baseJson.model.md5).toBe(createHash('md5').update(example('kws_cnn_int8.onnx')).digest('hex'));
    expect(JSON.parse(readFileSync(join(out, 'diff.json'), 'utf8'))).toEqual(j2);
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toContain('<!-- model-footprint:default -->');
  });

  it('errors: outside a repo, unknown revision, missing --base', async () => {
    expect((await cli('/', 'diff', '--base', 'main')).code).toBe(1);
    const r = (await cli(repo.dir, 'diff', '--base', 'no-such-rev'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/CLI ERROR E_GIT: `git rev-parse/);
    expect((await cli(repo.dir, 'diff')).code).toBe(2);
    expect(() => parseArgs(['diff', '--base', '--head'])).toThrow(/needs a value/);
    expect(parseArgs(['diff', '--base', 'origin/main'])).toMatchObject({ command: 'diff', base: 'origin/main', head: undefined, models: ['**/*.{onnx,tflite,lite,h5,hdf5,keras}'] });
  });
});
