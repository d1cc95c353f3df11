/**
 * Writes large ONNX models without ever holding the weights in memory: the small protobuf parts
 * come from the generated encoders, the raw_data payloads are streamed to disk in 1 MiB chunks.
 *   - writeLargeOnnx: an MLP whose Gemm weights total about 250 MB;
 *   - writeAlexNet: BVLC AlexNet's architecture and parameter shapes (the ONNX model zoo's
 *     bvlc_alexnet, 60,965,224 parameters = 243.9 MB of float32, opset 13), with deterministic
 *     pseudo-random weights.
 */
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onnx } from '../src/schemas/onnx/onnx.js';
import { varint } from '../test/builders/onnx-bytes.js';

const FLOAT = 1;
const INT64 = 7;

/** tag + length prefix of a length-delimited field. */
function header(field: number, length: number): Uint8Array {
  return Uint8Array.from([...varint((field << 3) | 2), ...varint(length)]);
}

interface NodeSpec { name: string; op: string; inputs: string[]; outputs: string[]; attrs?: Record<string, number | number[]> }
interface InitSpec { name: string; dims: number[]; dtype?: typeof FLOAT | typeof INT64; values?: bigint[] }
interface GraphSpec { name: string; nodes: NodeSpec[]; inits: InitSpec[]; input: { name: string; dims: number[] }; output: { name: string; dims: number[] } }

function attribute(name: string, v: number | number[]): object {
  return Array.isArray(v) ? { name, type: 7, ints: v } : { name, type: Number.isInteger(v) ? 2 : 1, ...(Number.isInteger(v) ? { i: v } : { f: v }) };
}

function writeGraph(path: string, g: GraphSpec): { bytes: number; weightBytes: number } {
  const nodes = g.nodes.map((n) => onnx.NodeProto.encode({
    name: n.name, op_type: n.op, input: n.inputs, output: n.outputs,
    attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
  } as unknown as onnx.NodeProto).finish());
  const inits = g.inits.map((x) => {
    const dtype = x.dtype ?? FLOAT;
    const count = x.dims.reduce((a, d) => a * d, 1);
    const head = onnx.TensorProto.encode({ name: x.name, dims: [...x.dims], data_type: dtype } as unknown as onnx.TensorProto).finish();
    let literal: Uint8Array | undefined;
    if (x.values) {
      const b = new DataView(new ArrayBuffer(8 * x.values.length));
      x.values.forEach((v, i) => b.setBigInt64(8 * i, v, true));
      literal = new Uint8Array(b.buffer);
    }
    return { head, rawLen: literal ? literal.length : count * 4, literal };
  });
  const vi = (v: { name: string; dims: number[] }) => onnx.ValueInfoProto.encode({
    name: v.name,
    type: { tensor_type: { elem_type: FLOAT, shape: { dim: v.dims.map((d) => ({ dim_value: d })) } } },
  } as unknown as onnx.ValueInfoProto).finish();
  const graphParts: Uint8Array[] = [];
  for (const n of nodes) graphParts.push(header(1, n.length), n);
  const name = new TextEncoder().encode(g.name);
  graphParts.push(header(2, name.length), name);
  const input = vi(g.input);
  const output = vi(g.output);
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
  // Small float32 values (an exponent byte that is never 0x7f/0xff), so the weights are finite.
  for (let i = 0; i < chunk.length; i++) chunk[i] = i % 4 === 3 ? 0x3c : (i * 2654435761) >>> 24;
  let weightBytes = 0;
  for (const x of inits) {
    put(header(5, initLen(x)));
    put(x.head);
    put(rawHeader(x.rawLen));
    if (x.literal) put(x.literal);
    else for (let left = x.rawLen; left > 0; left -= chunk.length) put(left >= chunk.length ? chunk : chunk.subarray(0, left));
    weightBytes += x.rawLen;
  }
  closeSync(fd);
  return { bytes: written, weightBytes };
}

export interface LargeModelSpec {
  layers: number;
  width: number;
}

export function writeLargeOnnx(path: string, spec: LargeModelSpec): { bytes: number; weightBytes: number } {
  const { layers, width } = spec;
  const nodes: NodeSpec[] = [];
  const inits: InitSpec[] = [];
  let prev = 'x';
  for (let i = 0; i < layers; i++) {
    const y = `gemm${i}`;
    const r = i === layers - 1 ? 'y' : `relu${i}`;
    nodes.push({ name: y, op: 'Gemm', inputs: [prev, `w${i}`, `b${i}`], outputs: [y], attrs: { transB: 1 } });
    nodes.push({ name: r, op: 'Relu', inputs: [y], outputs: [r] });
    inits.push({ name: `w${i}`, dims: [width, width] }, { name: `b${i}`, dims: [width] });
    prev = r;
  }
  return writeGraph(path, { name: 'large', nodes, inits, input: { name: 'x', dims: [1, width] }, output: { name: 'y', dims: [1, width] } });
}

/** The folder the benches keep their generated models in (written once, reused by later runs). */
export const BENCH_DIR = join(tmpdir(), 'model-footprint-bench');

/** The 100k-node chain (33,334 blocks) the allocation and render benches default to: its path, written first when missing. */
export function benchChain100k(): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, 'chain-33334.onnx');
  if (!existsSync(path)) writeChainOnnx(path, 33334);
  return path;
}

/** The 244 MB AlexNet the speed and diff benches share: its path, written first when missing. */
export function benchAlexNet(): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, 'bvlc-alexnet-244MB.onnx');
  if (!existsSync(path)) writeAlexNet(path);
  return path;
}

/** BVLC AlexNet (the ONNX model zoo's bvlc_alexnet graph: grouped conv2/4/5, LRN, three Gemm). */
export function writeAlexNet(path: string): { bytes: number; weightBytes: number } {
  const nodes: NodeSpec[] = [];
  const inits: InitSpec[] = [];
  let x = 'data_0';
  const conv = (n: string, cout: number, cin: number, k: number, attrs: Record<string, number | number[]>) => {
    inits.push({ name: `${n}_w_0`, dims: [cout, cin, k, k] }, { name: `${n}_b_0`, dims: [cout] });
    nodes.push({ name: n, op: 'Conv', inputs: [x, `${n}_w_0`, `${n}_b_0`], outputs: [`${n}_1`], attrs: { kernel_shape: [k, k], ...attrs } });
    nodes.push({ name: `${n}_relu`, op: 'Relu', inputs: [`${n}_1`], outputs: [`${n}_2`] });
    x = `${n}_2`;
  };
  const lrn = (n: string) => {
    nodes.push({ name: n, op: 'LRN', inputs: [x], outputs: [`${n}_1`], attrs: { size: 5, alpha: 0.0001, beta: 0.75, bias: 1.5 } });
    x = `${n}_1`;
  };
  const pool = (n: string) => {
    nodes.push({ name: n, op: 'MaxPool', inputs: [x], outputs: [`${n}_1`], attrs: { kernel_shape: [3, 3], strides: [2, 2] } });
    x = `${n}_1`;
  };
  const fc = (n: string, out: number, inp: number, relu: boolean) => {
    inits.push({ name: `${n}_w_0`, dims: [out, inp] }, { name: `${n}_b_0`, dims: [out] });
    nodes.push({ name: n, op: 'Gemm', inputs: [x, `${n}_w_0`, `${n}_b_0`], outputs: [`${n}_1`], attrs: { transB: 1 } });
    x = `${n}_1`;
    if (relu) {
      nodes.push({ name: `${n}_relu`, op: 'Relu', inputs: [x], outputs: [`${n}_2`] });
      x = `${n}_2`;
    }
  };
  conv('conv1', 96, 3, 11, { strides: [4, 4] });
  lrn('norm1');
  pool('pool1');
  conv('conv2', 256, 48, 5, { pads: [2, 2, 2, 2], group: 2 });
  lrn('norm2');
  pool('pool2');
  conv('conv3', 384, 256, 3, { pads: [1, 1, 1, 1] });
  conv('conv4', 384, 192, 3, { pads: [1, 1, 1, 1], group: 2 });
  conv('conv5', 256, 192, 3, { pads: [1, 1, 1, 1], group: 2 });
  pool('pool5');
  inits.push({ name: 'OC2_DUMMY_1', dims: [2], dtype: INT64, values: [1n, 9216n] });
  nodes.push({ name: 'flatten', op: 'Reshape', inputs: [x, 'OC2_DUMMY_1'], outputs: ['OC2_DUMMY_0'] });
  x = 'OC2_DUMMY_0';
  fc('fc6', 4096, 9216, true);
  fc('fc7', 4096, 4096, true);
  fc('fc8', 1000, 4096, false);
  nodes.push({ name: 'prob', op: 'Softmax', inputs: [x], outputs: ['prob_1'], attrs: { axis: 1 } });
  return writeGraph(path, { name: 'bvlc_alexnet', nodes, inits, input: { name: 'data_0', dims: [1, 3, 224, 224] }, output: { name: 'prob_1', dims: [1, 1000] } });
}

/** A graph of `nodes` (no weights) reading a 1x8 float input `in` and ending in `out` (1 x outWidth). */
export function writeNodesOnnx(path: string, name: string, nodes: Array<{ name: string; op: string; inputs: string[]; outputs: string[]; attrs?: Record<string, number> }>, outWidth = 8): { bytes: number; weightBytes: number } {
  return writeGraph(path, { name, nodes, inits: [], input: { name: 'in', dims: [1, 8] }, output: { name: 'out', dims: [1, outWidth] } });
}

/**
 * `blocks` blocks on a 1x8x4x4 map: `block` gives block i's nodes and weights, reading `x` (the
 * previous block's output, the graph input first) and writing `out` (the graph output for the last).
 */
function writeBlocks(path: string, name: string, blocks: number, block: (i: number, x: string, out: string) => { nodes: NodeSpec[]; inits: InitSpec[] }): { bytes: number; weightBytes: number } {
  const nodes: NodeSpec[] = [];
  const inits: InitSpec[] = [];
  let x = 'in';
  for (let i = 0; i < blocks; i++) {
    const out = i === blocks - 1 ? 'out' : `a${i}`;
    const b = block(i, x, out);
    nodes.push(...b.nodes);
    inits.push(...b.inits);
    x = out;
  }
  return writeGraph(path, { name: `${name}-${blocks}`, nodes, inits, input: { name: 'in', dims: [1, 8, 4, 4] }, output: { name: 'out', dims: [1, 8, 4, 4] } });
}

/** A Conv(1x1) -> Relu -> Add residual chain of `blocks` x 3 nodes on a 1x8x4x4 map (the Relu fuses into the Conv). */
export function writeChainOnnx(path: string, blocks: number): { bytes: number; weightBytes: number } {
  return writeBlocks(path, 'chain', blocks, (i, x, out) => ({
    inits: [{ name: `w${i}`, dims: [8, 8, 1, 1] }],
    nodes: [
      { name: `conv${i}`, op: 'Conv', inputs: [x, `w${i}`], outputs: [`c${i}`], attrs: { kernel_shape: [1, 1] } },
      { name: `relu${i}`, op: 'Relu', inputs: [`c${i}`], outputs: [`r${i}`] },
      { name: `add${i}`, op: 'Add', inputs: [`r${i}`, x], outputs: [out] },
    ],
  }));
}

/**
 * `blocks` x 4 nodes on a 1x8x4x4 map, each block two Conv(1x1) reading its input (the first
 * followed by a Relu, which fuses into it) and an Add of the two: either Conv may run first, so the
 * graph has more than one execution order and the memory plan's order search runs (the chain's
 * order is its only one).
 */
export function writeBranchedOnnx(path: string, blocks: number): { bytes: number; weightBytes: number } {
  return writeBlocks(path, 'branched', blocks, (i, x, out) => ({
    inits: [{ name: `wa${i}`, dims: [8, 8, 1, 1] }, { name: `wb${i}`, dims: [8, 8, 1, 1] }],
    nodes: [
      { name: `conva${i}`, op: 'Conv', inputs: [x, `wa${i}`], outputs: [`ca${i}`], attrs: { kernel_shape: [1, 1] } },
      { name: `relu${i}`, op: 'Relu', inputs: [`ca${i}`], outputs: [`r${i}`] },
      { name: `convb${i}`, op: 'Conv', inputs: [x, `wb${i}`], outputs: [`cb${i}`], attrs: { kernel_shape: [1, 1] } },
      { name: `add${i}`, op: 'Add', inputs: [`r${i}`, `cb${i}`], outputs: [out] },
    ],
  }));
}
