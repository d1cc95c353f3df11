import { describe, expect, it } from 'vitest';
import { TABLE_BATCH_LINES, textTable, textTableBatches } from '../../src/report/render/table.js';

describe('textTable', () => {
  it('pads each column to its widest cell (left, or right when asked), rules between groups, blanks for missing cells', () => {
    const lines = textTable([{ header: 'id' }, { header: 'name' }, { header: 'macc', align: 'right' }], [
      [['0', 'conv', '1,000'], ['', 'relu']],
      [['1', 'a\u001bb', '7']],
    ]);
    // widths: id 2 (its header), name 6 ('a\x1bb' shown escaped), macc 5 ('1,000')
    expect(lines).toEqual([
      '--  ------  -----',
      'id  name     macc',
      '--  ------  -----',
      '0   conv    1,000',
      '    relu',
      '--  ------  -----',
      '1   a\\x1bb      7',
      '--  ------  -----',
    ]);
  });

  it('a table without rows is its header between rules', () => {
    expect(textTable([{ header: 'type' }, { header: '#', align: 'right' }], [])).toEqual(['----  -', 'type  #', '----  -', '----  -']);
  });

  it('in batches of `batch` lines, the rest last; together the same lines', () => {
    const columns = [{ header: 'id' }, { header: 'name' }];
    const groups = Array.from({ length: 7 }, (_, i) => (i % 2 === 0 ? [[String(i), `n${i}`]] : [[String(i), `n${i}`], ['', `m${i}`]]));
    const whole = textTable(columns, groups);
    // 3 header lines, 7 groups of 1 or 2 rows (10 rows), 6 rules between them, the last rule
    expect(whole).toHaveLength(3 + 10 + 6 + 1);
    // `batch` lines each, whatever the groups (a one-group table of 100k rows comes in batches too), the rest last
    const sizes = (batch: number) => [...textTableBatches(columns, () => groups, batch)].map((b) => b.length);
    expect(sizes(1)).toEqual(Array.from({ length: 20 }, () => 1));
    expect(sizes(3)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(sizes(5)).toEqual([5, 5, 5, 5]);
    expect(sizes(19)).toEqual([19, 1]);
    expect(sizes(20)).toEqual([20]);
    expect(sizes(TABLE_BATCH_LINES)).toEqual([20]);
    expect([...textTableBatches(columns, () => [], 3)].map((b) => b.length)).toEqual([3, 1]);
    for (const batch of [1, 2, 3, 5, 19, 20, 21]) expect([...textTableBatches(columns, () => groups, batch)].flat()).toEqual(whole);
  });

  it('walks its groups twice, widths first, then makes each batch as it is taken (rows made on each walk are never all held)', () => {
    const columns = [{ header: 'id' }, { header: 'name', align: 'right' as const }];
    let walks = 0;
    let made = 0;
    function* rows(): Generator<string[]> {
      for (let i = 0; i < 20; i++) {
        made++;
        // the widest name comes last: the widths must have seen every row before the first line
        yield [String(i), i === 19 ? 'widest-name' : `n${i}`];
      }
    }
    const groups = () => {
      walks++;
      return [rows()];
    };
    const batches = textTableBatches(columns, groups, 5);
    const first = batches.next();
    expect(first.done).toBe(false);
    // the first batch: rule, header, rule, then rows 0 and 1, already right-aligned to 'widest-name'
    expect(first.value).toEqual(['--  -----------', 'id         name', '--  -----------', '0            n0', '1            n1']);
    // the first walk made all 20 rows (the widths); the second only the 2 shown so far
    expect(walks).toBe(2);
    expect(made).toBe(20 + 2);
    const rest = [...batches].flat();
    expect(walks).toBe(2);
    expect(made).toBe(40);
    const held = Array.from({ length: 20 }, (_, i) => [String(i), i === 19 ? 'widest-name' : `n${i}`]);
    expect([...first.value, ...rest]).toEqual(textTable(columns, [held]));
  });
});
