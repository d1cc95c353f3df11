import { printable } from '../../units/format.js';
import { append } from '../../arrays.js';
/** Plain-text tables in stedgeai's style: dashed rules under and between row groups. */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

function pad(s: string, width: number, align: Column['align']): string {
  return align === 'right' ? s.padStart(width) : s.padEnd(width);
}

/** Lines a table hands on at a time (textTableBatches): a 100k-layer table's lines are never all held. */
export const TABLE_BATCH_LINES = 4096;

/**
 * The table's lines, `batch` at a time (the last batch may be shorter). Each group is a list of
 * rows; groups are separated by a dashed rule (like m_id groups). The column widths come from every
 * row first, so the batches join into the very table textTable returns.
 */
export function* textTableBatches(columns: readonly Column[], groups: readonly (readonly string[])[][], batch = TABLE_BATCH_LINES): Generator<string[]> {
  // every cell made printable once (a row short of cells: blanks): the widths are those of the text shown
  const shown = (cells: readonly string[]): string[] => columns.map((_, i) => printable(cells[i] ?? ''));
  const body = groups.map((g) => g.map(shown));
  const widths = columns.map((c, i) => {
    let w = c.header.length;
    for (const g of body) for (const row of g) w = Math.max(w, (row[i] as string).length);
    return w;
  });
  const line = (cells: readonly string[]) =>
    columns.map((c, i) => pad(cells[i] as string, widths[i] as number, c.align)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  function* lines(): Generator<string> {
    yield rule;
    yield line(shown(columns.map((c) => c.header)));
    yield rule;
    for (let gi = 0; gi < body.length; gi++) {
      for (const row of body[gi] as string[][]) yield line(row);
      if (gi < body.length - 1) yield rule;
    }
    yield rule;
  }
  yield* inBatches(lines(), batch);
}

/** `items` in lists of `batch` (the last may be shorter; none for no items). */
export function* inBatches<T>(items: Iterable<T>, batch: number): Generator<T[]> {
  let out: T[] = [];
  for (const x of items) {
    out.push(x);
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

/** The whole table's lines (textTableBatches in one list). */
export function textTable(columns: readonly Column[], groups: readonly (readonly string[])[][]): string[] {
  const out: string[] = [];
  for (const lines of textTableBatches(columns, groups, Infinity)) append(out, lines);
  return out;
}
