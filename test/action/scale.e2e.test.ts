/** The bundled action at scale: 300 models in one comment, shards merged, and comment-from for forks. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, makeRepo, runBundle, type Files } from './harness.js';
import { tinyModel } from './models.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

function manyModels(n: number): { base: Files; head: Files } {
  const base: Files = {};
  const head: Files = {};
  for (let i = 0; i < n; i++) {
    const p = `models/group-${i % 7}/a-rather-long-model-name-for-the-comment-table-${String(i).padStart(3, '0')}.onnx`;
    base[p] = tinyModel(4 + (i % 3));
    head[p] = tinyModel(5 + (i % 3) + (i % 2));
  }
  return { base, head };
}

describe('action: scale', () => {
  it('keeps 300 changed models in one comment under 65,536 characters', async () => {
    gh = await new FakeGitHub().start();
    const { base, head } = manyModels(300);
    const repo = makeRepo(base, head);
    const t0 = Date.now();
    const r = await runBundle(repo.dir, gh, { pr: { number: 5, baseSha: repo.baseSha, headSha: repo.headSha } });
    expect(r.code, r.stdout.slice(-3000) + r.stderr).toBe(0);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('300 models changed');
    expect(body).toContain('<!-- model-footprint:default -->');
    expect(r.outputs['changed-models']).toBe('300');
    expect(JSON.parse(r.outputs['totals'] ?? '[]')).toHaveLength(300);
  });

  it('analyzes shards separately (artifacts named per shard) and merges them into one comment', async () => {
    gh = await new FakeGitHub().start();
    const { base, head } = manyModels(10);
    const repo = makeRepo(base, head);
    const pr = { number: 6, baseSha: repo.baseSha, headSha: repo.headSha };
    const counts: number[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const r = await runBundle(repo.dir, gh, { pr, inputs: { shard, 'ram-budget': '1KiB' } });
      expect(r.code, r.stdout + r.stderr).toBe(0); // shards never fail: the merge judges the whole
      counts.push(Number(r.outputs['changed-models']));
    }
    expect(counts).toEqual([4, 3, 3]);
    expect(gh.comments).toHaveLength(0);
    expect(gh.artifacts.map((a) => a.name)).toEqual(['model-footprint-shard-1-of-3', 'model-footprint-shard-2-of-3', 'model-footprint-shard-3-of-3']);
    const merged = await runBundle(repo.dir, gh, { pr, inputs: { mode: 'merge', 'ram-budget': '1KiB' } });
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain('merging 3 shard result(s)');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain('10 models changed');
    expect(JSON.parse(merged.outputs['totals'] ?? '[]')).toHaveLength(10);
    expect(gh.artifacts.at(-1)?.name).toBe('model-footprint');
    expect(gh.requests.some((q) => q.path.endsWith('/GetSignedArtifactURL'))).toBe(true);
  });

  it('comment-from posts a fork run\'s result from a workflow_run, and refuses one for another commit', async () => {
    const fork = await new FakeGitHub({ writeStatus: 403 }).start();
    const repo = makeRepo({ 'm.onnx': tinyModel(4) }, { 'm.onnx': tinyModel(6) });
    const pr = { number: 12, baseSha: repo.baseSha, headSha: repo.headSha, fork: true };
    const first = await runBundle(repo.dir, fork, { pr });
    expect(first.code).toBe(0);
    const zip = unzipSync(new Uint8Array(fork.blobs.get('model-footprint.zip') ?? Buffer.alloc(0)));
    await fork.stop();
    const dir = mkdtempSync(join(tmpdir(), 'mf-comment-from-'));
    mkdirSync(join(dir, 'downloaded'));
    writeFileSync(join(dir, 'downloaded', 'model-footprint-results.json'), zip['model-footprint-results.json'] ?? new Uint8Array());

    gh = await new FakeGitHub().start();
    // GitHub sends an empty pull_requests list for a fork's run: the PR is looked up by its head.
    gh.pulls.push({ number: 12, state: 'open', headSha: repo.headSha, headLabel: 'fork:pr', baseRepo: 'o/r' });
    const payload = (headSha: string) => ({ workflow_run: { id: 99, head_sha: headSha, head_branch: 'pr', head_repository: { owner: { login: 'fork' } }, event: 'pull_request', pull_requests: [] } });
    const inputs = { mode: 'comment-from', 'report-path': join(dir, 'downloaded') };
    const ok = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload(repo.headSha), inputs });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.issue).toBe(12);
    expect(gh.requests.some((q) => q.method === 'GET' && q.path.startsWith('/repos/o/r/pulls?') && q.path.includes('head=fork%3Apr'))).toBe(true);
    expect(gh.comments[0]?.body).toContain('m.onnx');
    expect(gh.artifacts).toHaveLength(0);
    const again = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload(repo.headSha), inputs });
    expect(again.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    const wrong = await runBundle(dir, gh, { eventName: 'workflow_run', payload: payload('f'.repeat(40)), inputs });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/::error::input 'report-path': the result is for/);
  });
});
