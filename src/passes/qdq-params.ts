/**
 * Reading the quantization parameters of a QuantizeLinear / DequantizeLinear node
 * (inputs: x, y_scale, y_zero_point?; attribute axis, default 1) into a `Quantization`.
 */
import type { Graph, Node, Quantization, Tensor } from '../ir/graph.js';
import type { DType } from '../ir/dtype.js';
import { isInteger } from '../ir/dtype.js';
import { elementCount } from '../ir/shape.js';
import { readValues } from '../ir/tensor-data.js';
import { tensorNamed } from '../ir/tensor-named.js';

/** Per-channel scales of the widest layer we expect; more is read as "unknown values". */
const MAX_SCALES = 1 << 16;

/**
 * The node's parameters, or undefined when the scale is not a constant (dynamic quantization).
 * `storage` is the integer type of the quantized side. Values that cannot be read (bytes not yet
 * decodable) are NaN, one per channel, so the per-channel count is still known.
 */
export function readQuantParams(g: Graph, node: Node, storage: DType): Quantization | undefined {
  const scaleT = tensorNamed(g, node.inputs[1]);
  if (scaleT?.data === undefined) return undefined;
  const zpT = tensorNamed(g, node.inputs[2]);
  if (zpT !== undefined && zpT.data === undefined) return undefined;
  const count = elementCount(scaleT.shape) ?? 1;
  const scale = readValues(scaleT, MAX_SCALES) ?? new Array<number>(count).fill(Number.NaN);
  const zeroPoint = zpT === undefined ? new Array<number>(scale.length).fill(0) : (readValues(zpT, MAX_SCALES) ?? new Array<number>(scale.length).fill(Number.NaN));
  const q: Quantization = { scale, zeroPoint, dtype: storage };
  if (scale.length > 1) {
    const rank = tensorNamed(g, node.inputs[0])?.shape?.length;
    const raw = typeof node.attrs['axis'] === 'number' ? node.attrs['axis'] : 1;
    q.axis = raw < 0 && rank !== undefined ? raw + rank : raw;
  }
  return q;
}

/** Integer type a QuantizeLinear produces: its zero point's type, else its output's, else uint8 (ONNX default). */
export function quantizeStorage(g: Graph, q: Node): DType {
  const zp = tensorNamed(g, q.inputs[2]);
  if (zp !== undefined && isInteger(zp.dtype)) return zp.dtype;
  const out = tensorNamed(g, q.outputs[0]);
  if (out !== undefined && isInteger(out.dtype)) return out.dtype;
  return 'uint8';
}

/** True when the tensor holds quantized integers (typed integer, or carrying quantization). */
export function holdsQuantized(t: Tensor | undefined): t is Tensor {
  if (t === undefined) return false;
  return t.quant !== undefined || isInteger(t.dtype);
}
