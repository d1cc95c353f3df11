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
 * A table's rows, group after group (groups are separated by a dashed rule, like m_id groups); a
 * group is a list of rows or rows made as they are walked.
 */
export type TableGroups = Iterable<Iterable<readonly string[]>>;

/**
 * Each column's width: its widest cell as shown (made printable; a row short of cells: blanks), at
 * least `least[i]`; there are as many columns as `least` has entries. One walk over `rows`.
 */
export function shownWidths(rows: Iterable<readonly string[]>, least: readonly number[]): number[] {
  const widths = [...least];
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] as number, printable(row[i] ?? '').length);
  }
  return widths;
}

/** The rows of every group, in order. */
function* rowsOf(groups: TableGroups): Generator<readonly string[]> {
  for (const g of groups) yield* g;
}

/**
 * The table's lines, `batch` at a time (the last batch may be shorter). `groups` is walked twice:
 * once for the column widths (every row counts), once for the lines, so the batches join into the
 * very table textTable returns. A `groups` that makes its rows anew on each walk (a report's layers
 * formatted again) keeps no cell beyond its batch: the 100k-node chain's tables held every cell of
 * every row until their last line, 145 MiB of the text report's peak memory.
 */
export function* textTableBatches(columns: readonly Column[], groups: () => TableGroups, batch = TABLE_BATCH_LINES): Generator<string[]> {
  const widths = shownWidths(rowsOf(groups()), columns.map((c) => c.header.length));
  // every cell as shown (made printable; a row short of cells: blanks), padded to its column, in one
  // string (no list of cells per row)
  const line = (cells: readonly string[]): string => {
    let out = '';
    for (let i = 0; i < columns.length; i++) out += (i > 0 ? '  ' : '') + pad(printable(cells[i] ?? ''), widths[i] as number, (columns[i] as Column).align);
    return out.trimEnd();
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  function* lines(): Generator<string> {
    yield rule;
    yield line(columns.map((c) => c.header));
    yield rule;
    let first = true;
    for (const g of groups()) {
      if (!first) yield rule;
      first = false;
      for (const row of g) yield line(row);
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
  for (const lines of textTableBatches(columns, () => groups, Infinity)) append(out, lines);
  return out;
}
