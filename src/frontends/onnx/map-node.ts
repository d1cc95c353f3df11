/** ONNX op_type/domain -> OpKind, and AttributeProto -> IR attribute values. */
import { hasTrait } from '../../ops/traits.js';
import type { AttrValue, Attrs, Tensor } from '../../ir/graph.js';
import { isOpKind, type OpKind } from '../../ir/op-kinds.js';
import { isMlKind } from '../../ops/ml-arrays.js';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { onnx } from '../../schemas/onnx/onnx.js';
import { toNum, type LazyAttribute, type LazyGraph } from './lazy.js';
import { mapSparseTensor, mapTensor, type TensorContext } from './tensor.js';

const T = onnx.AttributeProto.AttributeType;

/** QOperator-format ops mapped onto float-graph kinds (quantization goes to the tensors). */
export const QOPERATOR_KINDS: Readonly<Record<string, OpKind>> = {
  QLinearConv: 'Conv',
  ConvInteger: 'Conv',
  QLinearMatMul: 'MatMul',
  MatMulInteger: 'MatMul',
  'com.microsoft:QLinearAdd': 'Add',
  'com.microsoft:QLinearMul': 'Mul',
  'com.microsoft:QGemm': 'Gemm',
};

/** QONNX's operators and the domains FINN, Brevitas and qonnx write them in (a file may also leave the domain empty). */
const QONNX_DOMAINS: ReadonlySet<string> = new Set(['qonnx.custom_op.general', 'finn.custom_op.general', 'finn', 'onnx.brevitas']);
const QONNX_OPS: ReadonlySet<string> = new Set(['Quant', 'BipolarQuant', 'Trunc']);

/** The classical-ML domain (scikit-learn exports); its operators are in ops/ml.ts. */
export const ML_DOMAIN = 'ai.onnx.ml';

export function isDefaultDomain(domain: string): boolean {
  return domain === '' || domain === 'ai.onnx';
}

/** The IR kind for an ONNX node, plus the diagnostic when it is not one we analyze. */
export function mapOp(opType: string, domain: string, nodeName: string): { op: OpKind; diagnostic?: Diagnostic } {
  const q = QOPERATOR_KINDS[isDefaultDomain(domain) ? opType : `${domain}:${opType}`];
  if (q) return { op: q };
  if (QONNX_DOMAINS.has(domain) && QONNX_OPS.has(opType) && isOpKind(opType)) return { op: opType };
  if (domain === ML_DOMAIN && isMlKind(opType)) return { op: opType };
  if (!isDefaultDomain(domain)) {
    return { op: 'Custom', diagnostic: diag('W_DOMAIN', `operator '${opType}' of domain '${domain}' is not analyzed by the standard rules`, nodeName) };
  }
  if (isOpKind(opType) && opType !== 'Custom' && opType !== 'Unknown') return { op: opType };
  return { op: 'Unknown', diagnostic: diag('W_UNKNOWN_OP', `operator '${opType}' is not supported`, nodeName) };
}

/** Layout attributes every spatial op carries in the IR (ONNX is channels-first). */
export function layoutAttrs(op: OpKind, attrs: Attrs): void {
  if (!hasTrait(op, 'spatial')) return;
  attrs['layout'] ??= 'NCHW';
  if (op === 'Conv') attrs['weight_layout'] ??= 'OIHW';
  if (op === 'ConvTranspose') attrs['weight_layout'] ??= 'IOHW';
}

export interface MappedAttributes {
  attrs: Attrs;
  /** GRAPH/GRAPHS attributes, keyed `name` or `name[i]`, mapped by the caller (scoping). */
  graphs: Array<[string, LazyGraph]>;
}

const utf8 = new TextDecoder();

export function mapAttributes(ctx: TensorContext, list: readonly LazyAttribute[], nodeName: string): MappedAttributes {
  const out: MappedAttributes = { attrs: {}, graphs: [] };
  for (const a of list) {
    const name = a.proto.name;
    const value = attrValue(ctx, a, `${nodeName}.${name}`, out.graphs);
    if (value !== undefined) out.attrs[name] = value;
  }
  return out;
}

function attrValue(ctx: TensorContext, a: LazyAttribute, path: string, graphs: Array<[string, LazyGraph]>): AttrValue | undefined {
  const p = a.proto;
  switch (attrType(a)) {
    case T.FLOAT: return p.f;
    case T.INT: return toNum(p.i);
    case T.STRING: return utf8.decode(p.s);
    case T.FLOATS: return p.floats.slice();
    case T.INTS: return p.ints.map(toNum);
    case T.STRINGS: return p.strings.map((s) => utf8.decode(s));
    case T.TENSOR: return a.t ? mapTensor(ctx, a.t, path) : undefined;
    case T.TENSORS: return a.tensors.map((lt, i): Tensor => mapTensor(ctx, lt, `${path}[${i}]`));
    case T.SPARSE_TENSOR: return a.sparse ? mapSparseTensor(a.sparse, path) : undefined;
    case T.SPARSE_TENSORS: return a.sparses.map((s, i) => mapSparseTensor(s, `${path}[${i}]`));
    case T.GRAPH:
      if (a.g) graphs.push([p.name, a.g]);
      return undefined;
    case T.GRAPHS:
      a.graphs.forEach((g, i) => graphs.push([`${p.name}[${i}]`, g]));
      return undefined;
    case T.TYPE_PROTO: return p.tp ? typeText(p.tp) : undefined;
    case T.TYPE_PROTOS: return p.type_protos.map(typeText);
    default: return undefined;
  }
}

/** The declared type, or the one implied by which field is set (old exporters omit `type`). */
function attrType(a: LazyAttribute): number {
  const p = a.proto;
  if (p.type) return p.type;
  if (a.g) return T.GRAPH;
  if (a.graphs.length) return T.GRAPHS;
  if (a.t) return T.TENSOR;
  if (a.tensors.length) return T.TENSORS;
  if (a.sparse) return T.SPARSE_TENSOR;
  if (p.floats.length) return T.FLOATS;
  if (p.ints.length) return T.INTS;
  if (p.strings.length) return T.STRINGS;
  if (p.s.length) return T.STRING;
  if (p.f !== 0) return T.FLOAT;
  return T.INT;
}

function typeText(tp: onnx.TypeProto.$Properties): string {
  const elem = tp.tensor_type?.elem_type;
  return elem !== undefined && elem !== null ? `tensor(${elem})` : 'type';
}
