import { printable } from '../../units/format.js';
/** Plain-text tables in stedgeai's style: dashed rules under and between row groups. */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

function pad(s: string, width: number, align: Column['align']): string {
  return align === 'right' ? s.padStart(width) : s.padEnd(width);
}

/** Each group is a list of rows; groups are separated by a dashed rule (like m_id groups). */
export function textTable(columns: readonly Column[], groups: readonly (readonly string[])[][]): string[] {
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
  const out = [rule, line(shown(columns.map((c) => c.header))), rule];
  body.forEach((g, gi) => {
    for (const row of g) out.push(line(row));
    if (gi < body.length - 1) out.push(rule);
  });
  out.push(rule);
  return out;
}
