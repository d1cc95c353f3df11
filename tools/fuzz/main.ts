#!/usr/bin/env tsx
/**
 * `npm run fuzz -- [--count N] [--seed S] [--jobs J] [--timeout-ms T] [--memory-mb M] [--corpus DIR]
 *  [--max-seed-bytes B] [--out DIR] [--replay SEED --file NAME]`
 * Mutates the bundled examples and, when present, the corpus models of ../shared/models (files up
 * to --max-seed-bytes), and classifies every mutant (tools/fuzz/classify.ts). Failing mutants are
 * written to --out with their seed; the exit status is 1 when any run failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCampaign, type Seed } from './campaign.js';
import { corpusSeeds } from './seeds.js';
import { classify } from './classify.js';
import { formatOf, mutate } from './mutate.js';
import { loadFormats } from '../../src/analyze.js';
import { timeLimited } from '../../src/node/time-limit.js';

const root = resolve(import.meta.dirname, '..', '..');

async function main(): Promise<number> {
  const { values: a } = parseArgs({
    options: {
      count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, jobs: { type: 'string', default: String(cpus().length) },
      'timeout-ms': { type: 'string', default: '10000' }, 'memory-mb': { type: 'string', default: '1024' },
      corpus: { type: 'string', default: join(root, '..', 'shared', 'models') }, 'max-seed-bytes': { type: 'string', default: String(4 << 20) },
      out: { type: 'string', default: join(root, 'build', 'fuzz') }, replay: { type: 'string' }, file: { type: 'string' },
    },
  });
  const seeds = [...corpusSeeds(join(root, 'examples'), Number(a['max-seed-bytes'])), ...corpusSeeds(a.corpus as string, Number(a['max-seed-bytes']))];
  if (a.replay !== undefined) {
    const seed = seeds.find((s) => s.name === a.file);
    if (!seed) { console.error(`no seed file named ${a.file}`); return 2; }
    await loadFormats({ timeLimit: timeLimited });
    const { bytes, ops } = mutate(seed.bytes, formatOf(seed.name), Number(a.replay));
    const c = classify(seed.name, bytes, Number(a.replay));
    const file = join(a.out as string, `replay-${a.replay}-${basename(seed.name)}`);
    mkdirSync(a.out as string, { recursive: true });
    writeFileSync(file, bytes);
    console.log(`${c.outcome} ${c.detail} (ops ${ops.join('+')}); mutant written to ${file}`);
    return 0;
  }
  const count = Number(a.count);
  console.log(`fuzzing ${count} mutants of ${seeds.length} seed files on ${a.jobs} workers (first seed ${a.seed})`);
  let last = Date.now();
  const r = await runCampaign(seeds, {
    count, firstSeed: Number(a.seed), jobs: Number(a.jobs), timeoutMs: Number(a['timeout-ms']), memoryMb: Number(a['memory-mb']),
    onProgress: (n) => { if (Date.now() - last > 10_000) { last = Date.now(); console.log(`  ${n}/${count}`); } },
  });
  console.log(JSON.stringify({ counts: r.counts, slowestMs: Math.round(r.slowestMs), peakRssMb: Math.round(r.peakRssMb), wallS: Math.round(r.wallMs / 1000) }));
  if (r.failures.length > 0) {
    mkdirSync(a.out as string, { recursive: true });
    for (const f of r.failures.slice(0, 200)) {
      const seed = seeds.find((s) => s.name === f.seedFile) as Seed;
      const { bytes } = mutate(seed.bytes, formatOf(seed.name), f.mutantSeed);
      writeFileSync(join(a.out as string, `${f.outcome}-${f.mutantSeed}-${basename(f.seedFile)}`), bytes);
      console.log(`${f.outcome}: ${f.seedFile} seed ${f.mutantSeed} (${f.ops.join('+')}): ${f.detail.split('\n')[0]}`);
    }
  }
  return r.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
