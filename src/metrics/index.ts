export { computeMetrics, floatComparison, defaultRules } from './metrics.js';
export type { MetricsOptions, MetricsTotals, ModelMetrics } from './metrics.js';
export type { LayerMetrics } from './layers.js';
export type { OperationTypeShare } from './optypes.js';
export type { RuleLookup } from './rules.js';
export { alignUp, weightBytes, floatWeightBytes, quantParamBytes, rawBytes } from './weights.js';
