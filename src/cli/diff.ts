/**
 * `model-footprint diff --base <rev>`: the pull-request comment, locally. Discovers the changed
 * models with git, reads base bytes with `git cat-file` (no checkout), analyzes both sides and
 * prints the same Markdown the action posts (or the diff JSON).
 */
import { VERSION, analyzeModel, asFootprintError, diffToJson, evaluateBudgets, renderComment, renderReport, type Budgets, type CommentEntry, type CommentInput, type ModelInput, type Report, type Target } from '../index.js';
import { createReporter } from './reporter.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DiffArgs } from './diff-args.js';
import type { CliProcess } from './run.js';
import { hashSource } from '../node/file-source.js';
import { resolveTarget } from './target-arg.js';
import { changedModels, mergeBase, modelAt, repoRoot, revParse, type ModelChange } from '../git/index.js';

type Side = { report: Report } | { error: string } | { lfs: true };

function analyzeSide(root: string, args: DiffArgs, target: Target, rev: string | undefined, path: string): Side {
  let input: ModelInput | undefined;
  try {
    const at = modelAt(root, rev, path);
    if ('lfs' in at) return { lfs: true };
    input = at.input;
    return { report: analyzeFor(at.input, args, target) };
  } catch (e: unknown) {
    const err = asFootprintError(e, path);
    return { error: `${err.code}: ${err.message}` };
  } finally {
    input?.close?.();
  }
}

/** One side of a comparison (diff and compare): the report with the comparison's options. */
export function analyzeFor(input: ModelInput, args: Pick<DiffArgs, 'ioInsideActivations' | 'planner'>, target: Target): Report {
  return analyzeModel(input, {
    target, ioInsideActivations: args.ioInsideActivations, hashes: hashSource(input.source),
    ...(args.planner !== undefined ? { planner: args.planner } : {}),
  });
}

/** The budgets given on the command line. */
export function cliBudgets(args: Pick<DiffArgs, 'ramBudget' | 'flashBudget'>): Budgets {
  return {
    ...(args.ramBudget !== undefined ? { ramBytes: args.ramBudget } : {}),
    ...(args.flashBudget !== undefined ? { flashBytes: args.flashBudget } : {}),
  };
}

function entryFor(root: string, args: DiffArgs, target: Target, baseRev: string, c: ModelChange): CommentEntry {
  const entry: CommentEntry = { path: c.path, target: args.target, status: c.status };
  if (c.oldPath !== undefined) entry.oldPath = c.oldPath;
  if (c.status !== 'removed') {
    const head = analyzeSide(root, args, target, args.head, c.path);
    if ('report' in head) entry.head = head.report;
    else if ('lfs' in head) entry.lfsNotFetched = true;
    else entry.headError = head.error;
  }
  if (c.status !== 'added') {
    const base = analyzeSide(root, args, target, baseRev, c.oldPath ?? c.path);
    if ('report' in base) entry.base = base.report;
    else entry.baseError = 'lfs' in base ? 'LFS object not fetched' : base.error;
  }
  return entry;
}

function writeOut(dir: string, entries: readonly CommentEntry[], markdown: string, json: string): void {
  for (const e of entries) {
    for (const [side, report] of [['base', e.base], ['head', e.head]] as const) {
      if (!report) continue;
      const stem = join(dir, side, e.target, side === 'base' ? (e.oldPath ?? e.path) : e.path);
      mkdirSync(dirname(stem), { recursive: true });
      writeFileSync(`${stem}.report.json`, renderReport(report, 'json'));
      writeFileSync(`${stem}.report.txt`, renderReport(report, 'text'));
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'diff.json'), json);
  writeFileSync(join(dir, 'comment.md'), markdown);
}

/** Runs `diff`; returns 0, or 1 when a model could not be analyzed, a budget is exceeded, or git failed. */
export function runDiff(args: DiffArgs, proc: CliProcess): number {
  let target: Target;
  try {
    target = resolveTarget(proc.cwd, args.target, undefined);
  } catch (e: unknown) {
    return createReporter(proc).usage(e);
  }
  try {
    const root = repoRoot(proc.cwd);
    const headRev = args.head ?? 'HEAD';
    const headSha = revParse(root, headRev);
    const base = mergeBase(root, revParse(root, args.base), headSha);
    const changes = changedModels(root, base, args.head === undefined ? undefined : headSha, args.models);
    const entries = changes.map((c) => entryFor(root, args, target, base, c));
    const budgets = evaluateBudgets(entries, cliBudgets(args));
    const input: CommentInput = {
      entries, budgets, key: 'default', analyzerVersion: VERSION, baseSha: base,
      headSha, targets: [args.target],
    };
    const { markdown } = renderComment(input);
    const json = JSON.stringify(diffToJson(input), null, 2) + '\n';
    if (args.outDir !== undefined) writeOut(resolve(proc.cwd, args.outDir), entries, markdown, json);
    createReporter(proc).result(args.format === 'json' ? json : markdown);
    const failed = entries.some((e) => e.headError !== undefined) || budgets.exceeded.length > 0;
    return failed ? 1 : 0;
  } catch (e: unknown) {
    return createReporter(proc).failure(e);
  }
}
