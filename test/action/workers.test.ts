/** The action's worker pool: a job that never finishes is stopped and reported, the others go on. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerAnalyzer } from '../../src/jobs/index.js';

describe('worker pool time limit', () => {
  it('stops a job past its limit with a typed line, and replaces the worker for the next job', async () => {
    const pool = workerAnalyzer(join(import.meta.dirname, 'fixtures', 'hanging-worker.mjs'), 1, 300);
    const jobs = [1, 2].map((id) => ({ id, repoDir: '/r', path: `m${id}.onnx`, rev: undefined, target: 'stm32h7' }));
    const t0 = Date.now();
    const out = await pool.analyze(jobs);
    expect(out.map((o) => o.error)).toEqual([
      'LOAD ERROR E_LIMIT: m1.onnx: the analysis did not finish within 0.3 s and was stopped (a damaged file?)',
      'LOAD ERROR E_LIMIT: m2.onnx: the analysis did not finish within 0.3 s and was stopped (a damaged file?)',
    ]);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('worker pool retiring workers', () => {
  it('a worker that asks to be replaced gets a fresh one for each remaining job; no job is lost', async () => {
    const pool = workerAnalyzer(join(import.meta.dirname, 'fixtures', 'retiring-worker.mjs'), 1);
    const jobs = [1, 2, 3].map((id) => ({ id, repoDir: '/r', path: `m${id}.onnx`, rev: undefined, target: 'stm32h7' }));
    const out = await pool.analyze(jobs);
    expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
    const threads = out.map((o) => o.error);
    expect(new Set(threads).size).toBe(3); // three different threads
    expect(out.every((o) => !('retire' in o))).toBe(true);
  });
});

describe('the format decides, not the file name', () => {
  it('a Keras .h5 under another name is analyzed (its format is probed, HDF5 loaded for it)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { kerasH5, sequential, input, layer } = await import('../builders/keras.js');
    const { inlineAnalyzer } = await import('../../src/jobs/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'mf-renamed-'));
    writeFileSync(join(dir, 'classifier.model'), kerasH5({ config: sequential([input('x', [null, 4]), layer('Dense', 'd', { units: 2 }, 'x')]), weights: { d: [['d/kernel:0', [4, 2]], ['d/bias:0', [2]]] } }));
    const [out] = await inlineAnalyzer().analyze([{ id: 1, repoDir: dir, path: 'classifier.model', rev: undefined, target: 'stm32h7' }]);
    expect(out?.error).toBeUndefined();
    expect(out?.report?.model.format).toBe('keras');
    expect(out?.report?.totals.params).toBe(4 * 2 + 2); // Dense 4 -> 2 with bias
  });
});
