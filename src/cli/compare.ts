/**
 * `model-footprint compare <base-model> <head-model>`: the pull-request comment for two files,
 * without git (two exports of a network, a model before and after a change, float vs int8).
 */
import { resolve } from 'node:path';
import { parseDiffArgs, type DiffArgs } from './diff-args.js';
import type { CliProcess } from './run.js';
import { fileModelInput } from '../node/file-source.js';
import { analyzeFor, cliBudgets } from './diff.js';
import { resolveTarget } from './target-arg.js';
import { asFootprintError, FootprintError } from '../diagnostics/diagnostic.js';
import { VERSION } from '../version.js';
import { diffToJson, evaluateBudgets, renderComment, type CommentEntry, type CommentInput } from '../diff/index.js';
import type { Target } from '../targets/index.js';
import type { ModelInput } from '../ir/source.js';

export interface CompareArgs extends Omit<DiffArgs, 'command'> {
  command: 'compare';
  baseFile: string;
  headFile: string;
}

const TAKES_VALUE = new Set(['--target', '-t', '--format', '-f', '--planner', '--ram-budget', '--flash-budget']);

export function parseCompareArgs(rest: readonly string[]): CompareArgs {
  const files: string[] = [];
  const opts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (!a.startsWith('-')) { files.push(a); continue; }
    if (a === '--base' || a === '--head' || a === '--models' || a === '-m') {
      throw new FootprintError('E_USAGE', `compare takes two model files, not ${a} (that is the git-based \`diff\` command)`);
    }
    if (a === '--out' || a === '-o' || a.startsWith('--out=')) {
      throw new FootprintError('E_USAGE', 'compare prints the comment on stdout and writes no files (--out is for analyze and diff)');
    }
    opts.push(a);
    if (TAKES_VALUE.has(a) && rest[i + 1] !== undefined) opts.push(rest[++i] as string);
  }
  if (files.length !== 2) throw new FootprintError('E_USAGE', `compare needs two model files (base, then head), found ${files.length}`);
  const d = parseDiffArgs(['--base', 'files', ...opts]);
  return { ...d, command: 'compare', baseFile: files[0] as string, headFile: files[1] as string };
}

function side(proc: CliProcess, args: CompareArgs, target: Target, path: string): { report?: CommentEntry['head']; error?: string } {
  let input: ModelInput | undefined;
  try {
    input = fileModelInput(resolve(proc.cwd, path));
    return { report: analyzeFor({ ...input, path }, args, target) };
  } catch (e: unknown) {
    const err = asFootprintError(e, path);
    return { error: `${err.code}: ${err.message}` };
  } finally {
    input?.close?.();
  }
}

/** Prints the comment (or diff JSON) for base -> head; 1 when a side failed or a budget is exceeded. */
export function runCompare(args: CompareArgs, proc: CliProcess): number {
  let target: Target;
  try {
    target = resolveTarget(proc.cwd, args.target, undefined);
  } catch (e: unknown) {
    proc.stderr.write(asFootprintError(e).oneLine() + '\n');
    return 2;
  }
  const entry: CommentEntry = { path: args.headFile, target: args.target, status: 'modified' };
  if (args.baseFile !== args.headFile) entry.oldPath = args.baseFile;
  const head = side(proc, args, target, args.headFile);
  const base = side(proc, args, target, args.baseFile);
  if (head.report) entry.head = head.report; else entry.headError = head.error ?? 'not analyzed';
  if (base.report) entry.base = base.report; else entry.baseError = base.error ?? 'not analyzed';
  for (const s of [base, head]) if (s.error) proc.stderr.write(`${s.error}\n`);
  const budgets = evaluateBudgets([entry], cliBudgets(args));
  const input: CommentInput = {
    entries: [entry], budgets, key: 'compare', analyzerVersion: VERSION,
    baseSha: base.report?.model.sha256 ?? 'none', headSha: head.report?.model.sha256 ?? 'none', targets: [args.target],
  };
  proc.stdout.write(args.format === 'json' ? JSON.stringify(diffToJson(input), null, 2) + '\n' : renderComment(input).markdown + '\n');
  return head.error !== undefined || base.error !== undefined || budgets.exceeded.length > 0 ? 1 : 0;
}
