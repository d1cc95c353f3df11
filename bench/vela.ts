/**
 * Ethos-U placement against Arm Vela 3.10 (issue 15): for every corpus TFLite file that Vela
 * compiled, the operators we place on the CPU (ethos-u55-128) vs the operators Vela left outside
 * its `ethos-u` custom operator, recorded by tools/vela/placement.py in
 * test/reference/vela-3.10-placement.json. Prints, per model, agree / differ, and the ratio; then
 * our NPU time against Vela's own estimate, per model.
 *   npx tsx bench/vela.ts
 */
import { velaComparison, velaLatencyRows } from '../test/helpers/vela.js';

const rows = velaComparison();
if (rows === undefined) {
  console.log('vela: ../shared/models not found: skipped');
} else {
  for (const r of rows) console.log(`${r.agree ? 'agree ' : 'DIFFER'} ${r.file}${r.agree ? '' : `\n    vela: ${r.vela.join(' ') || '-'}\n    ours: ${r.ours.join(' ') || '-'}`}`);
  const ok = rows.filter((r) => r.agree).length;
  console.log(`vela: CPU placement identical on ${ok} of ${rows.length} models (${(ok / rows.length).toFixed(2)}x)`);
  const lat = velaLatencyRows() ?? [];
  for (const r of lat) console.log(`${r.fitted ? 'fitted' : 'held  '} ${r.file.split('/').pop()?.padEnd(44)} ours ${r.oursMs.toFixed(4)} ms  vela ${r.velaMs.toFixed(4)} ms  ratio ${r.ratio.toFixed(2)}x`);
  const held = lat.filter((r) => !r.fitted);
  console.log(`vela: NPU time within ±40% of Vela's estimate on ${held.filter((r) => Math.abs(r.ratio - 1) <= 0.4).length} of ${held.length} held-out models`);
}
