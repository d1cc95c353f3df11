/**
 * ONNX-ML nodes keep their parameters in attributes (support vectors, tree nodes, class
 * labels). stedgeai turns them into constant arrays (ops/ml-arrays.ts); this file gives each node
 * those arrays as constant inputs, so that params and weights count them as they count
 * initializers. The values stay in the attributes: nothing is copied.
 */
import type { Graph, Node } from '../../ir/graph.js';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isMlKind, mlParameterArrays } from '../../ops/ml-arrays.js';
import { mlExplanation } from '../../ops/ml.js';
import { freshTensorName } from '../../passes/graph-edit.js';

export function attachMlParameters(g: Graph, node: Node, diagnostics: Diagnostic[]): void {
  if (!isMlKind(node.op)) return;
  const arrays = mlParameterArrays(node);
  diagnostics.push(diag('I_ML', mlExplanation(node, arrays), node.name));
  for (const a of arrays) {
    const name = freshTensorName(g, `${node.name}_${a.name}`);
    g.tensors.set(name, { name, dtype: a.dtype, shape: [a.count], data: { kind: 'computed', by: `attribute '${a.name}' of ONNX-ML node '${node.name}'` } });
    node.inputs.push(name);
  }
}
