/**
 * Subgraphs (If branches, Loop/Scan bodies): their inputs get shapes from the outer node, then
 * they are inferred with outer-scope tensors visible. An If whose condition is a constant is
 * replaced by the nodes of the branch it takes.
 */
import type { Graph, Node, Tensor } from '../../ir/graph.js';
import type { Shape } from '../../ir/shape.js';
import { attrInt, attrInts } from '../../ops/util/attrs.js';
import type { Lookup } from './state.js';

/** Sets a body input's shape/dtype from the outer tensor when the file left it open. */
function bind(body: Graph, i: number, shape: Shape | undefined, dtype: Tensor['dtype'] | undefined): void {
  const name = body.inputs[i];
  if (name === undefined) return;
  let t = body.tensors.get(name);
  if (!t) {
    t = { name, dtype: 'unknown' };
    body.tensors.set(name, t);
  }
  if (t.shape === undefined && shape !== undefined) t.shape = [...shape];
  if (t.dtype === 'unknown' && dtype !== undefined) t.dtype = dtype;
}

/** Loop body inputs: (iteration int64 [], cond bool [], carried...); Scan: (state..., scan slices...). */
export function bindBodyInputs(node: Node, body: Graph, lookup: Lookup, opset: number | undefined): void {
  // (called with indices of the node's inputs only; an omitted one, '', names no tensor)
  const input = (i: number) => lookup(node.inputs[i] as string);
  if (node.op === 'Loop') {
    bind(body, 0, [], 'int64');
    bind(body, 1, [], 'bool');
    for (let i = 2; i < node.inputs.length; i++) bind(body, i, input(i)?.shape, input(i)?.dtype);
    return;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, the only other node with subgraphs, If, has branches without inputs, so the Scan binding binds nothing for it
  if (node.op === 'Scan') {
    // Opset 8: input 0 is sequence_lens and every input has a batch axis 0 (and scans axis 1).
    // Stryker disable next-line ConditionalExpression: equivalent, an undefined opset compares false with 9 as well
    const batched = opset !== undefined && opset < 9;
    const first = batched ? 1 : 0;
    const m = attrInt(node, 'num_scan_inputs', 0);
    const n = node.inputs.length - m - first;
    const axes = attrInts(node, 'scan_input_axes') ?? [];
    // Stryker disable next-line ArithmeticOperator: equivalent, steps past the node's inputs bind body inputs from nothing: bind skips an index the body does not have, and a body has no more inputs than its node
    for (let k = 0; k < node.inputs.length - first; k++) {
      const t = input(k + first);
      // Stryker disable next-line ArrayDeclaration: equivalent, a string in the set never equals an axis index
      const drop = new Set<number>(batched ? [0] : []);
      // Stryker disable next-line OptionalChaining: equivalent, a scan input is required (never omitted) and names a tensor the verify pass found, so t exists
      if (k >= n && t?.shape) {
        const a0 = batched ? 1 : axes[k - n] ?? 0;
        drop.add(a0 < 0 ? a0 + t.shape.length : a0);
      }
      bind(body, k, t?.shape?.filter((_, i) => !drop.has(i)), t?.dtype);
    }
  }
}

/**
 * For an If with a constant condition: the taken branch's nodes, renamed to write the If's
 * outputs, and the tensors to add to the outer graph. undefined when it cannot be inlined.
 */
export function inlineIf(node: Node, outer: Graph, lookup: Lookup): { nodes: Node[]; tensors: Tensor[] } | undefined {
  if (node.op !== 'If' || !node.subgraphs) return undefined;
  const cond = node.inputs[0] ? lookup(node.inputs[0]) : undefined;
  const v = cond?.data?.kind === 'values' ? cond.data.values[0] : undefined;
  if (v === undefined) return undefined;
  const branch = node.subgraphs[v !== 0 ? 'then_branch' : 'else_branch'];
  if (!branch || branch.outputs.length !== node.outputs.length) return undefined;
  const rename = new Map<string, string>();
  branch.outputs.forEach((o, i) => rename.set(o, node.outputs[i] ?? o));
  const produced = new Set(branch.nodes.flatMap((n) => n.outputs));
  const sources = branch.outputs.map((o) => branch.tensors.get(o) ?? lookup(o));
  // An output passed straight through must be a constant to be inlined without a node.
  // Stryker disable next-line OptionalChaining: equivalent, a branch output not produced inside is a name the verify pass found (a branch tensor or an outer one), so its source exists
  if (branch.outputs.some((o, i) => !produced.has(o) && sources[i]?.data === undefined)) return undefined;
  sources.forEach((src, i) => {
    // Stryker disable next-line StringLiteral: equivalent, the branch has as many outputs as the node (checked above), so node.outputs[i] exists
    const target = outer.tensors.get(node.outputs[i] ?? '');
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, sources exist (checked above) and every node output has an entry in the outer graph (verify pass)
    if (src && target) Object.assign(target, { ...src, name: target.name });
  });
  const tensors = [...branch.tensors.values()].filter((t) => !rename.has(t.name) && !outer.tensors.has(t.name));
  const names = new Set(outer.nodes.map((n) => n.name));
  const nodes = branch.nodes.map((n) => ({
    ...n,
    name: names.has(n.name) ? `${node.name}/${n.name}` : n.name,
    inputs: n.inputs.map((x) => rename.get(x) ?? x),
    outputs: n.outputs.map((x) => rename.get(x) ?? x),
  }));
  return { nodes, tensors };
}
