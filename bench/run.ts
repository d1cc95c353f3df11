/**
 * npm run bench (speed part, issue 13), as ratios in one run, with the bundled CLI:
 *   1. a 244 MB AlexNet (BVLC AlexNet's graph and parameter shapes, bench/make-large-onnx.ts)
 *      against Python's `onnx.load` (Debian python3-onnx; skipped with a message when absent):
 *      whole processes (interpreter start included on both sides), and the calls alone (the
 *      modules already loaded); with the default hashing, without it (--no-hash), and the
 *      hashing's own cost;
 *   2. a Conv -> Relu -> Add chain at 1k, 10k and 100k nodes (the Relu fuses): the CLI process
 *      (read, passes, planning, mapping, JSON report) and the pass pipeline alone; CPU, peak RSS
 *      and the cost per node against the 1k one, with V8's account of the 100k runs' heap (how far
 *      it grew, what its full collections found live); the 100k chain in the default text format; then
 *      100k nodes with a choice of order in every block (the chain has one order, whose plan
 *      skips the order search), and `compare` of the two; the chain again with activations that
 *      spill the first memory pool; an int8 TFLite chain of 1k and 100k operators;
 *   0. start-up: `--version` and `--help` against a bare `node -e 0` (run first).
 * Whole-process figures come from GNU time (bench/proc.ts); medians of 3 runs, and against onnx.load
 * 5 rounds alternating the two processes (the median of the rounds' ratios).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DIR, benchAlexNet, benchChain100k, writeBranchedOnnx, writeChainOnnx } from './make-large-onnx.js';
import { writeInt8ChainTflite } from './make-large-tflite.js';
import { alternated, haveTime, measure, measureEach, medianOf, ratio, type ProcSample } from './proc.js';
import { readHeapTrace, type HeapTrace } from './gc-trace.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'model-footprint.js');
const dir = BENCH_DIR;
mkdirSync(dir, { recursive: true });
if (!haveTime()) {
  console.log('speed bench: /usr/bin/time (Debian package time) not found: skipped');
  process.exit(0);
}
const node = process.execPath;
/** The CLI's JSON analysis of `file` without hashing, median of 3 runs; `nodeFlags` go to node, `extra` to the CLI. */
const analyzeJson = (file: string, extra: readonly string[] = [], nodeFlags: readonly string[] = []) =>
  medianOf(3, () => measure(node, [...nodeFlags, bin, 'analyze', file, '--format', 'json', '--no-hash', ...extra]));
const fmt = (s: ProcSample) => `${s.wallS.toFixed(2)} s wall, ${s.cpuS.toFixed(2)} s CPU, ${s.rssMiB.toFixed(0)} MiB`;
const fmtMs = (s: ProcSample) => `${(s.wallS * 1000).toFixed(1)} ms wall, ${(s.cpuS * 1000).toFixed(1)} ms CPU, ${s.rssMiB.toFixed(0)} MiB`;

// 0. Start-up, first: before the large runs leave the machine busy.
// each figure: the median of 5 batches of 20 runs, per run (measureEach: GNU time's hundredths alone made the ratios jump)
const startUp = (args: string[]) => medianOf(5, () => measureEach(20, node, args));
const bare = startUp(['-e', '0']);
const version = startUp([bin, '--version']);
const help = startUp([bin, '--help']);
console.log('0. start-up (per run: medians of 5 batches of 20 runs)');
console.log(`  node -e 0:   ${fmtMs(bare)}`);
console.log(`  --version:   ${fmtMs(version)} = ${ratio(version.wallS, bare.wallS)} bare node's wall, ${ratio(version.cpuS, bare.cpuS)} its CPU (goal <= 1.5x)`);
console.log(`  --help:      ${fmtMs(help)} = ${ratio(help.wallS, bare.wallS)} bare node's wall, ${ratio(help.cpuS, bare.cpuS)} its CPU (goal <= 1.5x)`);

// 1. AlexNet against onnx.load.
const alexnet = benchAlexNet();
console.log(`1. ${alexnet} (${(statSync(alexnet).size / 1e6).toFixed(1)} MB)`);
// `from onnx import load`, not `import onnx`: Debian's libonnx-testdata alone leaves an `onnx` namespace
// package (its test data) that imports without the library, and every "onnx.load" figure was then of a failing script.
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'from onnx import load'], { stdio: 'ignore' }).status === 0);
// The calls alone, timed inside each process once its modules are loaded.
const pyCall = `import time, onnx, sys\nt = time.perf_counter(); onnx.load(sys.argv[1]); print(time.perf_counter() - t)`;
const coreCall = (hash: boolean) => `
const core = await import(${JSON.stringify(join(root, 'build', 'src', 'index.js'))});
const { fileModelInput } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'file-source.js'))});
const { startHashing } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'hash.js'))});
const input = fileModelInput(process.argv[2]);
const t = performance.now();
const hashing = ${hash ? 'startHashing(input.source).hashes' : 'undefined'};
let r = core.analyzeModel(input, {});
if (hashing) r = core.withHashes(r, await hashing);
console.log((performance.now() - t) / 1000);
input.close();`;
/** A script written to a file (worker threads started from `node -e` code misbehave), run as a module. */
const script = (name: string, code: string): string => {
  const f = join(dir, name);
  writeFileSync(f, code);
  return f;
};
const callS = (cmd: string, args: string[]) => {
  const xs = [0, 1, 2].map(() => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.slice(-2000)}`);
    return Number(r.stdout.trim().split('\n').pop());
  });
  return xs.sort((a, b) => a - b)[1] as number;
};
const runOurs = () => measure(node, [bin, 'analyze', alexnet, '--format', 'json']);
const runLoad = python ? () => measure(python, ['-c', 'import onnx, sys; onnx.load(sys.argv[1])', alexnet], { exitCodes: [0] }) : undefined;
// With onnx.load, the two processes alternate, each round's pair seconds apart (a shared machine's speed drifts).
const rounds = runLoad ? alternated(5, runLoad, runOurs) : undefined;
const ours = rounds?.b ?? medianOf(3, runOurs);
const oursFast = analyzeJson(alexnet);
const hashOnly = medianOf(3, () => measure('md5sum', [alexnet]));
// Our hashing alone: Node, sha256 on its thread and the md5 worker the default run starts (src/node/parallel-hash.ts), nothing else loaded.
const hashFloorScript = script('hash-floor.mjs', `
const { FileSource } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'file-source.js'))});
const { hashInParallel } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'parallel-hash.js'))});
const source = new FileSource(process.argv[2]);
await hashInParallel(source).hashes;
source.close();`);
const hashFloor = medianOf(3, () => measure(node, [hashFloorScript, alexnet]));
console.log(`  model-footprint analyze (sha256 + md5):  ${fmt(ours)}`);
console.log(`  model-footprint analyze --no-hash:       ${fmt(oursFast)}`);
console.log(`  md5sum alone (the md5 every default run reads): ${fmt(hashOnly)}`);
console.log(`  node + sha256 here and the md5 worker alone: ${fmt(hashFloor)}`);
const coreHashed = callS(node, [script('call-hashed.mjs', coreCall(true)), alexnet]);
const coreFast = callS(node, [script('call-fast.mjs', coreCall(false)), alexnet]);
console.log(`  analyzeModel() call, hashes in parallel: ${coreHashed.toFixed(3)} s; without hashes: ${coreFast.toFixed(3)} s; hashing's own cost: ${(coreHashed - coreFast).toFixed(3)} s`);
if (python && rounds) {
  const load = rounds.a;
  const pyLoad = callS(python, ['-c', pyCall, alexnet]);
  console.log(`  python3 onnx.load process:              ${fmt(load)}; the onnx.load() call alone: ${pyLoad.toFixed(3)} s`);
  console.log(`  processes, default:  wall ${rounds.wallRatio.toFixed(2)}x (median of 5 alternated rounds, ${rounds.wallRatios.map((r) => r.toFixed(2)).join(' to ')}), peak memory ${ratio(ours.rssMiB, load.rssMiB)} of onnx.load's (goal <= 0.25x, <= 0.20x)`);
  console.log(`  processes, --no-hash: wall ${ratio(oursFast.wallS, load.wallS)}, peak memory ${ratio(oursFast.rssMiB, load.rssMiB)}`);
  console.log(`  calls, default:      ${ratio(coreHashed, pyLoad)}; calls, no hashes: ${ratio(coreFast, pyLoad)} of onnx.load()'s`);
  console.log(`  md5 alone:           ${ratio(hashOnly.wallS, load.wallS)} of the onnx.load process's wall: the floor of any default run that prints stedgeai's model_hash`);
  console.log(`  node -e 0 then md5:  ${ratio(bare.wallS + hashOnly.wallS, load.wallS)} of it: the floor of a Node process that prints it (its start, then md5 with nothing beside it)`);
  console.log(`  our hashing alone:   ${ratio(hashFloor.wallS, load.wallS)} of it (node, sha256 on its thread and the md5 worker, nothing analyzed): the floor of our default run`);
} else {
  console.log('  onnx.load: python3 with the onnx module not found (Debian: apt-get install python3-onnx): comparison skipped');
}

/** What the peak memory is made of: V8's own account of the run's heap, beside its peak RSS (the same run). */
function heapLine(h: HeapTrace | undefined): string {
  return h === undefined
    ? '           --trace-gc: no collection line read (heap figures skipped)'
    : `           the same run, V8's account (--trace-gc): heap committed at most ${h.committedMiB.toFixed(0)} MiB; its ${h.full} full collections left ${h.liveAfterFull.map((x) => x.toFixed(0)).join(', ')} MiB live (V8 lets the old generation grow to up to 4x what the last one left; ${h.young} young collections)`;
}

// 2. Scaling.
console.log('2. Conv -> Relu -> Add chain (the Relu fuses into the Conv)');
const pipelineScript = `
const { readModel } = await import(${JSON.stringify(join(root, 'build', 'src', 'frontends', 'registry.js'))});
const { runPipeline } = await import(${JSON.stringify(join(root, 'build', 'src', 'passes', 'pipeline.js'))});
const { fileModelInput } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'file-source.js'))});
const model = readModel(fileModelInput(process.argv[2]));
globalThis.gc(); const h0 = process.memoryUsage().heapUsed;
const c0 = process.cpuUsage();
const { graph } = runPipeline(model, {});
const c = process.cpuUsage(c0);
globalThis.gc();
console.log(JSON.stringify({ cpuS: (c.user + c.system) / 1e6, heapMiB: (process.memoryUsage().heapUsed - h0) / 2 ** 20, nodes: graph.nodes.length }));`;
const pipelineFile = script('pipeline.mjs', pipelineScript);
let perNode1k = 0;
let pipe1k = 0;
let chain100k: ProcSample | undefined;
for (const blocks of [334, 3334, 33334]) {
  const nodes = blocks * 3;
  const file = join(dir, `chain-${blocks}.onnx`);
  if (!existsSync(file)) writeChainOnnx(file, blocks);
  // at 100k, V8's own account of the heap comes with the runs measured (--trace-gc: a few lines on stdout)
  const traced = blocks === 33334;
  const s = analyzeJson(file, [], traced ? ['--trace-gc'] : []);
  const p = JSON.parse(spawnSync(node, ['--expose-gc', pipelineFile, file], { encoding: 'utf8' }).stdout.trim()) as { cpuS: number; heapMiB: number };
  const perNode = s.cpuS / nodes;
  if (blocks === 334) { perNode1k = perNode; pipe1k = p.cpuS / nodes; }
  console.log(`  ${nodes.toLocaleString('en-US').padStart(7)} nodes: CLI ${fmt(s)}, ${(perNode * 1e6).toFixed(0)} us CPU/node = ${ratio(perNode, perNode1k)} the 1k cost; passes alone ${p.cpuS.toFixed(2)} s CPU (${ratio(p.cpuS / nodes, pipe1k)} per node), their graph ${p.heapMiB.toFixed(0)} MiB live (${((p.heapMiB * 2 ** 20) / nodes).toFixed(0)} B/node)`);
  if (traced) console.log(heapLine(readHeapTrace(s.stdout)));
  if (traced) chain100k = s;
}
console.log('  goal at 100k: <= 3 s CPU and <= 300 MiB; per-node cost within 1.5x of the 1k one');
// The default format (text) at 100k: its tables are formatted twice (widths, then lines), never held.
// Each text run follows a JSON run: their CPU ratio holds on a host whose speed drifts.
{
  const chain = benchChain100k();
  const r = alternated(3, () => measure(node, [bin, 'analyze', chain, '--no-hash', '--format', 'json']), () => measure(node, [bin, 'analyze', chain, '--no-hash']));
  console.log(`  100,002 nodes, the default text report instead of JSON: CLI ${fmt(r.b)}; ${r.cpuRatio.toFixed(2)}x the CPU of a JSON run just before it (median of 3 alternated rounds, ${r.cpuRatios.map((x) => x.toFixed(2)).join(' to ')})`);
}
// The chain has one execution order, so its memory plan skips the order search (memory/best.ts
// onlyOrder); the same size with a choice in every block shows what the search costs.
{
  const file = join(dir, 'branched-25000.onnx');
  if (!existsSync(file)) writeBranchedOnnx(file, 25000);
  const s = analyzeJson(file);
  console.log(`  100,000 nodes, two Convs read each block's input (more than one order: the plan's order is searched): CLI ${fmt(s)}, ${((s.cpuS / 100000) * 1e6).toFixed(0)} us CPU/node`);
  // `compare` of the two: no layer name in common, so every head layer is new
  const c = medianOf(3, () => measure(node, [bin, 'compare', join(dir, 'chain-33334.onnx'), file]));
  if (chain100k) console.log(`  compare of the 100k chain with this graph (every layer new): ${fmt(c)} = ${ratio(c.cpuS, chain100k.cpuS + s.cpuS)} the CPU of the two analyses`);
}
// Activations that do not fit the first memory pool are placed again, pool by pool (mapping/pools.ts
// first fit): the 1k and 100k chains with a first pool of 512 B (their arena is about 1 KiB).
{
  const pools = join(dir, 'spill-pools.json');
  writeFileSync(pools, JSON.stringify({ version: '1.0', memory: { mempools: [{ name: 'small', size: '512B' }, { name: 'large', size: '64MB' }] } }));
  const spilled = (blocks: number) => analyzeJson(join(dir, `chain-${blocks}.onnx`), ['--memory-pool', pools]);
  const [k1, k100] = [spilled(334), spilled(33334)];
  console.log(`  the chain spilling a first pool of 512 B (--memory-pool): 100,002 nodes ${fmt(k100)}; per node ${ratio(k100.cpuS / 100002, k1.cpuS / 1002)} the 1k chain's (goal <= 1.5x)`);
}
// int8 TFLite, the format most MCU models come in: the same scale, with a Pad that ST adds before
// every deep 3x3 convolution (memory/deep-conv-pad.ts)
{
  const int8 = (blocks: number) => {
    const file = join(dir, `int8-chain-${blocks}.tflite`);
    if (!existsSync(file)) writeInt8ChainTflite(file, blocks);
    return analyzeJson(file);
  };
  const [k1, k100] = [int8(334), int8(33334)];
  console.log(`  int8 TFLite chain (3x3 convolution + RELU, 1x1 convolution, Add): 100,002 operators ${fmt(k100)}, ${((k100.cpuS / 100002) * 1e6).toFixed(0)} us CPU/operator = ${ratio(k100.cpuS / 100002, k1.cpuS / 1002)} the 1k chain's`);
}

