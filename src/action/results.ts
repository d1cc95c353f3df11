/**
 * The action's own result file, `model-footprint-results.json`: every entry (with both reports),
 * the pull request number and SHAs, the key and the diff JSON. A shard uploads it for `merge`;
 * a fork's `pull_request` run uploads it for `comment-from`. Read back as untrusted data.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import resultsSchema from '../../schemas/action-results.schema.json' with { type: 'json' };
import { type CommentEntry } from '../index.js';
import { ActionInputError } from './errors.js';
import { shardSuffix, type Shard } from './settings.js';
import { messageOf } from './toolkit.js';
import { append, maxOf } from '../arrays.js';

export const RESULTS_FILE = 'model-footprint-results.json';
export const RESULTS_SCHEMA = 'model-footprint-action-results/1';
/** A results file larger than this is refused unread (a report of a huge model is a few MB). */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;
/** All results files of one merge together. */
export const MAX_TOTAL_RESULTS_BYTES = 512 * 1024 * 1024;
/** Results files searched for under report-path (a shard's is named after it). */
const RESULTS_NAME = /^model-footprint-results(-shard-\d+-of-\d+)?\.json$/;

/** `model-footprint-results.json`, or `model-footprint-results-shard-2-of-4.json` for a shard. */
export function resultsFileName(shard: Shard | undefined): string {
  return `model-footprint-results${shardSuffix(shard)}.json`;
}

let validator: ReturnType<Ajv2020['compile']> | undefined;
let ajv: Ajv2020 | undefined;

/** '' when `doc` follows schemas/action-results.schema.json (reports included), else what does not. */
export function resultsSchemaErrors(doc: unknown): string {
  if (!validator || !ajv) {
    ajv = new Ajv2020({ allErrors: false, strict: false, allowUnionTypes: true });
    ajv.addSchema(reportSchema as object);
    validator = ajv.compile(resultsSchema as object);
  }
  return validator(doc) ? '' : ajv.errorsText(validator.errors, { dataVar: 'results' });
}

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
  if (!d || typeof d !== 'object' || d.schema !== RESULTS_SCHEMA) {
    throw new ActionInputError('report-path', `${file} is not a ${RESULTS_FILE} (expected schema ${RESULTS_SCHEMA}, found ${d && typeof d === 'object' ? JSON.stringify(String(d.schema)).slice(0, 80) : typeof d})`);
  }
  const errors = resultsSchemaErrors(doc);
  if (errors) throw new ActionInputError('report-path', `${file} does not follow the results schema: ${errors.slice(0, 400)}`);
  return d as ResultsFile;
}

/** Results files under `path`; symbolic links are not followed (the folder is another run's artifact). */
function findFiles(path: string, depth = 0): string[] {
  if (statSync(path).isFile()) return [path];
  if (depth > 8) return [];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    const st = lstatSync(p);
    if (st.isDirectory()) append(out, findFiles(p, depth + 1));
    else if (st.isFile() && RESULTS_NAME.test(name)) out.push(p);
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
  let total = 0;
  return files.map((f) => {
    const bytes = statSync(f).size;
    total += bytes;
    if (bytes > MAX_RESULTS_BYTES || total > MAX_TOTAL_RESULTS_BYTES) {
      throw new ActionInputError('report-path', `${f} is ${bytes} bytes; results files are refused above ${MAX_RESULTS_BYTES} bytes each and ${MAX_TOTAL_RESULTS_BYTES} in all`);
    }
    try {
      return check(JSON.parse(readFileSync(f, 'utf8')), f);
    } catch (e: unknown) {
      if (e instanceof ActionInputError) throw e;
      throw new ActionInputError('report-path', `${f} is not valid JSON: ${messageOf(e)}`);
    }
  });
}

/**
 * Shard results -> one: entries concatenated in path order. The parts must come from one run (one
 * base, head and key) and, when they are shards, be exactly shards 1..n of one n, each once.
 * `problems` names what is missing or duplicated: the merge still publishes what it has, then the
 * check fails.
 */
export function mergeResults(parts: readonly ResultsFile[]): { result: ResultsFile; problems: string[] } {
  const first = parts[0];
  if (!first) throw new ActionInputError('mode', 'merge found no shard results');
  for (const p of parts) {
    if (p.baseSha !== first.baseSha || p.headSha !== first.headSha || p.key !== first.key) {
      throw new ActionInputError('mode', `shard results disagree (base ${p.baseSha.slice(0, 7)} vs ${first.baseSha.slice(0, 7)}, head ${p.headSha.slice(0, 7)} vs ${first.headSha.slice(0, 7)}, key ${p.key} vs ${first.key}): were they produced by the same run?`);
    }
  }
  const problems: string[] = [];
  const shards = parts.map((p) => p.shard ?? undefined);
  if (parts.length > 1 || shards[0]) {
    const counts = new Set(shards.map((s) => s?.count ?? 1));
    if (shards.some((s) => !s)) problems.push('a result that is not a shard was mixed with shard results');
    if (counts.size > 1) problems.push(`the shards disagree on their number (${[...counts].sort((a, b) => a - b).map((n) => `of ${n}`).join(', ')})`);
    const n = maxOf(counts);
    const seen = new Map<number, number>();
    for (const s of shards) if (s) seen.set(s.index, (seen.get(s.index) ?? 0) + 1);
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
    const twice = [...seen].filter(([, c]) => c > 1).map(([i]) => i);
    if (missing.length > 0) problems.push(`shard ${missing.map((i) => `${i}/${n}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the models of ${missing.length === 1 ? 'that shard are' : 'those shards are'} not in this report`);
    if (twice.length > 0) problems.push(`shard ${twice.map((i) => `${i}/${n}`).join(', ')} ${twice.length === 1 ? 'was' : 'were'} given more than once`);
  }
  // One entry per model x target (a shard given twice counts once).
  const unique = new Map(parts.flatMap((p) => p.entries).map((e) => [`${e.target}\0${e.path}`, e]));
  const entries = [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.target < b.target ? -1 : 1));
  const targets = [...new Set(parts.flatMap((p) => p.targets))];
  return { result: { ...first, entries, targets, shard: undefined, artifactUrl: undefined }, problems };
}
