import { printable } from '../../units/format.js';
/** Plain-text tables in stedgeai's style: dashed rules under and between row groups. */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  return align === 'right' ? s.padStart(width) : s.padEnd(width);
}

/** Each group is a list of rows; groups are separated by a dashed rule (like m_id groups). */
export function textTable(columns: readonly Column[], groups: readonly (readonly string[])[][], footer?: string[]): string[] {
  const widths = columns.map((c, i) => {
    let w = c.header.length;
    for (const g of groups) for (const row of g) w = Math.max(w, (printable(row[i] ?? '')).length);
    return w;
  });
  const line = (cells: readonly string[]) =>
    columns.map((c, i) => pad(printable(cells[i] ?? ''), widths[i] ?? 0, c.align)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [rule, line(columns.map((c) => c.header)), rule];
  groups.forEach((g, gi) => {
    for (const row of g) out.push(line(row));
    if (gi < groups.length - 1) out.push(rule);
  });
  out.push(rule);
  if (footer) out.push(line(footer), rule);
  return out;
}
