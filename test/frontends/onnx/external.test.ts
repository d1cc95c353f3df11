import { describe, expect, it } from 'vitest';
import { readValues } from '../../../src/ir/tensor-data.js';
import { readOnnx } from '../../../src/frontends/onnx/index.js';
import { checkLocation } from '../../../src/frontends/onnx/external.js';
import { OnnxBuilder, encodeRaw, memoryInput } from '../../builders/onnx.js';
import { expectFootprintError, tensorOf } from './helpers.js';

function model(location: string, offset?: number, length?: number): Uint8Array {
  const b = new OnnxBuilder();
  const x = b.input('x', 'float32', [2]);
  const ext: { location: string; offset?: number; length?: number } = { location };
  if (offset !== undefined) ext.offset = offset;
  if (length !== undefined) ext.length = length;
  b.initializer('w', 'float32', [2], { external: ext });
  b.output(b.node('Add', [x, 'w']), 'float32');
  return b.build();
}

describe('ONNX external data', () => {
  const file = new Uint8Array([...new Uint8Array(16), ...encodeRaw('float32', [3.5, -1])]);

  it('maps a tensor to bytes of the sibling file and reads nothing at load time', () => {
    let reads = 0;
    const input = memoryInput('dir/m.onnx', model('weights/w.bin', 16, 8), {});
    input.openSibling = (rel) => {
      expect(rel).toBe('weights/w.bin');
      return { name: rel, size: file.length, read: (o, l) => { reads++; return file.subarray(o, o + l); } };
    };
    const w = tensorOf(readOnnx(input), 'w');
    expect(reads).toBe(0);
    expect(w.data).toMatchObject({ kind: 'bytes', offset: 16, length: 8, encoding: 'raw-le' });
    expect(readValues(w, 10)).toEqual([3.5, -1]);
  });

  it('defaults the length to the rest of the file', () => {
    const w = tensorOf(readOnnx(memoryInput('m.onnx', model('w.bin', 16), { 'w.bin': file })), 'w');
    expect(readValues(w, 10)).toEqual([3.5, -1]);
  });

  for (const bad of ['/etc/passwd', '../secret.bin', 'a/../../b.bin', 'C:\\weights.bin', 'c:w.bin', '\\\\server\\share\\w.bin', '..\\w.bin', '']) {
    it(`refuses location '${bad}' with E_EXTERNAL_DATA naming the tensor`, () => {
      const input = memoryInput('m.onnx', model(bad, 0, 8), { 'w.bin': file });
      const e = expectFootprintError(() => readOnnx(input), 'E_EXTERNAL_DATA');
      expect(e.message).toContain("'w'");
      expect(e.message).toContain(bad); // '' is contained in any message
      expect(e.file).toBe('m.onnx');
      expect(input.opened).toEqual([]);
    });
  }

  it('accepts inner .. that stays in the folder', () => {
    expect(checkLocation('a/../w.bin')).toBe('w.bin');
    expect(checkLocation('./data/w.bin')).toBe('data/w.bin');
  });

  it('reports a missing file', () => {
    const e = expectFootprintError(() => readOnnx(memoryInput('m.onnx', model('nope.bin', 0, 8))), 'E_EXTERNAL_DATA');
    expect(e.message).toContain('nope.bin');
  });

  it('reports a file shorter than offset + length as E_TRUNCATED', () => {
    expectFootprintError(() => readOnnx(memoryInput('m.onnx', model('w.bin', 20, 8), { 'w.bin': file })), 'E_TRUNCATED');
  });

  it('reports a length too small for the tensor as E_TRUNCATED', () => {
    expectFootprintError(() => readOnnx(memoryInput('m.onnx', model('w.bin', 16, 4), { 'w.bin': file })), 'E_TRUNCATED');
  });
});
