/**
 * Every command the README shows is run: the ```sh block at its top (except the two CI itself runs
 * first: `npm ci` and `npm test`, which would recurse here) and every inline `node bin/...` and
 * `npm run ...` command of the prose. Scripts too slow or too invasive for a test (`check:gen`,
 * `bundle`, `check:dist`) must be run by .ci/run; benchmarks, long fuzzing, downloads and mutation runs
 * are left to the user, and said so.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const ciRun = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** `a && b  # comment` lines of the ```sh blocks, split into commands. */
function shellCommands(): string[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((b) => b.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean).flatMap((l) => l.split(/\s*&&\s*/));
}

const inline = [...readme.matchAll(/`((?:node bin\/model-footprint\.js|npm run) [^`]+)`/g)].map((m) => m[1] ?? '');
const RUN_BY_CI = ['npm ci', 'npm test'];
const IN_CI_RUN = ['npm run check:gen', 'npm run bundle', 'npm run check:dist'];
// Minutes of work each: a benchmark on a 256 MB model and long fuzzing campaigns (the tests run a
// bounded campaign on the same code, test/fuzz/campaign.test.ts, and replay its findings).
// Downloads and mutation runs: their tools are tested on a local HTTP server and in throw-away git
// repositories (test/tools/fetch-corpus.test.ts, test/tools/mutate-changed.test.ts, test/tools/mutate-module.test.ts,
// test/tools/mutate-recheck.test.ts).
const USER_ONLY = [
  'npm run bench', 'npm run fuzz -- --count 100000', 'npm run fuzz -- --replay SEED --file FILE',
  'npm run fetch:corpus', 'npm run fetch:corpus -- --generate', 'npm run mutate', 'npm run mutate:changed -- --base origin/main',
  'npm run mutate:module -- rules', 'npm run mutate:recheck -- reports/mutation/rules.json',
];

const all = [...new Set([...shellCommands(), ...inline])];

describe('README commands', () => {
  it('the top block is the two commands a newcomer runs, and CI runs them first', () => {
    expect(shellCommands()).toEqual(['npm ci', 'npm run example', 'npm test']);
    expect(ciRun).toMatch(/npm ci\b/);
    expect(ciRun).toMatch(/^npm test$/m);
  });

  it.each(all.filter((c) => ![...RUN_BY_CI, ...IN_CI_RUN, ...USER_ONLY].includes(c)))('%s', (command) => {
    const r = spawnSync('sh', ['-c', command], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('every other npm script the README names exists, and CI runs the ones that check something', () => {
    for (const c of all.filter((x) => x.startsWith('npm run '))) expect(scripts[c.split(' ')[2] ?? ''], c).toBeDefined();
    for (const c of IN_CI_RUN) {
      expect(all).toContain(c);
      // check:dist runs bundle; the others are lines of .ci/run.
      expect(ciRun.includes(c) || (c === 'npm run bundle' && ciRun.includes('npm run check:dist') && scripts['check:dist']?.includes('npm run bundle'))).toBe(true);
    }
  });
});
