/**
 * Writes a large ONNX model (an MLP whose Gemm weights total about 250 MB) without ever holding
 * the weights in memory: the small protobuf parts come from the generated encoders, the raw_data
 * payloads are streamed to disk in 1 MiB chunks.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { onnx } from '../src/schemas/onnx/onnx.js';

const FLOAT = 1;

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** tag + length prefix of a length-delimited field. */
function header(field: number, length: number): Uint8Array {
  return Uint8Array.from([...varint((field << 3) | 2), ...varint(length)]);
}

export interface LargeModelSpec {
  layers: number;
  width: number;
}

export function writeLargeOnnx(path: string, spec: LargeModelSpec): { bytes: number; weightBytes: number } {
  const { layers, width } = spec;
  const nodes: Uint8Array[] = [];
  const inits: { head: Uint8Array; rawLen: number }[] = [];
  let prev = 'x';
  for (let i = 0; i < layers; i++) {
    const w = `w${i}`;
    const b = `b${i}`;
    const y = `gemm${i}`;
    const r = i === layers - 1 ? 'y' : `relu${i}`;
    nodes.push(onnx.NodeProto.encode({ name: y, op_type: 'Gemm', input: [prev, w, b], output: [y], attribute: [{ name: 'transB', type: 2, i: 1 }] } as onnx.NodeProto).finish());
    nodes.push(onnx.NodeProto.encode({ name: r, op_type: 'Relu', input: [y], output: [r] } as onnx.NodeProto).finish());
    for (const [name, dims] of [[w, [width, width]], [b, [width]]] as const) {
      const head = onnx.TensorProto.encode({ name, dims: [...dims], data_type: FLOAT } as unknown as onnx.TensorProto).finish();
      inits.push({ head, rawLen: dims.reduce((a, d) => a * d, 1) * 4 });
    }
    prev = r;
  }
  const vi = (name: string) => onnx.ValueInfoProto.encode({
    name,
    type: { tensor_type: { elem_type: FLOAT, shape: { dim: [{ dim_value: 1 }, { dim_value: width }] } } },
  } as unknown as onnx.ValueInfoProto).finish();
  const graphParts: Uint8Array[] = [];
  for (const n of nodes) graphParts.push(header(1, n.length), n);
  graphParts.push(Uint8Array.from([...varint((2 << 3) | 2), ...varint(5)]), new TextEncoder().encode('large'));
  const input = vi('x');
  const output = vi('y');
  graphParts.push(header(11, input.length), input, header(12, output.length), output);
  const rawHeader = (len: number) => header(9, len);
  const initLen = (x: { head: Uint8Array; rawLen: number }) => x.head.length + rawHeader(x.rawLen).length + x.rawLen;
  let graphLen = graphParts.reduce((a, p) => a + p.length, 0);
  for (const x of inits) graphLen += header(5, initLen(x)).length + initLen(x);
  const modelHead = onnx.ModelProto.encode({ ir_version: 8, producer_name: 'model-footprint bench', opset_import: [{ domain: '', version: 13 }] } as unknown as onnx.ModelProto).finish();

  const fd = openSync(path, 'w');
  let written = 0;
  const put = (b: Uint8Array) => { writeSync(fd, b); written += b.length; };
  put(modelHead);
  put(header(7, graphLen));
  for (const p of graphParts) put(p);
  const chunk = new Uint8Array(1 << 20);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 2654435761) >>> 24;
  let weightBytes = 0;
  for (const x of inits) {
    put(header(5, initLen(x)));
    put(x.head);
    put(rawHeader(x.rawLen));
    for (let left = x.rawLen; left > 0; left -= chunk.length) put(left >= chunk.length ? chunk : chunk.subarray(0, left));
    weightBytes += x.rawLen;
  }
  closeSync(fd);
  return { bytes: written, weightBytes };
}
