/**
 * Hostile model files (issue: "no unbounded inflation, no native traces, no absurd numbers"):
 * each attack found by the fuzzing campaign, rebuilt in code, and each limit tested at, below and
 * above it.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel, loadFormats } from '../../src/analyze.js';
import { renderReport } from '../../src/report/index.js';
import { asFootprintError } from '../../src/diagnostics/diagnostic.js';
import { printable } from '../../src/diagnostics/printable.js';
import { MAX_JSON_DEPTH, jsonDepth } from '../../src/frontends/keras/config.js';
import { MAX_DEFLATE_RATIO, zipEntries, zipRead } from '../../src/frontends/keras/zip.js';
import { bytesSource } from '../../src/ir/source.js';
import { checkTotals, MAX_TENSOR_ELEMENTS, MAX_TOTAL } from '../../src/passes/bounds.js';
import { renderComment } from '../../src/diff/index.js';
import { OnnxBuilder } from '../builders/onnx.js';
import { TfliteBuilder } from '../builders/tflite.js';
import { kerasZip, layer, sequential, input } from '../builders/keras.js';
import { memoryInput } from '../builders/onnx-bytes.js';
import { timeLimited } from '../../src/node/time-limit.js';

beforeAll(() => loadFormats({ timeLimit: timeLimited }));

function lineOf(fn: () => unknown): string {
  try { fn(); } catch (e: unknown) { return asFootprintError(e).oneLine(); }
  throw new Error('expected an error');
}

/** Sets a zip entry's declared uncompressed size in both its local and central headers. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const e = zipEntries(bytesSource('z', out), 'z').find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  dv.setUint32(e.localHeaderOffset + 22, size, true);
  for (let i = 0; i + 46 < out.length; i++) {
    if (dv.getUint32(i, true) === 0x02014b50 && dv.getUint32(i + 42, true) === e.localHeaderOffset) dv.setUint32(i + 24, size, true);
  }
  return out;
}

describe('zip archives (.keras): inflation is bounded as it streams', () => {
  const config = sequential([input('x', [null, 4]), layer('Dense', 'd', { units: 2, activation: 'linear', use_bias: true }, 'x')]);
  // 64 MiB of spaces deflate to about 64 KiB: a config.json whose headers say 68 KB.
  const bomb = (): Uint8Array => declareSize(kerasZip(config, {}, { 'config.json': new Uint8Array(64 << 20).fill(0x20) }), 'config.json', 68 * 1024);

  it('a header that lies about the size is stopped at the first byte over, quickly', () => {
    const z = bomb();
    const t0 = performance.now();
    const line = lineOf(() => analyzeModel(memoryInput('bomb.keras', z)));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(line).toMatch(/^LOAD ERROR E_LIMIT: bomb\.keras: zip: entry 'config\.json' inflates to more than the 69632 bytes its header declares: stopped there/);
  });

  it(`the declared ratio: ${MAX_DEFLATE_RATIO}:1 is possible, one more is refused before inflating`, () => {
    const raw = new Uint8Array(4096).fill(0x20);
    const zip = zipSync({ 'a.txt': raw });
    const e = zipEntries(bytesSource('z', zip), 'z')[0];
    if (!e) throw new Error('no entry');
    const at = (size: number) => lineOf(() => zipRead(bytesSource('z', declareSize(zip, 'a.txt', size)), { ...e, size }, 'z.keras', 1 << 30));
    expect(at(e.compressedSize * MAX_DEFLATE_RATIO + 1)).toMatch(/a ratio over 1032:1 that deflate cannot reach/);
    expect(at(e.compressedSize * MAX_DEFLATE_RATIO)).toMatch(/inflates to 4096 bytes, but its header declares/);
    expect(zipRead(bytesSource('z', zip), e, 'z.keras', 4096)).toEqual(raw); // honest, at the byte limit
    expect(lineOf(() => zipRead(bytesSource('z', zip), e, 'z.keras', 4095))).toMatch(/is 4096 bytes, over the 4095-byte limit/);
    expect(deflateSync(raw).length).toBeLessThan(4096 / 50); // the fixture really is compressible
  });
});

describe('declared sizes against the bytes present, and sane bounds', () => {
  it('an ONNX initializer declaring [2^27, 2^27, 1, 1] with no data is refused, not 7.2e16 bytes of weights', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1]);
    b.initializer('w', 'float32', [1, 1, 1, 1]);
    const w = b.proto.initializer?.[0];
    if (!w) throw new Error('no initializer');
    w.dims = [2 ** 27, 2 ** 27, 1, 1];
    w.float_data = [];
    w.raw_data = new Uint8Array(0);
    b.output(b.node('Mul', [x, 'w']), 'float32');
    expect(lineOf(() => analyzeModel(memoryInput('m.onnx', b.build())))).toMatch(/^LOAD ERROR E_MALFORMED: m\.onnx: .*tensor 'w' \(float32\[134217728,134217728,1,1\], 18014398509481984 elements\) holds data for more elements than can be counted exactly/);
  });

  it('raw_data shorter than its shape needs is refused; exactly as long is read', () => {
    const build = (bytes: number) => {
      const b = new OnnxBuilder();
      const x = b.input('x', 'float32', [4]);
      b.initializer('w', 'float32', [4]);
      const w = b.proto.initializer?.[0];
      if (w) { w.float_data = []; w.raw_data = new Uint8Array(bytes); }
      b.output(b.node('Add', [x, 'w']), 'float32');
      return memoryInput('m.onnx', b.build());
    };
    expect(analyzeModel(build(16)).totals.weightsBytes).toBe(16);
    expect(lineOf(() => analyzeModel(build(15)))).toContain('holds 15 bytes of raw_data, not the 16 its shape needs');
    expect(lineOf(() => analyzeModel(build(17)))).toContain('holds 17 bytes of raw_data, not the 16 its shape needs');
  });

  it(`a tensor of ${MAX_TENSOR_ELEMENTS} elements is analyzed; one more element is refused, naming the tensor`, () => {
    const model = (n: number) => {
      const b = new OnnxBuilder();
      const x = b.input('big', 'int8', [n]);
      b.output(b.node('Relu', [x]), 'int8');
      return memoryInput('m.onnx', b.build());
    };
    expect(analyzeModel(model(MAX_TENSOR_ELEMENTS)).totals.activationsBytes).toBeGreaterThanOrEqual(MAX_TENSOR_ELEMENTS);
    expect(lineOf(() => analyzeModel(model(MAX_TENSOR_ELEMENTS + 1)))).toMatch(/^LOAD ERROR E_LIMIT: m\.onnx: tensor 'big' declares shape \[1099511627777\]: over 1099511627776 elements/);
  });

  it('an input of [2^40]x4 is refused (it printed 1.2e49 bytes)', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [2 ** 40, 2 ** 40, 2 ** 40, 2 ** 40]);
    b.output(b.node('Relu', [x]), 'float32');
    expect(lineOf(() => analyzeModel(memoryInput('m.onnx', b.build())))).toContain("E_LIMIT: m.onnx: tensor 'x' declares shape");
  });

  it('a TFLite tensor whose shape was shifted by a damaged offset is refused', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [4, 1, 16, 1048588, 15, 262152, 12, 67, 3]);
    b.output(b.op('RELU', [x], { out: ['y', 'int8', [4, 1, 16, 1048588, 15, 262152, 12, 67, 3]] }));
    expect(lineOf(() => analyzeModel(memoryInput('m.tflite', b.build())))).toMatch(/^LOAD ERROR E_LIMIT: m\.tflite: tensor '(x|y)' declares shape \[4x1x16x1048588x15x262152x12x67x3\]/);
  });

  it(`totals: ${MAX_TOTAL} is reported, above it is refused`, () => {
    expect(() => checkTotals({ macc: MAX_TOTAL })).not.toThrow();
    expect(() => checkTotals({ macc: MAX_TOTAL + 1 })).toThrow(/the model's macc would be 1000000000000001/);
    expect(() => checkTotals({ params: Number.NaN })).toThrow(/params would be NaN/);
  });
});

describe('nesting limits are explicit', () => {
  it(`JSON depth: ${MAX_JSON_DEPTH} accepted, one more refused (measured without recursion)`, () => {
    const nest = (n: number): unknown => { let v: unknown = {}; for (let i = 1; i < n; i++) v = { a: v }; return v; };
    expect(jsonDepth(nest(MAX_JSON_DEPTH))).toBe(MAX_JSON_DEPTH);
    expect(jsonDepth(nest(MAX_JSON_DEPTH + 1))).toBeGreaterThan(MAX_JSON_DEPTH);
    expect(jsonDepth(nest(MAX_JSON_DEPTH - 1))).toBe(MAX_JSON_DEPTH - 1);
  });

  it('a 20,000-deep nested Sequential is a typed E_LIMIT, not a caught stack overflow', () => {
    // Written as text: JSON.stringify itself recurses and would overflow first.
    const inner = JSON.stringify(sequential([input('x', [null, 4]), layer('Dense', 'd', { units: 2 }, 'x')]));
    const open = '{"class_name":"Sequential","config":{"name":"s","layers":['.repeat(20_000);
    const z = zipSync({ 'config.json': strToU8(open + inner + ']}}'.repeat(20_000)), 'metadata.json': strToU8('{}') });
    const line = lineOf(() => analyzeModel(memoryInput('deep.keras', z)));
    expect(line).toMatch(/^LOAD ERROR E_LIMIT: deep\.keras: Keras: config\.json nests more than 512 levels deep/);
    expect(line).not.toMatch(/call stack/i);
  });
});

describe('control characters and bidi overrides never reach a terminal or a page raw', () => {
  const evil = 'conv\u001b[31mRED\u202eevil\u0000\u0007';
  const report = (() => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 3, 8, 8]);
    const w = b.initializer('w', 'float32', [4, 3, 3, 3]);
    b.output(b.node('Conv', [x, w], { kernel_shape: [3, 3] }, { name: evil }), 'float32');
    return analyzeModel(memoryInput(`m\u001b]0;title\u0007.onnx`, b.build()));
  })();
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

  it.each(['text', 'md', 'html'] as const)('%s report', (format) => {
    const out = renderReport(report, format);
    expect(out).not.toMatch(RAW);
    expect(out).toContain(format === 'md' ? '\\\\x1b' : '\\x1b');
  });

  it('the PR comment and an error line', () => {
    const md = renderComment({ entries: [{ path: report.model.path, target: 'stm32h7', status: 'added', head: report }], key: 'k', analyzerVersion: '0', baseSha: 'a'.repeat(40), targets: ['stm32h7'] }).markdown;
    expect(md).not.toMatch(RAW);
    const line = lineOf(() => analyzeModel({ path: `bad\u001b[2J\u202e.onnx`, source: bytesSource('b', strToU8('not a model')) }));
    expect(line).not.toMatch(RAW);
    expect(line).toContain('bad\\x1b[2J\\u202e.onnx');
    expect(printable('a\u0085b\u2067c')).toBe('a\\x85b\\u2067c');
  });
});
