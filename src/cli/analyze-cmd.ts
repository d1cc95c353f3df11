/**
 * `analyze` and `supported-ops`: the commands that analyze on this thread. Loaded only for them
 * (run.ts), so `diff`, whose analyses run on worker threads, never loads the analysis here.
 */
import { analyzeModel, jsonChunks, renderReport, supportedOps, textChunks, type Report, type Target } from '../index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { AnalyzeArgs, SupportedOpsArgs } from './args.js';
import { resolveTarget } from './target-arg.js';
import { writeJsonFile } from '../node/json-file.js';
import { analyzeFile } from './analyze-file.js';
import type { CliProcess } from './run.js';
import type { Reporter } from './reporter.js';

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

/** Runs `analyze` (or `supported-ops`); resolves to the exit code. */
export async function runAnalyze(args: AnalyzeArgs | SupportedOpsArgs, proc: CliProcess, out: Reporter): Promise<number> {
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
      if (args.outDir !== undefined) writeOutputs(resolve(proc.cwd, args.outDir), path, report);
      // JSON: one document for every model, written at the end; the other formats: each report now (and dropped)
      if (args.format === 'json') reports.push(report);
      else if (args.format === 'text') await out.resultChunks(textChunks(report));
      else out.result(renderReport(report, args.format) + '\n');
    } catch (e: unknown) {
      failed++;
      out.failure(e, path);
    }
  }
  if (args.format === 'json') {
    const body = reports.length === 1 && args.models.length === 1 ? reports[0] : reports;
    await out.resultChunks(jsonChunks(body));
  }
  return failed > 0 ? 1 : 0;
}
