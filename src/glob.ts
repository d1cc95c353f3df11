/**
 * Model path patterns, one parser for the CLI, the action and the config file: picomatch (the
 * matcher of micromatch, chokidar and fast-glob) with `**` for any folders, `{a,b}` alternatives,
 * `[abc]` classes and dot-files matched. A pattern without a slash matches the file name in any
 * folder (as .gitignore does). A list of patterns may hold `!pattern` entries, which exclude.
 */
import picomatch from 'picomatch';

const OPTIONS: picomatch.PicomatchOptions = { dot: true };

const cache = new Map<string, picomatch.Matcher>();

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function matchesGlob(path: string, glob: string): boolean {
  let m = cache.get(glob);
  if (!m) {
    const g = normalize(glob).replace(/^\//, '');
    // picomatch's own `basename` option also changes patterns WITH slashes: prefix `**/` instead.
    m = picomatch(g.includes('/') ? g : `**/${g}`, OPTIONS);
    cache.set(glob, m);
  }
  return m(normalize(path));
}

/** True when the path matches at least one pattern; `!pattern` entries exclude. */
export function matchesAny(path: string, patterns: readonly string[]): boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return include.some((g) => matchesGlob(path, g)) && !exclude.some((g) => matchesGlob(path, g));
}

/**
 * A pattern list as users write it in one string (an action input, a CLI value): one per line,
 * or separated by commas OUTSIDE braces and brackets, so `models/**\/*.{onnx,tflite}` stays one
 * pattern. Blank entries are dropped.
 */
export function splitPatterns(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    let depth = 0;
    let cur = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      if (c === '\\' && i + 1 < line.length) { cur += c + (line[i + 1] as string); i++; continue; }
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && depth > 0) depth--;
      if (c === ',' && depth === 0) { out.push(cur); cur = ''; continue; }
      cur += c;
    }
    out.push(cur);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
