/**
 * npm run bench (Neural-ART part): our epochs next to ST Edge AI Core's over the real
 * compilations we have (tools/reference-sources.json, fetched by `npm run fetch:reference`):
 * epoch totals and software epochs as ratios, the two epoch tables side by side for ST's
 * optimized ONNX, and the memory pools (activations, weights) used by each as ratios.
 */
import { readFileSync } from 'node:fs';
import { analyzeModel, loadFormats } from '../src/index.js';
import { fileModelInput } from '../src/node/file-source.js';
import { HAS_REFERENCE, SKIP_REFERENCE_REASON, referenceFile } from '../test/helpers/reference.js';
import { stBaseName, stEpochs } from '../test/helpers/c-info.js';

await loadFormats();
if (!HAS_REFERENCE) {
  console.log(`epochs bench: ${SKIP_REFERENCE_REASON}`);
  process.exit(0);
}

const cInfo = referenceFile('ba-embeddedai/network_c_info.json');
const st = stEpochs(cInfo);
const stSw = st.filter((e) => e.unit === 'SW').length;
const ratio = (a: number, b: number) => (b === 0 ? '-' : `${(a / b).toFixed(2)}x`);

interface CPool { name: string; rights: string; used_size_bytes: number }
const pools = (JSON.parse(readFileSync(cInfo, 'utf8')) as { memory_pools: CPool[] }).memory_pools.filter((p) => !p.name.includes('_') && p.used_size_bytes > 0);
const stAct = pools.filter((p) => p.rights === 'ACC_WRITE').reduce((s, p) => s + p.used_size_bytes, 0);
const stW = pools.filter((p) => p.rights === 'ACC_READ').reduce((s, p) => s + p.used_size_bytes, 0);

console.log('Neural-ART epochs vs ST Edge AI Core 2.2 (BlazeFace, BA-EmbeddedAI c_info.json)');
console.log(`ST: ${st.length} epochs, ${stSw} SW; pools: ${pools.map((p) => `${p.name} ${p.used_size_bytes.toLocaleString('en-US')} B`).join(', ')}`);
console.log(`${'model'.padEnd(28)} ${'epochs'.padStart(7)} ${'ratio'.padStart(6)} ${'SW'.padStart(4)} ${'ratio'.padStart(6)}  ${'activ. pools'.padStart(13)} ${'ratio'.padStart(6)}  ${'weights pool'.padStart(13)} ${'ratio'.padStart(6)}`);
let oe: ReturnType<typeof analyzeModel> | undefined;
for (const [label, file] of [['blazeface.tflite', 'ba-embeddedai/blazeface.tflite'], ['blazeface_OE_3_3_0.onnx', 'ba-embeddedai/blazeface_OE_3_3_0.onnx']] as const) {
  const r = analyzeModel(fileModelInput(referenceFile(file)), { target: 'stm32n6' });
  if (file.endsWith('.onnx')) oe = r;
  const e = r.epochs;
  const used = (kind: 'activations' | 'weights') => (r.pools?.pools ?? []).filter((p) => p.holds.includes(kind)).reduce((s, p) => s + p.usedBytes, 0);
  const act = used('activations');
  const w = used('weights');
  console.log(`${label.padEnd(28)} ${String(e?.total).padStart(7)} ${ratio(e?.total ?? 0, st.length).padStart(6)} ${String(e?.sw).padStart(4)} ${ratio(e?.sw ?? 0, stSw).padStart(6)}  ${act.toLocaleString('en-US').padStart(13)} ${ratio(act, stAct).padStart(6)}  ${w.toLocaleString('en-US').padStart(13)} ${ratio(w, stW).padStart(6)}`);
}

console.log('\nSide by side (ST epoch | ours), blazeface_OE_3_3_0.onnx: operators in execution order (ST\'s parts of one operator, Conv2D_9_mul_scale..., under its name)');
const mine = oe?.epochs?.list ?? [];
const cell = (unit: string, names: readonly string[]) => `${unit === 'HW' ? 'HW' : 'SW'} ${names.join(' ')}`.slice(0, 58);
for (let i = 0; i < Math.max(st.length, mine.length); i++) {
  const a = st[i];
  const b = mine[i];
  console.log(`${String(i + 1).padStart(3)}  ${(a ? cell(a.unit, [...new Set(a.nodes.map(stBaseName))]) : '').padEnd(58)} | ${b ? cell(b.unit, b.nodes) : ''}`);
}
