/**
 * The licence check of the bundles (tools/licenses.ts): SPDX expressions, reviewed exceptions,
 * the packages a webpack stats file names, and the check failing on a disallowed licence and on a
 * stale notice, on a throw-away tree.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, allowedExpression, licenseProblems, packageDirs, refusal } from '../../tools/licenses.js';

describe('licence expressions', () => {
  it('OR needs one allowed side, AND needs every side', () => {
    expect(allowedExpression('MIT')).toBe(true);
    expect(allowedExpression('GPL-3.0-only')).toBe(false);
    expect(allowedExpression('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(allowedExpression('(Apache-2.0 AND BSD-3-Clause)')).toBe(true);
    expect(allowedExpression('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(allowedExpression('')).toBe(false);
  });

  it('a disallowed or missing licence is refused with the package named; a reviewed package passes', () => {
    expect(refusal({ name: 'x', version: '1.0.0', license: 'GPL-3.0-only', text: '', dir: '' })).toMatch(/^x@1\.0\.0: licence 'GPL-3\.0-only' is not in the allow-list/);
    expect(refusal({ name: 'y', version: '2.0.0', license: '', text: '', dir: '' })).toMatch(/^y@2\.0\.0: no licence declared/);
    expect(refusal({ name: 'buffers', version: '0.1.1', license: '', text: '', dir: '' })).toBeUndefined();
    expect(refusal({ name: 'buffers', version: '0.1.2', license: '', text: '', dir: '' })).toBeDefined(); // a new version needs a new review
  });
});

function tree(license: string) {
  const root = mkdtempSync(join(tmpdir(), 'mf-lic-'));
  const pkg = (dir: string, name: string, lic: string) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: lic }));
    writeFileSync(join(root, dir, 'LICENSE'), `${lic} text of ${name}`);
  };
  pkg('node_modules/a', 'a', 'MIT');
  pkg('node_modules/a/node_modules/@s/b', '@s/b', license);
  mkdirSync(join(root, 'build'), { recursive: true });
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  const stats = { modules: [{ name: './node_modules/a/index.js', modules: [{ identifier: `json|${root}/node_modules/a/node_modules/@s/b/package.json` }] }, { name: './src/x.ts' }] };
  writeFileSync(join(root, 'build', 'ncc-stats-action.json'), JSON.stringify(stats));
  writeFileSync(join(root, 'build', 'ncc-stats-cli.json'), JSON.stringify({ modules: [{ name: './node_modules/a/index.js' }] }));
  return root;
}

describe('the check on a bundle tree', () => {
  it('finds the innermost package of each bundled module', () => {
    const root = tree('ISC');
    const stats = { modules: [{ name: './node_modules/a/index.js', modules: [{ identifier: `json|${root}/node_modules/a/node_modules/@s/b/package.json` }] }] };
    expect(packageDirs(stats, root)).toEqual([join(root, 'node_modules/a'), join(root, 'node_modules/a/node_modules/@s/b')]);
  });

  it('passes once written, fails on a stale notice and on a disallowed licence', () => {
    const root = tree('ISC');
    expect(licenseProblems(root, false)).toEqual(['dist/licenses.txt is stale: run npm run bundle', 'dist/cli/licenses.txt is stale: run npm run bundle']);
    expect(licenseProblems(root, true)).toEqual([]);
    expect(licenseProblems(root, false)).toEqual([]);
    const bad = tree('GPL-3.0-only');
    licenseProblems(bad, true);
    expect(licenseProblems(bad, false)).toEqual([`dist/licenses.txt: @s/b@1.0.0: licence 'GPL-3.0-only' is not in the allow-list (${ALLOWED.join(', ')})`]);
  });
});
