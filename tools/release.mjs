#!/usr/bin/env node
// The release step (.github/workflows/release.yml runs it on a pushed vX.Y.Z tag, after checking
// that dist/ matches the sources): checks the tag against package.json and CHANGELOG.md, writes
// the release notes (that version's CHANGELOG section) to build/release-notes.md, and moves the
// major tag (v1) to the release. Usage:
//   node tools/release.mjs vX.Y.Z [--root DIR] [--remote NAME] [--dry-run]
// --dry-run moves the major tag locally and prints the push it would make.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const tag = args.find((a) => /^v/.test(a));
const root = resolve(opt('--root', resolve(dirname(fileURLToPath(import.meta.url)), '..')));
const remote = opt('--remote', 'origin');
const dry = args.includes('--dry-run');
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
const fail = (msg) => {
  console.error(`release: ${msg}`);
  process.exit(1);
};

const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag ?? '');
if (!m) fail(`expected a tag vMAJOR.MINOR.PATCH, found '${tag ?? ''}'`);
const version = tag.slice(1);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.version !== version) fail(`package.json version is ${pkg.version}, the tag says ${version}`);
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\][^\\n]*$`, 'm');
const at = changelog.search(heading);
if (at < 0) fail(`CHANGELOG.md has no '## [${version}]' section`);
const rest = changelog.slice(at);
const next = rest.slice(1).search(/^## /m);
const section = (next < 0 ? rest : rest.slice(0, next + 1)).trim();
const notes = section.split('\n').slice(1).join('\n').trim();
if (notes === '') fail(`the CHANGELOG.md section of ${version} is empty`);

let commit;
try {
  commit = git('rev-list', '-n', '1', tag);
} catch {
  fail(`tag ${tag} does not exist in ${root}`);
}
const major = `v${m[1]}`;
git('tag', '-f', major, commit);
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(join(root, 'build', 'release-notes.md'), notes + '\n');
console.log(`release ${tag} at ${commit}: ${major} -> ${commit}; notes in build/release-notes.md`);
if (dry) console.log(`dry run: would run git push --force ${remote} refs/tags/${major}`);
else git('push', '--force', remote, `refs/tags/${major}`);
