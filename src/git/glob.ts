/**
 * Glob matching for model patterns (`models/**\/*.{onnx,tflite}`): `**` any number of folders,
 * `*` and `?` within one path segment, `{a,b}` alternatives (nestable), `[abc]` classes.
 * A pattern without a slash matches the file name in any folder (as .gitignore does).
 */

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function translate(p: string, i: number, stopAtBrace: boolean): [string, number] {
  let out = '';
  while (i < p.length) {
    const c = p[i] as string;
    if (stopAtBrace && (c === ',' || c === '}')) return [out, i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `**` matches everything below.
          if (i + 2 === p.length) { out += '.*'; i += 2; } else { out += '(?:[^/]*/)*'; i += 3; }
          continue;
        }
        out += '[^/]*';
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) { out += '\\['; i++; continue; }
      let body = p.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
      i = end + 1;
    } else if (c === '{') {
      const alts: string[] = [];
      let j = i + 1;
      for (;;) {
        const [alt, k] = translate(p, j, true);
        alts.push(alt);
        if (k >= p.length) return [out + '\\{' + alts.join(','), k];
        j = k + 1;
        if (p[k] === '}') break;
      }
      out += `(?:${alts.join('|')})`;
      i = j;
    } else if (c === '\\' && i + 1 < p.length) {
      out += escapeRe(p[i + 1] as string);
      i += 2;
    } else {
      out += escapeRe(c);
      i++;
    }
  }
  return [out, i];
}

/** The regular expression a glob stands for, anchored on the whole path. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/^\.\//, '');
  if (!g.includes('/')) g = `**/${g}`;
  else if (g.startsWith('/')) g = g.slice(1);
  const [body] = translate(g, 0, false);
  return new RegExp(`^${body}$`);
}

const cache = new Map<string, RegExp>();

export function matchesGlob(path: string, glob: string): boolean {
  let re = cache.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    cache.set(glob, re);
  }
  return re.test(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** True when the path matches at least one pattern; `!pattern` entries exclude. */
export function matchesAny(path: string, patterns: readonly string[]): boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return include.some((g) => matchesGlob(path, g)) && !exclude.some((g) => matchesGlob(path, g));
}
