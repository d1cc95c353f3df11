import { describe, expect, it } from 'vitest';
import { printable, printableLines } from '../../src/diagnostics/printable.js';

/** The characters printable escapes, by the ranges its documentation names. */
const UNSAFE_RANGES: [number, number][] = [[0x00, 0x1f], [0x7f, 0x9f], [0x61c, 0x61c], [0x200e, 0x200f], [0x2028, 0x2029], [0x202a, 0x202e], [0x2066, 0x2069]];
const unsafe = (c: number): boolean => UNSAFE_RANGES.some(([a, b]) => c >= a && c <= b);

describe('printable and printableLines', () => {
  it('printable escapes exactly the documented characters, as \\xHH up to 0xff and \\uHHHH above', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      const hex = c.toString(16);
      const expected = !unsafe(c) ? ch : c <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
      expect(printable(ch)).toBe(expected);
    }
  });

  it('printableLines keeps the line feeds and escapes everything else printable does (one pass over the whole text)', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}b\nc${ch}`;
      // its definition: line by line, printable
      expect(printableLines(text)).toBe(text.split('\n').map(printable).join('\n'));
    }
    expect(printableLines('x\r\ny\n\u001b[31m')).toBe('x\\x0d\ny\n\\x1b[31m');
  });

  it('a name is escaped wherever its unsafe character is, and returned as is without one', () => {
    const safe = 'model/conv2d_1/BiasAdd;model/batch_normalization/FusedBatchNormV3 é名';
    expect(printable(safe)).toBe(safe);
    expect(printable(`\u202e${safe}`)).toBe(`\\u202e${safe}`);
    expect(printable(`${safe.slice(0, 20)}\n${safe.slice(20)}`)).toBe(`${safe.slice(0, 20)}\\x0a${safe.slice(20)}`);
    expect(printable(`${safe}\u0085`)).toBe(`${safe}\\x85`);
    expect(printable(`${safe}\u0000${safe}\u2066`)).toBe(`${safe}\\x00${safe}\\u2066`);
  });
});
