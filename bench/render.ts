/**
 * The renderers alone, in one process, on one report: the 100k-node chain's text report (the
 * default format) against its JSON. Each is rendered 7 times; the least CPU of the 7 is printed
 * (the least is the figure a busy host disturbs least), then the text's ratio to the JSON's: the
 * CLI's text run costs what its JSON run does, plus this difference.
 *   npx tsx bench/render.ts [model]   (default: the 100k chain of bench/run.ts)
 * Run over build/ (`npm run build`), as `npm run bench` does.
 */
import { join } from 'node:path';
import { benchChain100k } from './make-large-onnx.js';
import { builtSources } from './proc.js';

const B = builtSources('render');
const RENDERS = 7;
const file = process.argv[2] ?? benchChain100k();

type Chunks = (report: unknown) => Iterable<string | Uint8Array>;
const core = (await import(join(B, 'index.js'))) as { analyzeModel: (input: unknown) => unknown; textChunks: Chunks; jsonChunks: Chunks };
const { fileModelInput } = (await import(join(B, 'node', 'file-source.js'))) as { fileModelInput: (path: string) => unknown };
const report = core.analyzeModel(fileModelInput(file));

/** The least CPU (ms) of RENDERS renders, and the output's length (characters or bytes). */
function leastOf(render: Chunks): { ms: number; size: number } {
  let least = Infinity;
  let size = 0;
  for (let k = 0; k < RENDERS; k++) {
    const t0 = process.cpuUsage();
    size = 0;
    for (const c of render(report)) size += c.length;
    const t = process.cpuUsage(t0);
    least = Math.min(least, (t.user + t.system) / 1000);
  }
  return { ms: least, size };
}

const text = leastOf(core.textChunks);
const json = leastOf(core.jsonChunks);
console.log(`render alone (${file}, least CPU of ${RENDERS} renders in one process):`);
console.log(`  text: ${text.ms.toFixed(0)} ms for ${(text.size / 1e6).toFixed(1)} M characters; JSON: ${json.ms.toFixed(0)} ms for ${(json.size / 1e6).toFixed(1)} MB`);
console.log(`  text / JSON: ${(text.ms / json.ms).toFixed(2)}x the CPU`);
