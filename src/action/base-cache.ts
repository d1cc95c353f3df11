/**
 * Base results from the Actions cache. The base side of a pull request is the same blob run after
 * run, so its Report is cached under
 *   model-footprint-base-<analyzer version>-<sha256 of the resolved target JSON>-<base blob SHA>
 * Only base results: the head is what is being reviewed and is always analyzed. Lookups run on
 * the main thread before jobs are dispatched (to workers or inline), saves after. Any cache
 * failure is one warning, then the cache is left alone for the rest of the run; it never fails it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION, builtinTarget, type Report, type Target } from '../index.js';
import type { AnalysisOutcome, BaseCandidate, ResultCache } from '../jobs/index.js';
import { messageOf, type Toolkit } from './toolkit.js';


/** Folder (relative to the workspace) the cached files pass through; removed at the end. */
export const CACHE_DIR = '.model-footprint-cache';
const CONCURRENCY = 8;

/** sha256 of the resolved target JSON; undefined when the target does not resolve (no caching). */
export function targetHash(target: string | Target): string | undefined {
  try {
    return createHash('sha256').update(JSON.stringify(typeof target === 'string' ? builtinTarget(target) : target)).digest('hex');
  } catch (e: unknown) {
    void e; // the analysis reports the unknown target itself
    return undefined;
  }
}

export function baseCacheKey(version: string, targetSha: string, blob: string): string {
  return `model-footprint-base-${version}-${targetSha}-${blob}`;
}

async function eachLimited<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
}

export class BaseResultCache implements ResultCache {
  private disabled = false;
  private readonly hashes = new Map<string, string | undefined>();

  constructor(
    private readonly tk: Pick<Toolkit, 'cache' | 'info' | 'warning'>,
    private readonly workspace: string,
    private readonly version: string = VERSION,
  ) {}

  /** The cache key of a base result, or undefined when it cannot be cached. */
  key(c: Pick<BaseCandidate, 'blob' | 'target' | 'spec'>): string | undefined {
    if (!this.hashes.has(c.target)) this.hashes.set(c.target, targetHash(c.spec ?? c.target));
    const t = this.hashes.get(c.target);
    return t === undefined ? undefined : baseCacheKey(this.version, t, c.blob);
  }

  private failure: unknown;

  /** The first failure disables the cache; it is reported after the batch (no call in flight). */
  private fail(e: unknown): void {
    if (this.disabled) return;
    this.disabled = true;
    this.failure = e;
  }

  private report(): void {
    if (this.failure === undefined) return;
    this.tk.warning(`model-footprint: the results cache is not usable, base results are analyzed instead: ${messageOf(this.failure)}`);
    this.failure = undefined;
  }

  private files(key: string): { rel: string; abs: string } {
    const rel = `${CACHE_DIR}/${key}.json`;
    return { rel, abs: join(this.workspace, CACHE_DIR, `${key}.json`) };
  }

  /** Cached reports by job id (hits only). */
  async restore(candidates: readonly BaseCandidate[]): Promise<Map<number, Report>> {
    const hits = new Map<number, Report>();
    await eachLimited(candidates, async (c) => {
      const key = this.key(c);
      if (this.disabled || key === undefined) return;
      const { rel, abs } = this.files(key);
      try {
        if (!(await this.tk.cache.restore(key, [rel]))) return;
        const report = JSON.parse(readFileSync(abs, 'utf8')) as Report;
        if (typeof report === 'object' && report !== null && typeof report.model === 'object') hits.set(c.id, report);
      } catch (e: unknown) {
        this.fail(e);
      }
    });
    this.report();
    if (candidates.length > 0 && !this.disabled) this.tk.info(`base results: ${hits.size} of ${candidates.length} from the cache`);
    return hits;
  }

  /** Saves the base reports that were analyzed (not errors: a fixed analyzer should retry them). */
  async save(candidates: readonly BaseCandidate[], outcomes: ReadonlyMap<number, AnalysisOutcome>): Promise<void> {
    let saved = 0;
    await eachLimited(candidates, async (c) => {
      const report = outcomes.get(c.id)?.report;
      const key = this.key(c);
      if (this.disabled || key === undefined || report === undefined) return;
      const { rel, abs } = this.files(key);
      try {
        mkdirSync(join(this.workspace, CACHE_DIR), { recursive: true });
        writeFileSync(abs, JSON.stringify(report));
        await this.tk.cache.save(key, [rel]);
        saved++;
      } catch (e: unknown) {
        this.fail(e);
      }
    });
    this.report();
    if (saved > 0) this.tk.info(`base results: ${saved} saved to the cache`);
  }

  /** Removes the pass-through folder from the workspace. */
  cleanup(): void {
    rmSync(join(this.workspace, CACHE_DIR), { recursive: true, force: true });
  }
}
