import { describe, expect, it } from 'vitest';
import { mdEscape, renderMarkdown } from '../../src/report/render/markdown.js';
import { renderJson } from '../../src/report/render/json.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { seed001, sww } from './fixtures.js';

/** Cell separators: pipes not preceded by a backslash. */
function unescapedPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

describe('markdown report', () => {
  it('escapes user-controlled text', () => {
    expect(mdEscape('</details><img src=x>')).toBe('&lt;/details&gt;&lt;img src=x&gt;');
    expect(mdEscape('a|b')).toBe('a\\|b');
    expect(mdEscape('x`y')).toBe('x\\`y');
    expect(mdEscape('l1\nl2')).toBe('l1 l2');
    expect(mdEscape('[a](http://x)')).toBe('\\[a\\](http://x)');
  });

  it('renders a layer called </details><img src=x> as text, keeping the table intact', () => {
    const r = seed001({ diagnostics: [diag('W_UNKNOWN_OP', 'bad | op <b>', '</details><img src=x>')] });
    const layer = r.layers[0];
    if (!layer) throw new Error('no layer');
    layer.name = '</details><img src=x>';
    layer.connectedTo = ['a|b', 'x`y\nz'];
    const md = renderMarkdown(r);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('</details><');
    expect(md).toContain('&lt;/details&gt;&lt;img src=x&gt;');
    const rows = md.split('\n');
    const header = rows.find((l) => l.startsWith('| # | Layer'));
    const row = rows.find((l) => l.includes('&lt;/details&gt;') && l.startsWith('| 0 '));
    expect(header && row).toBeTruthy();
    expect(unescapedPipes(row ?? '')).toBe(unescapedPipes(header ?? ''));
    expect(row).toContain('a\\|b, x\\`y z');
    // the one <details> block we open is closed once
    expect(md.match(/<\/details>/g)).toHaveLength(1);
  });

  it('summarises totals and the float comparison', () => {
    const md = renderMarkdown(sww());
    expect(md).toContain('| MACC | 827,256 |');
    expect(md).toContain('| Weights (ROM) | 49,412 B (48.25 KiB) (-138,120, -73.7% vs float) |');
    expect(md).toContain('| smul_s8_s8 | 827,211 | 100.0% |');
  });
});

describe('json report', () => {
  it('is the report, pretty-printed, and round-trips', () => {
    const r = sww();
    const text = renderJson(r);
    expect(text.startsWith('{\n  "schemaVersion": "1.3",')).toBe(true);
    expect(JSON.parse(text)).toEqual(r);
  });
});
