/**
 * Builds ONNX model bytes in code with the generated encoders, for frontend and per-op tests.
 *   const b = new OnnxBuilder({ opset: 13 });
 *   const x = b.input('x', 'float32', [1, 3, 8, 8]);
 *   const w = b.initializer('w', 'float32', [16, 3, 3, 3]);
 *   const y = b.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
 *   b.output(y, 'float32');
 *   const model = readOnnx(memoryInput('m.onnx', b.build()));
 * Attribute values: integer -> INT, other number -> FLOAT, number[] -> INTS (FLOATS when any is
 * fractional; force with floats([...])), string(s) -> STRING(S), a graph builder -> GRAPH,
 * tensor(...) -> TENSOR.
 */
import { onnx } from '../../src/schemas/onnx/onnx.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';
import { onnxFromDtype } from '../../src/frontends/onnx/dtype.js';
import { encodeRaw, floatToHalf, floatToBf16 } from './onnx-bytes.js';

export { memoryInput, countingSource, encodeRaw } from './onnx-bytes.js';

type TensorProps = onnx.TensorProto.$Properties;
type AttrProps = onnx.AttributeProto.$Properties;
const AT = onnx.AttributeProto.AttributeType;

/** How an initializer's values are stored. */
export interface TensorOpts {
  /** Values (default: zeros). Written little-endian to raw_data unless `typed`. */
  values?: number[];
  /** Store in the typed field ONNX uses for the dtype (float_data, int32_data, int64_data...). */
  typed?: boolean;
  /** Store in another file: data_location = EXTERNAL. The test provides that file's bytes. */
  external?: { location: string; offset?: number; length?: number };
  /** List the initializer as a graph input too (IR < 4 models). */
  alsoInput?: boolean;
}

export class FloatsAttr { constructor(readonly values: number[]) {} }
export class FloatAttr { constructor(readonly value: number) {} }
/** Forces a FLOATS attribute even when every value is an integer. */
export const floats = (v: number[]): FloatsAttr => new FloatsAttr(v);
/** Forces a FLOAT attribute (`alpha: float(1)`). */
export const float = (v: number): FloatAttr => new FloatAttr(v);

export type OnnxAttr = number | number[] | string | string[] | FloatAttr | FloatsAttr | TensorProps | OnnxGraphBuilder | OnnxGraphBuilder[];

function valueInfo(name: string, dtype?: DType, shape?: Shape): onnx.ValueInfoProto.$Properties {
  if (dtype === undefined) return { name };
  const tensor_type: onnx.TypeProto.Tensor.$Properties = { elem_type: onnxFromDtype(dtype) };
  if (shape !== undefined) tensor_type.shape = { dim: shape.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) };
  return { name, type: { tensor_type } };
}

/** A TensorProto (for TENSOR attributes, Constant nodes and initializers). */
export function tensor(name: string, dtype: DType, dims: number[], opts: TensorOpts = {}): TensorProps {
  const t: TensorProps = { name, data_type: onnxFromDtype(dtype), dims };
  const count = dims.reduce((a, b) => a * b, 1);
  const values = opts.values ?? new Array<number>(count).fill(0);
  if (opts.external) {
    t.data_location = onnx.TensorProto.DataLocation.EXTERNAL;
    const e = opts.external;
    t.external_data = [{ key: 'location', value: e.location }];
    if (e.offset !== undefined) t.external_data.push({ key: 'offset', value: String(e.offset) });
    if (e.length !== undefined) t.external_data.push({ key: 'length', value: String(e.length) });
  } else if (!opts.typed) {
    t.raw_data = encodeRaw(dtype, values);
  } else if (dtype === 'float32') t.float_data = values;
  else if (dtype === 'float64') t.double_data = values;
  else if (dtype === 'int64') t.int64_data = values;
  else if (dtype === 'uint32' || dtype === 'uint64') t.uint64_data = values;
  else if (dtype === 'float16') t.int32_data = values.map(floatToHalf);
  else if (dtype === 'bfloat16') t.int32_data = values.map(floatToBf16);
  else t.int32_data = values;
  return t;
}

function attribute(name: string, v: OnnxAttr): AttrProps {
  if (v instanceof FloatAttr) return { name, type: AT.FLOAT, f: v.value };
  if (v instanceof FloatsAttr) return { name, type: AT.FLOATS, floats: v.values };
  if (v instanceof OnnxGraphBuilder) return { name, type: AT.GRAPH, g: v.graphProto() };
  if (typeof v === 'number') return Number.isInteger(v) ? { name, type: AT.INT, i: v } : { name, type: AT.FLOAT, f: v };
  if (typeof v === 'string') return { name, type: AT.STRING, s: new TextEncoder().encode(v) };
  if (Array.isArray(v)) {
    if (v.every((x) => x instanceof OnnxGraphBuilder)) return { name, type: AT.GRAPHS, graphs: v.map((g) => g.graphProto()) };
    if (v.every((x) => typeof x === 'string')) return { name, type: AT.STRINGS, strings: v.map((s) => new TextEncoder().encode(s)) };
    const nums = v as number[];
    return nums.every(Number.isInteger) ? { name, type: AT.INTS, ints: nums } : { name, type: AT.FLOATS, floats: nums };
  }
  return { name, type: AT.TENSOR, t: v };
}

export interface NodeOpts {
  name?: string;
  domain?: string;
  /** Number of outputs (named `<name>_out<i>`) or explicit names ('' for an omitted output). */
  outputs?: number | string[];
}

/** One graph: the main graph (OnnxBuilder) or a nested one (If branches, Loop bodies). */
export class OnnxGraphBuilder {
  readonly proto: onnx.GraphProto.$Properties;
  private counter = 0;

  constructor(name: string) {
    this.proto = { name, node: [], initializer: [], input: [], output: [], value_info: [] };
  }

  input(name: string, dtype: DType, shape?: Shape): string {
    this.proto.input?.push(valueInfo(name, dtype, shape));
    return name;
  }

  /** Declares a graph output; dtype and shape are optional. */
  output(name: string, dtype?: DType, shape?: Shape): string {
    this.proto.output?.push(valueInfo(name, dtype, shape));
    return name;
  }

  /** Declares an intermediate tensor's type (value_info). */
  valueInfo(name: string, dtype: DType, shape?: Shape): string {
    this.proto.value_info?.push(valueInfo(name, dtype, shape));
    return name;
  }

  initializer(name: string, dtype: DType, dims: number[], opts: TensorOpts = {}): string {
    this.proto.initializer?.push(tensor(name, dtype, dims, opts));
    if (opts.alsoInput) this.input(name, dtype, dims);
    return name;
  }

  /** A Constant node with a `value` tensor; returns its output name. */
  constant(name: string, dtype: DType, dims: number[], values?: number[]): string {
    return this.node('Constant', [], { value: tensor(name, dtype, dims, values ? { values } : {}) }, { name: `${name}_const`, outputs: [name] });
  }

  /** Adds a node; returns its first output (see nodeOutputs for all). */
  node(op: string, inputs: string[], attrs: Record<string, OnnxAttr> = {}, opts: NodeOpts = {}): string {
    return this.nodeOutputs(op, inputs, attrs, opts)[0] ?? '';
  }

  nodeOutputs(op: string, inputs: string[], attrs: Record<string, OnnxAttr> = {}, opts: NodeOpts = {}): string[] {
    const name = opts.name ?? `${op.toLowerCase()}_${this.counter++}`;
    const o = opts.outputs ?? 1;
    const outputs = typeof o === 'number' ? Array.from({ length: o }, (_, i) => (o === 1 ? `${name}_out` : `${name}_out${i}`)) : o;
    const node: onnx.NodeProto.$Properties = {
      name, op_type: op, input: inputs, output: outputs,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    };
    if (opts.domain !== undefined) node.domain = opts.domain;
    this.proto.node?.push(node);
    return outputs;
  }

  /** QuantizeLinear -> DequantizeLinear on `x` with per-tensor scale/zero point initializers. */
  qdq(x: string, scale: number, zeroPoint: number, dtype: 'uint8' | 'int8' = 'uint8'): string {
    const s = this.initializer(`${x}_scale`, 'float32', [], { values: [scale] });
    const z = this.initializer(`${x}_zp`, dtype, [], { values: [zeroPoint] });
    const q = this.node('QuantizeLinear', [x, s, z], {}, { name: `${x}_q` });
    return this.node('DequantizeLinear', [q, s, z], {}, { name: `${x}_dq` });
  }

  /** An int8 weight initializer followed by DequantizeLinear (per-axis when scales has >1 entry). */
  dequantizedWeight(name: string, dims: number[], scales: number[], opts: { values?: number[]; axis?: number } = {}): string {
    const w = this.initializer(name, 'int8', dims, opts.values ? { values: opts.values } : {});
    const shape = scales.length > 1 ? [scales.length] : [];
    const s = this.initializer(`${name}_scale`, 'float32', shape, { values: scales });
    const z = this.initializer(`${name}_zp`, 'int8', shape, { values: scales.map(() => 0) });
    return this.node('DequantizeLinear', [w, s, z], opts.axis !== undefined ? { axis: opts.axis } : {}, { name: `${name}_dq` });
  }

  /** A nested graph to pass as an attribute value (If then_branch/else_branch, Loop body). */
  subgraph(name: string): OnnxGraphBuilder {
    return new OnnxGraphBuilder(name);
  }

  graphProto(): onnx.GraphProto.$Properties {
    return this.proto;
  }
}

export interface ModelOpts {
  /** Default-domain opset (default 13). */
  opset?: number;
  /** Other domains' opsets, e.g. { 'com.microsoft': 1 }. */
  opsets?: Record<string, number>;
  irVersion?: number;
  producer?: string;
  graphName?: string;
}

export class OnnxBuilder extends OnnxGraphBuilder {
  constructor(readonly opts: ModelOpts = {}) {
    super(opts.graphName ?? 'test');
  }

  model(): onnx.ModelProto.$Properties {
    const opset_import = [{ domain: '', version: this.opts.opset ?? 13 }];
    for (const [domain, version] of Object.entries(this.opts.opsets ?? {})) opset_import.push({ domain, version });
    return {
      ir_version: this.opts.irVersion ?? 8,
      producer_name: this.opts.producer ?? 'model-footprint-tests',
      opset_import,
      graph: this.graphProto(),
    };
  }

  build(): Uint8Array {
    return onnx.ModelProto.encode(this.model()).finish();
  }
}
