/**
 * Builds .tflite bytes in code with the generated flatbuffers API, for frontend and per-op tests.
 *   const b = new TfliteBuilder();
 *   const x = b.input('x', 'int8', [1, 8, 8, 3], { quant: { scale: [0.5], zeroPoint: [0] } });
 *   const w = b.constant('w', 'int8', [4, 3, 3, 3]);
 *   const y = b.op('CONV_2D', [x, w], { out: ['y', 'int8', [1, 8, 8, 4]], options: conv2d({ activation: 'RELU' }) });
 *   b.output(y);
 *   const report = analyzeModel(memoryInput('m.tflite', b.build()));
 * Tensors are named; ops list input names ('' for an omitted optional input). `b.subgraph()` adds
 * subgraphs for WHILE/IF/CALL_ONCE; `external: true` stores a constant after the flatbuffer
 * (Buffer.offset/size, as >2 GB models do); `externalAt` writes an offset without the bytes.
 */
import * as flatbuffers from 'flatbuffers';
import * as t from '../../src/schemas/tflite/tflite.js';
import type { DType } from '../../src/ir/dtype.js';
import { tfliteFromDtype } from '../../src/frontends/tflite/dtype.js';
import { encodeRaw } from './onnx-bytes.js';
import type { OptionsFn } from './tflite-options.js';

export * from './tflite-options.js';
export { memoryInput, countingSource } from './onnx-bytes.js';

export interface QuantSpec { scale: number[]; zeroPoint: number[]; axis?: number }
export interface TensorOpts {
  quant?: QuantSpec;
  /** -1 entries become the tensor's shape_signature (the shape gets 1 there). */
  signature?: number[];
  variable?: boolean;
}
export interface ConstOpts extends TensorOpts {
  /** Values (default zeros), little-endian; or raw bytes. */
  values?: number[];
  bytes?: Uint8Array;
  /** Store after the flatbuffer, addressed by Buffer.offset/size. */
  external?: boolean;
  /** Write Buffer.offset = this and size = the data's length, without appending the bytes. */
  externalAt?: number;
}
/** An output tensor: [name, dtype, shape, opts?]. */
export type OutSpec = [string, DType, number[], TensorOpts?];

interface TensorRec { name: string; dtype: DType; shape: number[]; opts: TensorOpts; buffer: number }
interface OpRec { code: number; inputs: string[]; outputs: string[]; options?: OptionsFn; custom?: Uint8Array }
interface BufferRec { data?: Uint8Array; external?: boolean; externalAt?: number }

export class TfliteSubgraph {
  readonly tensors: TensorRec[] = [];
  readonly ops: OpRec[] = [];
  readonly inputs: string[] = [];
  readonly outputs: string[] = [];
  private readonly names = new Set<string>();
  constructor(readonly model: TfliteBuilder, readonly index: number, readonly name: string) {}

  tensor(name: string, dtype: DType, shape: number[], opts: TensorOpts = {}, buffer = 0): string {
    // (a set, not a search of the list: the bench builds 100k-operator models with this)
    if (this.names.has(name)) throw new Error(`tensor '${name}' defined twice`);
    this.names.add(name);
    this.tensors.push({ name, dtype, shape, opts, buffer });
    return name;
  }

  input(name: string, dtype: DType, shape: number[], opts: TensorOpts = {}): string {
    this.inputs.push(this.tensor(name, dtype, shape, opts));
    return name;
  }

  output(...names: string[]): void {
    this.outputs.push(...names);
  }

  constant(name: string, dtype: DType, shape: number[], opts: ConstOpts = {}): string {
    const count = shape.reduce((a, b) => a * b, 1);
    const data = opts.bytes ?? encodeRaw(dtype, opts.values ?? new Array<number>(count).fill(0));
    const rec: BufferRec = { data };
    if (opts.external) rec.external = true;
    if (opts.externalAt !== undefined) rec.externalAt = opts.externalAt;
    return this.tensor(name, dtype, shape, opts, this.model.addBuffer(rec));
  }

  /** A builtin operator (by BuiltinOperator name) or `CUSTOM:<code>`; outputs are declared here. */
  op(code: keyof typeof t.BuiltinOperator | `CUSTOM:${string}`, inputs: string[], o: { out: OutSpec | OutSpec[]; options?: OptionsFn; customOptions?: Uint8Array }): string {
    const outs = (o.out.length === 0 || Array.isArray(o.out[0]) ? o.out : [o.out]) as OutSpec[];
    for (const [n, d, s, opts] of outs) this.tensor(n, d, s, opts ?? {});
    const index = code.startsWith('CUSTOM:') ? this.model.opcode(t.BuiltinOperator.CUSTOM, code.slice(7)) : this.model.opcode(t.BuiltinOperator[code as keyof typeof t.BuiltinOperator]);
    const rec: OpRec = { code: index, inputs, outputs: outs.map((x) => x[0]) };
    if (o.options) rec.options = o.options;
    if (o.customOptions) rec.custom = o.customOptions;
    this.ops.push(rec);
    return outs[0]?.[0] ?? '';
  }
}

export class TfliteBuilder {
  readonly subgraphs: TfliteSubgraph[] = [];
  readonly buffers: BufferRec[] = [{}];
  readonly codes: { builtin: number; custom?: string }[] = [];
  version = 3;
  description = 'model-footprint test builder';
  readonly main: TfliteSubgraph;

  constructor() {
    this.main = this.subgraph('main');
  }

  subgraph(name: string): TfliteSubgraph {
    const g = new TfliteSubgraph(this, this.subgraphs.length, name);
    this.subgraphs.push(g);
    return g;
  }

  addBuffer(b: BufferRec): number {
    this.buffers.push(b);
    return this.buffers.length - 1;
  }

  opcode(builtin: number, custom?: string): number {
    const i = this.codes.findIndex((c) => c.builtin === builtin && c.custom === custom);
    if (i >= 0) return i;
    this.codes.push(custom === undefined ? { builtin } : { builtin, custom });
    return this.codes.length - 1;
  }

  // Shorthands on the main subgraph.
  input(name: string, dtype: DType, shape: number[], opts?: TensorOpts): string { return this.main.input(name, dtype, shape, opts); }
  constant(name: string, dtype: DType, shape: number[], opts?: ConstOpts): string { return this.main.constant(name, dtype, shape, opts); }
  tensor(name: string, dtype: DType, shape: number[], opts?: TensorOpts): string { return this.main.tensor(name, dtype, shape, opts); }
  op(...a: Parameters<TfliteSubgraph['op']>): string { return this.main.op(...a); }
  output(...names: string[]): void { this.main.output(...names); }

  /** The model bytes: the flatbuffer, then (16-byte aligned) any external buffers. */
  build(): Uint8Array {
    const externals = this.buffers.filter((b) => b.external);
    if (externals.length === 0) return this.serialize(new Map());
    const first = this.serialize(new Map(externals.map((b) => [b, 2])));
    const offsets = new Map<BufferRec, number>();
    let at = align16(first.length);
    for (const b of externals) {
      offsets.set(b, at);
      at = align16(at + (b.data?.length ?? 0));
    }
    const fbBytes = this.serialize(offsets);
    if (fbBytes.length !== first.length) throw new Error('external buffer offsets changed the flatbuffer size');
    const out = new Uint8Array(at);
    out.set(fbBytes, 0);
    for (const b of externals) out.set(b.data ?? new Uint8Array(0), offsets.get(b) ?? 0);
    return out;
  }

  private serialize(external: Map<BufferRec, number>): Uint8Array {
    const fb = new flatbuffers.Builder(1024);
    const buffers = this.buffers.map((b) => {
      const at = external.get(b) ?? b.externalAt;
      if (at !== undefined) return t.Buffer.createBuffer(fb, 0, BigInt(at), BigInt(b.data?.length ?? 0));
      if (!b.data || b.data.length === 0) return t.Buffer.createBuffer(fb, 0, 0n, 0n);
      fb.startVector(1, b.data.length, 16);
      for (let i = b.data.length - 1; i >= 0; i--) fb.addInt8(b.data[i] as number);
      const vec = fb.endVector();
      return t.Buffer.createBuffer(fb, vec, 0n, 0n);
    });
    const codes = this.codes.map((c) => {
      const custom = c.custom === undefined ? 0 : fb.createString(c.custom);
      t.OperatorCode.startOperatorCode(fb);
      t.OperatorCode.addDeprecatedBuiltinCode(fb, Math.min(c.builtin, 127));
      if (custom) t.OperatorCode.addCustomCode(fb, custom);
      t.OperatorCode.addVersion(fb, 1);
      t.OperatorCode.addBuiltinCode(fb, c.builtin);
      return t.OperatorCode.endOperatorCode(fb);
    });
    const subgraphs = this.subgraphs.map((g) => writeSubgraph(fb, g));
    const desc = fb.createString(this.description);
    const model = t.Model.createModel(fb, this.version, t.Model.createOperatorCodesVector(fb, codes), t.Model.createSubgraphsVector(fb, subgraphs),
      desc, t.Model.createBuffersVector(fb, buffers), 0, 0, 0, 0, 0);
    fb.finish(model, 'TFL3');
    return fb.asUint8Array().slice();
  }
}

const align16 = (n: number): number => Math.ceil(n / 16) * 16;

function writeSubgraph(fb: flatbuffers.Builder, g: TfliteSubgraph): flatbuffers.Offset {
  const index = new Map(g.tensors.map((x, i) => [x.name, i]));
  const ref = (n: string): number => {
    if (n === '') return -1;
    const i = index.get(n);
    if (i === undefined) throw new Error(`subgraph '${g.name}': unknown tensor '${n}'`);
    return i;
  };
  const tensors = g.tensors.map((x) => writeTensor(fb, x));
  const ops = g.ops.map((o) => {
    const opts = o.options?.(fb);
    const custom = o.custom ? t.Operator.createCustomOptionsVector(fb, o.custom) : 0;
    const ins = t.Operator.createInputsVector(fb, o.inputs.map(ref));
    const outs = t.Operator.createOutputsVector(fb, o.outputs.map(ref));
    t.Operator.startOperator(fb);
    t.Operator.addOpcodeIndex(fb, o.code);
    t.Operator.addInputs(fb, ins);
    t.Operator.addOutputs(fb, outs);
    if (opts) {
      t.Operator.addBuiltinOptionsType(fb, opts[0]);
      t.Operator.addBuiltinOptions(fb, opts[1]);
    }
    if (custom) t.Operator.addCustomOptions(fb, custom);
    return t.Operator.endOperator(fb);
  });
  const name = fb.createString(g.name);
  return t.SubGraph.createSubGraph(fb, t.SubGraph.createTensorsVector(fb, tensors), t.SubGraph.createInputsVector(fb, g.inputs.map(ref)),
    t.SubGraph.createOutputsVector(fb, g.outputs.map(ref)), t.SubGraph.createOperatorsVector(fb, ops), name, 0);
}

function writeTensor(fb: flatbuffers.Builder, x: TensorRec): flatbuffers.Offset {
  const q = x.opts.quant;
  const quant = q ? t.QuantizationParameters.createQuantizationParameters(fb, 0, 0, t.QuantizationParameters.createScaleVector(fb, q.scale),
    t.QuantizationParameters.createZeroPointVector(fb, q.zeroPoint.map((z) => BigInt(z))), t.QuantizationDetails.NONE, 0, q.axis ?? 0) : 0;
  const sig = x.opts.signature;
  const shape = t.Tensor.createShapeVector(fb, sig ? x.shape.map((d, i) => (sig[i] === -1 ? 1 : d)) : x.shape);
  const signature = sig ? t.Tensor.createShapeSignatureVector(fb, sig) : 0;
  const name = fb.createString(x.name);
  t.Tensor.startTensor(fb);
  t.Tensor.addShape(fb, shape);
  t.Tensor.addType(fb, tfliteFromDtype(x.dtype));
  t.Tensor.addBuffer(fb, x.buffer);
  t.Tensor.addName(fb, name);
  if (quant) t.Tensor.addQuantization(fb, quant);
  if (x.opts.variable) t.Tensor.addIsVariable(fb, true);
  if (signature) t.Tensor.addShapeSignature(fb, signature);
  return t.Tensor.endTensor(fb);
}
