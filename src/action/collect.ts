/**
 * Discovery: which models the pull request changes (git diff between the merge base and HEAD, via
 * src/git) and this shard's slice of them; the scheduler `diff` shares (src/jobs) analyzes them:
 * one CommentEntry per model x target with the head report (work tree) and the base report (read
 * through `git cat-file --batch` at the merge base, no second checkout), which may come from the
 * results cache instead (base-cache.ts).
 */
import { changedModels, mergeBase, repoRoot, revParse, type ModelChange } from '../git/index.js';
import { type CommentEntry, type Target } from '../index.js';
import { analyzeChanges, type Analyzer, type ResultCache } from '../jobs/index.js';
import type { Shard } from './settings.js';

export interface Revisions {
  repoDir: string;
  /** The merge base of the compared base and HEAD. */
  baseSha: string;
  /** HEAD as checked out (the PR's merge commit on `pull_request`). */
  headSha: string;
}

/** Resolves the revisions to compare: merge-base(base, HEAD) and HEAD. */
export function resolveRevisions(workspace: string, base: string): Revisions {
  const repoDir = repoRoot(workspace);
  const headSha = revParse(repoDir, 'HEAD');
  return { repoDir, headSha, baseSha: mergeBase(repoDir, base, headSha) };
}

/** A deterministic slice: the i-th of every n changes, in path order. */
export function shardSlice<T extends { path: string }>(changes: readonly T[], shard: Shard | undefined): T[] {
  const sorted = [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}

export interface Collected {
  changes: ModelChange[];
  entries: CommentEntry[];
}

/** Finds the changed models (this shard's share) and analyzes them at both sides, in parallel. */
export async function collectEntries(
  revs: Revisions, patterns: readonly string[], targets: readonly string[], shard: Shard | undefined, analyzer: Analyzer,
  cache?: ResultCache, specs: Readonly<Record<string, Target>> = {},
): Promise<Collected> {
  const changes = shardSlice(changedModels(revs.repoDir, revs.baseSha, revs.headSha, patterns), shard);
  // The head side is the checked-out work tree (LFS files as checked out).
  const sides = { repoDir: revs.repoDir, baseSha: revs.baseSha, headRev: undefined };
  const entries = await analyzeChanges(changes, sides, targets, analyzer, { specs, ...(cache ? { cache } : {}) });
  return { changes, entries };
}
