/** A PassContext around a builder graph, for pass unit tests. */
import type { Graph, Model } from '../../src/ir/graph.js';
import type { AnalyzeOptions, PassContext } from '../../src/passes/pass.js';

export function modelOf(graph: Graph, meta: Record<string, string | number> = {}): Model {
  return { format: 'onnx', path: 'test.onnx', graph, meta, diagnostics: [] };
}

export function contextFor(graph: Graph, options: AnalyzeOptions = {}): PassContext {
  return { model: modelOf(graph), options, diagnostics: [], opset: 17 };
}
