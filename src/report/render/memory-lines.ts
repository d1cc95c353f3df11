/**
 * The memory explanation every format shares (METRICS.md "Memory timeline"): where the peak is
 * and which tensors make it, what overlaps and folds saved, and what another order could save.
 */
import type { Report } from '../types.js';
import { compactSize, signedPercent1, thousands } from '../../units/format.js';

/** At most this many layers are named on the overlap line. */
export const OVERLAP_NAMES_SHOWN = 3;

/** At most this many tensors are named on the peak line; the rest are summed. */
export const PEAK_TENSORS_SHOWN = 4;

/** 'peak 207.0 KiB at conv_dw_2: input 200.7 KiB + output 50.2 KiB + held skip_1 1.0 KiB', or null. */
export function peakLine(r: Report): string | null {
  const p = r.memory.timeline.peak;
  if (!p) return null;
  const shown = p.tensors.slice(0, PEAK_TENSORS_SHOWN).map((t) => `${t.role === 'held' ? `held ${t.tensor}` : t.role} ${compactSize(t.bytes)}`);
  const rest = p.tensors.slice(PEAK_TENSORS_SHOWN);
  if (rest.length > 0) shown.push(`${rest.length} more ${compactSize(rest.reduce((s, t) => s + t.bytes, 0))}`);
  const overlap = p.tensors.reduce((s, t) => s + t.bytes, 0) > p.liveBytes ? ' (output over its input)' : '';
  return `peak ${compactSize(p.liveBytes)} at ${p.layer}: ${shown.join(' + ')}${overlap}`;
}

/** '3 layers write over their consumed input (-12.0 KiB), 1 pad folded (-4.0 KiB)', or null. */
export function savingsLine(r: Report): string | null {
  const m = r.memory;
  const parts: string[] = [];
  if (m.overlaps.length > 0) {
    const n = m.overlaps.length;
    // the first distinct layers, one more than are shown (whether there are more): no set of every
    // layer (100k of them on a 100k-layer chain)
    const names: string[] = [];
    for (const o of m.overlaps) {
      if (!names.includes(o.layer)) names.push(o.layer);
      if (names.length > OVERLAP_NAMES_SHOWN) break;
    }
    const shown = names.slice(0, OVERLAP_NAMES_SHOWN).join(', ') + (names.length > OVERLAP_NAMES_SHOWN ? ', ...' : '');
    parts.push(`${thousands(n)} layer${n === 1 ? '' : 's'} write${n === 1 ? 's' : ''} over the input consumed (${shown}: ${compactSize(m.overlaps.reduce((s, o) => s + o.sharedBytes, 0))} shared)`);
  }
  if (m.folds.length > 0) {
    const n = m.folds.length;
    parts.push(`${thousands(n)} pad${n === 1 ? '' : 's'} folded into the next convolution (${compactSize(m.folds.reduce((s, f) => s + f.savedBytes, 0))} not allocated)`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/** 'could be 41.0 KiB (-18%) with another execution order', or null. */
export function couldBeLine(r: Report): string | null {
  const c = r.memory.couldBe;
  if (!c) return null;
  const pct = ((c.arenaBytes - r.memory.arenaBytes) / r.memory.arenaBytes) * 100;
  return `could be ${compactSize(c.arenaBytes)} (${signedPercent1(pct)}) with another ${c.reordered ? 'execution order' : 'buffer placement'}`;
}

/** The memory lines a report has (peak, savings, could be), in that order. */
export function memoryLines(r: Report): string[] {
  return [peakLine(r), savingsLine(r), couldBeLine(r)].filter((l): l is string => l !== null);
}
