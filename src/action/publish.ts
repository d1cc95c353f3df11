/**
 * Publishing a result, in the order that keeps a failing check useful: artifacts (so the comment
 * can link them), the sticky comment, the job summary, the outputs. Each step's failure is
 * reported and the next step still runs; the caller fails the check only afterwards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION, commentMarker, diffToJson, evaluateBudgets, knownSides, renderComment, renderSummary, type BudgetResult, type CommentInput } from '../index.js';
import { artifactNameFor, diffFileName, uploadArtifact, writeArtifactFiles } from './artifacts.js';
import { failureMessage, publishComment, type PublishResult } from './comment.js';
import { artifactUrl, type RunContext } from './context.js';
import type { ResultsFile } from './results.js';
import type { Settings } from './settings.js';
import { messageOf, type Toolkit } from './toolkit.js';

export interface PublishOptions {
  /** Upload an artifact (analyze, merge); comment-from links the producing run's artifact instead. */
  upload: boolean;
  /** Post the comment (not from a shard: the merge job does). */
  comment: boolean;
  /** Shown under the verdict (e.g. a missing shard). */
  warnings?: string[];
}

export interface Published {
  budgets: BudgetResult;
  comment: PublishResult | undefined;
  artifactUrl: string | undefined;
}

/** One item per model x target; a side that could not be analyzed is null, and so is its delta. */
function totals(input: CommentInput): unknown[] {
  return input.entries.map((e) => {
    const [base, head] = knownSides(e);
    const delta = (k: 'ramTotalBytes' | 'weightsBytes' | 'macc'): number | null => (head && base ? head.totals[k] - base.totals[k] : null);
    return {
      path: e.path,
      target: e.target,
      status: e.status,
      ...(e.headError !== undefined ? { error: e.headError } : {}),
      ramBytes: head?.totals.ramTotalBytes ?? null,
      flashBytes: head?.totals.weightsBytes ?? null,
      macc: head?.totals.macc ?? null,
      ramDelta: delta('ramTotalBytes'),
      flashDelta: delta('weightsBytes'),
      maccDelta: delta('macc'),
      latencyMs: head?.totals.latencyMs ?? null,
      latencyDelta: typeof head?.totals.latencyMs === 'number' && typeof base?.totals.latencyMs === 'number' ? head.totals.latencyMs - base.totals.latencyMs : null,
    };
  });
}

async function summary(tk: Toolkit, input: CommentInput): Promise<void> {
  try {
    const { markdown, shortened } = renderSummary(input);
    if (shortened > 0) tk.info(`the job summary was shortened (level ${shortened}) to fit GitHub's 1 MiB limit`);
    await tk.appendSummary(markdown);
  } catch (e: unknown) {
    tk.warning(`could not write the job summary: ${messageOf(e)}`);
  }
}

/** Publishes `results` (already analyzed or merged) for the pull request `pr`. */
export async function publish(
  tk: Toolkit, s: Settings, ctx: RunContext, results: ResultsFile, opts: PublishOptions,
): Promise<Published> {
  const budgets = evaluateBudgets(results.entries, s.budgets);
  const input: CommentInput = {
    entries: results.entries, budgets, key: s.commentKey, analyzerVersion: VERSION,
    baseSha: results.baseSha, headSha: results.headSha, targets: results.targets, summaryUrl: results.runUrl,
  };
  if (results.artifactUrl) input.artifactUrl = results.artifactUrl;
  if (opts.warnings && opts.warnings.length > 0) input.warnings = opts.warnings;
  const diff = diffToJson(input);
  const diffJson = JSON.stringify(diff, null, 2) + '\n';
  const dir = mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'model-footprint-'));
  const files = writeArtifactFiles(dir, results.entries, diffJson, { ...results, diff });
  tk.setOutput('report-json', join(dir, diffFileName(results.shard ?? undefined)));
  if (opts.upload) {
    const name = artifactNameFor(s.artifactName, s.shard);
    const up = await uploadArtifact(() => tk.artifacts(), name, dir, files);
    if (up.ok && up.artifact.id !== undefined) {
      input.artifactUrl = artifactUrl(ctx, up.artifact.id);
      tk.setOutput('artifact-url', input.artifactUrl);
      tk.info(`uploaded artifact ${name} (id ${up.artifact.id})`);
    } else if (!up.ok) {
      tk.warning(`could not upload the artifact ${name}: ${up.message} (the files are in ${dir})`);
    }
  }
  let comment: PublishResult | undefined;
  if (opts.comment && results.pr !== undefined) {
    const { markdown, shortened } = renderComment(input);
    if (shortened > 0) tk.info(`the comment was shortened (level ${shortened}) to fit GitHub's limit`);
    const changed = results.entries.length > 0;
    comment = await publishComment(tk.github(s.token), results.pr, markdown, commentMarker(s.commentKey), s.comment, changed);
    if (comment.outcome === 'created' || comment.outcome === 'updated') {
      tk.info(`${comment.outcome} comment ${comment.url}`);
      if (comment.removedDuplicates > 0) tk.info(`removed ${comment.removedDuplicates} duplicate comment(s) left by a concurrent run`);
      tk.setOutput('comment-url', comment.url);
    } else if (comment.outcome === 'skipped') {
      tk.info('no model changed and no comment exists yet: nothing posted (comment: on-change)');
    } else if (comment.outcome === 'failed') {
      // A fork's read-only token is expected: a notice. Anything else is a warning. Neither fails
      // the check: only fail-on decides that.
      if (comment.kind === 'forbidden') tk.notice(failureMessage(comment));
      else tk.warning(failureMessage(comment));
    }
  } else if (opts.comment && s.comment !== 'off') {
    tk.info('not a pull request: no comment (the report is in the job summary)');
  }
  await summary(tk, input);
  tk.setOutput('totals', JSON.stringify(totals(input)));
  tk.setOutput('exceeded', JSON.stringify(budgets.exceeded));
  tk.setOutput('changed-models', String(new Set(results.entries.map((e) => e.path)).size));
  return { budgets, comment, artifactUrl: input.artifactUrl };
}
