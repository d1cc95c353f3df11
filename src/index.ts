/** The public API of the model-footprint core (no GitHub, terminal or file-system concerns). */
export { analyzeModel, loadFormats, renderReport, type AnalyzeModelOptions, type ReportFormat } from './analyze.js';
export { VERSION } from './version.js';
export { bytesSource, type ByteSource, type ModelInput } from './ir/source.js';
export type { Model, Graph, Node, Tensor, Quantization, TensorData } from './ir/graph.js';
export type { AnalyzeOptions } from './passes/pass.js';
export { FootprintError, type Diagnostic } from './diagnostics/diagnostic.js';
export { CODES, type Code, type Category } from './diagnostics/codes.js';
export { readModel } from './frontends/registry.js';
export { runPipeline } from './passes/pipeline.js';
export type { Report } from './report/index.js';
