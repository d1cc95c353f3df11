/**
 * Helpers for the ONNX backend test data (Debian libonnx-testdata): decode a test_data_set
 * TensorProto, clear inferred shapes so declared outputs stay an independent oracle.
 */
import { readFileSync } from 'node:fs';
import type { Graph } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { onnx } from '../../src/schemas/onnx/onnx.js';

/** int64 (7), int32 (6), float (1), bool (9), uint8 (2), int8 (3) values of a small TensorProto file. */
export function readTensorValues(path: string): { dims: number[]; values: number[] } | undefined {
  const t = onnx.TensorProto.decode(readFileSync(path));
  const dims = t.dims.map((d) => Number(d));
  const n = dims.reduce((a, b) => a * b, 1);
  if (n > 4096) return undefined;
  const raw = t.raw_data && t.raw_data.length > 0 ? new DataView(t.raw_data.buffer, t.raw_data.byteOffset, t.raw_data.byteLength) : undefined;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    switch (t.data_type) {
      case 7: values.push(raw ? Number(raw.getBigInt64(i * 8, true)) : Number(t.int64_data[i] ?? 0)); break;
      case 6: values.push(raw ? raw.getInt32(i * 4, true) : t.int32_data[i] ?? 0); break;
      case 1: values.push(raw ? raw.getFloat32(i * 4, true) : t.float_data[i] ?? 0); break;
      case 9: case 2: values.push(raw ? raw.getUint8(i) : t.int32_data[i] ?? 0); break;
      case 3: values.push(raw ? raw.getInt8(i) : t.int32_data[i] ?? 0); break;
      default: return undefined;
    }
  }
  return { dims, values };
}

/** Removes every shape a node produces (recursively), keeping graph/subgraph inputs and constants. */
export function clearProducedShapes(g: Graph): void {
  const keep = new Set(g.inputs);
  for (const node of g.nodes) {
    for (const o of node.outputs) {
      const t = g.tensors.get(o);
      if (t && !keep.has(o) && t.data === undefined) delete t.shape;
    }
    for (const sub of Object.values(node.subgraphs ?? {})) clearProducedShapes(sub);
  }
}

/** Declared shapes match when ranks agree and every numeric declared dim equals the inferred one. */
export function shapesMatch(declared: Shape, inferred: Shape | undefined): boolean {
  if (!inferred || inferred.length !== declared.length) return false;
  return declared.every((d, i) => typeof d !== 'number' || d < 0 || d === inferred[i]);
}
