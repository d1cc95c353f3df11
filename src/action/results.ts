/**
 * The action's own result file, `model-footprint-results.json`: every entry (with both reports),
 * the pull request number and SHAs, the key and the diff JSON. A shard uploads it for `merge`;
 * a fork's `pull_request` run uploads it for `comment-from`. Read back as untrusted data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CommentEntry } from '../diff/index.js';
import { ActionInputError } from './errors.js';
import type { Shard } from './settings.js';
import { messageOf } from './toolkit.js';

export const RESULTS_FILE = 'model-footprint-results.json';
export const RESULTS_SCHEMA = 'model-footprint-action-results/1';

export interface ResultsFile {
  schema: typeof RESULTS_SCHEMA;
  key: string;
  pr: number | undefined;
  /** The pull request's head commit (else HEAD as analyzed). */
  headSha: string;
  baseSha: string;
  targets: string[];
  shard: Shard | undefined;
  /** Changed models in this result (all shards: the sum). */
  entries: CommentEntry[];
  /** The run that produced it (for links from a comment posted elsewhere). */
  runUrl: string;
  artifactUrl: string | undefined;
  /** diffToJson of the entries (for other tools; the action re-renders from `entries`). */
  diff: unknown;
}

function check(doc: unknown, file: string): ResultsFile {
  const d = doc as Partial<ResultsFile> | null;
  if (!d || typeof d !== 'object' || d.schema !== RESULTS_SCHEMA || !Array.isArray(d.entries) || typeof d.baseSha !== 'string') {
    throw new ActionInputError('report-path', `${file} is not a ${RESULTS_FILE} (schema ${RESULTS_SCHEMA})`);
  }
  if (d.pr !== undefined && d.pr !== null && !Number.isSafeInteger(d.pr)) throw new ActionInputError('report-path', `${file}: 'pr' is not a number`);
  return d as ResultsFile;
}

function findFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) out.push(...findFiles(p));
    else if (name === RESULTS_FILE) out.push(p);
  }
  return out;
}

/** Every results file at `path` (a file, or a folder searched recursively). */
export function readResults(path: string): ResultsFile[] {
  let files: string[];
  try {
    files = findFiles(path);
  } catch (e: unknown) {
    throw new ActionInputError('report-path', `cannot read ${path}: ${messageOf(e)}`);
  }
  if (files.length === 0) throw new ActionInputError('report-path', `no ${RESULTS_FILE} under ${path}`);
  return files.map((f) => {
    try {
      return check(JSON.parse(readFileSync(f, 'utf8')), f);
    } catch (e: unknown) {
      if (e instanceof ActionInputError) throw e;
      throw new ActionInputError('report-path', `${f} is not valid JSON: ${messageOf(e)}`);
    }
  });
}

/** Shard results -> one: entries concatenated in path order; the shards must agree on base and key. */
export function mergeResults(parts: readonly ResultsFile[]): ResultsFile {
  const first = parts[0];
  if (!first) throw new ActionInputError('mode', 'merge found no shard results');
  for (const p of parts) {
    if (p.baseSha !== first.baseSha || p.key !== first.key) {
      throw new ActionInputError('mode', `shard results disagree (base ${p.baseSha.slice(0, 7)} vs ${first.baseSha.slice(0, 7)}, key ${p.key} vs ${first.key}): were they produced by the same run?`);
    }
  }
  // One entry per model x target (a shard downloaded twice, or re-run, counts once).
  const unique = new Map(parts.flatMap((p) => p.entries).map((e) => [`${e.target}\0${e.path}`, e]));
  const entries = [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.target < b.target ? -1 : 1));
  const targets = [...new Set(parts.flatMap((p) => p.targets))];
  return { ...first, entries, targets, shard: undefined, artifactUrl: undefined };
}
