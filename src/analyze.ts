/**
 * The core's one entry point: model bytes in, Report out. No file system, no terminal, no GitHub:
 * the caller passes a ModelInput (bytes through a ByteSource) and renders the Report itself.
 */
import type { ModelInput } from './ir/source.js';
import type { AnalyzeOptions } from './passes/pass.js';
import { readModel } from './frontends/registry.js';
import { runPipeline } from './passes/pipeline.js';
import { computeMetrics } from './metrics/index.js';
import { planMemory, assertPlan } from './memory/index.js';
import { buildReport, renderJson, renderMarkdown, renderText, TOOL_NAME, type Report } from './report/index.js';
import { asFootprintError } from './diagnostics/diagnostic.js';
import { VERSION } from './version.js';

export interface AnalyzeModelOptions extends AnalyzeOptions {
  /** Target name (targets with NPU mapping come later; CPU-only targets change nothing here). */
  target?: string;
  /** Hashes of the file, computed by the caller (they read every byte); omitted → null in the report. */
  hashes?: { sha256: string; md5?: string } | undefined;
}

/** Analyzes one model. Throws FootprintError (typed, naming the file) when it cannot be read. */
export function analyzeModel(input: ModelInput, options: AnalyzeModelOptions = {}): Report {
  try {
    const model = readModel(input);
    const { graph, diagnostics } = runPipeline(model, options);
    const opset = typeof model.meta['opset'] === 'number' ? model.meta['opset'] : undefined;
    const metrics = computeMetrics(graph, { opset });
    const plan = planMemory(graph, { planner: options.planner ?? 'st', ioInsideActivations: options.ioInsideActivations ?? true });
    assertPlan(plan);
    return buildReport({
      model, graph, metrics, plan, options, diagnostics,
      hashes: options.hashes,
      tool: { name: TOOL_NAME, version: VERSION },
    });
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

export type ReportFormat = 'text' | 'json' | 'md';

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'md': return renderMarkdown(report);
    case 'text': return renderText(report);
  }
}
