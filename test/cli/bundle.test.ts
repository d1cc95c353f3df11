/**
 * The committed bundle (dist/cli/index.js, run through bin/model-footprint.js) behaves like the
 * sources: users and CI run the bundle, not the TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO_ROOT } from '../helpers/cli.js';

const root = REPO_ROOT;
const bin = join(root, 'bin', 'model-footprint.js');

const viaSources = (argv: string[]): string => cli(...argv).out;

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'index.js')))('bundled CLI', () => {
  it('prints the same JSON report as the sources for the example', () => {
    const argv = ['analyze', 'examples/kws/kws_cnn_int8.onnx', '--format', 'json'];
    const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(viaSources(argv)));
  });

  it('exits 1 with a one-line typed error on a file that is not a model', () => {
    const r = spawnSync(process.execPath, [bin, 'analyze', 'README.md'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^LOAD ERROR E_UNKNOWN_FORMAT: README\.md: /);
  });
});
