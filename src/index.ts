/**
 * The public API of the model-footprint core (no GitHub, terminal or file-system concerns): what
 * the CLI and the action use, and all they import from the core (test/architecture.test.ts). The
 * Node adapters they share (node/, git/) are not part of the core.
 */
export { analyzeModel, loadFormats, loadFormatFor, readersNeedRestart, type AnalyzeModelOptions } from './analyze.js';
export { VERSION } from './version.js';
export { bytesSource, type ByteSource, type ModelInput } from './ir/source.js';
export type { Model, Graph, Node, Tensor, Quantization, TensorData } from './ir/graph.js';
export type { AnalyzeOptions } from './passes/pass.js';
export { PLANNERS, type PlannerProfile } from './passes/pass.js';
export { FootprintError, asFootprintError, type Diagnostic } from './diagnostics/diagnostic.js';
export { didYouMean, suggestion } from './diagnostics/suggest.js';
export { CODES, type Code, type Category } from './diagnostics/codes.js';
export { readModel } from './frontends/registry.js';
export { DEFAULT_MODEL_GLOBS, formatsHelp } from './frontends/formats.js';
export { runPipeline } from './passes/pipeline.js';
export { jsonChunks, textChunks, renderReport, type Report, type ReportFormat } from './report/index.js';
export { withHashes } from './analysis/build-report.js';
export { splitPatterns, matchesAny, matchesGlob } from './glob.js';
export { BUILTIN_TARGETS, DEFAULT_TARGET, builtinTarget, isBuiltinTarget, loadTarget, looksLikeTargetFile, parseTarget, supportedOps, supportedOpsDoc, type Target } from './targets/index.js';
export { parseMemoryPoolFile, withMemoryPools } from './mapping/index.js';
export { withClock } from './latency/estimate.js';
export { frequencyOf, formatFrequency } from './units/frequency.js';
export {
  budgetAmount, budgetName, commentMarker, count, diffToJson, evaluateBudgets, knownSides, parseDuration, parseSize, renderComment, renderSummary, size, unplacedSentence,
  type BudgetLimits, type BudgetResult, type Budgets, type CommentEntry, type CommentInput,
} from './diff/index.js';
