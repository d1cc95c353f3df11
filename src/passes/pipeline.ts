/**
 * The fixed, straight-line pass order (DESIGN.md principle 5). Each pass takes the graph and the
 * context and returns the graph; `verifyInvariants` runs after every pass and names the pass that
 * broke the graph (past VERIFY_EACH_PASS_MAX_NODES nodes: once, at the end). Passes rewrite a
 * private copy (the Model handed in is left as read) unless the caller hands the graph over.
 */
import type { Graph, Model } from '../ir/graph.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnalyzeOptions, Pass, PassContext } from './pass.js';
import { verifyPass } from './verify.js';
import { verifyInvariants } from './invariants.js';
import { inputShapesPass } from './input-shapes.js';
import { refoldPass, shapesPass } from './shapes.js';
import { cleanupPass } from './cleanup.js';
import { qdqPass } from './qdq.js';
import { batchnormForwardPass, batchnormPass } from './batchnorm.js';
import { fuseActivationPass } from './fuse-activation.js';
import { cloneGraph } from './clone.js';
import { binaryPass } from './binary.js';
import { biasPass } from './bias.js';
import { ioBoundaryPass } from './io-boundary.js';

/**
 * The passes in the order they run (shape inference twice, the second time quietly after QDQ
 * folding, when there were Q/DQ nodes to fold; `cleanup` twice). BatchNorm folding and activation fusion run before QDQ folding so that `Conv -> Relu -> Q -> DQ` (the usual QDQ
 * export) folds as one int8 group: the Q then follows the fused conv directly. Activation fusion
 * runs again after it for `Conv -> Q -> DQ -> Relu` (ST's optimized ONNX): the Relu then reads the
 * conv's int8 output directly.
 */
export const PIPELINE: readonly Pass[] = [
  verifyPass,
  inputShapesPass,
  shapesPass,
  cleanupPass,
  batchnormPass,
  fuseActivationPass,
  batchnormForwardPass,
  qdqPass,
  fuseActivationPass,
  refoldPass,
  ioBoundaryPass,
  biasPass,
  binaryPass,
  cleanupPass,
];

/**
 * The invariants are checked after every pass up to this many nodes (every real edge model, and
 * every test graph); beyond, once after the last pass (a failure then lists the passes that ran):
 * on a 100k-node graph the per-pass checks cost as much as the passes themselves.
 */
export const VERIFY_EACH_PASS_MAX_NODES = 20_000;

export interface PipelineResult {
  graph: Graph;
  /** Diagnostics the passes raised (the frontend's own are in `model.diagnostics`). */
  diagnostics: Diagnostic[];
  /** The ONNX default-domain opset the passes used (rules after the pipeline use the same). */
  opset: number | undefined;
}

/**
 * `inPlace`: rewrite the model's own graph instead of a copy (analyzeModel, which owns the model
 * it read: on a 100k-node graph the copy is 60 MiB held next to the original for nothing).
 */
export function runPipeline(model: Model, options: AnalyzeOptions, passes: readonly Pass[] = PIPELINE, inPlace = false): PipelineResult {
  const opset = model.meta['opset'];
  const ctx: PassContext = {
    model,
    options,
    diagnostics: [],
    opset: typeof opset === 'number' ? opset : typeof opset === 'string' && /^\d+$/.test(opset) ? Number(opset) : undefined,
  };
  let graph = inPlace ? model.graph : cloneGraph(model.graph);
  const eachPass = model.graph.nodes.length <= VERIFY_EACH_PASS_MAX_NODES;
  for (const pass of passes) {
    graph = pass.run(graph, ctx);
    if (eachPass) verifyInvariants(graph, pass.name);
  }
  // Stryker disable next-line ConditionalExpression: equivalent, after checks at every pass one more check of the same graph finds nothing new
  if (!eachPass) verifyInvariants(graph, passes.map((p) => p.name).join(', '));
  return { graph, diagnostics: ctx.diagnostics, opset: ctx.opset };
}
