import { describe, expect, it } from 'vitest';
import { detectFrontend, readModel, FRONTENDS } from '../../../src/frontends/registry.js';
import { FORMATS, MODEL_EXTENSIONS, formatsHelp } from '../../../src/frontends/formats.js';
import { OnnxBuilder, memoryInput } from '../../builders/onnx.js';
import { expectFootprintError } from './helpers.js';

function model(): Uint8Array {
  const b = new OnnxBuilder();
  b.output(b.node('Relu', [b.input('x', 'float32', [1])]), 'float32');
  return b.build();
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('frontend registry', () => {
  it('lists the ONNX frontend', () => {
    expect(FRONTENDS.map((f) => f.format)).toContain('onnx');
  });

  it('lists the frontends in the order of the formats table, each with its entry', () => {
    expect(FRONTENDS.map((f) => ({ format: f.format, extensions: f.extensions, describe: f.describe }))).toEqual(FORMATS);
    expect(MODEL_EXTENSIONS).toEqual(['onnx', 'tflite', 'lite', 'h5', 'hdf5', 'keras']);
    expect(formatsHelp()).toBe('ONNX (.onnx, with external data beside it), TFLite (.tflite), Keras (.h5 Keras 2 HDF5, .keras Keras 3 zip)');
  });

  it('detects ONNX by extension and by content alone', () => {
    expect(detectFrontend(memoryInput('a.onnx', model()))?.frontend.format).toBe('onnx');
    expect(detectFrontend(memoryInput('a.bin', model()))?.frontend.format).toBe('onnx');
    expect(readModel(memoryInput('weights.dat', model())).format).toBe('onnx');
  });

  it('does not claim other content', () => {
    for (const b of [text('hello world, not a model'), text('{"a": 1}'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])]) {
      expect(detectFrontend(memoryInput('x.bin', b))).toBeUndefined();
    }
  });

  it('explains a zip archive', () => {
    const e = expectFootprintError(() => readModel(memoryInput('m.onnx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))), 'E_UNKNOWN_FORMAT');
    expect(e.message).toContain('50 4b 03 04');
    expect(e.message).toContain('zip');
    expect(e.file).toBe('m.onnx');
  });

  it('explains a Git LFS pointer', () => {
    const lfs = text('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n');
    const e = expectFootprintError(() => readModel(memoryInput('m.onnx', lfs)), 'E_UNKNOWN_FORMAT');
    expect(e.message).toContain('Git LFS pointer');
  });

  it('explains text that is not a model', () => {
    const e = expectFootprintError(() => readModel(memoryInput('m.onnx', text('<html>404</html>'))), 'E_UNKNOWN_FORMAT');
    expect(e.message).toContain('3c 68 74 6d');
  });
});

describe('ONNX dtype codes stay in the ONNX frontend', () => {
  it('a Cast `to` code becomes the IR dtype name the rules read', () => {
    const b = new OnnxBuilder();
    b.output(b.node('Cast', [b.input('x', 'float32', [2])], { to: 7 }), 'int64');
    const m = readModel(memoryInput('c.onnx', b.build()));
    expect(m.graph.nodes[0]?.attrs['to']).toBe('int64');
  });
});
