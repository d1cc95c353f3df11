/**
 * npm run bench (diff part, issue 13): `diff` of many changed models against one `analyze` of the
 * same files (both sides), with the bundled CLI, on two sets:
 *   - the ONNX and TFLite models of ../shared/models (skipped without it): the head of each is the
 *     same model made a distinct blob (ONNX: a doc_string field appended, which readers skip;
 *     TFLite: bytes after the flatbuffer), so both sides are analyzed;
 *   - 100 small models: the bundled example, base kws_cnn_int8 / head kws_cnn_int8_v2, each a
 *     distinct blob by its doc_string. Fixed costs (a worker thread's start and JIT warm-up) weigh
 *     most here;
 *   - one large model: the 244 MB AlexNet of bench/run.ts, its head a distinct blob likewise (the
 *     base is read from git: the blob spool's cost, and its peak memory against the analyze's).
 * Prints wall and CPU (worker threads and git included) over 5 rounds of analyze then diff (medians;
 * the CPU ratio is the median of the rounds' ratios, so a drift of the machine's speed cancels), the
 * same against analyze --no-hash (3 rounds: diff prints no file hash, so without --out it computes
 * none, and that analyze does the same analyses), and the
 * peak memory, what diff adds over the analyze and how much of it one more analysis thread costs
 * before it analyzes anything, and the git processes diff started (counted by a shim on PATH). ONLY_CORPUS=1 runs
 * the first set only, ONLY_SMALL=1 the second only, ONLY_LARGE=1 the third only;
 * KEEP=1 keeps the repositories (their folders are printed) for profiling.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternated, haveTime, measure, medianOf } from './proc.js';
import { WORKER_FLAG } from '../src/jobs/worker-flag.js';
import { benchAlexNet } from './make-large-onnx.js';

/** Rounds of one analyze and one diff, alternated (bench/proc.ts alternated). */
const ROUNDS = 5;
/** Rounds of one analyze --no-hash and one diff (the same analyses: diff computes no hash without --out). */
const NO_HASH_ROUNDS = 3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'model-footprint.js');
if (!haveTime()) {
  console.log('diff bench: /usr/bin/time (Debian package time) not found: skipped');
  process.exit(0);
}

/** The file with a doc_string field (ModelProto field 6) appended: same model, distinct bytes. */
function onnxVariant(bytes: Uint8Array, tag: string): Uint8Array {
  const text = new TextEncoder().encode(tag);
  return Buffer.concat([bytes, Uint8Array.from([(6 << 3) | 2, text.length]), text]);
}

/** A TFLite file with bytes after its flatbuffer (never referenced): same model, distinct bytes. */
function tfliteVariant(bytes: Uint8Array, tag: string): Uint8Array {
  return Buffer.concat([bytes, new TextEncoder().encode(tag)]);
}

interface Pair { path: string; base: Uint8Array; head: Uint8Array }

/** 100 small models: the bundled examples' int8 KWS network, base and v2 head, 100 distinct variants. */
function examplePairs(): Pair[] {
  const base = readFileSync(join(root, 'examples', 'kws', 'kws_cnn_int8.onnx'));
  const head = readFileSync(join(root, 'examples', 'kws', 'kws_cnn_int8_v2.onnx'));
  return Array.from({ length: 100 }, (_, i) => ({ path: `models/m${i}.onnx`, base: onnxVariant(base, `model ${i}`), head: onnxVariant(head, `model ${i}`) }));
}

/** Every ONNX and TFLite model of ../shared/models/MANIFEST.tsv: the head is the same model made a distinct blob. */
function corpusPairs(): Pair[] | undefined {
  const models = resolve(root, '..', 'shared', 'models');
  if (!existsSync(join(models, 'MANIFEST.tsv'))) return undefined;
  const paths = readFileSync(join(models, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0] as string)
    .filter((p) => /\.(onnx|tflite)$/.test(p) && existsSync(join(models, p)));
  return paths.map((p) => {
    const bytes = readFileSync(join(models, p));
    return { path: `models/${p}`, base: bytes, head: p.endsWith('.onnx') ? onnxVariant(bytes, 'head') : tfliteVariant(bytes, 'head') };
  });
}

/**
 * CPU one more analysis thread costs before it analyzes anything: a process that starts one
 * analysis worker on the bundle and stops it 1.5 s later (its start and the analyzer's load are
 * over by then), minus the same process without the worker (medians of 3). `analyze` runs on its
 * main thread; `diff` runs its analyses on workers, so this is part of what diff adds.
 */
let threadCpu: number | undefined;
function analysisThreadCpuS(): number {
  if (threadCpu !== undefined) return threadCpu;
  const entry = join(root, 'dist', 'cli', 'index.js');
  const stopLater = (start: string) => `const { Worker } = require('node:worker_threads'); ${start} setTimeout(() => w?.terminate(), 1500);`;
  const without = medianOf(3, () => measure(process.execPath, ['-e', stopLater('const w = undefined;')]));
  const withWorker = medianOf(3, () => measure(process.execPath, ['-e', stopLater(`const w = new Worker(${JSON.stringify(entry)}, { workerData: { ${JSON.stringify(WORKER_FLAG)}: true } });`)]));
  threadCpu = withWorker.cpuS - without.cpuS;
  return threadCpu;
}

/** `goals`: print issue 13's goals beside the ratios (they are set for many models: not for one large one). */
function bench(label: string, pairs: Pair[], goals = true): void {
  const work = mkdtempSync(join(tmpdir(), 'mf-bench-diff-'));
  const repo = join(work, 'repo');
  const flat = join(work, 'flat');
  mkdirSync(repo, { recursive: true });
  mkdirSync(flat);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  const put = (path: string, bytes: Uint8Array) => { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, bytes); };
  const files: string[] = [];
  pairs.forEach((p, i) => {
    put(join(repo, p.path), p.base);
    const ext = p.path.slice(p.path.lastIndexOf('.'));
    put(join(flat, `base-${i}${ext}`), p.base);
    put(join(flat, `head-${i}${ext}`), p.head);
    files.push(join(flat, `base-${i}${ext}`), join(flat, `head-${i}${ext}`));
  });
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  for (const p of pairs) put(join(repo, p.path), p.head);
  git('commit', '-q', '-am', 'head');

  // A git shim on PATH counts the git processes diff starts.
  const shim = join(work, 'shim');
  mkdirSync(shim);
  const log = join(work, 'git-calls.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(shim, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`);
  chmodSync(join(shim, 'git'), 0o755);

  const analyzeRun = (...extra: string[]) => measure(process.execPath, [bin, 'analyze', ...files, '--format', 'json', ...extra], { cwd: flat });
  const diffRun = (env?: NodeJS.ProcessEnv) => measure(process.execPath, [bin, 'diff', '--base', 'main', '--format', 'json'], { cwd: repo, ...(env ? { env } : {}) });
  const runs = alternated(ROUNDS, () => analyzeRun(), () => diffRun());
  const { a: analyze, b: diff } = runs;
  // diff prints no file hash, so it computes none (without --out): the same work as analyze --no-hash
  const bare = alternated(NO_HASH_ROUNDS, () => analyzeRun('--no-hash'), () => diffRun());
  writeFileSync(log, '');
  const counted = diffRun({ ...process.env, PATH: `${shim}:${process.env['PATH'] ?? ''}` });
  const models = (JSON.parse(counted.stdout) as { entries: unknown[] }).entries.length;
  const calls = readFileSync(log, 'utf8').trim().split('\n').length;
  console.log(`diff of ${models} changed model${models === 1 ? '' : 's'}, ${label} (bundled CLI, ${files.length} analyses, ${ROUNDS} rounds of analyze then diff: medians):`);
  console.log(`  analyze of the ${files.length} files, one process: ${analyze.wallS.toFixed(2)} s wall, ${analyze.cpuS.toFixed(2)} s CPU`);
  console.log(`  diff --base main:                 ${diff.wallS.toFixed(2)} s wall, ${diff.cpuS.toFixed(2)} s CPU`);
  const goal = (g: string) => (goals ? `; goal <= ${g}` : '');
  console.log(`  diff's CPU / the analyze's, per round: ${runs.cpuRatio.toFixed(2)}x (rounds ${runs.cpuRatios.map((r) => r.toFixed(2)).join(' to ')}${goal('1.30x')}); diff's wall / its CPU: ${runs.bWallOverCpu.toFixed(2)}x${goals ? ' (goal <= 0.65x)' : ''}`);
  console.log(`  against analyze --no-hash (diff computes no hash: it prints none), per round: ${bare.cpuRatio.toFixed(2)}x CPU (rounds ${bare.cpuRatios.map((r) => r.toFixed(2)).join(' to ')}; ${bare.a.cpuS.toFixed(2)} s for the analyze)`);
  console.log(`  what diff adds: ${(diff.cpuS - analyze.cpuS).toFixed(2)} s CPU; one more analysis thread's start and analyzer load alone: ${analysisThreadCpuS().toFixed(2)} s (diff's analyses run on worker threads, analyze's on its main thread)`);
  console.log(`  peak memory: analyze ${analyze.rssMiB.toFixed(0)} MiB, diff ${diff.rssMiB.toFixed(0)} MiB (its main thread and workers)`);
  console.log(`  git processes diff started:       ${calls}`);
  if (process.env["KEEP"]) console.log(work); else rmSync(work, { recursive: true, force: true });
}

/** The AlexNet of bench/run.ts (written there, or here when that part has not run): base, and its head a distinct blob. */
function largePair(): Pair[] {
  const bytes = readFileSync(benchAlexNet());
  return [{ path: 'models/alexnet.onnx', base: bytes, head: onnxVariant(bytes, 'head') }];
}

const only = ['ONLY_CORPUS', 'ONLY_SMALL', 'ONLY_LARGE'].find((k) => process.env[k]);
const runs = (set: string): boolean => only === undefined || only === set;
// (the corpus is read only when its set runs)
const corpus = runs('ONLY_CORPUS') ? corpusPairs() : undefined;
if (!runs('ONLY_CORPUS')) console.log(`diff bench (corpus): skipped (${only ?? ''})`);
else if (corpus) bench('the ONNX and TFLite models of ../shared/models', corpus);
else console.log('diff bench (corpus): ../shared/models not found: skipped');
if (runs('ONLY_SMALL')) bench('small (the bundled example, 100 variants)', examplePairs());
if (runs('ONLY_LARGE')) bench('one large model (the 244 MB AlexNet of bench/run.ts)', largePair(), false);
