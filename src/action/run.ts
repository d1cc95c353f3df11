/**
 * The action: settings once, then one of three modes, then the check's verdict, always last.
 *   analyze       changed models (this shard's share) at head and base -> artifacts, comment, summary
 *   merge         shard results (artifacts of this run, or report-path) -> one comment
 *   comment-from  a result produced by another run (a fork's pull_request) -> the comment
 * Returns the exit code: 1 when the check fails (fail-on, bad input, git failure), else 0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FootprintError, asFootprintError, budgetAmount, budgetName, count, unplacedSentence, type BudgetResult, type CommentEntry } from '../index.js';
import { BaseResultCache } from './base-cache.js';
import { collectEntries, resolveRevisions } from './collect.js';
import { readContext, runUrl, type RunContext } from './context.js';
import { ActionInputError } from './errors.js';
import type { Analyzer } from '../jobs/index.js';
import { publish } from './publish.js';
import { mergeResults, readResults, RESULTS_SCHEMA, type ResultsFile } from './results.js';
import { readSettings, type Settings } from './settings.js';
import { messageOf, type PullRequestRef, type Toolkit } from './toolkit.js';
import { minOf } from '../arrays.js';

export interface ActionEnv {
  env: Record<string, string | undefined>;
  /** Defaults to analyzing on the calling thread. */
  analyzer?: Analyzer;
}

/** Why the check fails, one line each (empty: it passes). */
export function failures(s: Settings, budgets: BudgetResult, entries: readonly CommentEntry[]): string[] {
  const out: string[] = [];
  if (s.failOn.includes('budget')) {
    for (const x of budgets.exceeded) {
      if (x.kind === 'unplaced') {
        out.push(`${x.path} (${x.target}): ${unplacedSentence(x)} of the target: the model does not fit (its JSON report's pools.unplaced lists them; a board with more memory is a target file extending ${x.target} with its pools)`);
        continue;
      }
      const pct = x.limit > 0 ? ` (${Math.round((x.used / x.limit) * 100)}%)` : '';
      out.push(`${x.path} (${x.target}): ${budgetName(x)} ${budgetAmount(x.kind, x.used)} exceeds the budget of ${budgetAmount(x.kind, x.limit)}${pct}`);
    }
    for (const e of entries) {
      if (e.headError !== undefined && !e.lfsNotFetched) out.push(`${e.path} (${e.target}): could not be analyzed, so its budget cannot be checked: ${e.headError}`);
    }
  }
  if (s.failOn.includes('regression')) {
    for (const r of budgets.regressions) {
      // MACC is a count; RAM, Flash and latency read as their budgets do
      const metric = r.metric;
      const fmt = metric === 'macc' ? count : (n: number): string => budgetAmount(metric, n);
      const name = metric === 'macc' ? 'MACC' : budgetName({ kind: metric });
      const grew = Number.isFinite(r.pct) ? `grew ${r.pct.toFixed(1)}%` : 'grew from nothing';
      out.push(`${r.path} (${r.target}): ${name} ${grew} (${fmt(r.base)} -> ${fmt(r.head)}), threshold ${r.threshold}%`);
    }
  }
  if (s.failOn.includes('new-sw-epochs')) {
    for (const n of budgets.newSwEpochs) out.push(`${n.path} (${n.target}): SW epochs ${n.base} -> ${n.head}`);
  }
  return out;
}

function results(ctx: RunContext, s: Settings, baseSha: string, headSha: string, entries: CommentEntry[]): ResultsFile {
  // `diff` is filled by publish, from the same input the comment is rendered from.
  return {
    schema: RESULTS_SCHEMA, key: s.commentKey, pr: ctx.pr?.number, headSha, baseSha, targets: s.targets,
    shard: s.shard, entries, runUrl: runUrl(ctx), artifactUrl: undefined, diff: undefined,
  };
}

async function analyze(tk: Toolkit, s: Settings, ctx: RunContext, analyzer: Analyzer): Promise<ResultsFile> {
  analyzer.warm?.(); // its worker loads while git lists the changes
  const base = s.baseRef ?? ctx.pr?.baseSha ?? 'HEAD^';
  const revs = resolveRevisions(s.workspace, base);
  tk.info(`comparing ${revs.headSha.slice(0, 12)} with the merge base ${revs.baseSha.slice(0, 12)} (of ${base})`);
  const cache = s.cache ? new BaseResultCache(tk, s.workspace) : undefined;
  const { changes, entries } = await collectEntries(revs, s.models, s.targets, s.shard, analyzer, cache, s.targetSpecs).finally(() => cache?.cleanup());
  const where = s.shard ? ` (shard ${s.shard.index}/${s.shard.count})` : '';
  tk.info(`${changes.length} changed model(s)${where}, ${entries.length} analysis entr${entries.length === 1 ? 'y' : 'ies'}`);
  for (const e of entries) {
    if (e.headError !== undefined) tk.warning(`${e.path} (${e.target}): ${e.headError}`);
  }
  return results(ctx, s, revs.baseSha, ctx.pr?.headSha ?? revs.headSha, entries);
}

async function gather(tk: Toolkit, s: Settings): Promise<ResultsFile[]> {
  if (s.reportPath !== undefined) return readResults(s.reportPath);
  const prefix = `${s.artifactName}-shard-`;
  const api = tk.artifacts();
  const shards = (await api.list()).filter((a) => a.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (shards.length === 0) throw new ActionInputError('mode', `merge found no artifact named ${prefix}* in this run`);
  const dir = mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'model-footprint-merge-'));
  for (const a of shards) await api.download(a.id, join(dir, String(a.id)));
  tk.info(`merging ${shards.length} shard result(s): ${shards.map((a) => a.name).join(', ')}`);
  return readResults(dir);
}

/**
 * comment-from: the pull request is found from the TRIGGERING RUN (GitHub's event payload: its
 * head SHA, head branch and head repository), through the API: an open pull request of this
 * repository whose head is that commit. The artifact is another run's output, written by code
 * from the pull request: its `pr` is never used to choose where to comment, only to pick among
 * verified candidates; its head SHA must be the run's.
 */
async function verifiedPr(tk: Toolkit, s: Settings, ctx: RunContext, r: ResultsFile): Promise<number | undefined> {
  const run = ctx.workflowRun;
  if (!run || run.headSha === undefined) {
    throw new ActionInputError('mode', "comment-from runs in a workflow triggered by 'workflow_run': the pull request is found from the triggering run, never from the artifact");
  }
  if (run.headSha !== r.headSha) {
    throw new ActionInputError('report-path', `the result is for ${r.headSha.slice(0, 12)}, but the triggering run built ${run.headSha.slice(0, 12)}`);
  }
  const api = tk.github(s.token);
  const here = `${ctx.owner}/${ctx.repo}`.toLowerCase();
  const valid = (prs: PullRequestRef[]): number[] => [...new Set(prs
    .filter((p) => p.state === 'open' && p.headSha === run.headSha && p.baseRepo.toLowerCase() === here)
    .map((p) => p.number))];
  let found: number[] = [];
  try {
    if (run.headOwner !== undefined && run.headBranch !== undefined) found = valid(await api.openPullsForHead(`${run.headOwner}:${run.headBranch}`));
    if (found.length === 0) found = valid(await api.pullsForCommit(run.headSha));
  } catch (e: unknown) {
    tk.warning(`model-footprint could not look up the pull request of the triggering run (${messageOf(e)}): no comment posted; the report is in the job summary`);
    return undefined;
  }
  if (found.length === 0) {
    tk.warning(`no open pull request of ${ctx.owner}/${ctx.repo} has head ${run.headSha.slice(0, 12)} (closed, or pushed again since): no comment posted`);
    return undefined;
  }
  const claimed = typeof r.pr === 'number' ? r.pr : undefined;
  if (claimed !== undefined && !found.includes(claimed)) {
    tk.warning(`the result names pull request #${claimed}, which is not the triggering run's (${found.map((n) => `#${n}`).join(', ')}): ignored`);
  }
  return claimed !== undefined && found.includes(claimed) ? claimed : minOf(found);
}

async function execute(tk: Toolkit, s: Settings, ctx: RunContext, analyzer: Analyzer): Promise<number> {
  let r: ResultsFile;
  let problems: string[] = [];
  switch (s.mode) {
    case 'analyze': r = await analyze(tk, s, ctx, analyzer); break;
    case 'merge': {
      const merged = mergeResults(await gather(tk, s));
      r = { ...merged.result, runUrl: runUrl(ctx) };
      problems = merged.problems;
      break;
    }
    case 'comment-from': {
      const merged = mergeResults(await gather(tk, s));
      problems = merged.problems;
      r = { ...merged.result, pr: await verifiedPr(tk, s, ctx, merged.result) };
      break;
    }
  }
  const isShard = s.mode === 'analyze' && s.shard !== undefined;
  const published = await publish(tk, s, ctx, r, { upload: s.mode !== 'comment-from', comment: !isShard, warnings: problems });
  if (isShard) return 0; // shards never fail the check: the merge job judges the whole
  const why = [...(s.failOn.length > 0 ? problems : []), ...failures(s, published.budgets, r.entries)];
  if (why.length === 0) return 0;
  for (const w of why) tk.error(w);
  tk.setFailed(`model-footprint: ${why.length} problem(s) (fail-on: ${s.failOn.join(', ')}); see the comment or the job summary`);
  return 1;
}

/** Runs the action with a toolkit (real or fake) and the runner's environment. Never throws. */
export async function runAction(tk: Toolkit, env: ActionEnv): Promise<number> {
  const ctx = readContext(env.env, (m) => tk.warning(m));
  try {
    const s = readSettings(tk, ctx.workspace);
    return await execute(tk, s, ctx, env.analyzer ?? (await import('../jobs/inline.js')).inlineAnalyzer());
  } catch (e: unknown) {
    if (e instanceof ActionInputError) {
      tk.setFailed(e.message);
    } else if (e instanceof FootprintError) {
      tk.setFailed(`${e.oneLine()}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
    } else {
      tk.setFailed(`model-footprint failed: ${messageOf(e)}\n${asFootprintError(e).hint}`);
    }
    return 1;
  }
}
