/**
 * The latency estimate as lines (text and Markdown share them): the total, each unit's share with
 * what its figure rests on, and each layer's cycles and time.
 */
import type { Report, ReportLatency, ReportLayer } from '../types.js';
import { formatFrequency } from '../../units/frequency.js';
import { milliseconds, percent, printable, thousands } from '../../units/format.js';
import { TABLE_BATCH_LINES, textTableBatches, type Column } from './table.js';

function ms(x: number | null | undefined): string {
  return x === null || x === undefined ? 'not estimated' : milliseconds(x);
}

/** `49.00 ms (5,880,517 cycles at 120 MHz)`, or why there is none. */
export function latencyValue(l: ReportLatency): string {
  if (l.timeMs === null) return `not estimated (${l.units.filter((u) => u.timeMs === null && u.basis.startsWith('not estimated')).map((u) => u.name).join(', ') || 'a unit'} has no public throughput figure)`;
  return `${ms(l.timeMs)}${l.cycles !== null && l.clockHz !== null ? ` (${thousands(l.cycles)} cycles at ${formatFrequency(l.clockHz)})` : ''}`;
}

/** One line per unit that runs something: time, share, clock, basis. */
export function unitLines(l: ReportLatency): string[] {
  const total = l.timeMs ?? 0;
  return l.units.filter((u) => u.layers > 0).map((u) => {
    const share = total > 0 && u.timeMs !== null ? ` (${percent(u.timeMs / total)})` : '';
    const clock = u.clockHz !== null ? ` at ${formatFrequency(u.clockHz)}` : '';
    return `${u.name}: ${ms(u.timeMs)}${share}${clock}; ${u.basis}`;
  });
}

export interface LatencyRow {
  /** Name, unit, cycles, time, share of the total, as shown. */
  cells: string[];
  /** The share of the total (0..1; 0 when unknown): the order of the slowest layers. */
  share: number;
}

/** One layer's row; `total` is the model's time (0 when unknown). */
function latencyRow(l: ReportLayer, total: number): LatencyRow {
  const share = total > 0 && typeof l.timeMs === 'number' ? l.timeMs / total : undefined;
  return {
    cells: [l.name, l.unitName ?? '-', l.cycles === null || l.cycles === undefined ? '-' : thousands(l.cycles), ms(l.timeMs), share === undefined ? '-' : percent(share)],
    share: share ?? 0,
  };
}

/** The layers with a time estimate, each as its row, in execution order, made as they are walked. */
function* latencyRows(r: Report): Generator<LatencyRow> {
  const total = r.totals.latencyMs ?? 0;
  for (const l of r.layers) if (l.timeMs !== undefined) yield latencyRow(l, total);
}

/** Per layer, in execution order. */
export function layerRows(r: Report): LatencyRow[] {
  return [...latencyRows(r)];
}

/** The `count` slowest layers, slowest first. */
export function slowest(rows: readonly LatencyRow[], count: number): LatencyRow[] {
  return [...rows].sort((a, b) => b.share - a.share).slice(0, count);
}

/** The text report's section, in batches of printable lines: the header, then the per-layer table `batch` rows at a time. */
export function* latencySection(r: Report, batch = TABLE_BATCH_LINES): Generator<string[]> {
  const l = r.latency;
  if (!l) return;
  yield [`Latency (estimate): ${latencyValue(l)}`, l.estimate, ...unitLines(l).map((u) => `  ${u}`)].map(printable);
  // a blank line, then the table (one row per layer, made anew on each of the table's two walks)
  const columns: Column[] = [{ header: 'layer' }, { header: 'unit' }, { header: 'cycles', align: 'right' }, { header: 'time', align: 'right' }, { header: 'share', align: 'right' }];
  function* rows(): Generator<string[]> {
    for (const row of latencyRows(r)) yield row.cells;
  }
  let first = true;
  for (const lines of textTableBatches(columns, () => [rows()], batch, 'plain')) {
    yield first ? ['', ...lines] : lines;
    first = false;
  }
}
