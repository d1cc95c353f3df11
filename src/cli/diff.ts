/**
 * `model-footprint diff --base <rev>`: the pull-request comment, locally. Discovers the changed
 * models with git, analyzes both sides with the action's scheduler (src/jobs: worker threads, base
 * bytes through one `git cat-file --batch`, no checkout, identical blobs once) and prints the same
 * Markdown the action posts (or the diff JSON).
 */
import { VERSION, diffToJson, evaluateBudgets, renderComment, renderReport, type Budgets, type CommentEntry, type CommentInput, type Target } from '../index.js';
import { createReporter } from './reporter.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DiffArgs } from './diff-args.js';
import type { CliProcess } from './run.js';
import { resolveTarget } from './target-arg.js';
import { writeJsonFile } from '../node/json-file.js';
import { changedModels, mergeBase, repoRoot, revParse } from '../git/index.js';
import { analyzeChanges, type JobOptions } from '../jobs/index.js';

/** The budgets given on the command line. */
export function cliBudgets(args: Pick<DiffArgs, 'ramBudget' | 'flashBudget' | 'latencyBudget'>): Budgets {
  return {
    ...(args.ramBudget !== undefined ? { ramBytes: args.ramBudget } : {}),
    ...(args.latencyBudget !== undefined ? { latencyMs: args.latencyBudget } : {}),
    ...(args.flashBudget !== undefined ? { flashBytes: args.flashBudget } : {}),
  };
}

function writeOut(dir: string, entries: readonly CommentEntry[], markdown: string, json: string): void {
  for (const e of entries) {
    for (const [side, report] of [['base', e.base], ['head', e.head]] as const) {
      if (!report) continue;
      const stem = join(dir, side, e.target, side === 'base' ? (e.oldPath ?? e.path) : e.path);
      mkdirSync(dirname(stem), { recursive: true });
      writeJsonFile(`${stem}.report.json`, report);
      writeFileSync(`${stem}.report.txt`, renderReport(report, 'text'));
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'diff.json'), json);
  writeFileSync(join(dir, 'comment.md'), markdown);
}

/**
 * What `diff` asks of each analysis: the CLI's planner and I/O flags; the file hashes only when the
 * reports are written (--out), as the comment and the diff JSON show none.
 */
export function diffJobOptions(args: Pick<DiffArgs, 'ioInsideActivations' | 'planner' | 'outDir'>): JobOptions {
  return {
    ioInsideActivations: args.ioInsideActivations, ...(args.planner !== undefined ? { planner: args.planner } : {}),
    ...(args.outDir === undefined ? { hash: false } : {}),
  };
}

/** Runs `diff`; returns 0, or 1 when a model could not be analyzed, a budget is exceeded, or git failed. */
export async function runDiff(args: DiffArgs, proc: CliProcess): Promise<number> {
  let target: Target;
  try {
    target = resolveTarget(proc.cwd, args.target, undefined, args.clockHz);
  } catch (e: unknown) {
    return createReporter(proc).usage(e);
  }
  try {
    proc.analyzer?.warm?.(); // its worker loads while git lists the changes
    const root = repoRoot(proc.cwd);
    const headRev = args.head ?? 'HEAD';
    const headSha = revParse(root, headRev);
    const base = mergeBase(root, revParse(root, args.base), headSha);
    const changes = changedModels(root, base, args.head === undefined ? undefined : headSha, args.models);
    const sides = { repoDir: root, baseSha: base, headRev: args.head === undefined ? undefined : headSha };
    const options = diffJobOptions(args);
    // (the inline analyzer only when no pool is given: loaded then, so a scheduling thread never loads the analysis)
    const analyzer = proc.analyzer ?? (await import('../jobs/inline.js')).inlineAnalyzer();
    const entries = await analyzeChanges(changes, sides, [args.target], analyzer, { specs: { [args.target]: target }, options });
    const budgets = evaluateBudgets(entries, cliBudgets(args));
    const input: CommentInput = {
      entries, budgets, key: 'default', analyzerVersion: VERSION, baseSha: base,
      headSha, targets: [args.target],
    };
    // Each rendering only when printed or written (the comment is most of diff's own time on many models).
    const markdown = args.format !== 'json' || args.outDir !== undefined ? renderComment(input).markdown : '';
    const json = args.format === 'json' || args.outDir !== undefined ? JSON.stringify(diffToJson(input), null, 2) + '\n' : '';
    if (args.outDir !== undefined) writeOut(resolve(proc.cwd, args.outDir), entries, markdown, json);
    createReporter(proc).result(args.format === 'json' ? json : markdown);
    const failed = entries.some((e) => e.headError !== undefined && !e.lfsNotFetched) || budgets.exceeded.length > 0;
    return failed ? 1 : 0;
  } catch (e: unknown) {
    return createReporter(proc).failure(e);
  }
}
