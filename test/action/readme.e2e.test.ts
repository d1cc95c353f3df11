/**
 * Every workflow and config snippet of the README, run: the YAML blocks are parsed, the
 * `<owner>/model-footprint@v1` steps' `with:` inputs given to the bundle exactly as written (matrix
 * values substituted), on a test repository shaped like the snippet expects, against the local API
 * stand-in. A README example that analyzes nothing, or passes when it should fail, fails here.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, kws, makeRepo, root, runBundle, type Files } from './harness.js';
import { tinyModel, tinyTflite, wideModel } from './models.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { name?: string; on: unknown; permissions?: Record<string, string>; concurrency?: { group: string }; jobs: Record<string, { steps?: Step[]; strategy?: { matrix: Record<string, unknown[]> } }> };

const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const used = new Set<number>();

function block(pred: (text: string) => boolean): { text: string; doc: Workflow } {
  const i = blocks.findIndex((b, j) => !used.has(j) && pred(b));
  expect(i, 'README yaml block').toBeGreaterThanOrEqual(0);
  used.add(i);
  return { text: blocks[i] ?? '', doc: parse(blocks[i] ?? '') as Workflow };
}

/** The `with:` of the job's model-footprint step, as the runner gives inputs: strings. */
function inputsOf(wf: Workflow, job: string, vars: Record<string, string> = {}): Record<string, string> {
  const step = wf.jobs[job]?.steps?.find((s) => s.uses?.startsWith('<owner>/model-footprint@'));
  expect(step, `job ${job} has a model-footprint step`).toBeDefined();
  return Object.fromEntries(Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, e: string) => vars[e] ?? '')]));
}

/** Six changed models under models/ (one far over 1.5 MB of RAM), plus changes the globs must skip. */
function sixModels(): ReturnType<typeof makeRepo> {
  const base: Files = {
    'models/kws.onnx': kws('kws_cnn_int8.onnx'), 'models/sub/a.onnx': tinyModel(4), 'models/sub/b.tflite': tinyTflite(4),
    'models/c.tflite': tinyTflite(8), 'other/x.onnx': tinyModel(4), 'models/notes.txt': 'a',
  };
  const head: Files = {
    'models/kws.onnx': kws('kws_cnn_int8_v2.onnx'), 'models/kws_float.onnx': kws('kws_cnn_float.onnx'), 'models/sub/a.onnx': tinyModel(6),
    'models/sub/b.tflite': tinyTflite(6), 'models/c.tflite': tinyTflite(16), 'models/big.onnx': wideModel(512),
    'other/x.onnx': tinyModel(8), 'models/notes.txt': 'b',
  };
  return makeRepo(base, head);
}
const prOf = (repo: { baseSha: string; headSha: string }, number = 21) => ({ number, baseSha: repo.baseSha, headSha: repo.headSha });

describe('README workflows, run as written', () => {
  it('the main workflow: all six changed models analyzed, the one over 1.5 MB named, the check failed', async () => {
    const { doc } = block((t) => t.startsWith('# .github/workflows/models.yml\n'));
    const repo = sixModels();
    // GitHub's `paths` filter would start the workflow for this pull request.
    const paths = (doc.on as { pull_request: { paths: string[] } }).pull_request.paths;
    expect(['models/kws.onnx', 'models/big.onnx', 'models/sub/b.tflite'].every((p) => paths.some((g) => picomatch(g)(p)))).toBe(true);
    expect(doc.concurrency?.group).toContain('github.event.pull_request.number');
    expect(doc.permissions?.['pull-requests']).toBe('write');
    gh = await new FakeGitHub().start();
    const inputs = inputsOf(doc, 'models');
    expect(inputs['models']).toBe('models/**/*.{onnx,tflite}');
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs });
    expect(r.code, r.stdout.slice(-2000)).toBe(1);
    expect(r.outputs['changed-models']).toBe('6');
    const first = (gh.comments[0]?.body ?? '').split('\n')[0] ?? '';
    expect(first).toMatch(/^\*\*6 models changed\*\* \(2 new\) · RAM \+[\d.]+ MiB on stm32h7 · /);
    // big.onnx's activations (tens of MiB) fit in no pool of the stm32h7 (512 KiB of AXI SRAM): the
    // headline names that, its worst limit; the failure lines name both
    expect(first).toMatch(/1 model over budget: big\.onnx \(\d+ activation buffers, [\d.]+ MiB, fit in no pool\) ❌/);
    expect(r.stdout).toMatch(/::error::models\/big\.onnx \(stm32h7\): RAM [\d.]+ MiB exceeds the budget of 1\.50 MiB/);
    expect(r.stdout).toMatch(/::error::models\/big\.onnx \(stm32h7\): \d+ activation buffers, [\d.]+ MiB, fit in no pool of the target/);
    expect(gh.comments[0]?.body).not.toContain('other/x.onnx');
  });

  it('the main workflow with comment: on-change, on a PR that changes no model: green, no comment', async () => {
    const doc = parse(blocks.find((b) => b.startsWith('# .github/workflows/models.yml\n')) ?? '') as Workflow;
    gh = await new FakeGitHub().start();
    const repo = makeRepo({ 'models/kws.onnx': kws('kws_cnn_int8.onnx'), 'docs.md': 'a' }, { 'docs.md': 'b' });
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: inputsOf(doc, 'models') });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(0);
  });

  it('the config file: read from the workspace, two targets, a pool budget of stm32n6', async () => {
    const { text } = block((t) => t.startsWith('# .github/model-footprint.yml'));
    const repo = sixModels();
    mkdirSync(join(repo.dir, '.github'), { recursive: true });
    writeFileSync(join(repo.dir, '.github', 'model-footprint.yml'), text);
    gh = await new FakeGitHub().start();
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { config: '.github/model-footprint.yml', models: '' } }); // the harness's default models input unset
    expect(r.code, r.stdout.slice(-2000)).toBe(1); // big.onnx is over 1.5 MB
    const totals = JSON.parse(r.outputs['totals'] ?? '[]') as { path: string; target: string }[];
    expect(new Set(totals.map((t) => t.target))).toEqual(new Set(['stm32h7', 'stm32n6']));
    expect(totals, JSON.stringify(totals.map((t) => `${t.path}@${t.target}`))).toHaveLength(12);
    expect(gh.comments[0]?.body.split('\n')[0]).toMatch(/RAM .* on stm32h7, .* on stm32n6/);
  });

  it('the fork pattern: compute read-only, then post from workflow_run on the PR the run belongs to', async () => {
    const compute = block((t) => t.includes('computes (read-only on forks)')).doc;
    const post = block((t) => t.includes('workflow_run:')).doc;
    expect((post.on as { workflow_run: { workflows: string[] } }).workflow_run.workflows).toEqual([compute.name]);
    const repo = sixModels();
    const fork = await new FakeGitHub({ writeStatus: 403 }).start();
    const first = await runBundle(repo.dir, fork, { pr: { ...prOf(repo, 31), fork: true }, inputs: inputsOf(compute, 'models') });
    expect(first.code).toBe(1); // big.onnx over budget: the fork's check fails, and says why
    expect(fork.comments).toHaveLength(0);
    const artifact = fork.artifacts[0];
    const zip = unzipSync(new Uint8Array(fork.blobs.get(`${artifact?.name}.zip`) ?? Buffer.alloc(0)));
    await fork.stop();
    // actions/download-artifact with `name:` and `path: footprint` writes the artifact's files there.
    const download = post.jobs['comment']?.steps?.[0]?.with as { name: string; path: string };
    expect(artifact?.name).toBe(download.name);
    const ws = mkdtempSync(join(tmpdir(), 'mf-readme-post-'));
    for (const [name, data] of Object.entries(zip)) {
      mkdirSync(join(ws, download.path, name, '..'), { recursive: true });
      writeFileSync(join(ws, download.path, name), data);
    }
    gh = await new FakeGitHub().start();
    gh.pulls.push({ number: 31, state: 'open', headSha: repo.headSha, headLabel: 'contributor:pr', baseRepo: 'o/r' });
    const payload = { workflow_run: { id: 77, event: 'pull_request', head_sha: repo.headSha, head_branch: 'pr', head_repository: { owner: { login: 'contributor' } }, pull_requests: [] } };
    const r = await runBundle(ws, gh, { eventName: 'workflow_run', payload, inputs: inputsOf(post, 'comment') });
    expect(r.code, r.stdout.slice(-2000)).toBe(0); // fail-on: never
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.issue).toBe(31);
    // The compute workflow watches models/**/*.onnx: the four ONNX files of the six.
    expect(gh.comments[0]?.body).toContain('**4 models changed**');
  });

  it('shards: four matrix jobs, then merge: one comment with every model', async () => {
    const { doc } = block((t) => t.includes('matrix'));
    const repo = sixModels();
    gh = await new FakeGitHub().start();
    const matrix = doc.jobs['shard']?.strategy?.matrix['shard'] as string[];
    expect(matrix).toHaveLength(4);
    for (const shard of matrix) {
      const r = await runBundle(repo.dir, gh, { pr: prOf(repo, 41), inputs: inputsOf(doc, 'shard', { 'matrix.shard': shard }) });
      expect(r.code).toBe(0);
    }
    const merged = await runBundle(repo.dir, gh, { pr: prOf(repo, 41), inputs: inputsOf(doc, 'merge') });
    expect(merged.code).toBe(1); // big.onnx
    expect(gh.comments).toHaveLength(1);
    // models/**/*.onnx: the four ONNX files of the six.
    expect(gh.comments[0]?.body.split('\n')[0]).toMatch(/^\*\*4 models changed\*\*/);
  });

  afterAll(() => {
    // Every yaml block of the README was run by one of the tests above.
    expect([...blocks.keys()].filter((i) => !used.has(i))).toEqual([]);
  });
});
