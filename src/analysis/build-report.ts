/**
 * The converter from the analysis stages (graph, metrics, memory plan, target mapping, epochs,
 * pools) to the Report's own types: the one module that knows both sides, so report/ and
 * mapping/ never import each other. Builds the Report from an analyzed model. The caller computes the file hashes (streamed) and
 * passes them in: nothing here reads files.
 *   const metrics = computeMetrics(graph, { opset });
 *   const plan = planMemory(graph, options);
 *   const report = buildReport({ model, graph, metrics, plan, options, hashes: { sha256, md5 } });
 */
import type { Graph, Model, Tensor } from '../ir/graph.js';
import { CODES } from '../diagnostics/codes.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnalyzeOptions } from '../passes/pass.js';
import type { ModelMetrics } from '../metrics/metrics.js';
import type { LayerMetrics } from '../metrics/layers.js';
import type { MemoryPlan } from '../memory/types.js';
import { tensorBytes } from '../memory/lifetimes.js';
import { memoryTimeline } from '../memory/timeline.js';
import { applyLayerNames, layerNames } from './layer-names.js';
import { fileStem } from '../report/names.js';
import { plannerTraits } from '../memory/profiles.js';
import { modelFmt } from './model-fmt.js';
import type { Mapping } from '../mapping/types.js';
import type { Epochs } from '../mapping/epochs.js';
import type { PoolsResult } from '../mapping/pools.js';
import { buildPartition } from '../mapping/partition.js';
import type { Latency } from '../latency/estimate.js';
import { REPORT_SCHEMA_VERSION, type Report, type ReportDiagnostic, type ReportIO, type ReportLayer } from '../report/types.js';
import { NAMED_BEFORE_COUNTING } from '../diagnostics/listing.js';
import { byPosition } from '../arrays.js';

export const TOOL_NAME = 'model-footprint';

export interface BuildReportInput {
  model: Pick<Model, 'path' | 'format' | 'meta' | 'diagnostics'>;
  /** The optimized graph the metrics and the plan were computed on. */
  graph: Graph;
  metrics: ModelMetrics;
  plan: MemoryPlan;
  /** The searched plan under the same rules (the "could be" figure); omitted -> none. */
  searched?: MemoryPlan | undefined;
  options: AnalyzeOptions;
  /** File hashes computed by the caller; omitted -> sha256 null. */
  hashes?: { sha256: string; md5?: string } | undefined;
  /** Diagnostics from the pipeline passes (the model's and the metrics' own are added). */
  diagnostics?: Diagnostic[];
  tool?: { name: string; version: string };
  /** The model mapped onto a target: units and reasons per layer, epochs, memory pools. */
  target?: TargetResult;
}

export interface TargetResult {
  mapping: Mapping;
  epochs: Epochs;
  pools: PoolsResult;
  latency?: Latency;
}


/** The graph's I/O as the runtime sees it: a QDQ model's integer tensors stand for its float I/O (plan.ioTensors). */
function io(graph: Graph, names: string[], location: ReportIO['location'], standIns: Readonly<Record<string, string>>): ReportIO[] {
  return names.map((name) => {
    const t: Tensor = graph.tensors.get(standIns[name] ?? name) ?? { name, dtype: 'unknown' };
    const q = t.quant;
    const scale = q?.scale[0];
    return {
      name,
      dtype: t.dtype,
      shape: t.shape ? [...t.shape] : null,
      bytes: tensorBytes(t) ?? null,
      quant: scale === undefined ? null : { scale, zeroPoint: q?.zeroPoint[0] ?? 0 },
      location,
    };
  });
}

function layer(l: LayerMetrics): ReportLayer {
  const r: ReportLayer = {
    name: l.name,
    op: l.op,
    sourceOp: l.sourceOp,
    // the metrics' shape and lists, not copies: all three are readonly on both sides (a shape is shared
    // with its tensor, ir/shape.ts; the lists are the metrics' own)
    outputShape: l.outputShape ?? null,
    dtype: l.dtype,
    params: l.params,
    macc: l.macc,
    maccPure: l.maccPure,
    weightsBytes: l.weightsBytes,
    fused: l.fused,
    connectedTo: l.connectedTo,
    activation: l.activation ?? null,
    operationType: l.operationType,
    // the fields set later, declared here in the report's order, left undefined (JSON leaves them out)
    // until set: added afterwards, they went to a second object per layer (the 100k chain's report
    // alone: 57 MiB held that way, 56 this way)
    subgraphs: l.subgraphs?.map((s) => ({ name: s.name, repeat: s.repeat, layers: s.layers.map(layer) })),
    unit: undefined,
    unitName: undefined,
    reasons: undefined,
    cycles: undefined,
    timeMs: undefined,
    originalName: undefined,
  };
  return r;
}

/** The memory plan's assumptions about nested graphs, as one diagnostic. */
function nestedNote(plan: MemoryPlan): Diagnostic[] {
  const n = plan.nested ?? [];
  if (n.length === 0) return [];
  const k = NAMED_BEFORE_COUNTING;
  const list = n.slice(0, k).map((x) => `'${x.node}' ${x.subgraph} ${x.bytes.toLocaleString('en-US')} B`).join(', ') + (n.length > k ? `, ... (${n.length - k} more)` : '');
  return [diag('I_ASSUMPTION', `activations include ${n.length} nested graph(s) as a scratch area of their control node, each the largest subgraph's own plan: ${list}; the outer tensors a subgraph reads stay alive until its node runs`)];
}

function reportDiagnostics(all: Diagnostic[]): ReportDiagnostic[] {
  const seen = new Set<string>();
  const out: ReportDiagnostic[] = [];
  for (const d of all) {
    const key = `${d.code}\u0000${d.node ?? ''}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r: ReportDiagnostic = { code: d.code, severity: d.severity, category: CODES[d.code].category, message: d.message };
    if (d.node !== undefined) r.node = d.node;
    out.push(r);
  }
  return out;
}

export function buildReport(input: BuildReportInput): Report {
  const { model, graph, metrics, plan, options } = input;
  const location: ReportIO['location'] = plan.ioInsideActivations ? 'activations' : 'user';
  const extra: Diagnostic[] = nestedNote(plan);
  if (plan.unsized.length > 0) {
    extra.push(diag('W_SHAPE', `${plan.unsized.length} tensor(s) of unknown size left out of the memory plan: ${plan.unsized.slice(0, NAMED_BEFORE_COUNTING).join(', ')}${plan.unsized.length > NAMED_BEFORE_COUNTING ? ', ...' : ''}`));
  }
  const reportOptions: Report['options'] = { planner: plan.planner, ioInsideActivations: plan.ioInsideActivations };
  if (options.inputShapes) reportOptions.inputShapes = options.inputShapes;
  const modelInfo: Report['model'] = {
    path: model.path,
    format: model.format,
    name: graph.name || fileStem(model.path),
    fmt: modelFmt(graph),
    sha256: input.hashes?.sha256 ?? null,
    meta: { ...model.meta },
  };
  if (input.hashes?.md5 !== undefined) modelInfo.md5 = input.hashes.md5;
  const t = metrics.totals;
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: input.tool ?? { name: TOOL_NAME, version: 'unknown' },
    model: modelInfo,
    options: reportOptions,
    totals: {
      params: t.params,
      paramsBytes: t.paramsBytes,
      macc: t.macc,
      maccPure: t.maccPure,
      weightsBytes: t.weightsBytes,
      floatWeightsBytes: t.floatWeightsBytes,
      quantParamsBytes: t.quantParamsBytes,
      activationsBytes: plan.arenaBytes,
      inputsBytes: plan.inputsBytes,
      outputsBytes: plan.outputsBytes,
      ramTotalBytes: plan.ramTotalBytes,
      persistentBytes: plan.persistentBytes,
    },
    layers: metrics.layers.map(layer),
    inputs: io(graph, graph.inputs, location, plan.ioTensors),
    outputs: io(graph, graph.outputs, location, plan.ioTensors),
    operationTypes: metrics.operationTypes.map((o) => ({ ...o })),
    memory: {
      planner: plan.planner,
      plannerLabel: plannerTraits(plan.planner).label + (plan.basis ? `: ${plan.basis === 'tflm' ? "TFLite Micro's" : "ST's"} kernels and alignment won` : ''),
      arenaBytes: plan.arenaBytes,
      ioInsideActivations: plan.ioInsideActivations,
      bufferCount: plan.buffers.length,
      // the plan's own buffers, not copies (readonly here; memory/place.ts makes them with the report's field order)
      buffers: plan.buffers,
      persistent: plan.persistent.map((p) => ({ ...p })),
      unsized: [...plan.unsized],
      overlaps: plan.overlaps.map((o) => ({ layer: o.node, input: o.input, output: o.output, sharedBytes: o.sharedBytes })),
      folds: plan.folds.map((f) => ({ pad: f.pad, into: f.into, savedBytes: f.savedBytes })),
      reordered: plan.reordered,
      timeline: memoryTimeline(graph, plan),
      couldBe: input.searched && input.searched.arenaBytes < plan.arenaBytes ? { arenaBytes: input.searched.arenaBytes, reordered: input.searched.reordered } : null,
    },
    ...targetSections(input.target),
    diagnostics: reportDiagnostics([...model.diagnostics, ...(input.diagnostics ?? []), ...metrics.diagnostics, ...extra]),
  };
  if (input.target) attachUnits(report.layers, input.target.mapping);
  if (input.target?.latency) attachLatency(report, input.target.latency);
  applyLayerNames(report, layerNames(graph, model.format, options.longNames === true));
  // The partition is read off the report's epochs, so it shows the report's layer names.
  const vocabulary = input.target?.mapping.toolchain?.vocabulary;
  if (vocabulary !== undefined && report.epochs) report.partition = buildPartition(report.epochs, vocabulary);
  return report;
}

function targetSections(t: TargetResult | undefined): Pick<Report, 'target' | 'epochs' | 'pools'> {
  if (!t) return {};
  const { mapping, epochs, pools } = t;
  const out: Pick<Report, 'target' | 'epochs' | 'pools'> = {
    target: {
      name: mapping.target, disclaimer: mapping.disclaimer, hasAccelerator: mapping.hasAccelerator, warnings: mapping.warnings.map((w) => ({ ...w })),
      ...(mapping.toolchain ? { toolchain: { ...mapping.toolchain } } : {}),
      ...(mapping.npuMode !== undefined ? { npuMode: mapping.npuMode } : {}),
    },
    pools: {
      method: pools.method,
      pools: pools.pools.map((p) => ({ ...p, holds: [...p.holds] })),
      spilled: pools.spilled,
      spillPools: [...pools.spillPools],
      unplaced: pools.unplaced.map((u) => ({ ...u })),
      warnings: [...pools.warnings],
    },
  };
  if (epochs.shown) {
    // the mapping's lists and reasons, not copies: readonly on the report's side, and renaming (layer-names.ts) makes new ones
    out.epochs = { total: epochs.total, hw: epochs.hw, sw: epochs.sw, unsupported: epochs.unsupported, list: epochs.list.map((e) => ({ ...e })) };
  }
  return out;
}

/** Per-layer cycles and time, the totals and the per-unit shares (matched by layer name, before renaming). */
function attachLatency(report: Report, latency: Latency): void {
  const latencyOf = byPosition(latency.layers);
  report.layers.forEach((l, i) => {
    const x = latencyOf(l.name, i);
    if (!x) return;
    l.cycles = x.cycles;
    l.timeMs = x.timeMs;
  });
  report.totals.cycles = latency.cycles;
  report.totals.latencyMs = latency.timeMs;
  report.latency = { estimate: latency.estimate, clockHz: latency.clockHz, timeMs: latency.timeMs, cycles: latency.cycles, units: latency.units.map((u) => ({ ...u })) };
}

/** Per-layer unit and reasons from the mapping (matched by layer name). */
function attachUnits(layers: ReportLayer[], mapping: Mapping): void {
  const mappingOf = byPosition(mapping.layers);
  layers.forEach((l, i) => {
    const m = mappingOf(l.name, i);
    if (!m) return;
    l.unit = m.unit;
    l.unitName = m.unitName;
    // the mapping's reasons, not copies (readonly on the report's side; renaming makes new ones)
    l.reasons = m.reasons;
  });
}

/** The report with the file's hashes, computed by the caller while the analysis ran (same fields as `hashes`). */
export function withHashes(report: Report, hashes: { sha256: string; md5?: string }): Report {
  const model: Report['model'] = { ...report.model, sha256: hashes.sha256 };
  if (hashes.md5 !== undefined) model.md5 = hashes.md5;
  return { ...report, model };
}
