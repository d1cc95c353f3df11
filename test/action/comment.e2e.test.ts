/** The bundled action on a real git repository: one sticky comment, updated in place; the check fails after publishing. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, kws, makeRepo, runBundle } from './harness.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

const changedKws = () => makeRepo({ 'models/kws.onnx': kws('kws_cnn_int8.onnx') }, { 'models/kws.onnx': kws('kws_cnn_int8_v2.onnx') });

describe('action: sticky comment', () => {
  it('creates one comment on the first run and updates the same one on the second', async () => {
    gh = await new FakeGitHub().start();
    gh.addComment(7, 'an unrelated comment', 'someone');
    gh.addComment(7, '<!-- model-footprint:default --> forged by a user', 'mallory');
    const repo = changedKws();
    const pr = { number: 7, baseSha: repo.baseSha, headSha: repo.headSha };
    const first = await runBundle(repo.dir, gh, { pr, inputs: { 'fail-on': 'never' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const ours = () => gh.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours()).toHaveLength(1);
    const id = ours()[0]?.id;
    expect(ours()[0]?.body).toContain('<!-- model-footprint:default -->');
    expect(ours()[0]?.body).toContain('kws.onnx');
    expect(first.outputs['comment-url']).toContain(`issuecomment-${id}`);
    expect(first.summary).toContain('kws.onnx');
    expect(JSON.parse(first.outputs['totals'] ?? '[]')).toHaveLength(1);

    const second = await runBundle(repo.dir, gh, { pr, inputs: { 'fail-on': 'never' } });
    expect(second.code, second.stderr).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.id).toBe(id);
    expect(gh.comments.find((c) => c.user.login === 'mallory')?.body).toContain('forged');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.includes('/comments'))).toHaveLength(1);
  });
});

describe('action: failing checks and read-only tokens', () => {
  it('fails a model made worse (exit 1) only after the comment is posted', async () => {
    gh = await new FakeGitHub().start();
    for (let i = 0; i < 130; i++) gh.addComment(9, `chatter ${i}`, i % 2 ? 'alice' : 'github-actions[bot]');
    const repo = changedKws();
    const pr = { number: 9, baseSha: repo.baseSha, headSha: repo.headSha };
    // the head (kws v2, 96 channels) needs about 19.5 KiB with st's overlaps: over 16 KiB
    const r = await runBundle(repo.dir, gh, { pr, inputs: { 'ram-budget': '16KiB', 'fail-on': 'budget,regression' } });
    expect(r.code).toBe(1);
    // The listing followed the Link header to the second page before creating the comment.
    const paths = gh.requests.map((q) => `${q.method} ${q.path}`);
    expect(paths.some((p) => p.startsWith('GET /repos/o/r/issues/9/comments') && p.includes('page=2'))).toBe(true);
    const posted = paths.findIndex((p) => p.startsWith('POST /repos/o/r/issues/9/comments'));
    expect(posted).toBeGreaterThan(0);
    expect(r.stdout.indexOf('created comment')).toBeLessThan(r.stdout.indexOf('::error::'));
    // In the comment's units: KiB, and the share of the budget.
    expect(r.stdout).toMatch(/::error::models\/kws\.onnx \(stm32h7\): RAM \d+\.\d KiB exceeds the budget of 16\.0 KiB \(\d+%25\)/); // %25: workflow commands escape %
    expect(JSON.parse(r.outputs['exceeded'] ?? '[]')).toEqual([expect.objectContaining({ path: 'models/kws.onnx', kind: 'ram', limit: 16384 })]);
    expect(gh.comments.at(-1)?.body).toContain('16.0 KiB');
    expect(r.summary).toContain('models/kws.onnx');
  });

  it('on a 403 (fork) still writes the summary and artifact, prints one notice, and exits per fail-on', async () => {
    gh = await new FakeGitHub({ writeStatus: 403 }).start();
    const repo = changedKws();
    const pr = { number: 11, baseSha: repo.baseSha, headSha: repo.headSha, fork: true };
    const passing = await runBundle(repo.dir, gh, { pr, inputs: { 'fail-on': 'never' } });
    expect(passing.code, passing.stdout + passing.stderr).toBe(0);
    expect(passing.summary).toContain('models/kws.onnx');
    expect(passing.stdout.match(/::notice::/g)).toHaveLength(1);
    expect(passing.stdout).toContain('two-workflow pattern');
    expect(passing.outputs['artifact-url']).toMatch(/\/actions\/runs\/4242\/artifacts\/\d+$/);
    expect(passing.outputs['comment-url']).toBeUndefined();
    expect(gh.comments).toHaveLength(0);
    const failing = await runBundle(repo.dir, gh, { pr, inputs: { 'ram-budget': '1KiB', 'artifact-name': 'again' } });
    expect(failing.code).toBe(1);
    expect(failing.summary).toContain('models/kws.onnx');
    expect(failing.stdout).toContain('::notice::');
  });
});
