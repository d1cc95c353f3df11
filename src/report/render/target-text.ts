/** The target sections of the text report: which target, epochs (NPU targets), memory pools. */
import type { Report } from '../types.js';
import type { PoolsResult } from '../../mapping/pools.js';
import { renderEpochs } from '../../mapping/epochs.js';
import { renderPools } from '../../mapping/pools.js';
import { printable } from './format.js';

/** `target : stm32n6 (an estimate ...)` lines for the summary; nothing for reports without a target. */
export function targetLines(r: Report, field: (k: string, v: string) => string): string[] {
  if (!r.target) return [];
  return [field('target/series', r.target.name), field('estimate', r.target.disclaimer)];
}

export function epochsSection(r: Report): string[] {
  if (!r.epochs) return [];
  return renderEpochs({ ...r.epochs, shown: true }).trimEnd().split('\n').map(printable);
}

export function poolsSection(r: Report): string[] {
  if (!r.pools || r.pools.pools.length === 0) return [];
  const lines = renderPools({ ...r.pools, placements: [], unplaced: r.pools.unplaced as PoolsResult['unplaced'] }).trimEnd().split('\n').map(printable);
  const warnings = (r.target?.warnings ?? []).map((w) => `WARNING: ${w.node}: ${printable(w.message)}`);
  return [...lines, ...warnings];
}
