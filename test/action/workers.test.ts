/** The action's worker pool: a job that never finishes is stopped and reported, the others go on. */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { workerAnalyzer } from '../../src/jobs/index.js';
import { CORES_PER_WORKER, MAX_THREADS, READY_PER_WORKER, RAMP_OBSERVE_MS, RAMP_REMAINING_MS, defaultThreads } from '../../src/jobs/pool.js';

describe('worker pool time limit', () => {
  it('stops a job past its limit with a typed line, and replaces the worker for the next job', async () => {
    const pool = workerAnalyzer(join(import.meta.dirname, 'fixtures', 'hanging-worker.mjs'), 1, { jobTimeLimitMs: 300 });
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

describe('worker pool size: a second worker only when the work left repays its start', () => {
  const timed = join(import.meta.dirname, 'fixtures', 'timed-worker.mjs');
  const jobs = (n: number, ms: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, repoDir: '/r', path: `m${i + 1}.onnx`, rev: undefined, target: String(ms) }));
  const threadsOf = (out: { error?: string }[]) => new Set(out.map((o) => o.error)).size;

  it('the pool size: one worker per 2 cores (an analysis keeps more than one busy), at least 1, at most 8; MODEL_FOOTPRINT_THREADS overrides it', () => {
    expect([CORES_PER_WORKER, MAX_THREADS]).toEqual([2, 8]);
    // 1 core, below, at and above 2 per worker; at and above the most.
    expect([1, 2, 3, 4, 5, 16, 17, 18, 64].map((cores) => defaultThreads({}, cores))).toEqual([1, 1, 1, 2, 2, 8, 8, 8, 8]);
    expect(defaultThreads({ MODEL_FOOTPRINT_THREADS: '3' }, 2)).toBe(3);
    expect(defaultThreads({ MODEL_FOOTPRINT_THREADS: 'x' }, 8)).toBe(4); // not a number: the default
  });

  it('the constants: one job read ahead per worker, the pace observed for 250 ms, 1 s of work left to start one', () => {
    expect([READY_PER_WORKER, RAMP_OBSERVE_MS, RAMP_REMAINING_MS]).toEqual([1, 250, 1000]);
  });

  it('40 jobs of 5 ms (0.2 s of work) stay on one worker though two are allowed', async () => {
    const out = await workerAnalyzer(timed, 2).analyze(jobs(40, 5));
    expect(out.map((o) => o.id)).toEqual(jobs(40, 5).map((j) => j.id));
    expect(threadsOf(out)).toBe(1);
  });

  it('a worker the caller started (spawnAnalysisWorker) runs the jobs: no other starts', async () => {
    const { spawnAnalysisWorker } = await import('../../src/jobs/worker-flag.js');
    const started = spawnAnalysisWorker(timed);
    const { threadId } = started;
    const out = await workerAnalyzer(timed, 1, { started }).analyze(jobs(3, 5));
    expect(out.map((o) => o.error)).toEqual([1, 2, 3].map(() => `answered by thread ${threadId}`));
  });

  it('16 jobs of 150 ms (2.4 s of work) get a second worker, and no job runs twice', async () => {
    const out = await workerAnalyzer(timed, 2).analyze(jobs(16, 150));
    expect(out.map((o) => o.id)).toEqual(jobs(16, 150).map((j) => j.id));
    expect(threadsOf(out)).toBe(2);
  });

  it('one job running longer than 1 s with others queued starts a second worker before its answer', async () => {
    const list = [{ ...jobs(1, 1600)[0]!, id: 1 }, ...jobs(3, 10).map((j) => ({ ...j, id: j.id + 1 }))];
    const t0 = Date.now();
    const out = await workerAnalyzer(timed, 2).analyze(list);
    expect(threadsOf(out)).toBe(2);
    // the three short jobs ran beside the long one: about 1.6 s in all, not 1.6 s plus a queue behind it
    expect(out[0]?.error).not.toBe(out[3]?.error);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a job read while a worker runs a long one goes to the worker free first, not behind it', async () => {
    // two jobs of 1.5 s, then two short ones: the second worker starts after 1 s (no answer yet) and
    // takes the second long job, which a worker holding two jobs kept behind the first (3 s in all)
    const list = [...jobs(2, 1500), ...jobs(2, 10).map((j) => ({ ...j, id: j.id + 2 }))];
    const out = await workerAnalyzer(timed, 2).analyze(list);
    expect(out.map((o) => o.id)).toEqual([1, 2, 3, 4]);
    expect(out[0]?.error).not.toBe(out[1]?.error);
  });

  it('readies one job ahead per worker: a blob is asked of the spool only once every job readied before it has been handed to a worker', async () => {
    const { TempRepo } = await import('../git/repo.js');
    const { BlobSpool } = await import('../../src/git/blob-spool.js');
    const { Worker } = await import('node:worker_threads');
    const temp = new TempRepo();
    const list = Array.from({ length: 6 }, (_, i) => {
      temp.write(`m${i}.bin`, `model ${i}`);
      return { id: i + 1, repoDir: temp.dir, path: `m${i}.bin`, rev: 'HEAD', blob: temp.git('hash-object', '-w', `m${i}.bin`), target: '0' };
    });
    // at each blob read: the blobs read before it minus the jobs handed to the worker before it
    const ahead: number[] = [];
    let reads = 0;
    let posted = 0;
    const realRead = BlobSpool.prototype.read;
    const realPost = Worker.prototype.postMessage;
    const read = vi.spyOn(BlobSpool.prototype, 'read').mockImplementation(function (this: InstanceType<typeof BlobSpool>, id: string) {
      ahead.push(reads++ - posted);
      return realRead.call(this, id);
    });
    const post = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: InstanceType<typeof Worker>, ...args: Parameters<typeof realPost>) {
      posted++;
      realPost.apply(this, args);
    });
    try {
      const out = await workerAnalyzer(timed, 1).analyze(list);
      expect(out.map((o) => o.error?.startsWith('answered by thread'))).toEqual([true, true, true, true, true, true]);
    } finally {
      read.mockRestore();
      post.mockRestore();
      temp.cleanup();
    }
    // one worker: the job it runs, and one read ahead (a bound of two would read a second before the first is handed over)
    expect(ahead).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a worker that crashes fails only the job it was running; the next jobs go to a fresh worker', async () => {
    const list = [{ id: 1, repoDir: '/r', path: 'crash', rev: undefined, target: '0' }, ...jobs(2, 0).map((j) => ({ ...j, id: j.id + 1 }))];
    const out = await workerAnalyzer(timed, 1).analyze(list);
    expect(out[0]?.error).toMatch(/^INTERNAL ERROR E_INTERNAL: crash: analysis worker failed: /);
    expect(out.slice(1).map((o) => o.error?.startsWith('answered by thread'))).toEqual([true, true]);
  });

  it('a worker that dies between jobs: the job posted to it meanwhile runs again on a fresh worker; a job whose own run crashes twice fails', async () => {
    const list = [
      { id: 1, repoDir: '/r', path: 'answer-then-die', rev: undefined, target: '0' },
      { id: 2, repoDir: '/r', path: 'm2.onnx', rev: undefined, target: '0' }, // posted to it as it answers the first
      { id: 3, repoDir: '/r', path: 'm3.onnx', rev: undefined, target: '0' },
      { id: 4, repoDir: '/r', path: 'crash', rev: undefined, target: '0' },
      { id: 5, repoDir: '/r', path: 'm5.onnx', rev: undefined, target: '0' },
    ];
    const out = await workerAnalyzer(timed, 1).analyze(list);
    const [first, second] = [out[0]?.error, out[1]?.error];
    expect(first).toMatch(/^answered by thread \d+$/);
    expect(second).toMatch(/^answered by thread \d+$/);
    expect(second).not.toBe(first); // by the fresh worker
    expect(out[2]?.error).toMatch(/^answered by thread \d+$/);
    expect(out[3]?.error).toMatch(/^INTERNAL ERROR E_INTERNAL: crash: analysis worker failed: /);
    expect(out[4]?.error).toMatch(/^answered by thread \d+$/);
  });

  it('a worker that dies while the next job\'s blob is being read: that job goes to a fresh worker, the pool does not hang', async () => {
    const { randomBytes } = await import('node:crypto');
    const { TempRepo } = await import('../git/repo.js');
    // a 48 MiB blob: reading it takes longer than the worker takes to start and die on its first job
    const temp = new TempRepo();
    temp.write('big.bin', randomBytes(48 * 1024 * 1024));
    const repo = temp.dir;
    const blob = temp.git('hash-object', '-w', 'big.bin');
    const list = [
      { id: 1, repoDir: repo, path: 'crash', rev: undefined, target: '0' },
      { id: 2, repoDir: repo, path: 'big.bin', rev: 'HEAD', blob, target: '0' },
    ];
    const out = await workerAnalyzer(timed, 1).analyze(list);
    expect(out[0]?.error).toMatch(/^INTERNAL ERROR E_INTERNAL: crash: analysis worker failed: /);
    expect(out[1]?.error).toMatch(/^answered by thread \d+$/);
    temp.cleanup();
  });
});

