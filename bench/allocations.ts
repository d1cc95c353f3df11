/**
 * Where the 100k-node chain's old generation comes from (issue 13's 300 MiB goal). The peak RSS of
 * `analyze` is set by what V8's old generation took in between its full collections (bench/gc-trace.ts):
 * the objects that outlived the young generation's collections. Per phase of the analysis (the
 * core's own, from `analysisSteps` in src/analyze.ts), then of its JSON, V8's
 * sampling heap profiler (through node:inspector) counts them, and among them the objects of
 * 128 KiB or more (a Map or Set of 100k names, a long list, a long string: V8 gives each a space of
 * its own and, when it outlives a young collection, moves it to the old generation whole), which
 * are then listed by the code that made them. A run of its own, without the sampler, gives what
 * the analysis holds after each phase (a full collection forced after it). Sampled (one sample per 4 KiB on
 * average), and what outlives the young generation depends on when its collections run: the
 * figures move by a few percent from run to run (the 100k chain: 241 to 242 MiB in all, in two
 * runs; each phase's figure moves by up to 6 MiB, with what a young collection finds alive).
 *   npx tsx bench/allocations.ts [model] [target]   (default: the 100k chain of bench/run.ts)
 * Run over build/ (`npm run build`), as `npm run bench` does.
 */
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchChain100k } from './make-large-onnx.js';
import { builtSources } from './proc.js';

const B = builtSources('allocations');
/** V8's large-object size on 64-bit: an object this large gets a space of its own. */
const LARGE = 128 * 1024;

interface Frame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: Frame; children: ProfileNode[] }
interface Profile { head: ProfileNode; samples: { size: number; nodeId: number }[] }

const file = process.argv[2] ?? benchChain100k();

const load = async <T>(p: string): Promise<T> => (await import(join(B, p))) as T;
const { analysisSteps } = await load<typeof import('../src/analyze.js')>('analyze.js');
const { jsonChunks } = await load<typeof import('../src/report/render/json.js')>('report/render/json.js');
const { fileModelInput } = await load<typeof import('../src/node/file-source.js')>('node/file-source.js');
const target = process.argv[3] ?? 'stm32h7';

// What the analysis holds after each phase: a run of its own, first and without the sampler, with a full
// collection forced after each phase (V8's gc(), exposed here at run time).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
gc();
const held: string[] = [`before ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)}`];
const first = analysisSteps(fileModelInput(file), { target });
for (let s = first.next(); s.done !== true;) {
  const name = s.value;
  s = first.next();
  gc();
  held.push(`${name} ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)}`);
}

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');

const where = (f: Frame) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
const rows: string[] = [];
const large = new Map<string, number>();
let survived = 0;
let largeTotal = 0;

/** Runs one phase under the sampler: what outlived the young generation, and the large objects by their maker. */
async function phase<T>(name: string, run: () => T): Promise<T> {
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false });
  const out = run();
  // a young collection first: what the phase left dead in the young generation then outlived nothing
  // (without it, up to a young generation of the phase's last garbage counted: 5 to 14 MiB a phase on the chain)
  gc({ type: 'minor' });
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: Profile };
  const byId = new Map<number, { node: ProfileNode; parent?: ProfileNode }>();
  const walk = (n: ProfileNode, parent?: ProfileNode): void => {
    byId.set(n.id, { node: n, parent });
    for (const c of n.children) walk(c, n);
  };
  walk(profile.head);
  let all = 0;
  let big = 0;
  for (const s of profile.samples) {
    all += s.size;
    if (s.size < LARGE) continue;
    big += s.size;
    // the maker: the innermost frame of our code, and its caller (a builtin's own frame names no file)
    let e = byId.get(s.nodeId);
    while (e?.parent && e.node.callFrame.url === '') e = byId.get(e.parent.id);
    const at = e ? `${where(e.node.callFrame)}${e.parent ? ` < ${where(e.parent.callFrame)}` : ''}` : '?';
    large.set(at, (large.get(at) ?? 0) + s.size);
  }
  survived += all;
  largeTotal += big;
  rows.push(`  ${name.padEnd(9)} ${(all / 2 ** 20).toFixed(1).padStart(6)} MiB outlived the young generation, ${(big / 2 ** 20).toFixed(1).padStart(5)} MiB of it in objects of 128 KiB or more`);
  return out;
}

// the core's own phases (analysisSteps yields each name before running it), then the JSON
const steps = analysisSteps(fileModelInput(file), { target });
let step = steps.next();
while (step.done !== true) {
  const name = step.value;
  step = await phase(name, () => steps.next());
}
const report = step.value;
await phase('JSON', () => {
  let n = 0;
  for (const c of jsonChunks(report)) n += c.length;
  return n;
});

console.log(`allocations of ${file} (${report.layers.length.toLocaleString('en-US')} layers), target ${target}, by phase:`);
console.log(rows.join('\n'));
console.log(`  in all: ${(survived / 2 ** 20).toFixed(1)} MiB outlived the young generation, ${(largeTotal / 2 ** 20).toFixed(1)} MiB in large objects`);
console.log('  the large objects by the code that made them (MiB):');
for (const [at, bytes] of [...large].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(bytes / 2 ** 20).toFixed(1).padStart(7)}  ${at}`);

console.log(`  held after each phase (MiB of heap, a full collection forced after it, in a run of its own; after the report, the report alone): ${held.join(', ')}`);
