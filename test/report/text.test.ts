/**
 * The text renderer against lines of real stedgeai reports: the sww reference
 * (/work/shared/reference/stedgeai-sww/sww_model_generate_report.txt) and seed 002's ds_cnn example.
 */
import { describe, expect, it } from 'vitest';
import { renderText, textChunks } from '../../src/report/render/text.js';
import { bar, binarySize, bytesShort, fixed, milliseconds, oshape, percent, signedPercent, thousands } from '../../src/units/format.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { dsCnn, kws, seed001, sww } from './fixtures.js';
import { latencySection } from '../../src/report/render/latency.js';

function lines(text: string): string[] {
  return text.split('\n');
}

describe('stedgeai number formats', () => {
  it('formats counts and sizes', () => {
    expect(thousands(147_472)).toBe('147,472');
    expect(thousands(-138_120)).toBe('-138,120');
    expect(binarySize(640)).toBe('640 B');
    expect(binarySize(49_412)).toBe('48.25 KiB');
    expect(bytesShort(490)).toBe('490 Bytes');
    expect(bytesShort(1_200)).toBe('1.17 KBytes');
    expect(bytesShort(65_536)).toBe('64.00 KBytes');
    expect(signedPercent((64 / 576) * 100)).toBe('+11.1%');
    expect(oshape([1, 28, 1, 40], 'NHWC')).toBe('[b:1,h:28,w:1,c:40]');
    expect(oshape([1, 40, 28, 1], 'NCHW')).toBe('[b:1,c:40,h:28,w:1]');
    expect(oshape(['N', 10], 'NCHW')).toBe('[b:N,c:10]');
    expect(oshape([1, 5, 7], 'NHWC')).toBe('[1,5,7]');
    expect(oshape([], 'NHWC')).toBe('[]');
    expect(oshape(null, 'NHWC')).toBe('?');
  });

  it('groups integers as Intl does, at and around each group boundary, and keeps every fraction digit', () => {
    // Intl's en-US grouping is the independent answer for integers (it rounds fractions, so not for them)
    const integers = [0, 1, -1, 999, 1_000, -999, -1_000, 999_999, 1_000_000, 1_000_001, 12_345_678, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (const n of integers) expect(thousands(n), String(n)).toBe(n.toLocaleString('en-US'));
    expect(thousands(-0)).toBe('0'); // Intl shows '-0'
    expect(thousands(1_234.5678)).toBe('1,234.5678');
    expect(thousands(-1_234_567.25)).toBe('-1,234,567.25');
    expect(thousands(0.125)).toBe('0.125');
    // beyond the safe integers (the slow path): still grouped
    expect(thousands(2 ** 60)).toBe((2 ** 60).toLocaleString('en-US'));
  });

  it('fixed(v, d) gives toFixed(d)\'s characters: ties, near ties, shares of every layer count, the 1e9 edge, negatives and non-finite', () => {
    // toFixed (ECMAScript's exact decimal rounding) is the independent answer; fixed only avoids calling it
    const values: number[] = [
      0, -0, 0.05, 0.15, 0.25, 0.35, 1.005, 1.015, 2.675, 1.0005, 8.345, 0.0005, 0.0015, 99.95, 99.995, 999.95, 1e-9, 0.1 + 0.2,
      1e9 / 10 - 0.06, 1e9 / 10, 1e9 / 100 - 0.006, 1e9 / 1000 - 0.0006, 123_456_789.987, -0.04, -1.25, -123.456, NaN, Infinity, -Infinity,
    ];
    // shares as the complexity table makes them: k / n * 100 for every k of several layer counts
    for (const n of [3, 7, 66_668, 100_002]) for (let k = 0; k <= n; k += Math.max(1, Math.floor(n / 5000))) values.push((k / n) * 100);
    // a pseudo-random spread of magnitudes (a fixed seed: the same values on every run)
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      values.push((x / 2 ** 31) * 10 ** ((i % 12) - 3));
    }
    for (const d of [1, 2, 3] as const) for (const v of values) expect(fixed(v, d), `${v} to ${d}`).toBe(v.toFixed(d));
    // the formats built on it
    expect([percent(0.986), percent(1 / 3), percent(0.0005), percent(0)]).toEqual(['98.6%', '33.3%', '0.1%', '0.0%']);
    expect([milliseconds(113), milliseconds(6.615), milliseconds(0.0325), milliseconds(100)]).toEqual(['113.0 ms', (6.615).toFixed(2) + ' ms', (0.0325).toFixed(3) + ' ms', '100.0 ms']);
  });

  it('draws bars as 1 + floor(15 * value / max)', () => {
    // sww reference: conv2d_5 245,888 of max 393,344 -> 10 bars; conv2d_1 143,488 -> 6 bars
    expect(bar(245_888, 393_344)).toBe('|'.repeat(10));
    expect(bar(143_488, 393_344)).toBe('|'.repeat(6));
    expect(bar(0, 393_344)).toBe('|');
    expect(bar(393_344, 393_344)).toBe('|'.repeat(16));
  });
});

describe('text report', () => {
  it('reproduces the summary lines of the sww reference report', () => {
    const text = lines(renderText(sww()));
    for (const expected of [
      'Exec/report summary (analyze)',
      'model_name         :   str_ww_ref_model',
      'model_hash         :   0x9643512e0b8a0b6e643e70c2fec496ee',
      'params #           :   46,883 items (48.25 KiB)',
      "input 1/1          :   'serving_default_input_10', int8(1x30x1x40), 1.17 KBytes, QLinear(0.003701043,-128,int8), activations",
      "output 1/1         :   'nl_10', int8(1x3), 3 Bytes, QLinear(0.003906250,-128,int8), activations",
      'macc               :   827,256',
      'weights (ro)       :   49,412 B (48.25 KiB) (1 segment) / -138,120(-73.7%) vs float model',
      'activations (rw)   :   10,116 B (9.88 KiB) (1 segment) *',
      'ram (total)        :   10,116 B (9.88 KiB) = 10,116 + 0 + 0',
      "(*) 'input'/'output' buffers can be used from the activations buffer",
      'Number of operation types',
      'Complexity report per layer - macc=827,256 weights=49,412 act=10,116 ram_io=0',
    ]) expect(text).toContain(expected);
  });

  it("draws the sww reference's complexity bars", () => {
    const text = renderText(sww());
    // cells copied from the reference's "Complexity report (model)" table
    const expected: Record<string, [string, string]> = {
      conv2d_1: ['||||||            17.3%', '||||||            11.4%'],
      conv2d_2: ['|                  1.9%', '||                 2.3%'],
      conv2d_3: ['||||||||||||||||  47.5%', '||||||||||||||||  34.2%'],
      conv2d_5: ['||||||||||        29.7%', '||||||||||||||||  34.2%'],
      conv2d_6: ['|                  0.2%', '|||                4.9%'],
      conv2d_7: ['|                  0.5%', '||||               8.5%'],
      nl_10: ['|                  0.0%', '|                  0.0%'],
    };
    const complexity = text.slice(text.indexOf('Complexity report per layer'));
    for (const [name, [macc, rom]] of Object.entries(expected)) {
      const row = lines(complexity).find((l) => l.split(/\s+/)[1] === name);
      expect(row, name).toContain(`${macc}  ${rom}`);
    }
  });

  it('prints the operation types table and per-layer rows', () => {
    const text = lines(renderText(sww()));
    expect(text.some((l) => /^smul_s8_s8\s+827,211\s+100\.0%$/.test(l))).toBe(true);
    expect(text.some((l) => /^op_s8_s8\s+45\s+0\.0%$/.test(l))).toBe(true);
    expect(text.some((l) => /^3\s+conv2d_3 \(Conv, CONV_2D\)\s+\S+\s+16,512\/16,896\s+393,344\s+conv2d_2$/.test(l))).toBe(true);
  });

  it('reproduces seed 002 ds_cnn: user I/O and ram (total) = a + i + o', () => {
    const text = lines(renderText(dsCnn()));
    for (const expected of [
      'params #           :   40,140 items (156.80 KiB)',
      "input 1/1          :   'input_0', f32(1x49x10x1), 1.91 KBytes, user",
      "output 1/1         :   'dense_1', f32(1x12), 48 Bytes, user",
      'macc               :   4,833,792',
      'activations (rw)   :   55,552 B (54.25 KiB) (1 segment)',
      'ram (total)        :   57,560 B (56.21 KiB) = 55,552 + 1,960 + 48',
    ]) expect(text).toContain(expected);
    expect(text.some((l) => l.startsWith('(*)'))).toBe(false);
  });

  it('renders the seed 001 conv computed from a graph', () => {
    const text = lines(renderText(seed001()));
    expect(text).toContain('macc               :   147,472');
    expect(text).toContain('params #           :   160 items (640 B)');
    // all-float model: no "vs float model" part
    expect(text).toContain('weights (ro)       :   640 B (640 B) (1 segment)');
    // 4,096 B input + 65,536 B output + the conv's scratch (one im2col column, 1 x 3 x 3 floats =
    // 36 B) alive together: stedgeai's 69,668 B exactly
    expect(text).toContain('activations (rw)   :   69,668 B (68.04 KiB) (1 segment) *');
  });

  it('groups diagnostics by category with their hint, and keeps hostile names on one line', () => {
    const r = seed001({ diagnostics: [diag('W_UNKNOWN_OP', 'MyOp is not modelled', 'evil\nname'), diag('W_SHAPE', 'unknown batch')] });
    const text = lines(renderText(r));
    const at = text.indexOf('Diagnostics (2)');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toContain('NOT IMPLEMENTED');
    expect(text.slice(at)).toContain("  warning W_UNKNOWN_OP: node 'evil\\x0aname': MyOp is not modelled");
    expect(text.slice(at)).toContain('ANALYSIS');
    expect(text.slice(at).some((l) => l.includes('--input-shape'))).toBe(true);
  });

  it('wraps every line wider than 160 columns wherever it is: first, among short lines, last', () => {
    const words = (tag: string) => Array.from({ length: 30 }, (_, i) => `${tag}${i}`).join(' ');
    // three long messages, the last diagnostic the report's last line but for the hint lines after it
    const r = seed001({ diagnostics: [diag('W_SHAPE', words('first')), diag('W_SHAPE', 'short'), diag('W_SHAPE', words('middle')), diag('W_UNKNOWN_OP', words('last'), 'op')] });
    const text = lines(renderText(r));
    expect(text.filter((l) => l.length > 160)).toEqual([]);
    const joined = text.join(' ').replace(/\s+/g, ' ');
    for (const tag of ['first', 'middle', 'last']) expect(joined).toContain(words(tag));
    // each message was longer than a line: it takes two
    for (const tag of ['first', 'middle', 'last']) expect(text.filter((l) => l.includes(tag)).length, tag).toBe(2);
  });
});

describe('textChunks: the text report a section or a batch of lines at a time', () => {
  it('the summary first, then each section after a blank line, the final newline alone; together renderText', () => {
    const r = sww();
    const chunks = [...textChunks(r)];
    expect(chunks[0]?.startsWith('Exec/report summary (analyze)\n')).toBe(true);
    // a section starts after a blank line; the layer and complexity sections come in batches of lines
    // (title, table, the layer table's totals line), each further batch after one line break
    const kind = (c: string) => (c.startsWith('\n\n') ? 'section' : c.startsWith('\n') ? 'more' : 'other');
    expect(chunks.slice(1, -1).map(kind)).toEqual(['section', 'more', 'more', 'section', 'section', 'more']);
    expect(chunks[1]?.startsWith('\n\nModel name - ')).toBe(true);
    expect(chunks[3]?.startsWith('\nmodel: macc=')).toBe(true);
    expect(chunks[5]?.startsWith('\n\nComplexity report per layer')).toBe(true);
    expect(chunks.slice(1, -1).every((c) => !c.endsWith('\n'))).toBe(true);
    expect(chunks.at(-1)).toBe('\n');
    expect(chunks.join('')).toBe(renderText(r));
  });

  it('the latency section shows names escaped and aligns its columns on the names as shown', () => {
    const r = kws();
    const timed = r.layers.find((l) => l.timeMs !== undefined);
    expect(timed).toBeDefined();
    // a name whose raw length (3 + ESC) is shorter than its shown one, made the longest by its padding
    const hostile = `${'n'.repeat(40)}\u001b[2J`;
    if (timed) timed.name = hostile;
    const table = ([...latencySection(r, Infinity)][1] ?? []).slice(1);
    const shown = `${'n'.repeat(40)}\\x1b[2J`;
    expect(table.some((l) => l.startsWith(shown))).toBe(true);
    expect(table.join('\n')).not.toContain('\u001b');
    // every row's unit starts where the header's 'unit' does: the widths counted the escaped name
    const at = (table[0] ?? '').indexOf('unit');
    expect(at).toBe(shown.length + 2);
    for (const line of table.slice(1)) expect(line[at - 1], line).toBe(' ');
    for (const line of table.slice(1)) expect(line[at], line).not.toBe(' ');
  });

  it('the latency section: its header, then a blank line and its table in batches; together the same lines', () => {
    const r = kws();
    const whole = [...latencySection(r, Infinity)];
    expect(whole).toHaveLength(2);
    expect(whole[0]?.[0]).toMatch(/^Latency \(estimate\): /);
    expect(whole[1]?.[0]).toBe('');
    const rows = (whole[1] as string[]).length - 1; // the table's header row and one row per layer
    expect(rows).toBe(r.layers.length + 1);
    for (const batch of [1, 2, 3]) {
      const parts = [...latencySection(r, batch)];
      expect(parts.flat()).toEqual(whole.flat());
      // the first table batch carries the blank line before its rows
      expect(parts.map((p) => p.length)).toEqual([(whole[0] as string[]).length, ...Array.from({ length: Math.ceil(rows / batch) }, (_, i) => Math.min(batch, rows - i * batch) + (i === 0 ? 1 : 0))]);
    }
  });
});
