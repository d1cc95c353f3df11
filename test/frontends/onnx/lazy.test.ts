import { describe, expect, it } from 'vitest';
import { onnx } from '../../../src/schemas/onnx/onnx.js';
import { bytesSource } from '../../../src/ir/source.js';
import { readValues } from '../../../src/ir/tensor-data.js';
import { readOnnx } from '../../../src/frontends/onnx/index.js';
import { OnnxBuilder, countingSource } from '../../builders/onnx.js';
import { load, tensorOf } from './helpers.js';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
}

/** The builder's model with extra raw bytes appended inside its GraphProto. */
function withGraphBytes(b: OnnxBuilder, extra: number[]): Uint8Array {
  const graph = [...onnx.GraphProto.encode(b.graphProto()).finish(), ...extra];
  const head = onnx.ModelProto.encode({ ...b.model(), graph: null }).finish();
  return new Uint8Array([...head, 0x3a, ...varint(graph.length), ...graph]);
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
    expect(src.bytesRead).toBeLessThan(1024);
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
