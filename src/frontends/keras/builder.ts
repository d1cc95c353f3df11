/**
 * Writes IR nodes and tensors for the Keras layer mappers. A layer keeps its Keras name
 * (METRICS.md "Names"); nodes a layer needs besides its main one are named after it:
 * `<layer>_nl` (the `activation=` argument, as stedgeai names it; the pipeline fuses it back),
 * `<layer>_pointwise` (SeparableConv), `<layer>_bias` (a Dense on rank > 2 input),
 * `<layer>_flatten` / `<layer>_reshape` (shape fixes after global pools and RNNs).
 */
import type { Attrs, Graph, Node } from '../../ir/graph.js';
import type { Shape } from '../../ir/shape.js';
import type { DType } from '../../ir/dtype.js';
import type { OpKind } from '../../ir/op-kinds.js';
import { diag, FootprintError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { GraphBudget } from '../graph-budget.js';
import type { WeightVar } from './weights.js';
import { UniqueNames } from '../../ir/names.js';

export interface NodeSpec {
  name: string;
  op: OpKind;
  sourceOp: string;
  inputs: string[];
  attrs?: Attrs;
  /** Number of outputs (default 1), or explicit names ('' for omitted ones). */
  outputs?: string[];
  /** Rank of the first output when known (Dense picks Gemm for rank-2 inputs). */
  rank?: number | undefined;
}

export class GraphBuilder {
  readonly graph: Graph;
  readonly diagnostics: Diagnostic[] = [];
  /** Node names, and the graph's tensor names (taken as they are set). */
  private readonly names: UniqueNames;
  private readonly ranks = new Map<string, number>();
  /** Constants by dataset path: a shared layer's later calls read the same tensors. */
  private readonly byPath = new Map<string, string>();

  /** `budget`: the model's bounds on nodes and tensors (tests give smaller ones). */
  constructor(name: string, readonly file: string, private readonly budget = new GraphBudget()) {
    const graph: Graph = { name, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    this.graph = graph;
    this.names = new UniqueNames((n) => graph.tensors.has(n));
  }

  /** `base`, or `base_1`, `base_2`... when a node or tensor already has that name. */
  unique(base: string): string {
    return this.names.take(base);
  }

  /** Counts what the layer `name` adds; past a bound, the model is refused. */
  private count(name: string, nodes: number, tensors: number, edges = 0): void {
    if (this.budget.add(nodes, tensors, edges)) throw new FootprintError('E_LIMIT', `Keras: ${this.budget.refusal(`layer '${name}'`)}`, { file: this.file, node: name });
  }

  rankOf(tensor: string | undefined): number | undefined {
    return tensor === undefined ? undefined : this.ranks.get(tensor);
  }

  input(name: string, shape: Shape | undefined, dtype: DType): string {
    this.count(name, 0, 1);
    const n = this.unique(name);
    this.graph.tensors.set(n, shape === undefined ? { name: n, dtype } : { name: n, dtype, shape });
    this.graph.inputs.push(n);
    if (shape !== undefined) this.ranks.set(n, shape.length);
    return n;
  }

  /** A weight as a constant: shape and dtype from the dataset; values stay in the file. */
  constant(name: string, v: WeightVar, shape: number[] = v.shape): string {
    const known = this.byPath.get(v.path);
    if (known !== undefined) return known;
    this.count(name, 0, 1);
    const n = this.unique(name);
    this.byPath.set(v.path, n);
    this.graph.tensors.set(n, { name: n, dtype: v.dtype, shape, data: { kind: 'computed', by: `hdf5 dataset ${v.path}` } });
    return n;
  }

  /** A small constant Keras does not store (BN gamma of 1 with scale=False). */
  implicitConstant(name: string, values: number[]): string {
    this.count(name, 0, 1);
    const n = this.unique(name);
    this.graph.tensors.set(n, { name: n, dtype: 'float32', shape: [values.length], data: { kind: 'values', values } });
    return n;
  }

  node(spec: NodeSpec): string[] {
    const outputs = spec.outputs?.length ?? 1;
    this.count(spec.name, 1, outputs, spec.inputs.length + outputs);
    const name = this.unique(spec.name);
    const outs = (spec.outputs ?? [name]).map((o) => (o === '' ? '' : o === name ? o : this.unique(o)));
    for (const o of outs) if (o !== '') this.graph.tensors.set(o, { name: o, dtype: 'unknown' });
    const node: Node = { name, op: spec.op, sourceOp: spec.sourceOp, inputs: spec.inputs, outputs: outs, attrs: spec.attrs ?? {} };
    this.graph.nodes.push(node);
    const first = outs[0];
    if (spec.rank !== undefined && first) this.ranks.set(first, spec.rank);
    return outs;
  }

  /** An 'Unknown' node that keeps the layer visible, with a W_UNKNOWN_OP naming class and layer. */
  unknown(name: string, className: string, inputs: string[], why: string): string[] {
    this.diagnostics.push(diag('W_UNKNOWN_OP', `Keras layer '${name}' (${className}): ${why}`, name));
    return this.node({ name, op: 'Unknown', sourceOp: className || 'Unknown', inputs, attrs: {} });
  }

  warn(code: 'W_SHAPE' | 'W_UNKNOWN_OP' | 'I_ASSUMPTION', message: string, node?: string): void {
    this.diagnostics.push(diag(code, message, node));
  }
}
