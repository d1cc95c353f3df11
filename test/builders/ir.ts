/**
 * Builds small IR graphs in code for unit tests of rules and passes, without any file format.
 *   const g = new GraphBuilder('t');
 *   const x = g.input('x', 'float32', [1, 3, 8, 8]);
 *   const w = g.constant('w', 'float32', [16, 3, 3, 3]);
 *   const y = g.node('Conv', [x, w], { kernel_shape: [3, 3], layout: 'NCHW', weight_layout: 'OIHW' });
 *   g.output(y);
 */
import type { Attrs, Graph, Node, Quantization, Tensor, TensorData } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';
import type { OpKind } from '../../src/ir/op-kinds.js';

export class GraphBuilder {
  readonly graph: Graph;
  private counter = 0;

  constructor(name = 'test') {
    this.graph = { name, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
  }

  tensor(name: string, dtype: DType, shape?: Shape, extra: { quant?: Quantization; data?: TensorData } = {}): string {
    const t: Tensor = { name, dtype };
    if (shape !== undefined) t.shape = shape;
    if (extra.quant) t.quant = extra.quant;
    if (extra.data) t.data = extra.data;
    this.graph.tensors.set(name, t);
    return name;
  }

  input(name: string, dtype: DType, shape: Shape, quant?: Quantization): string {
    this.tensor(name, dtype, shape, quant ? { quant } : {});
    this.graph.inputs.push(name);
    return name;
  }

  /** A constant whose values are not needed (weights): data is 'computed' so nothing is held. */
  constant(name: string, dtype: DType, shape: Shape, quant?: Quantization): string {
    return this.tensor(name, dtype, shape, { data: { kind: 'computed', by: 'test' }, ...(quant ? { quant } : {}) });
  }

  /** A small constant with explicit values (shapes, axes, pads). */
  values(name: string, dtype: DType, values: number[], shape: Shape = [values.length]): string {
    return this.tensor(name, dtype, shape, { data: { kind: 'values', values } });
  }

  /**
   * Adds a node; creates its outputs (names `<name>_out<i>`, shapes unknown until inference
   * unless `outShapes` is given). Returns the first output's name.
   */
  node(op: OpKind, inputs: string[], attrs: Attrs = {}, opts: { name?: string; outputs?: number; outShapes?: Shape[]; outDType?: DType; sourceOp?: string; integer?: boolean } = {}): string {
    const name = opts.name ?? `${op.toLowerCase()}_${this.counter++}`;
    const n = opts.outputs ?? 1;
    const outputs: string[] = [];
    for (let i = 0; i < n; i++) {
      const oname = n === 1 ? name + '_out' : `${name}_out${i}`;
      const shape = opts.outShapes?.[i];
      const t: Tensor = { name: oname, dtype: opts.outDType ?? 'unknown' };
      if (shape !== undefined) t.shape = shape;
      this.graph.tensors.set(oname, t);
      outputs.push(oname);
    }
    const node: Node = { name, op, sourceOp: opts.sourceOp ?? op, inputs, outputs, attrs, ...(opts.integer ? { integer: true } : {}) };
    this.graph.nodes.push(node);
    return outputs[0] ?? '';
  }

  output(name: string): void {
    this.graph.outputs.push(name);
  }

  get(name: string): Tensor {
    const t = this.graph.tensors.get(name);
    if (!t) throw new Error(`no tensor ${name}`);
    return t;
  }
}
