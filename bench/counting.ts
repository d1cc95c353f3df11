/**
 * Params, MACC and weights against ST Edge AI Core generate reports of public projects (issue 14):
 * the models of bench/st-unseen.json whose report figures are recorded there, from the bench
 * cache (MODEL_FOOTPRINT_BENCH_CACHE, default ../bench-cache). Prints estimate / report per model
 * and how many are exact. Reports of "AI tools v5" (X-CUBE-AI 5.x, 2020) counted a dense layer
 * without its bias term; they are printed apart.
 *   npx tsx bench/counting.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeModel, loadFormats } from '../src/analyze.js';
import { fileModelInput } from '../src/node/file-source.js';

interface Row { repo: string; commit: string; path: string; sha256: string; tool: string; params?: number; macc?: number; weights?: number }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = resolve(process.env['MODEL_FOOTPRINT_BENCH_CACHE'] ?? join(root, '..', 'bench-cache'));
const rows = (JSON.parse(readFileSync(join(root, 'bench', 'st-unseen.json'), 'utf8')) as { models: Row[] }).models.filter((r) => r.macc !== undefined);

await loadFormats();
console.log(`\nParams, MACC and weights vs ST reports (bench/st-unseen.json; cache ${cache})`);
const exact = { params: 0, macc: 0, weights: 0, n: 0 };
const seen = new Set<string>();
for (const r of rows) {
  const file = join(cache, `${r.repo.replace('/', '+')}@${r.commit.slice(0, 10)}`, r.path);
  if (!existsSync(file) || seen.has(r.sha256)) continue;
  if (createHash('sha256').update(readFileSync(file)).digest('hex') !== r.sha256) continue;
  seen.add(r.sha256);
  const t = analyzeModel(fileModelInput(file)).totals;
  const old = /AI tools v5\./.test(r.tool);
  const cell = (ours: number, theirs: number | undefined) => (ours === theirs ? 'exact' : `${(ours / (theirs ?? NaN)).toFixed(3)}x`);
  if (!old) {
    exact.n++;
    if (t.params === r.params) exact.params++;
    if (t.macc === r.macc) exact.macc++;
    if (t.weightsBytes === r.weights) exact.weights++;
  }
  console.log(`${r.path.split('/').pop()?.slice(0, 44).padEnd(45)} params ${cell(t.params, r.params).padEnd(7)} macc ${cell(t.macc, r.macc).padEnd(7)} weights ${cell(t.weightsBytes, r.weights).padEnd(7)} (${r.tool}${old ? ', not counted' : ''})`);
}
console.log(`counting: exact on ${exact.n} distinct models of ST 1.0 and later: params ${exact.params}, macc ${exact.macc}, weights ${exact.weights}`);
