/**
 * A fuzzing campaign: `count` mutants of the seed files, classified on worker threads (one per
 * core), each run watched: over `timeoutMs` it is a hang (the worker is terminated and replaced),
 * a worker killed by its heap limit is an out-of-memory run. Mutant i is seed file i mod n with
 * mutant seed `firstSeed + i`, so any failure is replayed by its seed alone.
 */
import { Worker } from 'node:worker_threads';
import { FAILURES, type Outcome } from './classify.js';
import { formatOf } from './mutate.js';
import type { Done, Job } from './worker.js';

export interface Seed { name: string; bytes: Uint8Array }

export interface CampaignOptions {
  count: number;
  firstSeed: number;
  jobs: number;
  /** A run longer than this is a hang. */
  timeoutMs: number;
  /** A worker's heap limit: a run that needs more is an out-of-memory failure. */
  memoryMb: number;
  onProgress?: (done: number) => void;
}

export interface Failure { outcome: Outcome; seedFile: string; mutantSeed: number; ops: string[]; detail: string }

export interface CampaignResult {
  counts: Record<string, number>;
  failures: Failure[];
  slowestMs: number;
  peakRssMb: number;
  wallMs: number;
}

export async function runCampaign(seeds: readonly Seed[], o: CampaignOptions): Promise<CampaignResult> {
  const counts: Record<string, number> = {};
  const failures: Failure[] = [];
  let slowestMs = 0;
  let peakRss = process.memoryUsage().rss;
  const t0 = Date.now();
  let next = 0;
  let done = 0;
  const record = (outcome: Outcome, i: number, ops: string[], detail: string): void => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    const seed = seeds[i % seeds.length] as Seed;
    if (FAILURES.includes(outcome)) failures.push({ outcome, seedFile: seed.name, mutantSeed: o.firstSeed + i, ops, detail });
    done++;
    o.onProgress?.(done);
  };
  const rss = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 200);
  await new Promise<void>((resolveAll, reject) => {
    let live = 0;
    const start = (): void => {
      live++;
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        stderr: true, stdout: true,
        resourceLimits: { maxOldGenerationSizeMb: o.memoryMb },
      });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let noise = '';
      let finished = false;
      let ready = false;
      w.stderr.on('data', (c: Buffer) => { if (current !== undefined) noise += c.toString(); });
      w.stdout.on('data', (c: Buffer) => { if (current !== undefined) noise += c.toString(); });
      const feed = (): void => {
        if (next >= o.count) { current = undefined; finished = true; void w.terminate(); return; }
        const i = next++;
        current = i;
        noise = '';
        const seed = seeds[i % seeds.length] as Seed;
        const job: Job = { id: i, name: seed.name, format: formatOf(seed.name), seedBytes: seed.bytes, mutantSeed: o.firstSeed + i };
        timer = setTimeout(() => {
          record('hang', i, [], `no answer in ${o.timeoutMs} ms`);
          current = undefined;
          void w.terminate();
        }, o.timeoutMs);
        w.postMessage(job);
      };
      w.on('message', (m: Done | 'ready') => {
        if (m === 'ready') { ready = true; feed(); return; }
        clearTimeout(timer);
        slowestMs = Math.max(slowestMs, m.ms);
        // Output printed during the run (a native library's diagnostics) fails it.
        const outcome = noise.trim() !== '' && m.outcome !== 'internal' ? 'noise' : (m.outcome as Outcome);
        record(outcome, m.id, m.ops, outcome === 'noise' ? noise.slice(0, 300) : m.detail);
        if (!m.retire) { feed(); return; }
        current = undefined;
        void w.terminate(); // exit starts a fresh worker
      });
      let error = '';
      w.on('error', (e: Error) => { error = `${(e as { code?: string }).code ?? e.name}: ${e.message}`; });
      w.on('exit', () => {
        clearTimeout(timer);
        live--;
        if (!ready) { reject(new Error(`a fuzzing worker could not start: ${error || 'it exited'}`)); return; }
        if (current !== undefined) {
          record(/OUT_OF_MEMORY|heap/i.test(error) ? 'oom' : 'internal', current, [], error || 'the worker stopped');
          current = undefined;
        }
        if (!finished && next < o.count) start();
        else if (live === 0) resolveAll();
      });
    };
    for (let j = 0; j < Math.max(1, Math.min(o.jobs, o.count)); j++) start();
  });
  clearInterval(rss);
  return { counts, failures, slowestMs, peakRssMb: peakRss / 2 ** 20, wallMs: Date.now() - t0 };
}
