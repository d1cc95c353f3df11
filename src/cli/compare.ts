/**
 * `model-footprint compare <base-model> <head-model>`: the pull-request comment for two files,
 * without git (two exports of a network, a model before and after a change, float vs int8).
 */
import { VERSION, analyzeModel, asFootprintError, diffToJson, evaluateBudgets, renderComment, type CommentEntry, type CommentInput, type Target } from '../index.js';
import { createReporter } from './reporter.js';
import type { CompareArgs } from './compare-args.js';
import type { CliProcess } from './run.js';
import { cliBudgets } from './diff.js';
import { analyzeFile } from './analyze-file.js';
import { resolveTarget } from './target-arg.js';

export type { CompareArgs } from './compare-args.js';

async function side(proc: CliProcess, args: CompareArgs, target: Target, path: string): Promise<{ report?: CommentEntry['head']; error?: string; cause?: unknown }> {
  try {
    return {
      report: await analyzeFile(proc.cwd, path, (input) => analyzeModel(input, {
        target, ioInsideActivations: args.ioInsideActivations, ...(args.planner !== undefined ? { planner: args.planner } : {}),
      }), true, proc.early),
    };
  } catch (e: unknown) {
    const err = asFootprintError(e, path);
    return { error: `${err.code}: ${err.message}`, cause: err };
  }
}

/** Prints the comment (or diff JSON) for base -> head; 1 when a side failed or a budget is exceeded. */
export async function runCompare(args: CompareArgs, proc: CliProcess): Promise<number> {
  let target: Target;
  try {
    target = resolveTarget(proc.cwd, args.target, undefined, args.clockHz);
  } catch (e: unknown) {
    return createReporter(proc).usage(e);
  }
  const entry: CommentEntry = { path: args.headFile, target: args.target, status: 'modified' };
  if (args.baseFile !== args.headFile) entry.oldPath = args.baseFile;
  const head = await side(proc, args, target, args.headFile);
  const base = await side(proc, args, target, args.baseFile);
  if (head.report) entry.head = head.report; else entry.headError = head.error ?? 'not analyzed';
  if (base.report) entry.base = base.report; else entry.baseError = base.error ?? 'not analyzed';
  const out = createReporter(proc);
  for (const s of [base, head]) if (s.cause !== undefined) out.failure(s.cause);
  const budgets = evaluateBudgets([entry], cliBudgets(args));
  const input: CommentInput = {
    entries: [entry], budgets, key: 'compare', analyzerVersion: VERSION,
    baseSha: base.report?.model.sha256 ?? 'none', headSha: head.report?.model.sha256 ?? 'none', targets: [args.target],
  };
  out.result(args.format === 'json' ? JSON.stringify(diffToJson(input), null, 2) : renderComment(input).markdown);
  return head.error !== undefined || base.error !== undefined || budgets.exceeded.length > 0 ? 1 : 0;
}
