/**
 * Walks ModelProto -> GraphProto -> NodeProto/AttributeProto/TensorProto at the wire level.
 * Tensor payloads (raw_data and the packed typed fields) are kept as byte ranges, and so are a
 * graph's nodes and initializers until they are mapped; every other field is copied into a small
 * buffer and decoded with the generated decoders.
 */
import { onnx } from '../../schemas/onnx/onnx.js';
import { WireReader, WIRE_LEN, Spans, gather, decodeWith, newField, type WireField } from './wire.js';
import { GraphBudget } from '../graph-budget.js';

export type PayloadEncoding = 'raw-le' | 'pb-varint' | 'pb-fixed32' | 'pb-fixed64';

export interface LazyTensor {
  /** Everything but the payload (dims, data_type, name, external_data...). */
  proto: onnx.TensorProto;
  /** Offset of the TensorProto in the file (for errors). */
  at: number;
  /** The payload as one byte range in the model file. */
  payload?: { offset: number; length: number; encoding: PayloadEncoding; field: number };
  /** Typed fields written unpacked (or split) were decoded with the metadata instead. */
  decoded?: boolean;
}

export interface LazySparseTensor {
  at: number;
  dims: number[];
  values?: LazyTensor;
  indices?: LazyTensor;
}

export interface LazyAttribute {
  proto: onnx.AttributeProto;
  t?: LazyTensor;
  tensors: LazyTensor[];
  g?: LazyGraph;
  graphs: LazyGraph[];
  sparse?: LazySparseTensor;
  sparses: LazySparseTensor[];
}

/** A node's names, op and domain (its attributes: readNodeAttributes). */
export interface LazyNode {
  proto: onnx.NodeProto;
  at: number;
}

/**
 * A graph as read: its nodes and initializers are byte ranges of the file (start, end, start,
 * end...), each decoded when it is mapped (readLazyNode, readNodeAttributes, readLazyTensor) and
 * dropped then, so nothing decoded outlives its own mapping: a graph of 100k nodes made 130 MiB of
 * decoded messages that lived through the whole read, and most of the read's time went to the
 * garbage collector copying them.
 */
export interface LazyGraph {
  /** name, input, output, value_info, doc_string... (nodes and initializers are below). */
  proto: onnx.GraphProto;
  at: number;
  /** How deep the graph is nested (the model's graph: 1). */
  depth: number;
  /** The model's counts of nodes and tensors, which its nested graphs add to as they are read. */
  budget: GraphBudget;
  nodes: number[];
  initializers: number[];
  sparseInitializers: LazySparseTensor[];
}

export interface LazyModel {
  /** ir_version, opset_import, producer... (the graph is below; training_info/functions skipped). */
  proto: onnx.ModelProto;
  graph?: LazyGraph;
  /** Counts of the fields left unread. */
  skipped: { trainingInfo: number; functions: number };
}

/**
 * The doc_string field of each message (onnx.proto): free text no rule or report reads, so it is
 * skipped unread (a model's own documentation can be as large as its weights).
 */
const DOC_STRING = { ModelProto: 6, GraphProto: 10, NodeProto: 6, AttributeProto: 13, TensorProto: 12 } as const;
const isDoc = (f: WireField, message: keyof typeof DOC_STRING): boolean => f.no === DOC_STRING[message] && f.wire === WIRE_LEN;

/** Unpacked typed fields are decoded in memory; beyond this they are refused. */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

/** int64 fields decode as numbers (or Long objects when long.js is installed). */
export function toNum(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof v.toNumber === 'function') return Number(v.toNumber());
  return Number(v);
}

/** Nested graphs deeper than this are refused (hostile files). */
export const MAX_GRAPH_DEPTH = 16;

const PAYLOAD_FIELDS: Readonly<Record<number, PayloadEncoding>> = {
  4: 'pb-fixed32', // float_data
  5: 'pb-varint', // int32_data
  7: 'pb-varint', // int64_data
  9: 'raw-le', // raw_data
  10: 'pb-fixed64', // double_data
  11: 'pb-varint', // uint64_data
};

/** `budget`: the model's bounds on nodes and tensors (tests give smaller ones). */
export function readLazyModel(r: WireReader, budget = new GraphBudget()): LazyModel {
  const rest: WireField[] = [];
  let graphField: WireField | undefined;
  const skipped = { trainingInfo: 0, functions: 0 };
  for (const f of r.fields(0, r.size, 'ModelProto')) {
    if (f.no === 7 && f.wire === WIRE_LEN) graphField = f;
    else if (f.no === 20) skipped.trainingInfo++;
    else if (f.no === 25) skipped.functions++;
    else if (!isDoc(f, 'ModelProto')) rest.push(f);
  }
  const proto = decodeWith(r, 'ModelProto', 0, gather(r, rest), (b) => onnx.ModelProto.decode(b));
  const model: LazyModel = { proto, skipped };
  if (graphField) model.graph = readLazyGraph(r, graphField, 1, budget);
  return model;
}

/**
 * GraphProto fields that declare a tensor: input, output, initializer, value_info,
 * quantization_annotation, sparse_initializer (each entry becomes an object of the read).
 */
const TENSOR_FIELDS: ReadonlySet<number> = new Set([11, 12, 5, 13, 14, 15]);

export function readLazyGraph(r: WireReader, at: WireField, depth: number, budget: GraphBudget): LazyGraph {
  if (depth > MAX_GRAPH_DEPTH) throw r.error('E_LIMIT', `graphs nested more than ${MAX_GRAPH_DEPTH} deep`, at.tagOffset);
  const nodes: number[] = [];
  const initializers: number[] = [];
  const sparseInitializers: LazySparseTensor[] = [];
  const rest = new Spans();
  const f = newField();
  // counted as scanned: a file declaring millions of nodes is refused before they are held
  for (let pos = at.offset; pos < at.end; pos = f.end) {
    r.fieldInto(pos, at.end, 'GraphProto', f);
    if (f.wire === WIRE_LEN && budget.add(f.no === 1 ? 1 : 0, TENSOR_FIELDS.has(f.no) ? 1 : 0)) {
      throw r.error('E_LIMIT', budget.refusal(`the graph at byte ${at.offset}`), f.tagOffset);
    }
    if (f.wire !== WIRE_LEN) rest.add(f);
    else if (f.no === 1) nodes.push(f.offset, f.end);
    else if (f.no === 5) initializers.push(f.offset, f.end);
    else if (f.no === 15) sparseInitializers.push(readLazySparse(r, { ...f }));
    else if (!isDoc(f, 'GraphProto')) rest.add(f);
  }
  const proto = decodeWith(r, 'GraphProto', at.offset, rest.gather(r), (b) => onnx.GraphProto.decode(b));
  return { proto, at: at.offset, depth, budget, nodes, initializers, sparseInitializers };
}

/** The node of `g` whose range starts at `g.nodes[2 * index]`, without its attributes (readNodeAttributes). */
export function readLazyNode(r: WireReader, g: LazyGraph, index: number): LazyNode {
  const start = startOf(g.nodes, index);
  const end = endOf(g.nodes, index);
  const rest = new Spans();
  const f = newField();
  let edges = 0;
  for (let pos = start; pos < end; pos = f.end) {
    r.fieldInto(pos, end, 'NodeProto', f);
    if ((f.no === 1 || f.no === 2) && f.wire === WIRE_LEN) edges++;
    if ((f.no !== 5 || f.wire !== WIRE_LEN) && !isDoc(f, 'NodeProto')) rest.add(f);
  }
  // counted before the names are decoded: one node may list millions of inputs
  if (g.budget.add(0, 0, edges)) throw r.error('E_LIMIT', g.budget.refusal(`node ${index} of the graph at byte ${g.at}`), start);
  const proto = decodeWith(r, 'NodeProto', start, rest.gather(r), (b) => onnx.NodeProto.decode(b));
  return { proto, at: start };
}

/** The attributes of the node of `g` whose range starts at `g.nodes[2 * index]`. */
export function readNodeAttributes(r: WireReader, g: LazyGraph, index: number): LazyAttribute[] {
  const start = startOf(g.nodes, index);
  const end = endOf(g.nodes, index);
  const attrs: LazyAttribute[] = [];
  const f = newField();
  for (let pos = start; pos < end; pos = f.end) {
    r.fieldInto(pos, end, 'NodeProto', f);
    if (f.no === 5 && f.wire === WIRE_LEN) attrs.push(readLazyAttribute(r, f, g.depth, g.budget));
  }
  return attrs;
}

/** The initializer of `g` whose range starts at `g.initializers[2 * index]`. */
export function readInitializer(r: WireReader, g: LazyGraph, index: number): LazyTensor {
  return readLazyTensor(r, startOf(g.initializers, index), endOf(g.initializers, index));
}

/** Where the `index`th range of a start, end, start, end... list starts (no pair made: a read asks for each node's range twice). */
function startOf(list: readonly number[], index: number): number {
  return list[2 * index] as number;
}

/** Where the `index`th range of a start, end, start, end... list ends. */
function endOf(list: readonly number[], index: number): number {
  return list[2 * index + 1] as number;
}

function readLazyAttribute(r: WireReader, at: WireField, depth: number, budget: GraphBudget): LazyAttribute {
  let t: LazyTensor | undefined;
  let g: LazyGraph | undefined;
  let sparse: LazySparseTensor | undefined;
  const tensors: LazyTensor[] = [];
  const graphs: LazyGraph[] = [];
  const sparses: LazySparseTensor[] = [];
  const rest = new Spans();
  const f = newField();
  for (let pos = at.offset; pos < at.end; pos = f.end) {
    r.fieldInto(pos, at.end, 'AttributeProto', f);
    if (f.wire !== WIRE_LEN) rest.add(f);
    else if (f.no === 5) t = readLazyTensor(r, f.offset, f.end);
    else if (f.no === 10) tensors.push(readLazyTensor(r, f.offset, f.end));
    else if (f.no === 6) g = readLazyGraph(r, f, depth + 1, budget);
    else if (f.no === 11) graphs.push(readLazyGraph(r, f, depth + 1, budget));
    else if (f.no === 22) sparse = readLazySparse(r, f);
    else if (f.no === 23) sparses.push(readLazySparse(r, f));
    else if (!isDoc(f, 'AttributeProto')) rest.add(f);
  }
  const proto = decodeWith(r, 'AttributeProto', at.offset, rest.gather(r), (b) => onnx.AttributeProto.decode(b));
  return { proto, t, tensors, g, graphs, sparse, sparses };
}

/** The TensorProto occupying `[start, end)`. */
function readLazyTensor(r: WireReader, start: number, end: number): LazyTensor {
  const rest = new Spans();
  // rest and the payload fields, in file order: what is decoded when the payload is unpacked or split
  const all = new Spans();
  let payloads = 0;
  let payloadBytes = 0;
  let raws = 0;
  let first: WireField | undefined;
  let lastRaw: WireField | undefined;
  const f = newField();
  for (let pos = start; pos < end; pos = f.end) {
    r.fieldInto(pos, end, 'TensorProto', f);
    if (PAYLOAD_FIELDS[f.no] !== undefined) {
      payloads++;
      payloadBytes += f.end - f.tagOffset;
      all.add(f);
      if (payloads === 1) first = { ...f };
      if (f.no === 9) {
        raws++;
        lastRaw = { ...f };
      }
    } else if (!isDoc(f, 'TensorProto')) {
      rest.add(f);
      all.add(f);
    }
  }
  let payload: LazyTensor['payload'];
  let decoded = false;
  if (payloads === 1 && first?.wire === WIRE_LEN) {
    payload = { offset: first.offset, length: first.length, encoding: PAYLOAD_FIELDS[first.no] as PayloadEncoding, field: first.no };
  } else if (payloads > 0) {
    // Unpacked or split repeated fields (legal protobuf): small in practice, decode them.
    if (lastRaw?.wire === WIRE_LEN && raws === payloads) {
      payload = { offset: lastRaw.offset, length: lastRaw.length, encoding: 'raw-le', field: 9 };
    } else {
      if (payloadBytes > MAX_UNPACKED_BYTES) throw r.error('E_LIMIT', `tensor data written as ${payloads} unpacked/split fields (${payloadBytes} bytes); re-export with packed fields or raw_data`, start);
      decoded = true;
    }
  }
  const bytes = (decoded ? all : rest).gather(r);
  return { proto: decodeWith(r, 'TensorProto', start, bytes, (b) => onnx.TensorProto.decode(b)), at: start, payload, decoded };
}

function readLazySparse(r: WireReader, at: WireField): LazySparseTensor {
  const s: LazySparseTensor = { at: at.offset, dims: [] };
  const dims: WireField[] = [];
  for (const f of r.fields(at.offset, at.end, 'SparseTensorProto')) {
    if (f.no === 1 && f.wire === WIRE_LEN) s.values = readLazyTensor(r, f.offset, f.end);
    else if (f.no === 2 && f.wire === WIRE_LEN) s.indices = readLazyTensor(r, f.offset, f.end);
    else if (f.no === 3) dims.push(f);
  }
  if (dims.length > 0) {
    const p = decodeWith(r, 'SparseTensorProto', at.offset, gather(r, dims), (b) => onnx.SparseTensorProto.decode(b));
    s.dims = p.dims.map(toNum);
  }
  return s;
}
