import type { ByteSource } from './source.js';
import type { DType } from './dtype.js';
import type { Shape } from './shape.js';
import type { OpKind } from './op-kinds.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Quantization parameters. Per-tensor when scale has one entry; per-axis (per-channel) when it
 * has one entry per slice along `axis`.
 */
export interface Quantization {
  scale: number[];
  zeroPoint: number[];
  axis?: number;
  /** Storage type the quantized values use (int8, uint8, int16, int4...). */
  dtype?: DType;
  /**
   * The file does not hold these parameters: the vendor compiler chooses them (float weights of a
   * layer between quantized activations, passes/qdq-weights.ts). Scales are NaN (unknown values),
   * one per channel.
   */
  byCompiler?: true;
}

/**
 * Where a constant's values are. Bytes stay in the file until a rule asks for them: `bytes` keeps
 * an offset and a length, never a copy.
 * - `raw-le`: little-endian packed elements of the tensor's dtype (ONNX raw_data, TFLite buffers).
 * - `pb-varint` / `pb-fixed32` / `pb-fixed64`: a packed protobuf repeated field (ONNX typed fields).
 * - `values`: small values materialized by a frontend or by constant folding (shape math).
 * - `computed`: produced in-graph by a constant subgraph (ConstantOfShape weights); no bytes held.
 */
export type TensorData =
  | { kind: 'bytes'; source: ByteSource; offset: number; length: number; encoding: 'raw-le' | 'pb-varint' | 'pb-zigzag' | 'pb-fixed32' | 'pb-fixed64' }
  | { kind: 'values'; values: number[] }
  | { kind: 'strings'; values: string[] }
  | { kind: 'computed'; by: string };

export interface Tensor {
  name: string;
  dtype: DType;
  /** undefined when the rank is unknown. */
  shape?: Shape;
  quant?: Quantization;
  /** Present when the tensor is a constant (initializer, buffer, folded value). */
  data?: TensorData;
  /** A persistent state tensor (TFLite variable tensors, resource variables). */
  variable?: boolean;
  /**
   * Bits per element the constant is stored at when narrower than its dtype: QONNX quantizes
   * float weights to any bit width (passes/shapes/fold.ts); ROM counts them packed.
   */
  storageBits?: number;
  /**
   * Packed 32 per word along this axis (ir/packing.ts): an int1 tensor (without it, along the last
   * axis: an activation's channels), or a constant with `storageBits` (binary weights, along their
   * input channels).
   */
  packedAxis?: number;
  /**
   * Made by the vendor compiler, not stored in the file (the bias or threshold stedgeai gives a
   * binary layer, passes/binary.ts): part of the weights (ROM), not of the file's params.
   */
  byCompiler?: true;
  /**
   * Items of the file's model that the compiler folds into another layer's arrays (a
   * BatchNormalization folded into the layer after it, passes/batchnorm.ts): in the params, not
   * in the weights (ROM).
   */
  paramsOnly?: true;
}

export type AttrValue = number | string | boolean | number[] | string[] | Tensor | Tensor[] | Graph | Graph[];
export type Attrs = Record<string, AttrValue>;

export interface Node {
  /** The name a user sees in Netron/vendor logs (METRICS.md "Names"). Unique within a graph. */
  name: string;
  /** Our operator kind (ONNX-like naming, format-neutral). */
  op: OpKind;
  /** The operator as written in the file: 'Conv', 'CONV_2D', 'Conv2D', a custom op's name. */
  sourceOp: string;
  /** Operator domain when not the default one ('com.microsoft', 'ai.onnx.ml', 'qonnx...', 'custom'). */
  domain?: string;
  /** Input tensor names; '' marks an omitted optional input. */
  inputs: string[];
  outputs: string[];
  /**
   * Attributes in ONNX naming. Spatial ops carry `layout: 'NCHW' | 'NHWC'`; convolutions carry
   * `weight_layout` ('OIHW' ONNX, 'OHWI' TFLite conv, 'IHWO' TFLite depthwise, 'HWIO' Keras).
   */
  attrs: Attrs;
  /** Nested graphs (If branches, Loop/Scan bodies, TFLite WHILE/IF subgraphs). */
  subgraphs?: Record<string, Graph>;
  /** Names of the original operators folded/fused into this one (METRICS.md "Names"). */
  fused?: readonly string[];
  /** Activation fused into this op, as an op kind ('Relu', 'Clip', 'Sigmoid'...). */
  activation?: OpKind;
  /** Activation parameters (Clip min/max, LeakyRelu alpha). */
  activationAttrs?: Attrs;
  /** The layer computes on quantized integers (ir/integer.ts): set by frontends and the QDQ pass. */
  integer?: boolean;
  /** The operator's position in the file where the format numbers them (TFLite: stedgeai's m_id). */
  index?: number;
}

export interface Graph {
  name: string;
  tensors: Map<string, Tensor>;
  /** Nodes in execution (topological) order after the `verify` pass. */
  nodes: Node[];
  inputs: string[];
  outputs: string[];
  /**
   * Nested graphs only: names the graph's nodes read from enclosing graphs (ONNX outer-scope
   * references). They are not in `tensors`; look them up in the enclosing graphs.
   */
  outerRefs?: string[];
}

/** A format's name as the format registry gives it (src/frontends/registry.ts); the IR knows none. */
export type ModelFormat = string;

export interface Model {
  format: ModelFormat;
  /** Path as given by the caller. */
  path: string;
  graph: Graph;
  /** Format details shown in the report: opsets, producer, schema version... */
  meta: Record<string, string | number>;
  /** Diagnostics the frontend raised while reading (unknown ops, nested graphs, domains). */
  diagnostics: Diagnostic[];
}
