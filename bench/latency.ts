/**
 * Latency estimates against published board measurements (issue 16): the ratio estimate /
 * published per model and board, over bench/latency-figures.json (the figures of
 * ../shared/models/README.md). The Cortex-M7 rates were fitted on the H7A3 row (ratios 1.00 by
 * construction); the Cortex-M4 row is a check except ad01 (its factor was fitted there).
 *   npx tsx bench/latency.ts
 */
import { HAS_SHARED } from '../test/helpers/shared.js';
import { latencyRows } from '../test/helpers/latency-figures.js';

if (!HAS_SHARED) {
  console.log('latency: ../shared/models not found: skipped');
} else {
  const rows = latencyRows();
  for (const r of rows) console.log(`${r.board.padEnd(16)} ${r.file.split('/').pop()?.padEnd(32)} published ${r.publishedMs.toFixed(2).padStart(7)} ms  estimate ${r.estimateMs.toFixed(2).padStart(7)} ms  ratio ${r.ratio.toFixed(2)}x`);
  const within = rows.filter((r) => Math.abs(r.ratio - 1) <= 0.25).length;
  console.log(`latency: within ±25% on ${within} of ${rows.length} board measurements`);
}
