/**
 * The second look at a StrykerJS report's survivors (tools/mutate-recheck.mjs, issue 19): each
 * mutant written into its file on disk, the tests that import that file run, the file restored.
 *
 * Why: StrykerJS switches mutants at run time inside one test process. Code that runs once, when
 * its module loads (a table built from a list, a regular expression compiled into a constant), is
 * evaluated before the switch and never again, so its mutants "survive" whatever the tests check
 * (stryker-js issues 6144 and 6209; the report marks them `static`). Written to disk, the mutant is
 * loaded like any code, and the tests judge it.
 */

/** The offset of a report location ({line, column}, both counted from 1) in `source`. */
export function offsetOf(source, { line, column }) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf('\n', at);
    if (nl < 0) throw new Error(`line ${line} is past the end of the source (${l} lines)`);
    at = nl + 1;
  }
  const end = source.indexOf('\n', at);
  const width = (end < 0 ? source.length : end) - at;
  if (column < 1 || column > width + 1) throw new Error(`column ${column} is outside line ${line} (${width} characters)`);
  return at + column - 1;
}

/** `source` with the mutant's replacement in place of its location. */
export function applyMutant(source, mutant) {
  const start = offsetOf(source, mutant.location.start);
  const end = offsetOf(source, mutant.location.end);
  if (end < start) throw new Error(`mutant ${mutant.id} ends before it starts`);
  return source.slice(0, start) + mutant.replacement + source.slice(end);
}

const LEFT = new Set(['Survived', 'NoCoverage']);

/** A mutant a run with ignoreStatic left out of the score: static, never run. */
export const ignoredStatic = (m) => m.status === 'Ignored' && m.static === true && /ignoreStatic/.test(m.statusReason ?? '');

/**
 * The mutants to look at again, file by file: the survivors Stryker marked static (all survivors
 * with `all`; with `ignored`, also the static mutants an ignoreStatic run left out), in files whose
 * path contains `only` when given. A file whose text is no longer the report's is listed as
 * stale: its locations would point elsewhere.
 * @param {{ files: Record<string, { source: string, mutants: any[] }> }} report
 * @param {{ all?: boolean, ignored?: boolean, only?: string, read: (file: string) => string | undefined }} options
 */
export function candidates(report, { all = false, ignored = false, only, read }) {
  const files = [];
  const stale = [];
  for (const [file, entry] of Object.entries(report.files)) {
    if (only !== undefined && !file.includes(only)) continue;
    const mutants = entry.mutants.filter((m) => (LEFT.has(m.status) && (all || m.static === true)) || (ignored && ignoredStatic(m)));
    if (mutants.length === 0) continue;
    if (read(file) !== entry.source) stale.push(file);
    else files.push({ file, source: entry.source, mutants });
  }
  return { files, stale };
}

/** The score as Stryker counts it: detected (killed or timed out) over detected, survived and not covered. */
export function score(report) {
  let detected = 0;
  let total = 0;
  for (const entry of Object.values(report.files)) {
    for (const m of entry.mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') detected++;
      if (m.status === 'Killed' || m.status === 'Timeout' || LEFT.has(m.status)) total++;
    }
  }
  return { detected, total, percent: total === 0 ? 100 : (100 * detected) / total };
}

/** A mutant's one-line description: where, which mutator, what it writes. */
export function describeMutant(file, m) {
  const text = m.replacement.replace(/\s+/g, ' ');
  return `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
