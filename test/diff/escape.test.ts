/**
 * Escaping of user-controlled text in the PR comment (src/diff/escape.ts). Each expected string is
 * written from the rules in that file and in markdown.ts/printable.ts: HTML specials as entities,
 * Markdown structure backslash-escaped, GitHub's autolinks broken with a zero-width space
 * (&#8203;), control and bidi characters shown as escapes, line breaks folded to spaces.
 */
import { describe, expect, it } from 'vitest';
import { escHtml, escMd } from '../../src/diff/escape.js';

const Z = '&#8203;';

describe('escMd (Markdown text and table cells)', () => {
  it.each([
    ['@alice', `@${Z}alice`],
    ['fixes #12 and GH#3', `fixes #${Z}12 and GH#${Z}3`],
    ['https://x.io/a', `https:${Z}//x.io/a`],
    ['see www.x.io', `see www${Z}.x.io`],
    ['WWW.X.IO', `WWW${Z}.X.IO`],
    ['a|b', 'a\\|b'],
    ['`code` *b* [l](u)', '\\`code\\` \\*b\\* \\[l\\](u)'],
    ['a_b~c', 'a\\_b\\~c'],
    ['back\\slash', 'back\\\\slash'],
    ['<img src=x>&', '&lt;img src=x&gt;&amp;'],
    ['line1\r\nline2\nline3\u2028end', 'line1 line2 line3 end'],
    // printable() shows them as escapes, whose backslash Markdown then escapes
    ['evil\u202ename\u0007', 'evil\\\\u202ename\\\\x07'],
  ])('%j -> %j', (input, output) => {
    expect(escMd(input)).toBe(output);
  });
});

describe('escHtml (text inside <summary>)', () => {
  it.each([
    // named entities only: a numeric one (&#39;) would have its '#' broken by the mention defusing
    ['<b a="1">&\'x\'</b>', '&lt;b a=&quot;1&quot;&gt;&amp;&apos;x&apos;&lt;/b&gt;'],
    // no Markdown escapes inside HTML: GitHub does not render Markdown there
    ['a_b*c|d', 'a_b*c|d'],
    ['@team http://x www.y #4', `@${Z}team http:${Z}//x www${Z}.y #${Z}4`],
    ['a\r\nb\nc\u2029d', 'a b c d'],
    ['\u202etxt.onnx', '\\u202etxt.onnx'],
  ])('%j -> %j', (input, output) => {
    expect(escHtml(input)).toBe(output);
  });

  it('the zero-width space inserted by defusing is not itself escaped again', () => {
    // defuse runs last: its & is not turned into &amp;
    expect(escHtml('@x')).toBe(`@${Z}x`);
    expect(escMd('@x')).toBe(`@${Z}x`);
  });
});
