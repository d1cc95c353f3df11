/** Temporary git repositories for the git and diff tests (the real git binary, no mocks). */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function example(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, 'examples', 'kws', name)));
}

export class TempRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'mf-git-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  write(path: string, bytes: Uint8Array | string): void {
    const p = join(this.dir, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path));
  }

  /** Stages everything and commits; returns the commit SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A Git LFS pointer file as `git lfs` writes it. */
export function lfsPointerText(size = 123456): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize ${size}\n`;
}

/**
 * A `git` to put first on PATH that runs `script` (sh: $REAL is the real git, $LOG an empty log file
 * the script may write): `path` is the PATH value with it first.
 */
export function gitShim(script: string): { log: string; path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mf-git-shim-'));
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nREAL="${realGit}"\nLOG="${log}"\n${script}\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return { log, path: `${dir}:${process.env['PATH'] ?? ''}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
