/** TFLite Tensor + Buffer -> IR Tensor: dtype, shape (signature -1 -> symbolic), quantization, lazy data. */
import type { Quantization, Tensor, TensorData } from '../../ir/graph.js';
import { elementCount, sharedShape, type Dim, type Shape } from '../../ir/shape.js';
import { DTYPE_BITS, storageBytes, type DType } from '../../ir/dtype.js';
import { Buffer as TflBuffer, type Model as TflModel, type Tensor as TflTensor } from '../../schemas/tflite/tflite.js';
import type { PagedByteBuffer } from './paged-buffer.js';
import { dtypeFromTflite } from './dtype.js';

/** A buffer's bytes as a range of the file (inline `data` vector, or offset/size after the flatbuffer). */
export interface BufferRange {
  offset: number;
  length: number;
  /** Stored after the flatbuffer (models over 2 GB). */
  external: boolean;
}

/** Most dims a tensor may declare (hostile files). */
const MAX_RANK = 64;
/** Symbol for a -1 batch dim in shape_signature (the input-shapes pass resolves it to 1). */
export const BATCH_SYMBOL = 'batch';

/** Byte range of buffer `index`, undefined when it holds no data (index 0 is the empty sentinel). */
export function bufferRange(bb: PagedByteBuffer, model: TflModel, index: number): BufferRange | undefined {
  if (index <= 0) return undefined;
  const count = model.buffersLength();
  if (index >= count) throw bb.error('E_MALFORMED', `${bb.what} refers to buffer ${index} but the model has ${count} buffers`, 0);
  const buf = model.buffers(index, new TflBuffer());
  if (!buf) return undefined;
  const what = `data of buffer ${index}`;
  const inline = bb.vector(buf.bb_pos, 4, 1, what);
  if (inline && inline.length > 0) return { offset: inline.start, length: inline.length, external: false };
  const offset = toNumber(bb, buf.offset(), `offset of buffer ${index}`, buf.bb_pos);
  const size = toNumber(bb, buf.size(), `size of buffer ${index}`, buf.bb_pos);
  // schema.fbs: offset/size are only valid when offset > 1 (0 and 1 mean "no external data").
  if (offset <= 1 || size === 0) return undefined;
  bb.check(offset, size, what);
  return { offset, length: size, external: true };
}

function toNumber(bb: PagedByteBuffer, v: bigint, what: string, at: number): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bb.error('E_MALFORMED', `${what} is ${v}, beyond any file size`, at);
  return Number(v);
}

export function tensorShape(t: TflTensor, bb: PagedByteBuffer): Shape {
  const rank = t.shapeLength();
  if (rank > MAX_RANK) throw bb.error('E_LIMIT', `${bb.what} has rank ${rank} (more than ${MAX_RANK})`, t.bb_pos);
  const sigRank = t.shapeSignatureLength();
  const shape: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const d = t.shape(i) ?? 0;
    const sig = sigRank === rank ? t.shapeSignature(i) : undefined;
    if (sig === -1 || d < 0) shape.push(i === 0 ? BATCH_SYMBOL : '?');
    else shape.push(d);
  }
  // An empty shape is a scalar (old converters never set has_rank; the runtime reads [] as rank 0).
  return sharedShape(shape);
}

export function tensorQuant(t: TflTensor, dtype: DType): Quantization | undefined {
  const q = t.quantization();
  if (!q) return undefined;
  const n = q.scaleLength();
  if (n === 0) return undefined;
  // (sized up front: lists grown by push from empty reserve 17 entries, 48 MiB for the 333k
  // one-entry lists of a 100k-operator int8 model)
  const scale = new Array<number>(n);
  const zeroPoint = new Array<number>(n);
  const zn = q.zeroPointLength();
  for (let i = 0; i < n; i++) {
    scale[i] = q.scale(i) ?? 0;
    zeroPoint[i] = i < zn ? Number(q.zeroPoint(i) ?? 0n) : 0;
  }
  const quant: Quantization = { scale, zeroPoint, dtype };
  if (n > 1) quant.axis = q.quantizedDimension();
  return quant;
}

/**
 * The IR tensor. Constant data stays in the file as a byte range; its length must match the shape
 * (sparse tensors hold fewer bytes: their data is marked computed, never read as dense).
 */
export function mapTensor(bb: PagedByteBuffer, model: TflModel, t: TflTensor, name: string): Tensor {
  const dtype = dtypeFromTflite(t.type());
  const out: Tensor = { name, dtype };
  bb.what = `tensor '${name}'`;
  out.shape = tensorShape(t, bb);
  const quant = tensorQuant(t, dtype);
  if (quant) out.quant = quant;
  if (t.isVariable()) out.variable = true;
  const range = bufferRange(bb, model, t.buffer());
  const data = range ? tensorData(bb, out, range, t.sparsity() !== null) : undefined;
  if (data) out.data = data;
  else if (out.variable) out.data = { kind: 'computed', by: 'variable tensor (state, initialized at run time)' };
  return out;
}

function tensorData(bb: PagedByteBuffer, t: Tensor, range: BufferRange, sparse: boolean): TensorData {
  if (sparse) return { kind: 'computed', by: `sparse tensor (${range.length} bytes of compressed values and indices)` };
  // (TFLite dims are never negative here: tensorShape makes a negative one '?')
  const count = elementCount(t.shape);
  if (count !== undefined && DTYPE_BITS[t.dtype] > 0) {
    const want = storageBytes(t.dtype, count);
    if (range.length < want) {
      throw bb.error('E_MALFORMED', `${bb.what} '${t.name}' (${t.dtype}[${t.shape?.join(',') ?? ''}]) needs ${want} bytes but its buffer holds ${range.length}`, range.offset);
    }
    return { kind: 'bytes', source: bb.source, offset: range.offset, length: want, encoding: 'raw-le' };
  }
  return { kind: 'bytes', source: bb.source, offset: range.offset, length: range.length, encoding: 'raw-le' };
}
