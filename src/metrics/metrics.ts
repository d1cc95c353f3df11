/**
 * Model metrics: per-layer figures, totals and operation types of an optimized graph.
 *   const m = computeMetrics(graph, { opset });            // real operator table
 *   const m = computeMetrics(graph, { rules: fakeLookup }); // tests
 */
import type { Graph } from '../ir/graph.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { getRule } from '../ops/table.js';
import { computeLayers, type LayerMetrics } from './layers.js';
import { operationTypes, type OperationTypeShare } from './optypes.js';
import type { RuleLookup } from './rules.js';

export interface MetricsTotals {
  params: number;
  /** params at storage width, not aligned (`params #: 46,883 items (48.25 KiB)`). */
  paramsBytes: number;
  macc: number;
  maccPure: number;
  weightsBytes: number;
  floatWeightsBytes: number;
  quantParamsBytes: number;
}

export interface ModelMetrics {
  layers: LayerMetrics[];
  totals: MetricsTotals;
  operationTypes: OperationTypeShare[];
  /** Findings while counting (a cost rule that could not price a node). */
  diagnostics: Diagnostic[];
}

export interface MetricsOptions {
  /** Operator table lookup; defaults to the real table (src/ops/table.ts). */
  rules?: RuleLookup;
  opset?: number | undefined;
}

export const defaultRules: RuleLookup = (kind) => getRule(kind);

export function computeMetrics(graph: Graph, opts: MetricsOptions = {}): ModelMetrics {
  const diagnostics: Diagnostic[] = [];
  const layers = computeLayers(graph, { rules: opts.rules ?? defaultRules, opset: opts.opset }, diagnostics);
  const totals: MetricsTotals = {
    params: 0, paramsBytes: 0, macc: 0, maccPure: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0,
  };
  for (const l of layers) {
    totals.params += l.params;
    totals.paramsBytes += l.paramsBytes;
    totals.macc += l.macc;
    totals.maccPure += l.maccPure;
    totals.weightsBytes += l.weightsBytes;
    totals.floatWeightsBytes += l.floatWeightsBytes;
    totals.quantParamsBytes += l.quantParamsBytes;
  }
  return { layers, totals, operationTypes: operationTypes(layers), diagnostics };
}

/** The "vs float model" comparison: delta bytes and percent of the float model's weights. */
export function floatComparison(weightsBytes: number, floatWeightsBytes: number): { delta: number; percent: number } {
  const delta = weightsBytes - floatWeightsBytes;
  return { delta, percent: floatWeightsBytes > 0 ? (delta / floatWeightsBytes) * 100 : 0 };
}
