/**
 * Escaping of user-controlled text (paths, model, layer and tensor names, reasons) for a GitHub
 * comment: no HTML, no Markdown structure, no @mentions, #refs or autolinks.
 */
import { mdEscape } from '../report/render/markdown.js';
import { printable } from '../diagnostics/printable.js';

const ZWSP = '&#8203;';

/** Breaks what GitHub links after rendering: @mentions, #123 / GH-123 refs, bare URLs and www. */
function defuse(s: string): string {
  return s.replace(/@|#|:\/\/|www\./gi, (m) => (m.length === 1 ? `${m}${ZWSP}` : m === '://' ? `:${ZWSP}//` : `${m.slice(0, 3)}${ZWSP}.`));
}

/** For Markdown text and table cells. */
export function escMd(s: string): string {
  return defuse(mdEscape(s).replace(/([_~])/g, '\\$1'));
}

/**
 * For text inside raw HTML (`<summary>`): GitHub renders no Markdown there, so only HTML escapes.
 * Named entities only: defuse() breaks every '#', so a numeric one (`&#39;`) would show as text.
 */
export function escHtml(s: string): string {
  return defuse(
    printable(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  );
}
