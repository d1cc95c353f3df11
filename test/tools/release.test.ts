/**
 * The release step (tools/release.mjs) in a throw-away repository with a bare "origin": a dry run
 * and a real run on a local tag, and the refusals (version mismatch, no CHANGELOG section).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOOL = resolve('tools/release.mjs');

function repo(version: string) {
  const base = mkdtempSync(join(tmpdir(), 'mf-release-'));
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['init', '-q', dir]);
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version }));
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-11-30\n\n### Fixed\n- the thing\n\n## [1.1.0] - 2026-10-01\n\n### Added\n- older\n');
  git('add', '.');
  git('commit', '-qm', 'one');
  git('remote', 'add', 'origin', origin);
  git('push', '-q', 'origin', 'HEAD:refs/heads/main');
  return { dir, origin, git };
}

const run = (dir: string, ...a: string[]) => spawnSync(process.execPath, [TOOL, ...a, '--root', dir], { encoding: 'utf8' });

describe('release step', () => {
  it('dry run: moves v1 locally to the tagged commit, writes that version\'s notes, pushes nothing', () => {
    const { dir, origin, git } = repo('1.2.0');
    git('tag', 'v1.2.0');
    const r = run(dir, 'v1.2.0', '--dry-run');
    expect(r.status, r.stderr).toBe(0);
    expect(git('rev-list', '-n', '1', 'v1')).toBe(git('rev-parse', 'HEAD'));
    expect(readFileSync(join(dir, 'build', 'release-notes.md'), 'utf8')).toBe('### Fixed\n- the thing\n');
    expect(r.stdout).toContain('would run git push --force origin refs/tags/v1');
    expect(execFileSync('git', ['tag'], { cwd: origin, encoding: 'utf8' }).trim()).toBe('');
  });

  it('a real run pushes the major tag; the next release moves it', () => {
    const { dir, origin, git } = repo('1.2.0');
    git('tag', 'v1.2.0');
    expect(run(dir, 'v1.2.0').status).toBe(0);
    const first = git('rev-parse', 'HEAD');
    expect(execFileSync('git', ['rev-list', '-n', '1', 'v1'], { cwd: origin, encoding: 'utf8' }).trim()).toBe(first);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.1' }));
    writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [1.2.1]\n\n- next\n\n${readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').split('\n').slice(2).join('\n')}`);
    git('commit', '-qam', 'two');
    git('tag', 'v1.2.1');
    expect(run(dir, 'v1.2.1').status).toBe(0);
    expect(execFileSync('git', ['rev-list', '-n', '1', 'v1'], { cwd: origin, encoding: 'utf8' }).trim()).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'HEAD')).not.toBe(first);
  });

  it('refuses a tag that is not the package version, one without notes, and a malformed tag', () => {
    const { dir, git } = repo('1.2.0');
    git('tag', 'v1.3.0');
    expect(run(dir, 'v1.3.0').stderr).toMatch(/package.json version is 1\.2\.0, the tag says 1\.3\.0/);
    const other = repo('1.4.0');
    other.git('tag', 'v1.4.0');
    expect(run(other.dir, 'v1.4.0').stderr).toMatch(/CHANGELOG\.md has no '## \[1\.4\.0\]' section/);
    expect(run(dir, 'v1.2').stderr).toMatch(/expected a tag vMAJOR\.MINOR\.PATCH, found 'v1\.2'/);
  });
});
