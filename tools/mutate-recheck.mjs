#!/usr/bin/env node
/**
 * The survivors of a mutation run, looked at again on disk (issue 19; tools/mutation/recheck.mjs
 * says why): each mutant Stryker marked static and left alive (every survivor with --all) is
 * written into its file, the module's tests that import that file are run
 * (`vitest related <file>`), and the file is restored. A mutant those tests fail is detected; the
 * report is rewritten with it as Killed (or Timeout) and a statusReason that says so.
 * --ignored also judges the static mutants a run with --ignore-static left out (Ignored, not in
 * the score): each then counts, as Killed, Timeout or Survived.
 *   node tools/mutate-recheck.mjs reports/mutation/<module>.json [--all] [--ignored] [--file <part of a path>]
 *        [--tests <globs>] [--config <vitest config>] [--timeout <seconds>] [--dry-run]
 * The tests are the module's (tools/mutation/modules.json, from the report's name) unless --tests
 * names them. A file changed since the run is skipped as stale. Each file's own tests must pass
 * before any of its mutants is judged.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { parseArgsOr } from './mutation/args.mjs';
import { firstLine } from './mutation/first-line.mjs';
import { sharedEnv } from './mutation/shared-env.mjs';
import { applyMutant, candidates, describeMutant, score } from './mutation/recheck.mjs';

const run = promisify(execFile);
const fail = (message) => {
  console.error(`mutate-recheck: ${message}`);
  process.exit(2);
};

const { values, positionals } = parseArgsOr('mutate-recheck', {
  options: {
    all: { type: 'boolean' }, ignored: { type: 'boolean' }, file: { type: 'string' }, tests: { type: 'string' }, config: { type: 'string' },
    timeout: { type: 'string' }, 'dry-run': { type: 'boolean' },
  },
  allowPositionals: true,
});
if (positionals.length !== 1) fail(`expected one StrykerJS JSON report; found ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
const reportFile = positionals[0];
let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch (e) {
  fail(`${reportFile}: ${firstLine(e)}`);
}
if (typeof report?.files !== 'object' || report.files === null) fail(`${reportFile}: expected a StrykerJS JSON report (an object with "files"); found none`);

function testsOf() {
  if (values.tests !== undefined) return values.tests;
  const label = basename(reportFile, '.json');
  let modules;
  try {
    modules = JSON.parse(readFileSync('tools/mutation/modules.json', 'utf8'));
  } catch (e) {
    fail(`tools/mutation/modules.json in ${process.cwd()}: ${firstLine(e)} (run it from the repository's root, or give the tests with --tests)`);
  }
  const mod = modules[label.split('-')[0]];
  if (mod === undefined) fail(`${reportFile}: '${label}' names no module of tools/mutation/modules.json; give the tests with --tests`);
  return mod.tests.join(',');
}
const tests = testsOf();
const config = values.config ?? 'tools/mutation/vitest.config.ts';
const timeout = Number(values.timeout ?? '300');
if (!(timeout > 0)) fail(`--timeout: expected a number of seconds above 0; found ${values.timeout}`);

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
const { files, stale } = candidates(report, { all: values.all === true, ignored: values.ignored === true, only: values.file, read });
for (const file of stale) console.log(`mutate-recheck: ${file} changed since the run: skipped (run the module again)`);
const count = files.reduce((n, f) => n + f.mutants.length, 0);
console.log(`mutate-recheck: ${count} mutant(s) in ${files.length} file(s); tests ${tests}`);
if (values['dry-run']) {
  for (const { file, mutants } of files) for (const m of mutants) console.log(`  ${describeMutant(file, m)}`);
  process.exit(0);
}

/** The file's related tests: 'pass', 'fail' or 'timeout'. */
async function judge(file) {
  const args = ['vitest', 'related', file, '--run', '--config', config, '--passWithNoTests', '--bail', '1', '--reporter', 'dot'];
  try {
    await run('npx', args, { env: { ...process.env, ...sharedEnv(), MUTATION_TESTS: tests }, timeout: timeout * 1000, maxBuffer: 64 << 20 });
    return 'pass';
  } catch (e) {
    return e !== null && typeof e === 'object' && 'killed' in e && e.killed === true ? 'timeout' : 'fail';
  }
}

let current;
const restore = () => {
  if (current !== undefined) writeFileSync(current.file, current.source);
  current = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restore();
    process.exit(130);
  });
}

let detected = 0;
const before = score(report);
for (const { file, source, mutants } of files) {
  if ((await judge(file)) !== 'pass') {
    console.log(`mutate-recheck: ${file}: its tests fail before any mutant: skipped`);
    continue;
  }
  for (const m of mutants) {
    let verdict;
    try {
      current = { file, source };
      writeFileSync(file, applyMutant(source, m));
      verdict = await judge(file);
    } finally {
      restore();
    }
    if (verdict === 'pass') {
      if (m.status === 'Ignored') {
        m.status = 'Survived';
        m.statusReason = `mutate-recheck: written to disk, the tests that import ${file} pass`;
      }
      console.log(`  survived ${describeMutant(file, m)}`);
      continue;
    }
    detected++;
    m.status = verdict === 'timeout' ? 'Timeout' : 'Killed';
    m.statusReason = `mutate-recheck: written to disk, the tests that import ${file} ${verdict === 'timeout' ? `ran past ${timeout} s` : 'fail'}`;
    console.log(`  ${verdict === 'timeout' ? 'timeout ' : 'killed  '} ${describeMutant(file, m)}`);
  }
}
writeFileSync(reportFile, JSON.stringify(report));
const after = score(report);
console.log(`mutate-recheck: ${detected} of ${count} detected; score ${before.percent.toFixed(2)}% -> ${after.percent.toFixed(2)}% (${after.detected} / ${after.total}); ${reportFile} rewritten`);
