/** Hostile and broken files: only FootprintErrors (typed, with the file and byte offset), never a crash, hang or NaN. */
import { describe, expect, it } from 'vitest';
import { FootprintError } from '../../../src/diagnostics/diagnostic.js';
import { analyzeModel } from '../../../src/analyze.js';
import { readTflite } from '../../../src/frontends/tflite/index.js';
import { readModel } from '../../../src/frontends/registry.js';
import { TfliteBuilder, conv2d, fullyConnected, memoryInput, softmax } from '../../builders/tflite.js';

function small(): Uint8Array {
  const b = new TfliteBuilder();
  const q = { quant: { scale: [0.5], zeroPoint: [0] } };
  const x = b.input('x', 'int8', [1, 4, 4, 2], q);
  const w = b.constant('w', 'int8', [3, 3, 3, 2], { values: new Array<number>(54).fill(1), ...q });
  const c = b.op('CONV_2D', [x, w, ''], { out: ['c', 'int8', [1, 4, 4, 3], q], options: conv2d({ activation: 'RELU' }) });
  const r = b.op('RESHAPE', [c, b.constant('s', 'int32', [2], { values: [1, 48] })], { out: ['r', 'int8', [1, 48], q] });
  const w2 = b.constant('w2', 'int8', [4, 48], q);
  const f = b.op('FULLY_CONNECTED', [r, w2, ''], { out: ['f', 'int8', [1, 4], q], options: fullyConnected() });
  b.output(b.op('SOFTMAX', [f], { out: ['y', 'int8', [1, 4], q], options: softmax() }));
  return b.build();
}

/** Runs the full analysis; returns 'ok', or the error code; fails the test on anything untyped or NaN. */
function outcome(bytes: Uint8Array): string {
  try {
    const r = analyzeModel(memoryInput('bad.tflite', bytes));
    // The latency is null when a layer has no kernel (an unknown operator): unknown, never NaN.
    for (const [k, v] of Object.entries(r.totals)) expect(Number.isFinite(v) || ((k === 'latencyMs' || k === 'cycles') && v === null), k).toBe(true);
    for (const l of r.layers) expect(Number.isFinite(l.macc)).toBe(true);
    return 'ok';
  } catch (e: unknown) {
    if (!(e instanceof FootprintError)) throw new Error(`not a FootprintError: ${String(e)}`);
    expect(e.file).toBe('bad.tflite');
    expect(e.code).not.toBe('E_INTERNAL');
    return e.code;
  }
}

describe('TFLite bad input', () => {
  it('truncated at every byte: a typed load error each time (except inside the unread sentinel buffer)', () => {
    const bytes = small();
    expect(outcome(bytes)).toBe('ok');
    const codes = new Set<string>();
    const ok: number[] = [];
    for (let n = 0; n < bytes.length; n++) {
      const code = outcome(bytes.slice(0, n));
      if (code === 'ok') ok.push(n);
      codes.add(code);
    }
    // The flatbuffer's last bytes hold buffer 0, the empty sentinel the reader never needs (it
    // reads lazily): cutting only those still leaves a readable model. Every other cut fails.
    expect(ok.every((n) => n >= bytes.length - 16)).toBe(true);
    expect(ok.length).toBeLessThan(16);
    codes.delete('ok');
    expect([...codes].every((c) => ['E_TRUNCATED', 'E_MALFORMED', 'E_UNKNOWN_FORMAT', 'E_LIMIT', 'E_GRAPH'].includes(c))).toBe(true);
  });

  it('random byte flips: a typed error or a finite report, never another exception', () => {
    const base = small();
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const seen = new Map<string, number>();
    for (let trial = 0; trial < 600; trial++) {
      const bytes = base.slice();
      const flips = 1 + rand(4);
      for (let k = 0; k < flips; k++) {
        const at = 8 + rand(bytes.length - 8);
        bytes[at] = (bytes[at] as number) ^ (1 << rand(8));
      }
      const code = outcome(bytes);
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('a wrong identifier: E_UNKNOWN_FORMAT saying what was found', () => {
    const bytes = small();
    bytes.set([0x54, 0x46, 0x4c, 0x32], 4); // "TFL2"
    expect(() => readTflite(memoryInput('m.tflite', bytes))).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_FORMAT', offset: 4, message: expect.stringContaining('"TFL2"') }));
    expect(() => readModel(memoryInput('m.tflite', bytes))).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_FORMAT' }));
  });

  it('a root offset outside the file, and a vector running past its end, name the byte offset', () => {
    const bytes = small();
    new DataView(bytes.buffer).setUint32(0, bytes.length + 100, true);
    expect(() => readTflite(memoryInput('m.tflite', bytes))).toThrow(expect.objectContaining({ code: 'E_TRUNCATED', file: 'm.tflite', offset: bytes.length + 100 }));
    const neg = small();
    new DataView(neg.buffer).setInt32(0, -8, true);
    expect(() => readTflite(memoryInput('m.tflite', neg))).toThrow(expect.objectContaining({ code: 'E_MALFORMED' }));
  });

  it('a schema version other than 3 is refused', () => {
    const b = new TfliteBuilder();
    b.version = 2;
    b.output(b.op('RELU', [b.input('x', 'float32', [2])], { out: ['y', 'float32', [2]] }));
    expect(() => readTflite(memoryInput('m.tflite', b.build()))).toThrow(expect.objectContaining({ code: 'E_MALFORMED', message: expect.stringContaining('schema version 2') }));
  });

  it('a buffer smaller than its tensor is E_MALFORMED', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    const w = b.constant('w', 'float32', [2, 4], { bytes: new Uint8Array(16) });
    b.output(b.op('FULLY_CONNECTED', [x, w, ''], { out: ['y', 'float32', [1, 2]], options: fullyConnected() }));
    expect(() => readTflite(memoryInput('m.tflite', b.build()))).toThrow(expect.objectContaining({ code: 'E_MALFORMED', message: expect.stringContaining('needs 32 bytes') }));
  });

  it('empty and tiny files', () => {
    expect(outcome(new Uint8Array(0))).toBe('E_TRUNCATED');
    expect(() => readTflite(memoryInput('m.tflite', new Uint8Array([1, 2, 3])))).toThrow(expect.objectContaining({ code: 'E_TRUNCATED' }));
  });
});
