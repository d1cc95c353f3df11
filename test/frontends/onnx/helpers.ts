/** Shared helpers for the ONNX frontend tests. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { expect } from 'vitest';
import type { Model, Tensor } from '../../../src/ir/graph.js';
import type { ByteSource } from '../../../src/ir/source.js';
import { FootprintError } from '../../../src/diagnostics/diagnostic.js';
import type { Code } from '../../../src/diagnostics/codes.js';
import { readOnnx } from '../../../src/frontends/onnx/index.js';
import { memoryInput, type OnnxBuilder } from '../../builders/onnx.js';

export function load(b: OnnxBuilder | Uint8Array, siblings: Record<string, Uint8Array> = {}): Model {
  const bytes = b instanceof Uint8Array ? b : b.build();
  return readOnnx(memoryInput('m.onnx', bytes, siblings));
}

export function tensorOf(m: Model, name: string): Tensor {
  const t = m.graph.tensors.get(name);
  if (!t) throw new Error(`no tensor ${name}`);
  return t;
}

/** Runs `fn`, asserts it throws a FootprintError with `code` and returns it. */
export function expectFootprintError(fn: () => unknown, code?: Code): FootprintError {
  let caught: unknown;
  try {
    fn();
  } catch (e: unknown) {
    caught = e;
  }
  expect(caught, 'expected a FootprintError').toBeInstanceOf(FootprintError);
  const fe = caught as FootprintError;
  if (code !== undefined) expect(fe.code, fe.oneLine()).toBe(code);
  return fe;
}

/** A ByteSource over a file read with pread (what a CLI would pass); close() when done. */
export function fileSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    name: path,
    size,
    read(offset: number, length: number): Uint8Array {
      const b = new Uint8Array(length);
      readSync(fd, b, 0, length, offset);
      return b;
    },
    close: () => closeSync(fd),
  };
}
