/**
 * The bundled action with the real @actions/cache client against the local cache service: the
 * first run saves the base result, the second takes it from the cache and the comment says so;
 * a failing cache service is one warning and the run goes on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, targetHash } from '../../src/action/base-cache.js';
import { VERSION } from '../../src/version.js';
import { FakeGitHub } from './fake-github.js';
import { ensureBundle, gitIn, kws, makeRepo, runBundle } from './harness.js';
import { tinyModel } from './models.js';

beforeAll(() => ensureBundle());

let gh: FakeGitHub;
afterEach(async () => { await gh.stop(); });

const changedKws = () => makeRepo({ 'models/kws.onnx': kws('kws_cnn_int8.onnx') }, { 'models/kws.onnx': kws('kws_cnn_int8_v2.onnx') });
const twirp = (method: string) => gh.requests.filter((r) => r.path === `/twirp/github.actions.results.api.v1.CacheService/${method}`);
const ours = () => gh.comments.filter((c) => c.user.login === 'github-actions[bot]');

describe('action: base results cache', () => {
  it('saves the base result on the first run and takes it from the cache on the second', async () => {
    gh = await new FakeGitHub().start();
    const repo = changedKws();
    const pr = { number: 21, baseSha: repo.baseSha, headSha: repo.headSha };
    const blob = gitIn(repo.dir, 'rev-parse', `${repo.baseSha}:models/kws.onnx`);
    const key = `model-footprint-base-${VERSION}-${targetHash('stm32n6') ?? ''}-${blob}`;

    const first = await runBundle(repo.dir, gh, { pr, inputs: { 'fail-on': 'never', target: 'stm32n6' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(twirp('GetCacheEntryDownloadURL').map((r) => JSON.parse(r.body) as { key: string }).map((b) => b.key)).toEqual([key]);
    expect(twirp('CreateCacheEntry').map((r) => (JSON.parse(r.body) as { key: string }).key)).toEqual([key]);
    expect(gh.caches).toEqual([expect.objectContaining({ key, finalized: true })]);
    const uploaded = gh.blobs.get(gh.caches[0]?.blob ?? '');
    expect(uploaded?.length).toBeGreaterThan(0);
    expect(gh.requests.some((r) => r.method === 'PUT' && r.path.startsWith(`/blob/${gh.caches[0]?.blob}`))).toBe(true);
    expect(first.stdout).toContain('base results: 1 saved to the cache');
    expect(first.stdout).not.toMatch(/::(warning|error)::/);
    expect(ours()[0]?.body).not.toContain('base from cache');
    expect(existsSync(join(repo.dir, CACHE_DIR))).toBe(false);

    const second = await runBundle(repo.dir, gh, { pr, inputs: { 'fail-on': 'never', target: 'stm32n6' } });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('base results: 1 of 1 from the cache');
    expect(twirp('CreateCacheEntry')).toHaveLength(1); // a hit is not saved again
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.body).toContain('base from cache');
    expect(JSON.parse(second.outputs['totals'] ?? '[]')).toEqual(JSON.parse(first.outputs['totals'] ?? '[]'));
    expect(existsSync(join(repo.dir, CACHE_DIR))).toBe(false);
  });

  it('warns once and analyzes when the cache service fails', async () => {
    gh = await new FakeGitHub({ cacheStatus: 403 }).start();
    const repo = makeRepo(
      { 'models/a.onnx': kws('kws_cnn_int8.onnx'), 'models/b.onnx': tinyModel(4) },
      { 'models/a.onnx': kws('kws_cnn_int8_v2.onnx'), 'models/b.onnx': tinyModel(6) },
    );
    const r = await runBundle(repo.dir, gh, { pr: { number: 22, baseSha: repo.baseSha, headSha: repo.headSha }, inputs: { 'fail-on': 'never' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const warnings = r.stdout.match(/::warning::.*/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the results cache is not usable, base results are analyzed instead');
    expect(r.stdout).not.toContain('::error::');
    // The lookups already in flight fail too (they run in parallel); no save is tried after that.
    expect(twirp('GetCacheEntryDownloadURL').length).toBeLessThanOrEqual(2);
    expect(twirp('CreateCacheEntry')).toHaveLength(0);
    expect(ours()[0]?.body).toContain('a.onnx');
    expect(ours()[0]?.body).toContain('b.onnx');
    expect(ours()[0]?.body).not.toContain('base from cache');
  });

  it('cache: false never talks to the cache service', async () => {
    gh = await new FakeGitHub().start();
    const repo = changedKws();
    const r = await runBundle(repo.dir, gh, { pr: { number: 23, baseSha: repo.baseSha, headSha: repo.headSha }, inputs: { 'fail-on': 'never', cache: 'false' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.requests.filter((q) => q.path.includes('CacheService'))).toHaveLength(0);
  });
});
