/**
 * npm run bench (memory part): activations per planner over ../shared, as ratios.
 * - TFLite Micro: every TFLite model of ../shared/models/MANIFEST.tsv that TFLM runs. The reference
 *   is TFLM's own figure where one is published (../shared/models/README.md), else our `tflm`
 *   planner, which reproduces TFLM's GreedyMemoryPlanner (test/memory/tflm-reference.test.ts).
 * - ST Edge AI Core: bench/st-references.json, published figures for files under ../shared.
 * - Planning time of a 10,002-node graph per planner, and the exact order search at its bounds.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DEFAULT_TARGET, analyzeModel, builtinTarget, loadFormats, parseMemoryPoolFile, withMemoryPools } from '../src/index.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readModel } from '../src/frontends/registry.js';
import { runPipeline } from '../src/passes/pipeline.js';
import { fileModelInput } from '../src/node/file-source.js';
import { planMemory } from '../src/memory/plan.js';
import { memoryTimeline } from '../src/memory/timeline.js';
import type { Graph } from '../src/ir/graph.js';
import type { PlannerProfile } from '../src/memory/types.js';
import type { CpuSimd } from '../src/targets/cores.js';
import { residualGraph, searchWorstGraph } from './make-graph.js';
import { MAX_EXACT_NODES, MAX_STATES, searchOrder } from '../src/memory/best.js';
import { collectRequests } from '../src/memory/lifetimes.js';
import { PLANNER_TRAITS } from '../src/memory/profiles.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
await loadFormats();
if (!existsSync(join(shared, 'models'))) {
  console.log(`memory bench: ../shared/models not found at ${shared}: skipped`);
  process.exit(0);
}

/** TFLM's published non-persistent arenas (../shared/models/README.md). */
const TFLM_PUBLISHED: Record<string, number> = {
  'tflite-micro/tensorflow/lite/micro/testing/test_conv_model.tflite': 7_744,
  'tflite-micro/tensorflow/lite/micro/models/keyword_scrambled.tflite': 672,
  'tflite-micro/tensorflow/lite/micro/models/person_detect.tflite': 55_296,
};

function graphOf(path: string): Graph | undefined {
  try {
    return runPipeline(readModel(fileModelInput(path)), {}).graph;
  } catch (e: unknown) {
    console.log(`  ${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (skipped)`);
    return undefined;
  }
}

const arena = (g: Graph, planner: PlannerProfile, simd?: CpuSimd) => planMemory(g, { planner, ...(simd ? { simd } : {}) }).arenaBytes;
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const fmt = (r: number) => r.toFixed(2);
const short = (p: string) => (p.length > 44 ? `…${p.slice(-43)}` : p);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// ---- TFLite Micro ----
const manifest = readFileSync(join(shared, 'models', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const tflite = manifest.filter((c) => (c[7] ?? '').startsWith('tflite')).map((c) => c[0] ?? '');
console.log('\nActivations vs TFLite Micro (ratio = planner / TFLM arena; TFLM = published head, else our tflm replica)');
console.log(`${'model'.padEnd(45)} ${'TFLM'.padStart(9)} ${'st'.padStart(6)} ${'st-time'.padStart(8)} ${'best'.padStart(6)}`);
const vsTflm: Record<'st' | 'st-time' | 'best', number[]> = { st: [], 'st-time': [], best: [] };
for (const rel of tflite) {
  const g = graphOf(join(shared, 'models', rel));
  if (!g) continue;
  const ref = TFLM_PUBLISHED[rel] ?? arena(g, 'tflm');
  const row = (['st', 'st-time', 'best'] as const).map((p) => {
    const r = ratio(arena(g, p), ref);
    vsTflm[p].push(r);
    return r;
  });
  console.log(`${short(rel).padEnd(45)} ${String(ref).padStart(9)} ${fmt(row[0] ?? NaN).padStart(6)} ${fmt(row[1] ?? NaN).padStart(8)} ${fmt(row[2] ?? NaN).padStart(6)}${TFLM_PUBLISHED[rel] ? '  (published)' : ''}`);
}
for (const p of ['st', 'st-time', 'best'] as const) {
  const rs = vsTflm[p];
  console.log(`  ${p.padEnd(8)} median ${fmt(median(rs))}, above TFLM on ${rs.filter((r) => r > 1).length}/${rs.length}, >= 10% below on ${rs.filter((r) => r <= 0.9).length}/${rs.length}`);
}

// ---- ST Edge AI Core ----
interface StRef { file: string; bytes?: number; kib?: number; planner: PlannerProfile; source: string; simd?: CpuSimd }
const refs = (JSON.parse(readFileSync(join(root, 'bench', 'st-references.json'), 'utf8')) as { references: StRef[] }).references;
console.log('\nActivations vs ST Edge AI Core published figures (ratio = planner / published)');
console.log(`${'model'.padEnd(45)} ${'published'.padStart(10)} ${'as published'.padStart(13)} ${'st'.padStart(6)} ${'best'.padStart(6)}`);
const within: Record<'published' | 'best', number> = { published: 0, best: 0 };
let counted = 0;
for (const ref of refs) {
  const g = graphOf(join(shared, ref.file));
  if (!g) continue;
  const published = ref.bytes ?? Math.round((ref.kib ?? 0) * 1024);
  const as = ratio(arena(g, ref.planner, ref.simd), published);
  const st = ratio(arena(g, 'st', ref.simd), published);
  const best = ratio(arena(g, 'best', ref.simd), published);
  counted++;
  if (Math.abs(as - 1) <= 0.1) within.published++;
  if (best <= 1) within.best++;
  console.log(`${short(ref.file).padEnd(45)} ${String(published).padStart(10)} ${`${fmt(as)} ${ref.planner}`.padStart(13)} ${fmt(st).padStart(6)} ${fmt(best).padStart(6)}`);
}
console.log(`  with the publication's options: within 10% on ${within.published}/${counted}; best at or below ST on ${within.best}/${counted}`);

// ---- ST Edge AI Core, models not seen while developing the planners ----
interface Unseen { repo: string; commit: string; path: string; sha256: string; activations: number; ioInside: boolean; tool: string; batch: number; sameArchitectureAs?: string; memoryPool?: { path: string; sha256: string } }
const cache = resolve(process.env['MODEL_FOOTPRINT_BENCH_CACHE'] ?? join(root, '..', 'bench-cache'));
/**
 * The planner of the publication's era: X-CUBE-AI 5.x (2020, "AI tools v5") did not let a layer
 * write over its input (cnn_gmp.h5, AI tools 5.1.1: 6,976 B = conv input + whole conv output +
 * dense output; measured 0.64 with overlap in batch 3, then this rule), so its figures are
 * compared with `st-time` (no overlap); later versions with `st`.
 */
const eraPlanner = (tool: string): PlannerProfile => (/AI tools v[1-6]\./.test(tool) ? 'st-time' : 'st');
const unseen = (JSON.parse(readFileSync(join(root, 'bench', 'st-unseen.json'), 'utf8')) as { models: Unseen[] }).models;
console.log(`\nActivations vs ST on models not seen while developing (bench/st-unseen.json; cache ${cache})`);
console.log('  batch 1 was measured at stop 23 and batch 2 at stop 25, each before any change made from it; batch 3 and batch 4 after the changes of stop 25; batch 5 at stop 37 before its change');
let found = 0;
const unseenRatios: { q: number; best: number; batch: number; family: boolean }[] = [];
for (const u of unseen) {
  const file = join(cache, `${u.repo.replace('/', '+')}@${u.commit.slice(0, 10)}`, u.path);
  if (!existsSync(file)) continue;
  if (createHash('sha256').update(readFileSync(file)).digest('hex') !== u.sha256) {
    console.log(`  ${u.path}: sha256 differs from bench/st-unseen.json (skipped)`);
    continue;
  }
  // a publication made with a memory-pool file: ST's figure is the sum of the pools it used
  const poolFile = u.memoryPool ? join(cache, `${u.repo.replace('/', '+')}@${u.commit.slice(0, 10)}`, u.memoryPool.path) : undefined;
  const poolText = poolFile && existsSync(poolFile) ? readFileSync(poolFile) : undefined;
  if (u.memoryPool && (!poolText || createHash('sha256').update(poolText).digest('hex') !== u.memoryPool.sha256)) {
    console.log(`  ${u.path}: its memory-pool file ${u.memoryPool.path} is missing or differs (skipped)`);
    continue;
  }
  found++;
  try {
    const planner = eraPlanner(u.tool);
    const target = poolText ? withMemoryPools(builtinTarget(DEFAULT_TARGET), parseMemoryPoolFile(poolText.toString('utf8'), u.memoryPool?.path ?? '')) : undefined;
    const ratio = (p: PlannerProfile): number => {
      const r = analyzeModel(fileModelInput(file), { planner: p, ioInsideActivations: u.ioInside, ...(target ? { target } : {}) });
      const used = r.pools?.pools.filter((x) => x.holds.includes('activations')).reduce((s, x) => s + x.usedBytes, 0);
      return (target && used !== undefined ? used : r.totals.activationsBytes) / u.activations;
    };
    const [q, best] = [ratio(planner), ratio('best')];
    unseenRatios.push({ q, best, batch: u.batch, family: u.sameArchitectureAs !== undefined });
    const family = u.sameArchitectureAs ? `, same architecture as ${u.sameArchitectureAs}` : '';
    console.log(`${short(u.path).padEnd(45)} ${String(u.activations).padStart(10)} ${fmt(q).padStart(6)} ${planner.padEnd(7)} best ${fmt(best).padStart(5)} (batch ${u.batch}, ${u.tool}${family})`);
  } catch (e: unknown) {
    console.log(`  ${u.path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}
const within10 = (rs: { q: number }[]): string => `${rs.filter((r) => Math.abs(r.q - 1) <= 0.1).length}/${rs.length}`;
if (found === 0) console.log(`  none of the ${unseen.length} models is in the cache: fetch them from GitHub at the commits listed`);
else {
  const batches = [...new Set(unseenRatios.map((r) => r.batch))].sort((a, b) => a - b);
  console.log(`  st within 10%: all ${within10(unseenRatios)}; ${batches.map((b) => `batch ${b} ${within10(unseenRatios.filter((r) => r.batch === b))}`).join('; ')}`);
  console.log(`  counting each architecture once (first file of a family): ${within10(unseenRatios.filter((r) => !r.family))}`);
  console.log(`  best at or below ST: ${unseenRatios.filter((r) => r.best <= 1).length}/${unseenRatios.length}; each architecture once ${unseenRatios.filter((r) => !r.family && r.best <= 1).length}/${unseenRatios.filter((r) => !r.family).length}`);
}

// ---- planning time ----
const big = residualGraph(3_334);
console.log(`\nPlanning a ${big.nodes.length.toLocaleString('en-US')}-node graph (median of 3 runs):`);
for (const p of ['st', 'st-time', 'tflm', 'best'] as const) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const plan = planMemory(big, { planner: p });
    memoryTimeline(big, plan);
    times.push(performance.now() - t0);
    bytes = plan.arenaBytes;
  }
  console.log(`  ${p.padEnd(8)} ${median(times).toFixed(0).padStart(6)} ms  (arena ${bytes.toLocaleString('en-US')} B)`);
}

// ---- the exact order search at its bounds ----
const wide = searchWorstGraph(MAX_EXACT_NODES, 14);
const wideReq = collectRequests(wide, { traits: PLANNER_TRAITS.st, ioInside: true, scratchSize: () => 0 });
const searchTimes: number[] = [];
let method = '';
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  method = searchOrder(wide, wideReq).method;
  searchTimes.push(performance.now() - t0);
}
console.log(`
The exact order search at its bounds (${MAX_EXACT_NODES} nodes, 2^14 + ${MAX_EXACT_NODES - 14} executed-node sets of at most ${MAX_STATES.toLocaleString('en-US')}): ${median(searchTimes).toFixed(0)} ms (${method}; median of 3)`);
