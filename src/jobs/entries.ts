/**
 * From changed models to comment entries, for `diff` and the action alike: one job per side, model
 * and target; identical blobs (copies of one model, an unchanged side shared by two entries)
 * analyzed once per target; the base side answered by a results cache when the caller has one; one
 * bad model only marks its own entry.
 */
import type { ModelChange } from '../git/index.js';
import type { CommentEntry, Report, Target } from '../index.js';
import type { AnalysisJob, AnalysisOutcome, JobOptions } from './job.js';
import type { Analyzer } from './analyzer.js';

/** A base analysis job a results cache may answer. */
export interface BaseCandidate {
  /** The AnalysisJob id. */
  id: number;
  /** The model's blob SHA at the base revision. */
  blob: string;
  target: string;
  /** The resolved target (a user's target file); else `target` is a built-in name. */
  spec?: Target;
}

/** What analyzeChanges needs of a results cache (the action's BaseResultCache). */
export interface ResultCache {
  restore(candidates: readonly BaseCandidate[]): Promise<Map<number, Report>>;
  save(candidates: readonly BaseCandidate[], outcomes: ReadonlyMap<number, AnalysisOutcome>): Promise<void>;
}

export interface Sides {
  repoDir: string;
  /** The base commit (the merge base). */
  baseSha: string;
  /** The head commit to read the head side from; undefined: the work tree. */
  headRev: string | undefined;
}

function fill(entry: CommentEntry, side: 'base' | 'head', o: AnalysisOutcome | undefined): void {
  if (!o) return;
  const path = side === 'base' ? entry.oldPath ?? entry.path : entry.path;
  // A shared analysis (same blob at another path) is shown under this entry's own path.
  if (o.report) entry[side] = o.report.model.path === path ? o.report : { ...o.report, model: { ...o.report.model, path } };
  if (o.error !== undefined) entry[side === 'base' ? 'baseError' : 'headError'] = o.path === undefined ? o.error : o.error.split(o.path).join(path);
  if (o.lfsNotFetched) entry.lfsNotFetched = true;
}

/** Analyzes both sides of every change for every target (in parallel, as the analyzer runs them). */
export async function analyzeChanges(
  changes: readonly ModelChange[], sides: Sides, targets: readonly string[], analyzer: Analyzer,
  opts: { cache?: ResultCache; specs?: Readonly<Record<string, Target>>; options?: JobOptions } = {},
): Promise<CommentEntry[]> {
  const specs = opts.specs ?? {};
  const jobs: AnalysisJob[] = [];
  const byBlob = new Map<string, number>();
  const job = (blob: string | undefined, path: string, rev: string | undefined, target: string): number => {
    const key = blob === undefined ? undefined : `${blob}\0${target}`;
    const known = key === undefined ? undefined : byBlob.get(key);
    if (known !== undefined) return known;
    const spec = specs[target];
    jobs.push({
      id: jobs.length, repoDir: sides.repoDir, path, rev, target,
      ...(rev !== undefined && blob !== undefined ? { blob } : {}),
      ...(spec ? { spec } : {}), ...(opts.options ? { options: opts.options } : {}),
    });
    if (key !== undefined) byBlob.set(key, jobs.length - 1);
    return jobs.length - 1;
  };
  const plan: { change: ModelChange; target: string; head?: number; base?: number }[] = [];
  for (const change of changes) {
    for (const target of targets) {
      const p: (typeof plan)[number] = { change, target };
      if (change.status !== 'removed') p.head = job(change.headBlob, change.path, sides.headRev, target);
      if (change.status !== 'added') p.base = job(change.baseBlob, change.oldPath ?? change.path, sides.baseSha, target);
      plan.push(p);
    }
  }
  // Base jobs the cache may answer: not shared with a head (the head is always analyzed).
  const heads = new Set(plan.map((p) => p.head));
  const candidates = new Map<number, BaseCandidate>();
  for (const p of plan) {
    if (p.base !== undefined && p.change.baseBlob !== undefined && !heads.has(p.base)) candidates.set(p.base, { id: p.base, blob: p.change.baseBlob, target: p.target, ...(specs[p.target] ? { spec: specs[p.target] as Target } : {}) });
  }
  const { cache } = opts;
  const cached = cache ? await cache.restore([...candidates.values()]) : new Map<number, never>();
  const outcomes = await analyzer.analyze(jobs.filter((j) => !cached.has(j.id)));
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  if (cache) await cache.save([...candidates.values()].filter((c) => !cached.has(c.id)), byId);
  for (const [id, report] of cached) byId.set(id, { id, report });
  return plan.map(({ change, target, head, base }) => {
    const entry: CommentEntry = { path: change.path, target, status: change.status };
    if (change.oldPath !== undefined) entry.oldPath = change.oldPath;
    if (head !== undefined) fill(entry, 'head', byId.get(head));
    if (base !== undefined) fill(entry, 'base', byId.get(base));
    if (base !== undefined && cached.has(base)) entry.baseFromCache = true;
    return entry;
  });
}
