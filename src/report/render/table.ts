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
 * least its header's. One walk over the rows.
 */
function shownWidths(columns: readonly Column[], groups: TableGroups): number[] {
  const widths = columns.map((c) => c.header.length);
  for (const g of groups) {
    for (const row of g) {
      for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] as number, printable(row[i] ?? '').length);
    }
  }
  return widths;
}

/**
 * The table's lines, `batch` at a time (the last batch may be shorter). `groups` is walked twice:
 * once for the column widths (every row counts), once for the lines, so the batches join into the
 * very table textTable returns. A `groups` that makes its rows anew on each walk (a report's layers
 * formatted again) keeps no cell beyond its batch: the 100k-node chain's tables held every cell of
 * every row until their last line, 145 MiB of the text report's peak memory. A `plain` table has
 * no rules: its header line, then its rows. The lines go into the batch as they are made, with no
 * generator between a line and its batch (there were three).
 */
export function* textTableBatches(columns: readonly Column[], groups: () => TableGroups, batch = TABLE_BATCH_LINES, style: 'ruled' | 'plain' = 'ruled'): Generator<string[]> {
  const widths = shownWidths(columns, groups());
  // every cell as shown (made printable; a row short of cells: blanks), padded to its column, in one
  // string (no list of cells per row)
  const line = (cells: readonly string[]): string => {
    let out = '';
    for (let i = 0; i < columns.length; i++) out += (i > 0 ? '  ' : '') + pad(printable(cells[i] ?? ''), widths[i] as number, (columns[i] as Column).align);
    return out.trimEnd();
  };
  const ruled = style === 'ruled';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const header = line(columns.map((c) => c.header));
  // each line in turn; a full batch is handed on as soon as there is one
  const out = ruled ? [rule, header, rule] : [header];
  let first = true;
  for (const g of groups()) {
    if (!first && ruled) out.push(rule);
    first = false;
    for (const row of g) {
      out.push(line(row));
      while (out.length >= batch) yield out.splice(0, batch);
    }
  }
  if (ruled) out.push(rule);
  while (out.length > 0) yield out.splice(0, batch);
}

/** The whole table's lines (textTableBatches in one list). */
export function textTable(columns: readonly Column[], groups: readonly (readonly string[])[][]): string[] {
  const out: string[] = [];
  for (const lines of textTableBatches(columns, () => groups, Infinity)) append(out, lines);
  return out;
}
