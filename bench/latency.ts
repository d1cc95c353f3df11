/**
 * Latency estimates against published board measurements (issue 16): the ratio estimate /
 * published per model and board, over bench/latency-figures.json (the figures of
 * ../shared/models/README.md). The Cortex-M7 rates were fitted on the H7A3 row (ratios 1.00 by
 * construction); the Cortex-M4 row is a check except ad01 (its factor was fitted there).
 *   npx tsx bench/latency.ts
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAS_SHARED, sharedModel } from '../test/helpers/shared.js';
import { npuTimeMs, readFigures, targetInMode } from '../tools/fit-npu-latency.js';
import { LATENCY_FIGURES, latencyRows, type LatencyRow } from '../test/helpers/latency-figures.js';

if (!HAS_SHARED) {
  console.log('latency: ../shared/models not found: skipped');
} else {
  const line = (r: LatencyRow, note = ''): string => `${r.board.padEnd(16)} ${r.file.split('/').pop()?.padEnd(32)} published ${r.publishedMs.toFixed(2).padStart(7)} ms  estimate ${r.estimateMs.toFixed(2).padStart(7)} ms  ratio ${r.ratio.toFixed(2)}x${note}`;
  const rows = latencyRows();
  for (const r of rows) console.log(line(r));
  const within = rows.filter((r) => Math.abs(r.ratio - 1) <= 0.25).length;
  console.log(`latency: within ±25% on ${within} of ${rows.length} board measurements`);
  // Neural-ART: the weight bandwidth was fitted on the first figure, the others check it (±40%)
  const npu = latencyRows(LATENCY_FIGURES.neuralArt);
  npu.forEach((r, i) => console.log(line(r, i === 0 ? '  (fitted)' : '  (check)')));
  console.log(`latency: Neural-ART held-out figures within ±40% on ${npu.slice(1).filter((r) => Math.abs(r.ratio - 1) <= 0.4).length} of ${npu.length - 1}`);
  // cores nothing was fitted on (bench/latency-figures.json "uncalibrated")
  for (const r of latencyRows(LATENCY_FIGURES.uncalibrated)) console.log(line(r, '  (uncalibrated)'));
}

// Every NPU target against its vendor's published latencies (bench/npu-figures.json): the NPU's time,
// fit models (exact by construction) and held-out ones.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (HAS_SHARED) {
  const figs = readFigures();
  const generated = join(process.env['MODEL_FOOTPRINT_BENCH_CACHE'] ?? join(root, '..', 'bench-cache'), 'generated');
  const specs = [...new Set(Object.values(figs.targets).flatMap((f) => Object.values(f.models).flatMap((m) => (m.generate ? [m.generate] : []))))];
  const missing = () => specs.filter((x) => !existsSync(join(generated, `${x.replace(':', '_')}.onnx`)));
  if (missing().length > 0) {
    const built = spawnSync(process.env['PYTHON'] ?? 'python3', [join(root, 'tools', 'bench-models.py'), generated, ...missing()], { stdio: ['ignore', 'ignore', 'pipe'] });
    const left = missing();
    if (left.length > 0) console.log(`npu latency: ${left.join(', ')} not built, their checks skipped (tools/bench-models.py needs torch and torchvision; PYTHON picks the interpreter): ${built.stderr.toString().trim().split('\n').pop() ?? ''}`);
  }
  const within: number[] = [];
  for (const [target, f] of Object.entries(figs.targets)) {
    for (const [file, m] of Object.entries(f.models)) {
      const path = m.generate ? join(generated, file.replace(/^generated\//, '')) : sharedModel(file);
      if (!existsSync(path)) continue;
      for (const mode of f.modes.filter((x) => m.ms[x] !== undefined)) {
        const est = npuTimeMs(path, targetInMode(target, mode));
        const published = m.ms[mode] ?? NaN;
        if (m.use === 'check') within.push(Math.abs(est / published - 1) <= 0.4 ? 1 : 0);
        console.log(`${target.padEnd(6)} ${mode.padEnd(4)} ${m.use.padEnd(5)} ${m.name.padEnd(30)} published ${published.toFixed(3).padStart(8)} ms  estimate ${est.toFixed(3).padStart(8)} ms  ratio ${(est / published).toFixed(2)}x`);
      }
    }
  }
  console.log(`npu latency: held-out models within ±40% on ${within.filter((x) => x === 1).length} of ${within.length}`);
}
