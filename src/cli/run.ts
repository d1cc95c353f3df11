import { VERSION, analyzeModel, jsonChunks, renderReport, supportedOps, type Report, type Target } from '../index.js';
import { createReporter } from './reporter.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { HELP, parseArgs, type AnalyzeArgs } from './args.js';
import { runDiff } from './diff.js';
import { runCompare } from './compare.js';
import { resolveTarget } from './target-arg.js';
import { writeJsonFile } from '../node/json-file.js';
import { analyzeFile } from './analyze-file.js';
import type { Analyzer } from '../jobs/index.js';
import type { EarlyHash } from './early-hash.js';

/** What the CLI needs from its process: tests pass a fake one (DESIGN.md principle 8). */
export interface CliProcess {
  argv: readonly string[];
  cwd: string;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Runs `diff`'s analyses (the bundle: a worker pool); default: inline, on this thread. */
  analyzer?: Analyzer;
  /** A model file whose hashing the entry started (early-hash.ts). */
  early?: EarlyHash | undefined;
}

function analyzeOne(path: string, args: AnalyzeArgs, proc: CliProcess, target: Target): Promise<Report> {
  return analyzeFile(proc.cwd, path, (input) => analyzeModel(input, {
    inputShapes: args.inputShapes,
    ioInsideActivations: args.ioInsideActivations,
    ...(args.planner !== undefined ? { planner: args.planner } : {}),
    ...(args.longNames ? { longNames: true } : {}),
    target,
  }), args.hash, proc.early);
}

function writeOutputs(dir: string, modelPath: string, report: Report): void {
  mkdirSync(dir, { recursive: true });
  const stem = basename(modelPath);
  writeJsonFile(join(dir, `${stem}.report.json`), report);
  writeFileSync(join(dir, `${stem}.report.txt`), renderReport(report, 'text'));
  writeFileSync(join(dir, `${stem}.report.md`), renderReport(report, 'md'));
  writeFileSync(join(dir, `${stem}.report.html`), renderReport(report, 'html'));
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 a model failed, 2 usage error). Never rejects. */
export async function run(proc: CliProcess): Promise<number> {
  const out = createReporter(proc);
  let args;
  try {
    args = parseArgs(proc.argv);
  } catch (e: unknown) {
    return out.usage(e);
  }
  if (args.command === 'help') { out.result(HELP); return 0; }
  if (args.command === 'version') { out.result(`model-footprint ${VERSION}`); return 0; }
  if (args.command === 'diff') return runDiff(args, proc);
  if (args.command === 'compare') return runCompare(args, proc);
  let target: Target;
  try {
    target = resolveTarget(proc.cwd, args.target, args.command === 'analyze' ? args.memoryPool : undefined, args.command === 'analyze' ? args.clockHz : undefined);
  } catch (e: unknown) {
    return out.usage(e);
  }
  if (args.command === 'supported-ops') { out.result(supportedOps(target, args.format)); return 0; }
  let failed = 0;
  const reports: Report[] = [];
  for (const path of args.models) {
    try {
      const report = await analyzeOne(path, args, proc, target);
      reports.push(report);
      if (args.outDir !== undefined) writeOutputs(resolve(proc.cwd, args.outDir), path, report);
      if (args.format !== 'json') out.result(renderReport(report, args.format) + '\n');
    } catch (e: unknown) {
      failed++;
      out.failure(e, path);
    }
  }
  if (args.format === 'json') {
    const body = reports.length === 1 && args.models.length === 1 ? reports[0] : reports;
    out.resultChunks(jsonChunks(body));
  }
  return failed > 0 ? 1 : 0;
}
