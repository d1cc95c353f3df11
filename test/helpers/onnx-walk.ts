/**
 * Independent figures for corpus tests, read straight from an ONNX file with the generated
 * decoder (no frontend, no passes): the float constants that feed compute operators, and the
 * nodes of every graph, nested ones included.
 */
import { readFileSync } from 'node:fs';
import { onnx } from '../../src/schemas/onnx/onnx.js';

/** Operators whose weight inputs (index >= 1) are what `params` counts on compute layers. */
export const COMPUTE_OPS: ReadonlySet<string> = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'LSTM', 'GRU', 'RNN']);
/** Ops a weight may pass through on its way to a compute op (exporters reorder LSTM gates so). */
const MOVE_OPS: ReadonlySet<string> = new Set(['Unsqueeze', 'Squeeze', 'Reshape', 'Concat', 'Slice', 'Gather', 'Transpose', 'Identity', 'Split', 'Cast']);
const FLOAT_TYPES: ReadonlySet<number> = new Set([1, 10, 11, 16]); // FLOAT, FLOAT16, DOUBLE, BFLOAT16

export interface WalkedConstant { name: string; dims: number[]; float: boolean }

export interface OnnxWalk {
  /** Every node of every graph, nested graphs included. */
  nodes: onnx.INodeProto[];
  constants: Map<string, WalkedConstant>;
  producers: Map<string, onnx.INodeProto>;
}

export function walkOnnx(path: string): OnnxWalk {
  const model = onnx.ModelProto.decode(readFileSync(path));
  const out: OnnxWalk = { nodes: [], constants: new Map(), producers: new Map() };
  const add = (t: onnx.ITensorProto, name: string) =>
    out.constants.set(name, { name, dims: (t.dims ?? []).map(Number), float: FLOAT_TYPES.has(t.data_type ?? 0) });
  const stack: onnx.IGraphProto[] = model.graph ? [model.graph] : [];
  while (stack.length > 0) {
    const g = stack.pop() as onnx.IGraphProto;
    for (const t of g.initializer ?? []) add(t, t.name ?? '');
    for (const n of g.node ?? []) {
      out.nodes.push(n);
      for (const o of n.output ?? []) out.producers.set(o, n);
      const value = n.op_type === 'Constant' ? n.attribute?.find((a) => a.name === 'value')?.t : undefined;
      if (value && n.output?.[0]) add(value, n.output[0]);
      for (const a of n.attribute ?? []) {
        if (a.g) stack.push(a.g);
        for (const sg of a.graphs ?? []) stack.push(sg);
      }
    }
  }
  return out;
}

/** The float constants reaching `name` through data-movement ops (their data input; all of Concat's). */
export function floatSources(w: OnnxWalk, name: string, found = new Map<string, WalkedConstant>()): Map<string, WalkedConstant> {
  const c = w.constants.get(name);
  if (c) {
    if (c.float) found.set(name, c);
    return found;
  }
  const p = w.producers.get(name);
  if (!p || !MOVE_OPS.has(p.op_type ?? '')) return found;
  const ins = p.op_type === 'Concat' ? p.input ?? [] : (p.input ?? []).slice(0, 1);
  for (const i of ins) if (i) floatSources(w, i, found);
  return found;
}

/** Float elements of all constants feeding compute ops' weight inputs, each constant once. */
export function computeWeightElements(w: OnnxWalk): number {
  const all = new Map<string, WalkedConstant>();
  for (const n of w.nodes) {
    if (!COMPUTE_OPS.has(n.op_type ?? '')) continue;
    (n.input ?? []).forEach((i, k) => {
      if (k >= 1 && i) floatSources(w, i, all);
    });
  }
  return [...all.values()].reduce((s, c) => s + c.dims.reduce((a, d) => a * d, 1), 0);
}
