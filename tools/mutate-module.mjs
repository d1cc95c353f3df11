#!/usr/bin/env node
/**
 * StrykerJS on one core module with the tests that judge it (tools/mutation/modules.json), the
 * way each score in the closing notes was measured (issue 19):
 *   node tools/mutate-module.mjs <module> [--part <part>] [--ignore-static] [--dry-run]
 * --part runs one of the module's `parts` (ops has three: a whole run does not fit a session on
 * 2 cores); the report is then reports/mutation/<module>-<part>.json. The parts partition the
 * module's files (test/tools/mutate-module.test.ts checks it), so their scores add up.
 * --ignore-static leaves out the mutants of code that runs when a module loads (tables of object
 * literals): each needs a fresh test process, and on ops they are a quarter of the mutants and
 * four fifths of the time. The report then counts them as Ignored, not in the score.
 * --incremental starts from the module's last report (reports/mutation/<module>.json): Stryker keeps
 * each result whose code and tests did not change and runs the rest (its incremental mode).
 * Writes reports/mutation/<module>.stryker.json (stryker.config.json with the module's globs and
 * tools/mutation/vitest.config.ts) and the JSON report reports/mutation/<module>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgsOr } from './mutation/args.mjs';
import { firstLine } from './mutation/first-line.mjs';
import { sharedEnv } from './mutation/shared-env.mjs';

const { values, positionals } = parseArgsOr('mutate-module', { options: { 'dry-run': { type: 'boolean' }, 'ignore-static': { type: 'boolean' }, incremental: { type: 'boolean' }, part: { type: 'string' } }, allowPositionals: true });
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`mutate-module: ${file} in ${process.cwd()}: ${firstLine(e)} (run it from the repository's root)`);
    process.exit(2);
  }
};
const modules = read('tools/mutation/modules.json');
const names = Object.keys(modules).filter((k) => !k.startsWith('$'));
const name = positionals[0];
if (positionals.length !== 1 || !names.includes(name)) {
  console.error(`mutate-module: expected one module name, one of ${names.join(', ')}; found ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  process.exit(2);
}
const mod = modules[name];
const parts = Object.keys(mod.parts ?? {});
const part = values.part;
if (part !== undefined && !parts.includes(part)) {
  console.error(`mutate-module: module '${name}' has ${parts.length === 0 ? 'no parts' : `the parts ${parts.join(', ')}`}; found --part ${part}`);
  process.exit(2);
}
const label = part === undefined ? name : `${name}-${part}`;
const mutate = part === undefined ? mod.mutate : mod.parts[part];
const base = read('stryker.config.json');
const config = {
  ...base,
  _comment: `Written by tools/mutate-module.mjs for module '${label}': do not edit.`,
  vitest: { configFile: 'tools/mutation/vitest.config.ts', related: false },
  mutate,
  // progress-append-only: a line every few seconds with the count tested and the time left (logs, not a TTY)
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${label}.json` },
  // A module's unit tests run in seconds: a mutant still running 10 s past its tests' own time
  // (x1.5) loops forever. The full suite's 60 s would cost a minute for each such mutant.
  timeoutMS: 10000,
  ...(values['ignore-static'] ? { ignoreStatic: true } : {}),
  ...(values.incremental ? { incremental: true, incrementalFile: `reports/mutation/${label}.json` } : {}),
};
delete config.$schema;
delete config.$comment;
mkdirSync('reports/mutation', { recursive: true });
const file = `reports/mutation/${label}.stryker.json`;
writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
console.log(`mutate-module: ${label}: mutants of ${mutate.join(', ')}${values['ignore-static'] ? ' (static ones ignored)' : ''}; tests ${mod.tests.join(', ')} (${file})`);
if (values.incremental) console.log(`mutate-module: incremental: the results of reports/mutation/${label}.json are kept where their code and tests did not change`);
const extraEnv = sharedEnv();
if (extraEnv.MF_SHARED_DIR) console.log(`mutate-module: the tests read ../shared from ${extraEnv.MF_SHARED_DIR} (MF_SHARED_DIR)`);
if (values['dry-run']) process.exit(0);
const r = spawnSync('npx', ['stryker', 'run', file], { stdio: 'inherit', env: { ...process.env, ...extraEnv, MUTATION_TESTS: mod.tests.join(',') } });
process.exit(r.status ?? 1);
