/**
 * A model's external data, and a pull request's model files, are read only inside their folder:
 * symbolic links that lead out are refused without revealing anything about their target.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { asFootprintError } from '../../src/diagnostics/diagnostic.js';
import { modelAt } from '../../src/git/index.js';
import { fileModelInput, resolveInside } from '../../src/node/file-source.js';
import { OnnxBuilder, encodeRaw } from '../builders/onnx.js';

/** A model whose 2-float initializer lives in `location` beside it. */
function externalModel(location: string): Uint8Array {
  const b = new OnnxBuilder();
  const x = b.input('x', 'float32', [2]);
  b.initializer('w', 'float32', [2], { external: { location } });
  b.output(b.node('Add', [x, 'w']), 'float32');
  return b.build();
}

function errorOf(fn: () => unknown): string {
  try { fn(); } catch (e: unknown) { return asFootprintError(e).oneLine(); }
  throw new Error('expected an error');
}

function folder(): { dir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'mf-paths-'));
  const dir = join(base, 'models');
  const outside = join(base, 'secret');
  mkdirSync(dir);
  mkdirSync(outside);
  writeFileSync(join(outside, 'passwd'), encodeRaw('float32', [7, 8]));
  return { dir, outside };
}

describe('external data never leaves the model folder', () => {
  it('a link inside the folder is followed: the figures come from the file it names', () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'w.bin'), encodeRaw('float32', [1, 2]));
    symlinkSync('data/w.bin', join(dir, 'w.bin'));
    writeFileSync(join(dir, 'm.onnx'), externalModel('w.bin'));
    expect(analyzeModel(fileModelInput(join(dir, 'm.onnx'))).totals.weightsBytes).toBe(8);
  });

  it.each([
    ['a link to a file outside', (d: string, o: string) => symlinkSync(join(o, 'passwd'), join(d, 'w.bin')), 'w.bin'],
    ['a relative link climbing out', (d: string) => symlinkSync('../secret/passwd', join(d, 'w.bin')), 'w.bin'],
    ['a linked folder', (d: string, o: string) => symlinkSync(o, join(d, 'data')), 'data/passwd'],
    ['a dangling link outside (existence not revealed)', (d: string) => symlinkSync('/nonexistent-dir/x.bin', join(d, 'w.bin')), 'w.bin'],
    ['a link to /etc/shadow (size not revealed)', (d: string) => symlinkSync('/etc/shadow', join(d, 'w.bin')), 'w.bin'],
  ])('%s: refused with one message that says nothing of the target', (_name, link, location) => {
    const { dir, outside } = folder();
    link(dir, outside);
    writeFileSync(join(dir, 'm.onnx'), externalModel(location));
    const line = errorOf(() => analyzeModel(fileModelInput(join(dir, 'm.onnx'))));
    expect(line).toBe(`LOAD ERROR E_UNSAFE_PATH: ${join(dir, 'm.onnx')}: external data '${location}' is a symbolic link that leads outside the model's folder: not read`);
  });

  it('resolveInside never looks outside: links are read, not followed, once they leave', () => {
    const { dir } = folder();
    symlinkSync('a', join(dir, 'b'));
    symlinkSync('b', join(dir, 'a'));
    expect(resolveInside(dir, 'a')).toBe('outside'); // a loop ends at the link limit
    expect(resolveInside(dir, 'missing.bin')).toBeUndefined();
    expect(resolveInside(dir, '../secret/passwd')).toBe('outside');
    mkdirSync(join(dir, 'x'));
    expect(resolveInside(dir, 'x/../../secret/passwd')).toBe('outside');
  });
});

describe("a pull request's model file that is a link out of the repository", () => {
  it('is refused in the work tree (the action reads the head there)', () => {
    const { dir } = folder();
    symlinkSync('/etc/passwd', join(dir, 'evil.onnx'));
    const line = errorOf(() => modelAt(dir, undefined, 'evil.onnx'));
    expect(line).toBe('LOAD ERROR E_UNSAFE_PATH: evil.onnx: is a symbolic link that leads outside the repository: not read');
  });
});
