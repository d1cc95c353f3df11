/**
 * tools/mutate-changed.mjs picks the core files (stryker.config.json's globs) changed since the
 * base, in a real git repository; with none it mutates nothing and succeeds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve('tools/mutate-changed.mjs');

function repo() {
  const dir = mkdtempSync(join(tmpdir(), 'mf-mutate-'));
  const git = (...a: string[]) => execFileSync('git', ['-C', dir, ...a], { stdio: 'pipe' });
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  put('stryker.config.json', JSON.stringify({ mutate: ['src/ops/**/*.ts', 'src/action/comment.ts'] }));
  put('src/ops/a.ts', 'export const a = 1;\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  };
  return { git, put, run };
}

describe('mutate-changed', () => {
  it('no core file changed: nothing to mutate, exit 0', () => {
    const { run } = repo();
    expect(run('--base', 'main', '--dry-run')).toEqual({ status: 0, out: 'mutate-changed: no core file changed since main: nothing to mutate\n' });
  });

  it('lists the changed and added core files only: a CLI file is not core', () => {
    const { git, put, run } = repo();
    put('src/ops/a.ts', 'export const a = 2;\n');
    put('src/ops/deep/b.ts', 'export const b = 1;\n');
    put('src/action/comment.ts', 'export const c = 1;\n');
    put('src/cli/x.ts', 'export const x = 1;\n');
    git('add', '-A');
    git('commit', '-qm', 'change');
    expect(run('--base', 'main', '--dry-run')).toEqual({ status: 0, out: 'mutate-changed: 3 core file(s) changed since main: src/action/comment.ts, src/ops/a.ts, src/ops/deep/b.ts\n' });
  });

  it('an unknown base is a clear error, exit 2', () => {
    const { run } = repo();
    const r = run('--base', 'nope', '--dry-run');
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/^mutate-changed: cannot compare with nope: /);
  });
});
