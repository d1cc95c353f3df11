/**
 * npm run bench (hostile sizes, issue 13 "fast at every size"): files whose size or shape once made
 * the analysis run for minutes or out of memory, each analyzed by the bundled CLI with the bundled
 * example model beside it (which must still get its report). Prints wall, CPU, peak memory and
 * the line the CLI gave the file:
 *   - 3,000,000 empty ONNX nodes (6 MB): past MAX_NODES (src/frontends/graph-budget.ts);
 *   - 40,000 nodes sharing one name: each made unique in constant time (src/ir/names.ts);
 *   - one node listing 2,000,000 inputs: past MAX_EDGES (src/frontends/graph-budget.ts);
 *   - 2,000 and 20,000 nodes reading one input, concatenated: 2 and 200 million pairs of buffers
 *     alive together, under and past MAX_OVERLAPS (src/memory/place.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveTime, measure } from './proc.js';
import { BENCH_DIR, writeNodesOnnx } from './make-large-onnx.js';
import { emptyNodesOnnx } from '../test/builders/onnx-bytes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'model-footprint.js');
const example = join(root, 'examples', 'kws', 'kws_cnn_int8.onnx');
if (!haveTime()) {
  console.log('hostile sizes bench: /usr/bin/time (Debian package time) not found: skipped');
  process.exit(0);
}
mkdirSync(BENCH_DIR, { recursive: true });

/** `n` Relu nodes all named 'n', one after the other. */
function sameName(path: string, n: number): void {
  writeNodesOnnx(path, 'same-name', Array.from({ length: n }, (_, i) => ({ name: 'n', op: 'Relu', inputs: [i === 0 ? 'in' : `t${i - 1}`], outputs: [i === n - 1 ? 'out' : `t${i}`] })));
}

/** `n` Relu nodes reading the input, their outputs concatenated: all alive together until the Concat. */
function wide(path: string, n: number): void {
  const relus = Array.from({ length: n }, (_, i) => ({ name: `r${i}`, op: 'Relu', inputs: ['in'], outputs: [`y${i}`] }));
  writeNodesOnnx(path, 'wide', [...relus, { name: 'cat', op: 'Concat', inputs: relus.map((r) => r.outputs[0] as string), outputs: ['out'], attrs: { axis: 1 } }], 8 * n);
}

const cases: Array<[string, string, (path: string) => void]> = [
  ['3,000,000 empty nodes', 'empty-3m.onnx', (p) => writeFileSync(p, emptyNodesOnnx(3_000_000).bytes)],
  ['40,000 nodes named alike', 'same-name-40k.onnx', (p) => sameName(p, 40_000)],
  ['one node of 2,000,000 inputs', 'max-2m.onnx', (p) => writeNodesOnnx(p, 'max', [{ name: 'max', op: 'Max', inputs: Array.from({ length: 2_000_000 }, () => 'in'), outputs: ['out'] }])],
  ['2,000 nodes reading one input', 'wide-2k.onnx', (p) => wide(p, 2_000)],
  ['20,000 nodes reading one input', 'wide-20k.onnx', (p) => wide(p, 20_000)],
];
console.log('hostile sizes (bundled CLI, each file analyzed beside the bundled example, which must still be reported):');
for (const [label, file, write] of cases) {
  const path = join(BENCH_DIR, file);
  write(path);
  const s = measure(process.execPath, [bin, 'analyze', path, example, '--format', 'json', '--no-hash']);
  // the reports on stdout (JSON), a file's error on stderr
  const reports = JSON.parse(s.stdout) as Array<{ model?: { path?: string } }>;
  const exampleReported = reports.some((r) => r.model?.path === example);
  const error = s.stderr.split('\n').find((l) => l.includes(path));
  const verdict = reports.some((r) => r.model?.path === path) ? 'analyzed' : (error ?? 'no report, no error').replace(`${path}: `, '').slice(0, 200);
  console.log(`  ${label.padEnd(32)} ${s.wallS.toFixed(2)} s wall, ${s.cpuS.toFixed(2)} s CPU, ${s.rssMiB.toFixed(0)} MiB; ${verdict}; the example ${exampleReported ? 'reported' : 'NOT reported'}`);
}
