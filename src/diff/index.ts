/**
 * Report x Report -> ModelDiff, budgets, and the PR comment / job summary / diff JSON renderers.
 * Pure functions: no git, no file system, no GitHub (the CLI and the action call these).
 */
export type {
  Unit, ReasonLike, MappedLayer, MappedReport, PoolUsage, EpochCounts,
  MetricDelta, TotalsDiff, PoolDiff, LayerChange, LayerRef, MovedOp, OpCountChange, IoSignature, IoChange, ModelDiff,
  EntryStatus, CommentEntry, CommentInput, CommentOutput,
  SizeSpec, BudgetLimits, Budgets, BudgetExceeded, Regression, NewSwEpochs, BudgetUsage, BudgetResult,
} from './types.js';
export { diffReports, knownDelta, knownSides, layerOutputBytes, epochsOf, poolsOf } from './compare.js';
export { budgetAmount, budgetName, parseSize, parseDuration, evaluateBudgets, unplacedSentence } from './budgets.js';
export { renderComment, renderSummary, commentMarker, DEFAULT_MAX_CHARS, SUMMARY_MAX_BYTES } from './comment.js';
export { diffToJson, DIFF_SCHEMA_VERSION, type DiffJson, type DiffJsonEntry } from './json.js';
export { escMd, escHtml } from './escape.js';
export { size, count } from './format.js';
