#!/usr/bin/env node
/**
 * A bounded mutation run for CI (issue 19): StrykerJS on the core files (stryker.config.json's
 * `mutate` globs) that changed between --base and HEAD, nothing else. With no core file changed it
 * says so and exits 0. The whole core (`npm run mutate`) takes hours on 2 cores; one rules file
 * about 6 minutes.
 *   node tools/mutate-changed.mjs --base origin/main [--dry-run]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { parseArgsOr } from './mutation/args.mjs';
import { firstLine } from './mutation/first-line.mjs';
import { sharedEnv } from './mutation/shared-env.mjs';

const { values } = parseArgsOr('mutate-changed', { options: { base: { type: 'string', default: 'origin/main' }, 'dry-run': { type: 'boolean' } } });
let config;
try {
  config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
} catch (e) {
  console.error(`mutate-changed: stryker.config.json in ${process.cwd()}: ${firstLine(e)} (run it from the repository's root)`);
  process.exit(2);
}
const isCore = picomatch(config.mutate.filter((g) => !g.startsWith('!')));

let changed;
try {
  changed = execFileSync('git', ['diff', '--name-only', '--diff-filter=AM', `${values.base}...HEAD`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n').filter((f) => f !== '');
} catch (e) {
  const said = typeof e?.stderr === 'string' && e.stderr.trim() !== '' ? e.stderr.trim().split('\n')[0] : String(e);
  console.error(`mutate-changed: cannot compare with ${values.base}: ${said}`);
  process.exit(2);
}
const files = changed.filter((f) => isCore(f));
if (files.length === 0) {
  console.log(`mutate-changed: no core file changed since ${values.base}: nothing to mutate`);
  process.exit(0);
}
console.log(`mutate-changed: ${files.length} core file(s) changed since ${values.base}: ${files.join(', ')}`);
if (values['dry-run']) process.exit(0);
const r = spawnSync('npx', ['stryker', 'run', '--mutate', files.join(',')], { stdio: 'inherit', env: { ...process.env, ...sharedEnv() } });
process.exit(r.status ?? 1);
