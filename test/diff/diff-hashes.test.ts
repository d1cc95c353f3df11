/**
 * `diff` reads each side's file hashes only when it writes the reports (--out): its comment and
 * JSON show none, and they read every byte of both files.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/index.js';
import { diffJobOptions } from '../../src/cli/diff.js';
import { TempRepo, example } from '../git/repo.js';

const digest = (algo: 'sha256' | 'md5', bytes: Uint8Array): string => createHash(algo).update(bytes).digest('hex');

describe('an analysis job with and without the file hashes', () => {
  const repo = new TempRepo();
  const bytes = example('kws_cnn_int8.onnx');
  repo.write('models/kws.onnx', bytes);
  const committed = repo.commit('base');
  afterAll(() => repo.cleanup());

  for (const rev of [undefined, committed]) {
    const side = rev === undefined ? 'the work tree' : 'a commit';
    it(`a file of ${side}: sha256 and md5 of its bytes by default; none with hash: false, the rest of the report the same`, async () => {
      const job = { id: 1, repoDir: repo.dir, path: 'models/kws.onnx', rev, target: 'stm32h7' };
      const hashed = await runJob(job);
      const bare = await runJob({ ...job, options: { hash: false } });
      expect(hashed.error).toBeUndefined();
      expect(hashed.report?.model.sha256).toBe(digest('sha256', bytes));
      expect(hashed.report?.model.md5).toBe(digest('md5', bytes));
      expect(bare.report?.model.sha256).toBeNull();
      expect(bare.report?.model).not.toHaveProperty('md5');
      const { model: m1, ...rest1 } = hashed.report ?? {};
      const { model: m2, ...rest2 } = bare.report ?? {};
      expect(rest2).toEqual(rest1);
      expect({ ...m2, sha256: m1?.sha256, md5: m1?.md5 }).toEqual(m1);
    });
  }
});

describe('what diff asks of each analysis', () => {
  const args = { ioInsideActivations: true, planner: undefined, outDir: undefined };
  it('no hashes without --out (nothing shows them); the hashes with it (the reports carry them)', () => {
    expect(diffJobOptions(args)).toEqual({ ioInsideActivations: true, hash: false });
    expect(diffJobOptions({ ...args, outDir: 'out' })).toEqual({ ioInsideActivations: true });
  });
  it('the planner and the I/O flag pass through either way', () => {
    expect(diffJobOptions({ ioInsideActivations: false, planner: 'tflm', outDir: undefined })).toEqual({ ioInsideActivations: false, planner: 'tflm', hash: false });
    expect(diffJobOptions({ ioInsideActivations: false, planner: 'best', outDir: 'o' })).toEqual({ ioInsideActivations: false, planner: 'best' });
  });
});
