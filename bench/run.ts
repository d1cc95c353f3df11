/**
 * npm run bench: analysis of a large generated ONNX model (about 256 MB of initializers).
 * Prints, as medians of 3 runs on a warm page cache: the time to read the same file once; the
 * core's analysis time once its modules are loaded; the whole bundled CLI process (Node start,
 * bundle load, analysis, JSON report) with and without hashing the file (sha256/md5 must read
 * every byte); their ratios to one read; and the peak RSS of each process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeOnnx } from './make-large-onnx.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(tmpdir(), 'model-footprint-bench');
mkdirSync(dir, { recursive: true });
const model = join(dir, 'large-mlp-4x4000.onnx');
if (!existsSync(model)) writeLargeOnnx(model, { layers: 4, width: 4000 }); // 4 x 4000 x 4000 x 4 B = 256 MB
const size = statSync(model).size;

interface Sample { ms: number; rssKb: number }

function child(script: string, args: string[]): Sample {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, 'bench', ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const line = out.trim().split('\n').filter((l) => l.startsWith('{"bench"')).pop();
  if (!line) throw new Error(`bench child printed no measurement:\n${out.slice(-2000)}`);
  const m = JSON.parse(line) as { bench: Sample };
  return m.bench;
}

const report = `process.on('exit', () => process.stdout.write('\\n' + JSON.stringify({ bench: { ms: performance.now() - t0, rssKb: process.resourceUsage().maxRSS } }) + '\\n'));`;
const readScript = `const t0 = performance.now(); ${report}
import { openSync, readSync } from 'node:fs';
const fd = openSync(process.argv[2], 'r'); const buf = Buffer.allocUnsafe(1 << 20); let n = 0;
while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {}`;
const cliScript = `const t0 = performance.now(); ${report}
await import(${JSON.stringify(join(root, 'dist', 'cli', 'index.js'))});`;
// The core alone (compiled by tsc into build/): the clock starts after the modules are loaded.
const coreScript = `
const core = await import(${JSON.stringify(join(root, 'build', 'src', 'index.js'))});
const { fileModelInput } = await import(${JSON.stringify(join(root, 'build', 'src', 'node', 'file-source.js'))});
const t0 = performance.now(); ${report}
const r = core.analyzeModel(fileModelInput(process.argv[2]), {});
if (!(r.totals.weightsBytes > 250e6)) throw new Error('unexpected weights ' + r.totals.weightsBytes);`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
child(readScript, [model]); // warm the page cache
const reads: Sample[] = [];
const core: Sample[] = [];
const fast: Sample[] = [];
const hashed: Sample[] = [];
for (let i = 0; i < 3; i++) {
  reads.push(child(readScript, [model]));
  core.push(child(coreScript, [model]));
  fast.push(child(cliScript, ['analyze', model, '--format', 'json', '--no-hash']));
  hashed.push(child(cliScript, ['analyze', model, '--format', 'json']));
}
const read = median(reads.map((s) => s.ms));
const c = median(core.map((s) => s.ms));
const a = median(fast.map((s) => s.ms));
const h = median(hashed.map((s) => s.ms));
const mb = (kb: number) => (kb / 1024).toFixed(1);
console.log(`model: ${model} (${(size / 1e6).toFixed(1)} MB)`);
console.log(`read the file once:            ${read.toFixed(0)} ms`);
console.log(`core analysis (loaded):        ${c.toFixed(0)} ms  = ${(c / read).toFixed(2)} x one read; peak RSS ${mb(Math.max(...core.map((s) => s.rssKb)))} MB`);
console.log(`CLI process (--no-hash):       ${a.toFixed(0)} ms  = ${(a / read).toFixed(2)} x one read; peak RSS ${mb(Math.max(...fast.map((s) => s.rssKb)))} MB`);
console.log(`CLI process (sha256 + md5):    ${h.toFixed(0)} ms  = ${(h / read).toFixed(2)} x one read; peak RSS ${mb(Math.max(...hashed.map((s) => s.rssKb)))} MB`);
console.log(`reader process peak RSS:       ${mb(Math.max(...reads.map((s) => s.rssKb)))} MB (node baseline)`);
