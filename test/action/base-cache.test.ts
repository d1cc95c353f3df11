/** Base results from the cache, with a fake CacheApi (no processes, no network). */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaseResultCache, baseCacheKey, CACHE_DIR, targetHash } from '../../src/action/base-cache.js';
import { collectEntries, resolveRevisions } from '../../src/action/collect.js';
import { inlineAnalyzer, type Analyzer } from '../../src/jobs/index.js';
import type { AnalysisJob } from '../../src/jobs/index.js';
import type { CacheApi } from '../../src/action/toolkit.js';
import { builtinTarget } from '../../src/targets/index.js';
import { VERSION } from '../../src/version.js';
import { gitIn, makeRepo } from './harness.js';
import { tinyModel } from './models.js';

class FakeCache implements CacheApi {
  readonly entries = new Map<string, Map<string, Buffer>>();
  readonly calls: string[] = [];
  failWith: Error | undefined;
  constructor(private readonly workspace: string) {}
  restore(key: string, files: string[]): Promise<boolean> {
    this.calls.push(`restore ${key}`);
    if (this.failWith) return Promise.reject(this.failWith);
    const e = this.entries.get(key);
    if (!e) return Promise.resolve(false);
    for (const f of files) {
      mkdirSync(dirname(join(this.workspace, f)), { recursive: true });
      writeFileSync(join(this.workspace, f), e.get(f) ?? '');
    }
    return Promise.resolve(true);
  }
  save(key: string, files: string[]): Promise<void> {
    this.calls.push(`save ${key} ${files.join(' ')}`);
    if (this.failWith) return Promise.reject(this.failWith);
    if (!this.entries.has(key)) this.entries.set(key, new Map(files.map((f) => [f, readFileSync(join(this.workspace, f))])));
    return Promise.resolve();
  }
}

function counting(): Analyzer & { jobs: AnalysisJob[] } {
  const inner = inlineAnalyzer();
  const jobs: AnalysisJob[] = [];
  return { jobs, analyze: (js) => { jobs.push(...js); return inner.analyze(js); } };
}

function setup(files = 1) {
  const base: Record<string, Buffer> = {};
  const head: Record<string, Buffer> = {};
  for (let i = 0; i < files; i++) {
    base[`m/model${i}.onnx`] = tinyModel(4 + i);
    head[`m/model${i}.onnx`] = tinyModel(8 + i);
  }
  head['m/added.onnx'] = tinyModel(3);
  const repo = makeRepo(base, head);
  const revs = resolveRevisions(repo.dir, repo.baseSha);
  const cache = new FakeCache(repo.dir);
  const log: string[] = [];
  const tk = { cache, info: (m: string) => log.push(m), warning: (m: string) => log.push(`warning ${m}`) };
  const collect = async (targets = ['stm32h7'], version = VERSION) => {
    const analyzer = counting();
    const c = new BaseResultCache(tk, repo.dir, version);
    const r = await collectEntries(revs, ['**/*.onnx'], targets, undefined, analyzer, c).finally(() => c.cleanup());
    return { ...r, analyzer };
  };
  return { repo, revs, cache, log, collect };
}

const hashOf = (t: string) => createHash('sha256').update(JSON.stringify(builtinTarget(t))).digest('hex');

describe('base result cache', () => {
  it('on a miss analyzes the base and saves it under the exact key; on a hit does not analyze it', async () => {
    const { repo, cache, collect } = setup();
    const blob = gitIn(repo.dir, 'rev-parse', `${repo.baseSha}:m/model0.onnx`);
    const key = `model-footprint-base-${VERSION}-${hashOf('stm32h7')}-${blob}`;
    const first = await collect();
    expect(first.analyzer.jobs.map((j) => `${j.path}@${j.rev ?? 'worktree'}`).sort()).toEqual(['m/added.onnx@worktree', `m/model0.onnx@${repo.baseSha}`, 'm/model0.onnx@worktree']);
    // Only the base of the modified model is looked up (the added model has no base, heads never are).
    expect(cache.calls).toEqual([`restore ${key}`, `save ${key} ${CACHE_DIR}/${key}.json`]);
    const modified = first.entries.find((e) => e.path === 'm/model0.onnx');
    expect(modified?.baseFromCache).toBeUndefined();

    const second = await collect();
    expect(second.analyzer.jobs.map((j) => j.rev ?? 'worktree')).toEqual(['worktree', 'worktree']);
    const hit = second.entries.find((e) => e.path === 'm/model0.onnx');
    expect(hit?.baseFromCache).toBe(true);
    expect(hit?.base).toEqual(modified?.base);
    expect(hit?.head).toEqual(modified?.head);
    expect(second.entries.find((e) => e.path === 'm/added.onnx')?.baseFromCache).toBeUndefined();
    expect(cache.calls.slice(2)).toEqual([`restore ${key}`]); // a hit is not saved again
  });

  it('changes the key with the target file and the analyzer version', async () => {
    expect(targetHash('stm32h7')).toBe(hashOf('stm32h7'));
    expect(targetHash('stm32n6')).not.toBe(targetHash('stm32h7'));
    expect(targetHash('no-such-target')).toBeUndefined();
    expect(baseCacheKey('1.2.3', 'abc', 'f00')).toBe('model-footprint-base-1.2.3-abc-f00');
    const { cache, collect } = setup();
    await collect(['stm32h7']);
    const again = await collect(['stm32n6']);
    expect(again.entries[1]?.baseFromCache).toBeUndefined();
    const newer = await collect(['stm32h7'], '9.9.9');
    expect(newer.entries.find((e) => e.path === 'm/model0.onnx')?.baseFromCache).toBeUndefined();
    const keys = [...cache.entries.keys()];
    expect(keys).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('model-footprint-base-9.9.9-'))).toHaveLength(1);
    expect(keys.filter((k) => k.includes(hashOf('stm32n6')))).toHaveLength(1);
  });

  it('warns once on cache errors and analyzes everything', async () => {
    const { cache, log, collect } = setup(3);
    cache.failWith = Object.assign(new Error('Failed to GetCacheEntryDownloadURL: (503) Service Unavailable'), { status: 503 });
    const r = await collect();
    expect(r.analyzer.jobs).toHaveLength(7);
    expect(r.entries.every((e) => e.head !== undefined && e.baseFromCache === undefined)).toBe(true);
    expect(r.entries.filter((e) => e.base !== undefined)).toHaveLength(3);
    expect(log.filter((l) => l.startsWith('warning'))).toEqual(['warning model-footprint: the results cache is not usable, base results are analyzed instead: Failed to GetCacheEntryDownloadURL: (503) Service Unavailable']);
    expect(cache.calls.filter((c) => c.startsWith('save'))).toEqual([]);
  });

  it('a failing save is one warning too, and the run continues', async () => {
    const { cache, log, collect } = setup(2);
    cache.restore = () => Promise.resolve(false);
    cache.save = () => Promise.reject(new Error('cache write denied: read-only token'));
    const r = await collect();
    expect(r.entries.filter((e) => e.base !== undefined)).toHaveLength(2);
    expect(log.filter((l) => l.startsWith('warning'))).toHaveLength(1);
  });
});
