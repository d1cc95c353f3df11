/** LazyTensor (wire-level) -> IR Tensor with lazy data. */
import type { Tensor, TensorData } from '../../ir/graph.js';
import { DTYPE_BITS, storageBytes, type DType } from '../../ir/dtype.js';
import { halfToFloat, bf16ToFloat } from '../../ir/tensor-data.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import type { WireReader } from './wire.js';
import type { ExternalFiles } from './external.js';
import { toNum, type LazySparseTensor, type LazyTensor } from './lazy.js';
import { sharedShape } from '../../ir/shape.js';
import { dtypeFromOnnx } from './dtype.js';

const UTF8 = new TextDecoder();

export interface TensorContext {
  reader: WireReader;
  external: ExternalFiles;
}

const EXTERNAL = 1;

export function mapTensor(ctx: TensorContext, lt: LazyTensor, fallbackName: string): Tensor {
  const p = lt.proto;
  const name = p.name || fallbackName;
  const dtype = dtypeFromOnnx(p.data_type);
  const shape = p.dims.map(toNum);
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) throw ctx.reader.error('E_MALFORMED', `tensor '${name}' has invalid dimension ${d}`, lt.at);
  }
  const t: Tensor = { name, dtype, shape: sharedShape(shape) };
  if (p.data_location === EXTERNAL) {
    const d = ctx.external.data(name, p.external_data, lt.at);
    const want = rawBytes(dtype, shape);
    if (d.kind === 'bytes' && want !== undefined) {
      if (d.length < want) {
        throw new FootprintError('E_TRUNCATED', `ONNX: tensor '${name}' (${dtype}[${shape.join(',')}]) needs ${want} bytes of external data but has ${d.length}`, { file: ctx.reader.file, offset: lt.at });
      }
      d.length = want;
    }
    t.data = d;
    return t;
  }
  t.data = embeddedData(ctx, lt, name, dtype, shape);
  checkHeld(ctx, lt, t, shape);
  return t;
}

/**
 * The declared shape must match the data present: a tensor that declares [2^27, 2^27] and holds
 * 8 bytes would otherwise count 7e16 bytes of weights. Packed varints have no fixed width: their
 * element count is at most their byte count.
 */
function checkHeld(ctx: TensorContext, lt: LazyTensor, t: Tensor, shape: number[]): void {
  const count = shape.reduce((a, b) => a * b, 1);
  const d = t.data;
  // (the words are put together only for an error: not for every tensor of a large graph)
  const fail = (holds: string): never => {
    throw ctx.reader.error('E_MALFORMED', `tensor '${t.name}' (${t.dtype}[${shape.join(',')}], ${count} elements) holds ${holds}`, lt.at);
  };
  if (!d) return;
  if (!Number.isSafeInteger(count)) fail('data for more elements than can be counted exactly (over 2^53)');
  if (d.kind === 'bytes') {
    const width = d.encoding === 'pb-fixed32' ? 4 : d.encoding === 'pb-fixed64' ? 8 : undefined;
    if (d.encoding === 'raw-le') {
      const want = rawBytes(t.dtype, shape);
      if (want !== undefined && want !== d.length) fail(`${d.length} bytes of raw_data, not the ${want} its shape needs`);
    } else if (width !== undefined) {
      if (d.length !== count * width) fail(`${d.length / width} packed values`);
    } else if (count > d.length) {
      fail(`only ${d.length} bytes of packed varints (at most ${d.length} values)`);
    }
  } else if (d.kind === 'values' && d.values.length !== count) {
    fail(`${d.values.length} values`);
  } else if (d.kind === 'strings' && d.values.length !== count) {
    fail(`${d.values.length} strings`);
  } else if (d.kind === 'computed' && count > 0) {
    fail('no data (neither raw_data nor typed values)');
  }
}

function embeddedData(ctx: TensorContext, lt: LazyTensor, name: string, dtype: DType, shape: number[]): TensorData {
  const p = lt.proto;
  if (lt.payload) {
    const { offset, length, encoding } = lt.payload;
    return { kind: 'bytes', source: ctx.reader.source, offset, length, encoding };
  }
  if (p.string_data.length > 0) return { kind: 'strings', values: p.string_data.map((b) => UTF8.decode(b)) };
  if (lt.decoded) return { kind: 'values', values: decodedValues(lt, dtype) };
  const count = shape.reduce((a, b) => a * b, 1);
  if (count === 0) return { kind: 'values', values: [] };
  return { kind: 'computed', by: `initializer '${name}' without data` };
}

/** Values of typed fields the generated decoder read (unpacked/split fields only). */
function decodedValues(lt: LazyTensor, dtype: DType): number[] {
  const p = lt.proto;
  if (p.float_data.length > 0) return p.float_data.slice();
  if (p.double_data.length > 0) return p.double_data.slice();
  if (p.int64_data.length > 0) return p.int64_data.map(toNum);
  if (p.uint64_data.length > 0) return p.uint64_data.map((v) => { const n = toNum(v); return n < 0 ? n + 2 ** 64 : n; });
  if (p.raw_data.length > 0) return [];
  return p.int32_data.map((v) => {
    if (dtype === 'float16') return halfToFloat(v & 0xffff);
    if (dtype === 'bfloat16') return bf16ToFloat(v & 0xffff);
    if (dtype === 'bool') return v === 0 ? 0 : 1;
    return v;
  });
}

/** Bytes a raw little-endian payload of this dtype and shape needs; undefined when not fixed-width. */
function rawBytes(dtype: DType, shape: number[]): number | undefined {
  const count = shape.reduce((a, b) => a * b, 1);
  if (DTYPE_BITS[dtype] === 0 || !Number.isSafeInteger(count)) return undefined;
  return storageBytes(dtype, count);
}

/** Sparse constants: shape and dtype are known, values are not kept dense. */
export function mapSparseTensor(s: LazySparseTensor, fallbackName: string): Tensor {
  const values = s.values?.proto;
  const name = values?.name || fallbackName;
  const nnz = values ? values.dims.map(toNum).reduce((a, b) => a * b, 1) : 0;
  return {
    name,
    dtype: dtypeFromOnnx(values?.data_type),
    shape: s.dims,
    data: { kind: 'computed', by: `sparse tensor with ${nnz} stored values` },
  };
}
