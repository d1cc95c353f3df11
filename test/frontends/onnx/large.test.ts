/** The hard requirement: a 250 MB model loads with peak RSS < 150 MB, faster than reading it once. */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { onnx } from '../../../src/schemas/onnx/onnx.js';
import { OnnxBuilder } from '../../builders/onnx.js';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) { out.push((n % 128) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
}

const LAYERS = 50;
const ROWS = 1280; // 1280 x 1024 float32 = 5 MiB per layer, 250 MiB in all.

/** Streams the model to disk so the test process never holds it either. */
function writeLargeModel(path: string): void {
  const b = new OnnxBuilder({ opset: 13 });
  let x = b.input('x', 'float32', [1, ROWS]);
  for (let i = 0; i < LAYERS; i++) x = b.node('MatMul', [x, `w${i}`], {}, { name: `mm${i}` });
  b.output(x, 'float32');
  const rest = onnx.GraphProto.encode(b.graphProto()).finish();
  const headers: Array<{ head: number[]; data: number }> = [];
  for (let i = 0; i < LAYERS; i++) {
    const data = ROWS * 1024 * 4;
    const meta = [...onnx.TensorProto.encode({ name: `w${i}`, data_type: 1, dims: [ROWS, 1024] }).finish()];
    const body = [...meta, 0x4a, ...varint(data)];
    headers.push({ head: [0x2a, ...varint(body.length + data), ...body], data });
  }
  const graphLen = rest.length + headers.reduce((n, h) => n + h.head.length + h.data, 0);
  const model = onnx.ModelProto.encode({ ...b.model(), graph: null }).finish();
  const fd = openSync(path, 'w');
  const zeros = new Uint8Array(1 << 20);
  try {
    writeSync(fd, model);
    writeSync(fd, new Uint8Array([0x3a, ...varint(graphLen)]));
    for (const h of headers) {
      writeSync(fd, new Uint8Array(h.head));
      for (let left = h.data; left > 0; left -= zeros.length) writeSync(fd, zeros, 0, Math.min(left, zeros.length));
    }
    writeSync(fd, rest);
  } finally {
    closeSync(fd);
  }
}

describe('large ONNX models', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mf-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a 250 MB model with peak RSS < 150 MB in less time than reading it once', () => {
    const path = join(dir, 'large.onnx');
    writeLargeModel(path);
    const here = dirname(fileURLToPath(import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'measure-load.ts'), path], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    expect(r['size']).toBeGreaterThan(250 * 1024 * 1024);
    expect(r['nodes']).toBe(LAYERS);
    expect(r['peakRssMb']).toBeLessThan(150);
    expect(r['bytesRead']).toBeLessThan(1024 * 1024);
    expect(r['loadMs']).toBeLessThan(r['readOnceMs'] ?? 0);
    console.log(`250 MB model: load ${r['loadMs']?.toFixed(1)} ms, read once ${r['readOnceMs']?.toFixed(1)} ms, peak RSS ${r['peakRssMb']?.toFixed(0)} MB, ${r['bytesRead']} bytes read`);
  });
});
