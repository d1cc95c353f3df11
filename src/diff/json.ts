/** The diff JSON artifact: versioned, one entry per model x target, with the budgets result. */
import { diffReports, knownSides } from './compare.js';
import { evaluateBudgets } from './budgets.js';
import type { BudgetResult, CommentInput, EntryStatus, ModelDiff } from './types.js';
import type { ReportTotals } from '../report/types.js';

/** 1.1: budgets may hold limits of kind 'unplaced' (buffers that fit in no pool, with holds and buffers). */
export const DIFF_SCHEMA_VERSION = '1.1';

export interface DiffJsonEntry {
  path: string;
  oldPath?: string;
  target: string;
  status: EntryStatus;
  baseError?: string;
  headError?: string;
  lfsNotFetched?: boolean;
  baseFromCache?: boolean;
  /** Totals of each side (the full reports are separate artifacts). */
  base?: ReportTotals;
  head?: ReportTotals;
  diff: ModelDiff;
}

export interface DiffJson {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  tool: { name: 'model-footprint'; version: string };
  key: string;
  baseSha: string;
  headSha?: string;
  targets: string[];
  entries: DiffJsonEntry[];
  budgets: BudgetResult;
}

/** The diff artifact as a JSON-serialisable object (`JSON.stringify(diffToJson(input), null, 2)`). */
export function diffToJson(input: Omit<CommentInput, 'maxChars'>): DiffJson {
  const entries = input.entries.map((e): DiffJsonEntry => {
    const [base, head] = knownSides(e);
    const out: DiffJsonEntry = { path: e.path, target: e.target, status: e.status, diff: diffReports(base, head) };
    if (e.oldPath !== undefined) out.oldPath = e.oldPath;
    if (e.baseError !== undefined) out.baseError = e.baseError;
    if (e.headError !== undefined) out.headError = e.headError;
    if (e.lfsNotFetched) out.lfsNotFetched = true;
    if (e.baseFromCache) out.baseFromCache = true;
    if (base) out.base = base.totals;
    if (head) out.head = head.totals;
    return out;
  });
  const json: DiffJson = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    tool: { name: 'model-footprint', version: input.analyzerVersion },
    key: input.key, baseSha: input.baseSha, targets: input.targets, entries,
    budgets: input.budgets ?? evaluateBudgets(input.entries, {}),
  };
  if (input.headSha !== undefined) json.headSha = input.headSha;
  return json;
}
