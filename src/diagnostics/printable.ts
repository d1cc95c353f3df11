/**
 * User-controlled text (paths, model, layer and tensor names, messages quoting them) made safe to
 * print: C0 and C1 control characters (ANSI escapes, NUL, carriage return, ...) and the Unicode
 * bidirectional overrides and isolates, which can make a terminal or a page show text other than
 * what the file holds (a "Trojan source" name), are shown as visible escapes (`\x1b`, `\u202e`).
 * Every renderer and every error line passes names through it.
 */

// C0 but the line feed, DEL, C1; bidi embeddings/overrides/isolates, marks, and line/paragraph separators.
const UNSAFE_BUT_LF_CLASS = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u000a${UNSAFE_BUT_LF_CLASS}]`, 'g');
const UNSAFE_BUT_LF = new RegExp(`[${UNSAFE_BUT_LF_CLASS}]`, 'g');

function escape(c: string): string {
  const code = c.charCodeAt(0);
  // Stryker disable next-line EqualityOperator: equivalent, 0xff (ÿ) is not escaped: no escaped character has that code
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** UNSAFE without 'g' (no lastIndex between calls): whether a string holds one. */
const HAS_UNSAFE = new RegExp(UNSAFE.source);

/**
 * Whether `s` holds a character printable escapes. A loop over its codes answers for ASCII: every
 * C0 control is escaped, nothing else below 0x7f is. From the first code beyond, the class decides
 * in one scan. Most names are ASCII, and a replace() on each name of a 100k-layer table cost more
 * than the table's own layout.
 */
function hasUnsafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) return true;
    if (c >= 0x7f) return HAS_UNSAFE.test(s);
  }
  return false;
}

export function printable(s: string): string {
  return hasUnsafe(s) ? s.replace(UNSAFE, escape) : s;
}

/** Like printable, but keeps line breaks (for multi-line output whose lines are ours): one pass over the whole text. */
export function printableLines(s: string): string {
  return s.replace(UNSAFE_BUT_LF, escape);
}
