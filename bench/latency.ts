/**
 * Latency estimates against published board measurements (issue 16): the ratio estimate /
 * published per model and board, over bench/latency-figures.json (the figures of
 * ../shared/models/README.md). The Cortex-M7 rates were fitted on the H7A3 row (ratios 1.00 by
 * construction); the Cortex-M4 row is a check except ad01 (its factor was fitted there).
 *   npx tsx bench/latency.ts
 */
import { readFileSync } from 'node:fs';
import { HAS_SHARED, sharedModel } from '../test/helpers/shared.js';
import { analyzeModel } from '../src/analyze.js';
import { fileModelInput } from '../src/node/file-source.js';
import { loadTarget } from '../src/targets/load.js';
import { latencyRows } from '../test/helpers/latency-figures.js';

if (!HAS_SHARED) {
  console.log('latency: ../shared/models not found: skipped');
} else {
  const rows = latencyRows();
  for (const r of rows) console.log(`${r.board.padEnd(16)} ${r.file.split('/').pop()?.padEnd(32)} published ${r.publishedMs.toFixed(2).padStart(7)} ms  estimate ${r.estimateMs.toFixed(2).padStart(7)} ms  ratio ${r.ratio.toFixed(2)}x`);
  const within = rows.filter((r) => Math.abs(r.ratio - 1) <= 0.25).length;
  console.log(`latency: within ±25% on ${within} of ${rows.length} board measurements`);
}

// AX650 per npu_mode against Axera's published benchmarks (bench/axera-figures.json): the NPU's time.
if (HAS_SHARED) {
  const fig = JSON.parse(readFileSync(new URL('./axera-figures.json', import.meta.url), 'utf8')) as { models: Record<string, { name: string; NPU1: number; NPU3: number; use: string }> };
  for (const [file, f] of Object.entries(fig.models)) {
    for (const mode of ['NPU1', 'NPU3'] as const) {
      const t = loadTarget(JSON.stringify({ extends: 'ax650', name: `ax650-${mode}`, npuMode: mode }), 'x.json');
      const est = analyzeModel(fileModelInput(sharedModel(file)), { target: t }).latency?.units.find((u) => u.kind === 'npu')?.timeMs ?? NaN;
      console.log(`AX650 ${mode} ${f.use.padEnd(5)} ${f.name.padEnd(30)} published ${f[mode].toFixed(3)} ms  estimate ${est.toFixed(3)} ms  ratio ${(est / f[mode]).toFixed(2)}x`);
    }
  }
}
