/**
 * The core's one entry point: model bytes in, Report out. No file system, no terminal, no GitHub:
 * the caller passes a ModelInput (bytes through a ByteSource) and renders the Report itself.
 */
import type { ModelInput } from './ir/source.js';
import type { AnalyzeOptions } from './passes/pass.js';
import { readModel } from './frontends/registry.js';
import { runPipeline } from './passes/pipeline.js';
import { computeMetrics } from './metrics/index.js';
import { planAndSearch } from './memory/index.js';
import { targetSimd } from './targets/cores.js';
import type { Report } from './report/index.js';
import { buildReport, TOOL_NAME } from './analysis/build-report.js';
import { asFootprintError } from './diagnostics/diagnostic.js';
import { VERSION } from './version.js';
import { hdf5Poisoned } from './frontends/keras/hdf5.js';
import { builtinTarget, DEFAULT_TARGET, type Target } from './targets/index.js';
import { buildEpochs, mapToTarget, placePools } from './mapping/index.js';
import { checkShapes, checkTotals } from './passes/bounds.js';
import { estimateLatency, withClock } from './latency/estimate.js';


export interface AnalyzeModelOptions extends AnalyzeOptions {
  /** A built-in target name or a loaded Target (user files are read by the caller); default stm32h7. */
  target?: string | Target;
  /** `--clock`: the target's CPU clock in hertz, replacing the target's own. */
  clockHz?: number;
  /** Hashes of the file, computed by the caller (they read every byte); omitted → null in the report. */
  hashes?: { sha256: string; md5?: string } | undefined;
}

/** Analyzes one model. Throws FootprintError (typed, naming the file) when it cannot be read. */
export function analyzeModel(input: ModelInput, options: AnalyzeModelOptions = {}): Report {
  try {
    const steps = analysisSteps(input, options);
    for (;;) {
      const s = steps.next();
      if (s.done === true) return s.value;
    }
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

/** The analysis's phases, in the order they run. */
export type AnalysisPhase = 'read' | 'passes' | 'metrics' | 'plan' | 'mapping' | 'report';

/**
 * analyzeModel phase by phase, its one home: the generator yields each phase's name just before
 * running it and returns the report (a caller that measures the phases, bench/allocations.ts,
 * resumes it once per phase). Errors are thrown as they come; analyzeModel types them.
 */
export function* analysisSteps(input: ModelInput, options: AnalyzeModelOptions = {}): Generator<AnalysisPhase, Report, void> {
  yield 'read';
  const model = readModel(input);
  const named = typeof options.target === 'object' ? options.target : builtinTarget(options.target ?? DEFAULT_TARGET);
  const target = options.clockHz === undefined ? named : withClock(named, options.clockHz);
  const passOptions = { ...options, foldShapesOnly: options.foldShapesOnly ?? target.options['fold-shapes-only'] === true };
  yield 'passes';
  // The model read here is ours: the passes rewrite its graph in place (no second copy).
  const { graph, diagnostics, opset } = runPipeline(model, passOptions, undefined, true);
  checkShapes(graph);
  yield 'metrics';
  const metrics = computeMetrics(graph, { opset });
  yield 'plan';
  const planOptions = { planner: options.planner ?? target.planner, ioInsideActivations: options.ioInsideActivations ?? true, simd: targetSimd(target) };
  const both = planAndSearch(graph, planOptions);
  const plan = both.plan;
  const searched = planOptions.planner === 'best' ? undefined : both.searched;
  yield 'mapping';
  const mapping = mapToTarget(graph, target);
  const epochs = buildEpochs(graph, mapping, metrics.layers);
  const weights = metrics.layers.filter((l) => l.weightsBytes > 0).map((l) => ({ name: l.name, size: l.weightsBytes }));
  const pools = placePools(plan, weights, target.pools, target.alignment);
  const latency = estimateLatency(graph, metrics.layers, mapping, target);
  yield 'report';
  const report = buildReport({
    model, graph, metrics, plan, searched, options, diagnostics,
    target: { mapping, epochs, pools, latency },
    hashes: options.hashes,
    tool: { name: TOOL_NAME, version: VERSION },
  });
  checkTotals(report.totals as unknown as Record<string, number>);
  return report;
}

export { loadFormats, loadFormatFor } from './frontends/registry.js';

/**
 * True once a reader's native library was stopped mid-call or trapped on a damaged file: a
 * long-lived thread should be replaced before it reads more files (its memory may be inconsistent).
 */
export function readersNeedRestart(): boolean {
  return hdf5Poisoned();
}
