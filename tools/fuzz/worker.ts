/** A fuzzing worker: loads the formats once, then classifies each mutant it is sent. */
import { timeLimited } from '../../src/node/time-limit.js';
import { parentPort } from 'node:worker_threads';
import { loadFormats, readersNeedRestart } from '../../src/analyze.js';
import { classify } from './classify.js';
import { mutate, type Format } from './mutate.js';

export interface Job { id: number; name: string; format: Format; seedBytes: Uint8Array; mutantSeed: number }
export interface Done { id: number; outcome: string; detail: string; ms: number; ops: string[]; retire?: boolean }

await loadFormats({ timeLimit: timeLimited });
parentPort?.on('message', (job: Job) => {
  const { bytes, ops } = mutate(job.seedBytes, job.format, job.mutantSeed);
  const t0 = performance.now();
  const c = classify(job.name, bytes, job.mutantSeed);
  const done: Done = { id: job.id, outcome: c.outcome, detail: c.detail, ms: performance.now() - t0, ops };
  // A stopped or trapped native library: this thread asks to be replaced by a fresh one.
  if (readersNeedRestart()) done.retire = true;
  parentPort?.postMessage(done);
});
parentPort?.postMessage('ready');
