/** The bundled action on the kinds of change a pull request makes to models. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, kws, makeRepo, runBundle } from './harness.js';
import { lfsPointerText, tinyModel } from './models.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

const prOf = (repo: { baseSha: string; headSha: string }, number = 3) => ({ number, baseSha: repo.baseSha, headSha: repo.headSha });

describe('action: added, removed, renamed, LFS and broken models', () => {
  it('reports each kind of change in one comment, and uploads per-model reports', async () => {
    gh = await new FakeGitHub().start();
    const repo = makeRepo(
      { 'm/gone.onnx': tinyModel(8), 'm/old-name.onnx': tinyModel(4), 'm/lfs.onnx': tinyModel(6), 'm/kws.onnx': kws('kws_cnn_int8.onnx') },
      { 'm/gone.onnx': null, 'm/new.onnx': kws('kws_cnn_float.onnx'), 'm/lfs.onnx': lfsPointerText(123456), 'm/kws.onnx': kws('kws_cnn_int8_v2.onnx') },
      [['m/old-name.onnx', 'm/new-name.onnx']],
    );
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const body = gh.comments[0]?.body ?? '';
    expect(body).toContain('new model');
    expect(body).toMatch(/m\/gone\.onnx[^\n]*removed|removed[^\n]*m\/gone\.onnx/);
    expect(body).toContain('renamed from m/old-name.onnx');
    expect(body).toContain('LFS object not fetched');
    expect(r.stdout).toMatch(/::warning::m\/lfs\.onnx \(stm32h7\): Git LFS object not fetched/);
    const totals = JSON.parse(r.outputs['totals'] ?? '[]') as { path: string; status: string }[];
    expect(totals.map((t) => `${t.path}:${t.status}`).sort()).toEqual(['m/gone.onnx:removed', 'm/kws.onnx:modified', 'm/lfs.onnx:modified', 'm/new-name.onnx:renamed', 'm/new.onnx:added']);
    expect(r.outputs['changed-models']).toBe('5');
    // The artifact: text and JSON reports per side, the diff JSON and the results file.
    const zip = unzipSync(new Uint8Array(gh.blobs.get('model-footprint.zip') ?? Buffer.alloc(0)));
    const names = Object.keys(zip).sort();
    expect(names).toContain('reports/m__kws.onnx.stm32h7.head.txt');
    expect(names).toContain('reports/m__kws.onnx.stm32h7.base.json');
    expect(names).toContain('reports/m__gone.onnx.stm32h7.base.txt');
    expect(names).not.toContain('reports/m__gone.onnx.stm32h7.head.txt');
    expect(names).toContain('model-footprint-diff.json');
    const diff = JSON.parse(Buffer.from(zip['model-footprint-diff.json'] ?? new Uint8Array()).toString()) as { entries: unknown[]; baseSha: string };
    expect(diff.entries).toHaveLength(5);
    expect(diff.baseSha).toBe(repo.baseSha);
    expect(body).toContain(`/actions/runs/4242/artifacts/${gh.artifacts[0]?.id}`);
  });

  it('reports an unparsable model without stopping the others, and fails the budget check for it', async () => {
    gh = await new FakeGitHub().start();
    const repo = makeRepo(
      { 'a.onnx': tinyModel(4), 'b.onnx': tinyModel(4), 'c.onnx': tinyModel(4) },
      { 'a.onnx': tinyModel(8), 'b.onnx': Buffer.from('this is not a model at all'), 'c.onnx': tinyModel(2) },
    );
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo) });
    expect(r.code).toBe(1);
    const body = gh.comments[0]?.body ?? '';
    expect(body).toContain('could not analyze');
    expect(body).toMatch(/LOAD ERROR E\\?_UNKNOWN\\?_FORMAT/);
    const totals = JSON.parse(r.outputs['totals'] ?? '[]') as { path: string; macc: number | null }[];
    expect(totals.find((t) => t.path === 'a.onnx')?.macc).toBeGreaterThan(0);
    expect(totals.find((t) => t.path === 'c.onnx')?.macc).toBeGreaterThan(0);
    expect(totals.find((t) => t.path === 'b.onnx')?.macc).toBeNull();
    expect(r.stdout).toMatch(/::error::b\.onnx \(stm32h7\): could not be analyzed/);
    const lenient = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'regression' } });
    expect(lenient.code).toBe(0);
  });

  it('escapes Markdown and HTML in file and node names', async () => {
    gh = await new FakeGitHub().start();
    const evilNode = '</details><img src=x onerror=alert(1)>|**bold**';
    const evilPath = 'm/x</details><script>alert(1)</script>[a](http:evil)|.onnx';
    const repo = makeRepo({ [evilPath]: tinyModel(4, 'conv') }, { [evilPath]: tinyModel(8, evilNode, '<b>graph</b>') });
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const body = gh.comments[0]?.body ?? '';
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<b>graph');
    // Outside the HTML <summary> line (where Markdown is inert) the link syntax is escaped.
    const markdownLines = body.split('\n').filter((l) => !l.startsWith('<details><summary>'));
    expect(markdownLines.join('\n')).not.toContain('[a](http:evil)');
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(r.summary).not.toContain('<script>');
    expect(gh.artifacts).toHaveLength(1);
  });
});
