import { describe, expect, it } from 'vitest';
import { onnx } from '../../../src/schemas/onnx/onnx.js';
import { bytesSource } from '../../../src/ir/source.js';
import { readValues } from '../../../src/ir/tensor-data.js';
import { readOnnx } from '../../../src/frontends/onnx/index.js';
import { readInitializer, readLazyModel, readLazyNode, readNodeAttributes } from '../../../src/frontends/onnx/lazy.js';
import { MAX_METADATA_BYTES, WireReader } from '../../../src/frontends/onnx/wire.js';
import { OnnxBuilder, countingSource } from '../../builders/onnx.js';
import { varint } from '../../builders/onnx-bytes.js';
import { load, tensorOf } from './helpers.js';
import { runPipeline } from '../../../src/passes/pipeline.js';
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSource } from '../../../src/node/file-source.js';

/** The builder's model with extra raw bytes appended inside its GraphProto. */
function withGraphBytes(b: OnnxBuilder, extra: number[]): Uint8Array {
  const graph = [...onnx.GraphProto.encode(b.graphProto()).finish(), ...extra];
  const head = onnx.ModelProto.encode({ ...b.model(), graph: null }).finish();
  return new Uint8Array([...head, 0x3a, ...varint(graph.length), ...graph]);
}

/**
 * A sparse file of `size` bytes holding `pieces` (offset, bytes) and zeros elsewhere, read as ONNX:
 * the read fails with `code` and `message`, naming the file, having read less than `maxRead` + 1 KiB.
 */
function expectSparseRefused(pieces: [number, number[]][], size: number, code: string, message: RegExp, maxRead: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'mf-meta-'));
  const path = join(dir, 'meta.onnx');
  const fd = openSync(path, 'w');
  try {
    for (const [at, bytes] of pieces) writeSync(fd, Uint8Array.from(bytes), 0, bytes.length, at);
  } finally {
    closeSync(fd);
  }
  truncateSync(path, size);
  const source = countingSource(new FileSource(path));
  try {
    expect(() => readOnnx({ path: 'meta.onnx', source })).toThrow(expect.objectContaining({ code, file: 'meta.onnx', message: expect.stringMatching(message) as unknown }) as Error);
    expect(source.bytesRead).toBeLessThan(maxRead + 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lazy reading', () => {
  it('reads a few hundred bytes of a model with a 4 MB initializer, and the data on request', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 1024]);
    const values = Array.from({ length: 1024 * 1024 }, (_, i) => i % 7);
    b.initializer('w', 'float32', [1024, 1024], { values });
    b.output(b.node('MatMul', [x, 'w']), 'float32', [1, 1024]);
    const bytes = b.build();
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const src = countingSource(bytesSource('big.onnx', bytes));
    const m = readOnnx({ path: 'big.onnx', source: src });
    // the node's and the initializer's metadata are read when the graph is scanned and again when they are mapped
    expect(src.bytesRead).toBeLessThan(2048);
    const w = tensorOf(m, 'w');
    expect(w.data).toMatchObject({ kind: 'bytes', encoding: 'raw-le', length: 4 * 1024 * 1024 });
    // The payload offset points at the raw values in the file.
    const d = w.data?.kind === 'bytes' ? w.data : undefined;
    const head = new DataView(Uint8Array.from(bytes.subarray(d?.offset ?? 0, (d?.offset ?? 0) + 16)).buffer);
    expect([0, 4, 8, 12].map((o) => head.getFloat32(o, true))).toEqual([0, 1, 2, 3]);
    const before = src.bytesRead;
    expect(readValues(w, 2 ** 20)?.slice(0, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 1]);
    expect(src.bytesRead - before).toBe(4 * 1024 * 1024);
  });

  it('keeps a graph\'s nodes and initializers as byte ranges, each decoded on request: a node\'s names without its attributes, then its attributes', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 3, 8, 8]);
    b.initializer('w', 'float32', [4, 3, 3, 3], { values: Array.from({ length: 108 }, (_, i) => i) });
    const y = b.node('Conv', [x, 'w'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
    b.output(b.node('Relu', [y]), 'float32', [1, 4, 8, 8]);
    const bytes = b.build();
    const proto = b.graphProto();
    const r = new WireReader(bytesSource('m.onnx', bytes));
    const g = readLazyModel(r).graph;
    if (!g) throw new Error('no graph');
    // two nodes and one initializer: a start and an end each, exactly their messages' bytes
    expect(g.nodes).toHaveLength(4);
    expect(g.initializers).toHaveLength(2);
    expect(bytes.subarray(g.nodes[0], g.nodes[1])).toEqual(onnx.NodeProto.encode(proto.node?.[0] ?? {}).finish());
    expect(bytes.subarray(g.nodes[2], g.nodes[3])).toEqual(onnx.NodeProto.encode(proto.node?.[1] ?? {}).finish());
    expect(bytes.subarray(g.initializers[0], g.initializers[1])).toEqual(onnx.TensorProto.encode(proto.initializer?.[0] ?? {}).finish());
    const head = readLazyNode(r, g, 0);
    expect([head.proto.op_type, head.proto.input, head.proto.output, head.proto.attribute]).toEqual(['Conv', [x, 'w'], [y], []]);
    expect(head.at).toBe(g.nodes[0]);
    expect(readNodeAttributes(r, g, 0).map((a) => [a.proto.name, a.proto.ints.map(Number)])).toEqual([['kernel_shape', [3, 3]], ['pads', [1, 1, 1, 1]]]);
    expect(readNodeAttributes(r, g, 1)).toEqual([]);
    expect(readInitializer(r, g, 0).proto.name).toBe('w');
  });

  it('never reads doc strings (model, graph, node, attribute, tensor): 1 MiB of each costs no read', () => {
    const doc = 'd'.repeat(1024 * 1024);
    const plain = new OnnxBuilder();
    const x = plain.input('x', 'float32', [1, 8]);
    plain.initializer('w', 'float32', [8, 8], { values: Array.from({ length: 64 }, (_, i) => i) });
    plain.output(plain.node('Gemm', [x, 'w'], { transB: 1 }), 'float32', [1, 8]);
    const graph = plain.graphProto();
    const documented = {
      ...plain.model(), doc_string: doc,
      graph: {
        ...graph, doc_string: doc,
        node: graph.node?.map((n) => ({ ...n, doc_string: doc, attribute: n.attribute?.map((a) => ({ ...a, doc_string: doc })) })),
        initializer: graph.initializer?.map((t) => ({ ...t, doc_string: doc })),
      },
    };
    const bytes = onnx.ModelProto.encode(documented).finish();
    expect(bytes.length).toBeGreaterThan(5 * doc.length);
    const src = countingSource(bytesSource('doc.onnx', bytes));
    const m = readOnnx({ path: 'doc.onnx', source: src });
    expect(src.bytesRead).toBeLessThan(4096);
    // the same model as without them
    const bare = readOnnx({ path: 'doc.onnx', source: bytesSource('doc.onnx', plain.build()) });
    expect(m.graph.nodes.map((n) => [n.op, n.inputs, n.outputs, n.attrs])).toEqual(bare.graph.nodes.map((n) => [n.op, n.inputs, n.outputs, n.attrs]));
    expect(tensorOf(m, 'w').shape).toEqual([8, 8]);
  });

  it('reads typed fields written unpacked (legal protobuf) into values', () => {
    const b = new OnnxBuilder();
    b.output(b.node('Identity', ['u']), 'float32');
    const f = (v: number): number[] => [...new Uint8Array(new Float32Array([v]).buffer)];
    // TensorProto: dims [2], data_type FLOAT, name 'u', float_data as two unpacked fixed32 fields.
    const t = [0x08, 2, 0x10, 1, 0x42, 1, 0x75, 0x25, ...f(1.5), 0x25, ...f(-3)];
    const m = load(withGraphBytes(b, [0x2a, t.length, ...t]));
    const u = tensorOf(m, 'u');
    expect(u.data).toEqual({ kind: 'values', values: [1.5, -3] });
  });

  it('reads unpacked typed fields interleaved with the other fields in file order', () => {
    const b = new OnnxBuilder();
    b.output(b.node('Identity', ['u']), 'float32');
    const f = (v: number): number[] => [...new Uint8Array(new Float32Array([v]).buffer)];
    // dims [2], float_data 1.5, data_type FLOAT, float_data -3, name 'u': five ranges, two of them payload.
    const t = [0x08, 2, 0x25, ...f(1.5), 0x10, 1, 0x25, ...f(-3), 0x42, 1, 0x75];
    const u = tensorOf(load(withGraphBytes(b, [0x2a, t.length, ...t])), 'u');
    expect(u.shape).toEqual([2]);
    expect(u.dtype).toBe('float32');
    expect(u.data).toEqual({ kind: 'values', values: [1.5, -3] });
  });

  it.each([
    ['below', -1, 'E_MALFORMED', /no graph/, MAX_METADATA_BYTES],
    ['at', 0, 'E_MALFORMED', /no graph/, MAX_METADATA_BYTES],
    ['above', 1, 'E_LIMIT', /^ONNX: message metadata of 268435457 bytes \(at most 268435456\)$/, 1024],
  ] as const)('metadata %s MAX_METADATA_BYTES (%i): decoded in memory up to it (then: no graph), refused above it before any read', (_, delta, code, message, maxRead) => {
    // A ModelProto holding only an unknown field 99 whose tag, length and bytes make MAX_METADATA_BYTES + delta (a sparse file).
    const total = MAX_METADATA_BYTES + delta;
    const head = [0x9a, 0x06, ...varint(total - 6)];
    expect(head.length).toBe(6);
    expectSparseRefused([[0, head]], total, code, message, maxRead);
  });

  it.each([
    ['at', 0, 'E_MALFORMED', /no graph/, MAX_METADATA_BYTES],
    ['above', 1, 'E_LIMIT', /^ONNX: message metadata of 268435457 bytes \(at most 268435456\)$/, 1024],
  ] as const)('metadata in two spans (a doc string between) %s MAX_METADATA_BYTES (%i): the spans are summed, refused above it before any read', (_, delta, code, message, maxRead) => {
    // unknown field 99 of 128 MiB (tag, length and bytes), a 1-byte doc_string (skipped: it splits the kept bytes), unknown field 98 making the rest
    const first = 128 * 1024 * 1024;
    const second = MAX_METADATA_BYTES + delta - first;
    const head1 = [0x9a, 0x06, ...varint(first - 6)];
    const doc = [0x32, 0x01, 0x78];
    const head2 = [0x92, 0x06, ...varint(second - 6)];
    expect([head1.length, head2.length]).toEqual([6, 6]);
    expectSparseRefused([[0, head1], [first, [...doc, ...head2]]], first + doc.length + second, code, message, maxRead);
  });

  it('equal shapes are one shared array: two weights of the same dims, and two activations after the shapes pass', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 4, 8, 8]);
    const w1 = b.initializer('w1', 'float32', [4, 4, 1, 1]);
    const w2 = b.initializer('w2', 'float32', [4, 4, 1, 1]);
    const w3 = b.initializer('w3', 'float32', [4, 4, 3, 3]);
    const y1 = b.node('Conv', [x, w1], { kernel_shape: [1, 1] });
    const y2 = b.node('Conv', [y1, w2], { kernel_shape: [1, 1] });
    b.output(b.node('Conv', [y2, w3], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }));
    const m = load(b);
    expect(tensorOf(m, 'w1').shape).toBe(tensorOf(m, 'w2').shape);
    expect(tensorOf(m, 'w3').shape).not.toBe(tensorOf(m, 'w1').shape);
    const { graph } = runPipeline(m, {});
    const [a, c] = [graph.tensors.get(y1)?.shape, graph.tensors.get(y2)?.shape];
    expect(a).toEqual([1, 4, 8, 8]);
    expect(c).toBe(a);
  });

  it('keeps int64_data and int32_data payloads as varint ranges decoded on request', () => {
    const b = new OnnxBuilder();
    b.initializer('a', 'int64', [3], { values: [-1, 2 ** 33, -(2 ** 50)], typed: true });
    b.initializer('h', 'int32', [2], { values: [-7, 7], typed: true });
    b.output(b.node('Add', ['a', 'h']), 'int64');
    const m = load(b);
    expect(tensorOf(m, 'a').data).toMatchObject({ kind: 'bytes', encoding: 'pb-varint' });
    expect(readValues(tensorOf(m, 'a'), 10)).toEqual([-1, 2 ** 33, -(2 ** 50)]);
    expect(readValues(tensorOf(m, 'h'), 10)).toEqual([-7, 7]);
  });
});
