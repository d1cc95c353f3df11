/**
 * tools/mutate-recheck.mjs (issue 19): a StrykerJS report's static survivors written to disk and
 * judged by the tests that import their file. The helpers on hand-made reports; the CLI on a
 * fixture module whose table is built when it loads (test/tools/fixtures/recheck), run with vitest
 * in a scratch copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMutant, candidates, describeMutant, ignoredStatic, offsetOf, score } from '../../tools/mutation/recheck.mjs';

const at = (line: number, column: number) => ({ line, column });
const mutant = (id: string, status: string, start: { line: number; column: number }, end: { line: number; column: number }, replacement: string, isStatic = true) =>
  ({ id, mutatorName: 'StringLiteral', replacement, status, static: isStatic, location: { start, end } });

describe('recheck helpers', () => {
  const src = 'ab\ncde\n\nf';

  it('a location counts lines and columns from 1; the column after a line\'s last character is its end', () => {
    expect(offsetOf(src, at(1, 1))).toBe(0);
    expect(offsetOf(src, at(1, 3))).toBe(2); // after "ab"
    expect(offsetOf(src, at(2, 1))).toBe(3);
    expect(offsetOf(src, at(2, 4))).toBe(6);
    expect(offsetOf(src, at(3, 1))).toBe(7); // the empty line
    expect(offsetOf(src, at(4, 2))).toBe(9); // the end of the text, without a final newline
  });

  it('refuses a location outside the text: a column past the end of its line, column 0, a line past the last', () => {
    expect(() => offsetOf(src, at(2, 5))).toThrow('column 5 is outside line 2 (3 characters)');
    expect(() => offsetOf(src, at(1, 0))).toThrow('column 0 is outside line 1 (2 characters)');
    expect(() => offsetOf(src, at(5, 1))).toThrow('line 5 is past the end of the source (4 lines)');
  });

  it('writes the replacement over the location, across lines', () => {
    expect(applyMutant(src, mutant('1', 'Survived', at(1, 2), at(2, 3), 'X'))).toBe('aXe\n\nf');
    expect(applyMutant(src, mutant('2', 'Survived', at(3, 1), at(3, 1), '[]'))).toBe('ab\ncde\n[]\nf');
    expect(() => applyMutant(src, mutant('3', 'Survived', at(2, 2), at(1, 1), ''))).toThrow('mutant 3 ends before it starts');
  });

  const report = {
    files: {
      'src/a.ts': { source: 'A', mutants: [mutant('1', 'Survived', at(1, 1), at(1, 2), ''), mutant('2', 'Survived', at(1, 1), at(1, 2), '', false), mutant('3', 'NoCoverage', at(1, 1), at(1, 2), ''), mutant('4', 'Killed', at(1, 1), at(1, 2), '')] },
      'src/b.ts': { source: 'B', mutants: [mutant('5', 'Survived', at(1, 1), at(1, 2), '')] },
      'src/c.ts': {
        source: 'C',
        mutants: [
          mutant('6', 'Timeout', at(1, 1), at(1, 2), ''),
          // left out by ignoreStatic; noted equivalent in the source (static code too); noted, not static
          { ...mutant('7', 'Ignored', at(1, 1), at(1, 2), ''), statusReason: 'Static mutant (and "ignoreStatic" was enabled)' },
          { ...mutant('8', 'Ignored', at(1, 1), at(1, 2), ''), statusReason: 'equivalent, the table is read once' },
          { ...mutant('9', 'Ignored', at(1, 1), at(1, 2), '', false), statusReason: 'equivalent, a reason' },
        ],
      },
    },
  };
  const disk: Record<string, string> = { 'src/a.ts': 'A', 'src/b.ts': 'B changed', 'src/c.ts': 'C' };
  const read = (f: string) => disk[f];

  it('takes the static survivors (every survivor with all) of the files unchanged since the run; a changed file is stale', () => {
    const ids = (r: ReturnType<typeof candidates>) => r.files.map((f) => [f.file, f.mutants.map((m: { id: string }) => m.id)]);
    const statics = candidates(report, { read });
    expect(ids(statics)).toEqual([['src/a.ts', ['1', '3']]]);
    expect(statics.stale).toEqual(['src/b.ts']);
    expect(ids(candidates(report, { all: true, read }))).toEqual([['src/a.ts', ['1', '2', '3']]]);
    expect(candidates(report, { all: true, only: 'c.ts', read })).toEqual({ files: [], stale: [] });
    // with ignored: the one mutant ignoreStatic left out, not those a note left out
    expect(ids(candidates(report, { ignored: true, only: 'c.ts', read }))).toEqual([['src/c.ts', ['7']]]);
    expect(ignoredStatic(report.files['src/c.ts'].mutants[1])).toBe(true);
    expect(ignoredStatic({ ...report.files['src/c.ts'].mutants[1], static: false })).toBe(false);
  });

  it('scores as Stryker does: killed and timed out over those plus survived and not covered, ignored left out', () => {
    // detected: 4 (Killed) and 6 (Timeout); counted: those and 1, 2, 3, 5
    expect(score(report)).toEqual({ detected: 2, total: 6, percent: (100 * 2) / 6 });
    expect(score({ files: {} }).percent).toBe(100);
  });

  it('describes a mutant on one line, its replacement shortened', () => {
    expect(describeMutant('src/a.ts', { ...mutant('1', 'Survived', at(3, 7), at(3, 9), 'a\n  b'), mutatorName: 'ArrayDeclaration' })).toBe('src/a.ts:3:7 ArrayDeclaration -> a b');
    expect(describeMutant('f', mutant('1', 'Survived', at(1, 1), at(1, 1), 'x'.repeat(61)))).toBe(`f:1:1 StringLiteral -> ${'x'.repeat(57)}...`);
  });
});

describe('mutate-recheck on a module-level table', () => {
  const script = resolve('tools/mutate-recheck.mjs');
  mkdirSync('.vitest-tmp', { recursive: true });
  const dir = mkdtempSync(join(resolve('.vitest-tmp'), 'recheck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('test/tools/fixtures/recheck', dir, { recursive: true });
  const source = readFileSync(join(dir, 'table.ts'), 'utf8');
  const line = source.split('\n').findIndex((l) => l.includes("['alpha', 'beta']")) + 1;
  const col = (text: string) => (source.split('\n')[line - 1] ?? '').indexOf(text) + 1;
  const cli = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });

  it('kills what the tests catch once the mutant is on disk, keeps what they cannot, restores the file, rewrites the report', () => {
    const report = {
      files: {
        'table.ts': {
          source,
          mutants: [
            // 'alpha' -> "": lengthOf(0) is 0, not 5
            mutant('1', 'Survived', at(line, col("'alpha'")), at(line, col("'alpha'") + 7), '""'),
            // 'beta' -> 'BETA': the same length, nothing the test reads changes
            mutant('2', 'Survived', at(line, col("'beta'")), at(line, col("'beta'") + 6), "'BETA'"),
            // not static: left alone without --all although the tests would kill it
            mutant('3', 'Survived', at(line, col("['alpha'")), at(line, col("'beta']") + 7), '[]', false),
            // left out by ignoreStatic: judged with --ignored, killed ([] has no lengths) and kept ('beta' -> 'ateb')
            { ...mutant('4', 'Ignored', at(line, col("['alpha'")), at(line, col("'beta']") + 7), '[]'), statusReason: 'Static mutant (and "ignoreStatic" was enabled)' },
            { ...mutant('5', 'Ignored', at(line, col("'beta'")), at(line, col("'beta'") + 6), "'ateb'"), statusReason: 'Static mutant (and "ignoreStatic" was enabled)' },
          ],
        },
      },
    };
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    const r = cli('report.json', '--tests', 'table.check.ts', '--config', 'vitest.config.ts', '--timeout', '120');
    expect(r.stderr).not.toContain('Error');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('mutate-recheck: 2 mutant(s) in 1 file(s); tests table.check.ts');
    expect(lines[1]).toBe(`  killed   table.ts:${line}:${col("'alpha'")} StringLiteral -> ""`);
    expect(lines[2]).toBe(`  survived table.ts:${line}:${col("'beta'")} StringLiteral -> 'BETA'`);
    // before: 0 detected of 3; after: mutant 1 detected
    expect(lines[3]).toBe(`mutate-recheck: 1 of 2 detected; score 0.00% -> 33.33% (1 / 3); report.json rewritten`);
    expect(readFileSync(join(dir, 'table.ts'), 'utf8')).toBe(source);
    const after = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as typeof report;
    expect(after.files['table.ts'].mutants.map((m) => [m.id, m.status])).toEqual([['1', 'Killed'], ['2', 'Survived'], ['3', 'Survived'], ['4', 'Ignored'], ['5', 'Ignored']]);
    expect((after.files['table.ts'].mutants[0] as { statusReason?: string }).statusReason).toBe('mutate-recheck: written to disk, the tests that import table.ts fail');

    const ign = cli('report.json', '--ignored', '--tests', 'table.check.ts', '--config', 'vitest.config.ts');
    expect(ign.status).toBe(0);
    // mutant 2 judged again (still static, still alive), 4 and 5 for the first time; 3 left
    expect(ign.stdout).toContain('mutate-recheck: 3 mutant(s) in 1 file(s)');
    // before: 1 detected of 3 (1, 2, 3); after: 1 and 4 of 5 (the two ignored now count)
    expect(ign.stdout.trim().split('\n').at(-1)).toBe('mutate-recheck: 1 of 3 detected; score 33.33% -> 40.00% (2 / 5); report.json rewritten');
    const again = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as typeof report;
    expect(again.files['table.ts'].mutants.map((m) => [m.id, m.status, (m as { statusReason?: string }).statusReason?.slice(0, 56)])).toEqual([
      ['1', 'Killed', 'mutate-recheck: written to disk, the tests that import t'], ['2', 'Survived', undefined], ['3', 'Survived', undefined],
      ['4', 'Killed', 'mutate-recheck: written to disk, the tests that import t'], ['5', 'Survived', 'mutate-recheck: written to disk, the tests that import t'],
    ]);
    expect(readFileSync(join(dir, 'table.ts'), 'utf8')).toBe(source);
  });

  it('skips a file whose tests fail before any mutant, and a file changed since the run', () => {
    writeFileSync(join(dir, 'report.json'), JSON.stringify({
      files: {
        'table.ts': { source, mutants: [mutant('1', 'Survived', at(line, col("'beta'")), at(line, col("'beta'") + 6), "'BETA'")] },
        'gone.ts': { source: 'x', mutants: [mutant('2', 'Survived', at(1, 1), at(1, 2), '')] },
      },
    }));
    writeFileSync(join(dir, 'broken.check.ts'), "import { it, expect } from 'vitest';\nimport { lengthOf } from './table.js';\nit('fails', () => { expect(lengthOf(0)).toBe(0); });\n");
    const r = cli('report.json', '--tests', 'broken.check.ts', '--config', 'vitest.config.ts');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('mutate-recheck: gone.ts changed since the run: skipped (run the module again)\n');
    expect(r.stdout).toContain('mutate-recheck: table.ts: its tests fail before any mutant: skipped\n');
    expect(r.stdout).toContain('mutate-recheck: 0 of 1 detected; score 0.00% -> 0.00% (0 / 2)');
  });

  it('refuses a missing report, a file that is not a report, an unknown module and a bad timeout, each by name', () => {
    expect(cli().stderr).toBe('mutate-recheck: expected one StrykerJS JSON report; found none\n');
    expect(cli('nothing.json').stderr).toMatch(/^mutate-recheck: nothing\.json: ENOENT/);
    writeFileSync(join(dir, 'list.json'), '[1]');
    expect(cli('list.json', '--tests', 'x').stderr).toBe('mutate-recheck: list.json: expected a StrykerJS JSON report (an object with "files"); found none\n');
    writeFileSync(join(dir, 'zzz.json'), '{"files":{}}');
    expect(cli('zzz.json').stderr).toMatch(/^mutate-recheck: tools\/mutation\/modules\.json in .*recheck-\w+: ENOENT.*\(run it from the repository's root, or give the tests with --tests\)\n$/);
    mkdirSync(join(dir, 'tools/mutation'), { recursive: true });
    cpSync('tools/mutation/modules.json', join(dir, 'tools/mutation/modules.json'));
    expect(cli('zzz.json').stderr).toBe("mutate-recheck: zzz.json: 'zzz' names no module of tools/mutation/modules.json; give the tests with --tests\n");
    const bad = cli('zzz.json', '--tests', 'x', '--timeout', '0');
    expect([bad.status, bad.stderr]).toEqual([2, 'mutate-recheck: --timeout: expected a number of seconds above 0; found 0\n']);
    const unknown = cli('zzz.json', '--bogus');
    expect([unknown.status, unknown.stderr.split('\n').length]).toEqual([2, 2]);
    expect(unknown.stderr).toMatch(/^mutate-recheck: Unknown option '--bogus'/);
  });
});
