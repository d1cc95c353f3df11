/**
 * The bundled action when the GitHub API misbehaves or the input is forged (issue: "a verdict users
 * can trust"): 5xx, 429 with retry-after, secondary rate limits, 401, a refused connection, a forged
 * pull request number, missing and duplicated shards, concurrent runs, bad inputs.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, kws, makeRepo, runBundle } from './harness.js';
import { tinyModel } from './models.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

const changedKws = () => makeRepo({ 'models/kws.onnx': kws('kws_cnn_int8.onnx') }, { 'models/kws.onnx': kws('kws_cnn_int8_v2.onnx') });
const prOf = (repo: { baseSha: string; headSha: string }, number = 7) => ({ number, baseSha: repo.baseSha, headSha: repo.headSha });
const COMMENTS = /^\/repos\/o\/r\/issues\/\d+\/comments$/;
const lines = (out: string): string => out.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n');

describe('action: API failures are retried, then reported; only fail-on decides the exit code', () => {
  it.each([
    ['500 on the comment', 'POST', 500, {}],
    ['502 on the listing', 'GET', 502, {}],
  ])('%s: retried, the comment is posted, exit 0', async (_name, method, status, headers) => {
    gh = await new FakeGitHub().start();
    gh.inject(method, COMMENTS, { status, headers });
    const repo = changedKws();
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never' } });
    expect(r.code, lines(r.stdout) + r.stderr).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === method && COMMENTS.test(q.path.split('?')[0] ?? '')).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).not.toContain('::warning::');
  });

  it('429 with retry-after: the next attempt waits at least that long', async () => {
    gh = await new FakeGitHub().start();
    gh.inject('POST', COMMENTS, { status: 429, headers: { 'retry-after': '2' }, message: 'Too Many Requests' });
    const repo = changedKws();
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never' } });
    expect(r.code, lines(r.stdout)).toBe(0);
    const posts = gh.requests.filter((q) => q.method === 'POST' && COMMENTS.test(q.path));
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(2000);
    expect(gh.comments).toHaveLength(1);
  });

  it('a 403 secondary rate limit is waited out and retried, not reported as a fork', async () => {
    gh = await new FakeGitHub().start();
    gh.inject('POST', COMMENTS, { status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
    const repo = changedKws();
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never' } });
    expect(r.code, lines(r.stdout)).toBe(0);
    expect(r.stdout).not.toContain('::notice::');
    expect(r.stdout).toMatch(/secondary rate limit on POST .*retrying in 1 s/);
    expect(gh.comments).toHaveLength(1);
  });

  it('401: its own message; the summary, outputs and artifact are still written; fail-on decides', async () => {
    gh = await new FakeGitHub().start();
    const bad = { status: 401, message: 'Bad credentials' };
    gh.inject('GET', /^\/user$/, ...Array(10).fill(bad));
    gh.inject('GET', COMMENTS, ...Array(10).fill(bad));
    const repo = changedKws();
    const never = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never' } });
    expect(never.code, lines(never.stdout)).toBe(0);
    expect(never.stdout).toMatch(/::warning::model-footprint could not comment: GitHub refused the token \(HTTP 401: Bad credentials[^)]*\)\. Check the `github-token` input/);
    expect(lines(never.stdout)).not.toMatch(/\bbug\b/);
    expect(never.summary).toContain('models/kws.onnx');
    expect(JSON.parse(never.outputs['totals'] ?? '[]')).toHaveLength(1);
    expect(never.outputs['artifact-url']).toMatch(/\/artifacts\/\d+$/);
    const budget = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'ram-budget': '1KiB', 'artifact-name': 'second' } });
    expect(budget.code).toBe(1);
    expect(budget.stdout).toMatch(/::error::models\/kws\.onnx \(stm32h7\): RAM .* exceeds the budget of 1\.0 KiB/);
  });

  it('a refused connection: retried a bounded number of times, then one warning; exit 0 with fail-on: never', async () => {
    gh = await new FakeGitHub().start();
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const repo = changedKws();
    const t0 = Date.now();
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never' }, env: { GITHUB_API_URL: `http://127.0.0.1:${port}` } });
    expect(r.code, lines(r.stdout)).toBe(0);
    expect(r.stdout).toMatch(/::warning::model-footprint could not comment: the GitHub API did not answer after retrying/);
    expect(r.summary).toContain('models/kws.onnx');
    // Three retries with plugin-retry's growing delay (1 + 4 + 9 s): bounded, not a hang.
    expect(Date.now() - t0).toBeLessThan(40_000);
  }, 60_000);
});

describe('action: results from another run are untrusted', () => {
  async function forkResult(pr: number): Promise<{ dir: string; headSha: string; results: Record<string, unknown> }> {
    const fork = await new FakeGitHub({ writeStatus: 403 }).start();
    const repo = makeRepo({ 'm.onnx': tinyModel(4) }, { 'm.onnx': tinyModel(6) });
    const r = await runBundle(repo.dir, fork, { pr: { ...prOf(repo, pr), fork: true } });
    expect(r.code).toBe(0);
    const zip = unzipSync(new Uint8Array(fork.blobs.get('model-footprint.zip') ?? Buffer.alloc(0)));
    await fork.stop();
    const dir = mkdtempSync(join(tmpdir(), 'mf-forged-'));
    mkdirSync(join(dir, 'downloaded'));
    const results = JSON.parse(Buffer.from(zip['model-footprint-results.json'] ?? new Uint8Array()).toString()) as Record<string, unknown>;
    return { dir, headSha: repo.headSha, results };
  }
  const payload = (headSha: string) => ({ workflow_run: { id: 99, head_sha: headSha, head_branch: 'pr', head_repository: { owner: { login: 'fork' } }, event: 'pull_request', pull_requests: [] } });

  it('a forged PR number never chooses the issue: the PR comes from the triggering run', async () => {
    const { dir, headSha, results } = await forkResult(12);
    gh = await new FakeGitHub().start();
    gh.pulls.push({ number: 12, state: 'open', headSha, headLabel: 'fork:pr', baseRepo: 'o/r' });
    const victim = gh.addComment(1, '<!-- model-footprint:default --> the bot\'s comment on issue 1', 'github-actions[bot]');
    writeFileSync(join(dir, 'downloaded', 'model-footprint-results.json'), JSON.stringify({ ...results, pr: 1 }));
    const r = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload(headSha), inputs: { mode: 'comment-from', 'report-path': join(dir, 'downloaded') } });
    expect(r.code, lines(r.stdout)).toBe(0);
    expect(r.stdout).toContain("::warning::the result names pull request #1, which is not the triggering run's (#12): ignored");
    expect(gh.comments.find((c) => c.id === victim.id)?.body).toContain("the bot's comment on issue 1");
    expect(gh.comments.filter((c) => c.issue === 12)).toHaveLength(1);
  });

  it('no open pull request with that head: nothing is posted; a closed one does not count', async () => {
    const { dir, headSha, results } = await forkResult(12);
    gh = await new FakeGitHub().start();
    gh.pulls.push({ number: 12, state: 'closed', headSha, headLabel: 'fork:pr', baseRepo: 'o/r' });
    gh.pulls.push({ number: 13, state: 'open', headSha, headLabel: 'fork:pr', baseRepo: 'someone/else' });
    writeFileSync(join(dir, 'downloaded', 'model-footprint-results.json'), JSON.stringify(results));
    const r = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload(headSha), inputs: { mode: 'comment-from', 'report-path': join(dir, 'downloaded') } });
    expect(r.code, lines(r.stdout)).toBe(0);
    expect(r.stdout).toMatch(/::warning::no open pull request of o\/r has head [0-9a-f]{12}/);
    expect(gh.comments).toHaveLength(0);
    expect(r.summary).toContain('m.onnx');
  });

  it('a results file that breaks the schema or is oversized is refused, naming the file', async () => {
    const { dir, headSha, results } = await forkResult(12);
    gh = await new FakeGitHub().start();
    gh.pulls.push({ number: 12, state: 'open', headSha, headLabel: 'fork:pr', baseRepo: 'o/r' });
    const file = join(dir, 'downloaded', 'model-footprint-results.json');
    const entries = results['entries'] as Record<string, unknown>[];
    writeFileSync(file, JSON.stringify({ ...results, entries: [{ ...entries[0], head: { totals: { ramTotalBytes: -1 } } }] }));
    const inputs = { mode: 'comment-from', 'report-path': join(dir, 'downloaded') };
    const bad = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload(headSha), inputs });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::input 'report-path': .*model-footprint-results\.json does not follow the results schema: /);
    expect(gh.comments).toHaveLength(0);
  });
});

describe('action: merge checks the shards', () => {
  async function shardResults(n: number): Promise<{ dir: string; repo: ReturnType<typeof makeRepo>; files: Map<number, Buffer> }> {
    gh = await new FakeGitHub().start();
    const base: Record<string, Buffer> = {};
    const head: Record<string, Buffer> = {};
    for (let i = 0; i < 6; i++) { base[`m/n${i}.onnx`] = tinyModel(4); head[`m/n${i}.onnx`] = tinyModel(i === 4 ? 16 : 5); }
    const repo = makeRepo(base, head);
    const files = new Map<number, Buffer>();
    for (let i = 1; i <= n; i++) {
      const r = await runBundle(repo.dir, gh, { pr: prOf(repo, 3), inputs: { shard: `${i}/${n}` } });
      expect(r.code).toBe(0);
      const zip = unzipSync(new Uint8Array(gh.blobs.get(`model-footprint-shard-${i}-of-${n}.zip`) ?? Buffer.alloc(0)));
      const name = `model-footprint-results-shard-${i}-of-${n}.json`;
      expect(Object.keys(zip)).toContain(name);
      files.set(i, Buffer.from(zip[name] ?? new Uint8Array()));
    }
    return { dir: mkdtempSync(join(tmpdir(), 'mf-merge-')), repo, files };
  }

  it('download-artifact merge-multiple keeps every shard (one file name per shard); a missing shard fails after publishing', async () => {
    const { dir, repo, files } = await shardResults(3);
    // merge-multiple: true puts every artifact's files in one folder: names must not collide.
    for (const [i, data] of files) if (i !== 2) writeFileSync(join(dir, `model-footprint-results-shard-${i}-of-3.json`), data);
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo, 3), inputs: { mode: 'merge', 'report-path': dir, 'fail-on': 'never', 'artifact-name': 'merged' } });
    expect(r.code, lines(r.stdout)).toBe(0); // fail-on: never
    const strict = await runBundle(repo.dir, gh, { pr: prOf(repo, 3), inputs: { mode: 'merge', 'report-path': dir, 'artifact-name': 'merged2' } });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('::error::shard 2/3 is missing: the models of that shard are not in this report');
    const body = gh.comments.at(-1)?.body ?? '';
    expect(body).toContain('> [!WARNING]\n> shard 2/3 is missing');
    expect(body).toContain('4 models changed'); // shards 1 and 3 of 6 models: 2 + 2
  });

  it('a duplicated shard and a shard of another count are named', async () => {
    const { dir, repo, files } = await shardResults(2);
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'model-footprint-results-shard-1-of-2.json'), files.get(1) ?? '');
    writeFileSync(join(dir, 'b', 'model-footprint-results-shard-1-of-2.json'), files.get(1) ?? '');
    writeFileSync(join(dir, 'model-footprint-results-shard-2-of-2.json'), files.get(2) ?? '');
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo, 3), inputs: { mode: 'merge', 'report-path': dir, 'artifact-name': 'dup' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::shard 1/2 was given more than once');
    const doc = JSON.parse(readFileSync(join(dir, 'model-footprint-results-shard-2-of-2.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'model-footprint-results-shard-2-of-2.json'), JSON.stringify({ ...doc, shard: { index: 2, count: 3 } }));
    const mixed = await runBundle(repo.dir, gh, { pr: prOf(repo, 3), inputs: { mode: 'merge', 'report-path': dir, 'artifact-name': 'mixed' } });
    expect(mixed.stdout).toContain('::error::the shards disagree on their number (of 2, of 3)');
  });
});

describe('action: concurrency, inputs and unknown results', () => {
  it('two concurrent runs on one PR with a slow listing leave ONE sticky comment', async () => {
    gh = await new FakeGitHub({ listBarrier: 2, listDelayMs: 200 }).start();
    const repo = changedKws();
    const [a, b] = await Promise.all([
      runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never', 'artifact-name': 'a' } }),
      runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { 'fail-on': 'never', 'artifact-name': 'b' } }),
    ]);
    expect(a.code + b.code).toBe(0);
    // Both listed before either created: both created, then reconciled down to the oldest.
    expect(gh.requests.filter((q) => q.method === 'POST' && COMMENTS.test(q.path))).toHaveLength(2);
    expect(gh.comments.filter((c) => c.body.includes('<!-- model-footprint:default -->'))).toHaveLength(1);
    expect(gh.requests.some((q) => q.method === 'DELETE')).toBe(true);
  });

  it('an unknown target fails the inputs once, before any analysis, with the valid names', async () => {
    gh = await new FakeGitHub().start();
    const repo = makeRepo({ 'a.onnx': tinyModel(4), 'b.onnx': tinyModel(4) }, { 'a.onnx': tinyModel(5), 'b.onnx': tinyModel(6) });
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { targets: 'stm32n6\nstm32h8' } });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/::error::/g)).toHaveLength(1);
    expect(r.stdout).toContain("::error::input 'targets': unknown target 'stm32h8' (did you mean 'stm32h7'");
    expect(r.stdout).not.toContain('changed model(s)');
    expect(gh.requests).toHaveLength(0);
  });

  it('comment: on-change posts nothing on a PR without model changes', async () => {
    gh = await new FakeGitHub().start();
    const repo = makeRepo({ 'a.onnx': tinyModel(4), 'notes.txt': 'a' }, { 'notes.txt': 'b' });
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo), inputs: { comment: 'on-change' } });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(0);
    expect(r.stdout).toContain('nothing posted (comment: on-change)');
    expect(r.summary).toContain('No model changes');
  });

  it('a corrupt head is unknown, not a saving: no negative delta, the check fails for it', async () => {
    gh = await new FakeGitHub().start();
    const repo = makeRepo({ 'models/kws.onnx': kws('kws_cnn_int8.onnx') }, { 'models/kws.onnx': kws('kws_cnn_int8.onnx').subarray(0, 5000) });
    const r = await runBundle(repo.dir, gh, { pr: prOf(repo) });
    expect(r.code).toBe(1);
    const first = (gh.comments[0]?.body ?? '').split('\n')[0] ?? '';
    expect(first).toBe('**1 model changed** · 1 model could not be analyzed ❌');
    const totals = JSON.parse(r.outputs['totals'] ?? '[]') as Record<string, unknown>[];
    expect(totals[0]).toMatchObject({ ramBytes: null, ramDelta: null, flashDelta: null });
  });
});
