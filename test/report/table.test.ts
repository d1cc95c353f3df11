import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/report/render/table.js';

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
});
