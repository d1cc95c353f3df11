/**
 * When the HDF5 WebAssembly library cannot start (its memory refused, as under `ulimit -v`), a
 * Keras file gets one typed line, the runtime's own printing is held back, and other formats go
 * on. h5wasm is replaced here by a module whose start-up fails the way emscripten's does.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyzeModel, loadFormats } from '../../src/analyze.js';
import { asFootprintError } from '../../src/diagnostics/diagnostic.js';
import { memoryInput } from '../builders/onnx-bytes.js';
import { tinyModel } from '../action/models.js';

vi.mock('h5wasm', () => {
  console.error('failed to asynchronously prepare wasm: RangeError: WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance');
  return { ready: Promise.reject(new Error('Aborted(RangeError: WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance). Build with -sASSERTIONS for more info.')) };
});

describe('HDF5 start-up failure', () => {
  it('is a typed E_RESOURCE per Keras file, printed nowhere else; ONNX still analyzes', async () => {
    const printed = vi.spyOn(console, 'error');
    await expect(loadFormats()).resolves.toBeUndefined();
    const h5 = new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(64)]);
    let line = '';
    try { analyzeModel(memoryInput('m.h5', h5)); } catch (e: unknown) { line = asFootprintError(e).oneLine(); }
    expect(line).toBe('CLI ERROR E_RESOURCE: m.h5: HDF5 support (the HDF5 library in WebAssembly) could not start, so Keras files cannot be read: RangeError: WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance');
    expect(analyzeModel(memoryInput('m.onnx', tinyModel(4))).totals.macc).toBeGreaterThan(0);
    expect(printed).not.toHaveBeenCalled();
  });
});
