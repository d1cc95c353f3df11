/**
 * Runs the BUNDLED action (dist/index.js) as a runner does: a child process with INPUT_* variables,
 * a pull_request event payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a real git work tree,
 * and the API and results-service URLs pointing at the local FakeGitHub.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeGitHub } from './fake-github.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundle = join(root, 'dist', 'index.js');
export const kws = (name: string): Buffer => readFileSync(join(root, 'examples', 'kws', name));

const newestMtime = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
  const p = join(dir, d.name);
  return Math.max(m, d.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
}, 0);

/**
 * The tests run the committed bundle (CI then rebuilds and diffs it: `check:dist`). When a source
 * file is newer than the bundle (a developer's edit), it is rebuilt first so the test sees the edit
 * (MODEL_FOOTPRINT_REBUILD=1 always rebuilds, =0 never does).
 */
export function ensureBundle(): void {
  const flag = process.env['MODEL_FOOTPRINT_REBUILD'];
  const stale = (): boolean => !existsSync(bundle) || newestMtime(join(root, 'src')) > statSync(bundle).mtimeMs + 2000;
  if (flag === '0' || (flag !== '1' && !stale())) return;
  // Test files run in parallel: one builds, the others wait for it (a folder as the lock).
  const lock = join(root, 'build', '.bundle-action.lock');
  mkdirSync(join(root, 'build'), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch (e: unknown) {
      if ((e as { code?: string }).code !== 'EEXIST' || waited > 600_000) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (flag === '1' || stale()) execFileSync('npm', ['run', '-s', 'bundle:action'], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
}

export type Files = Record<string, Buffer | string | null>;

/** A repository with a base commit (on main) and a head commit (on pr) applying `head` (null deletes). */
export function makeRepo(base: Files, head: Files, renames: [string, string][] = []): { dir: string; baseSha: string; headSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mf-action-repo-'));
  gitIn(dir, 'init', '-q', '-b', 'main');
  const write = (files: Files): void => {
    for (const [p, data] of Object.entries(files)) {
      if (data === null) { gitIn(dir, 'rm', '-q', '--', p); continue; }
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), data);
    }
  };
  write({ 'README.md': 'repo\n', ...base });
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'base');
  const baseSha = gitIn(dir, 'rev-parse', 'HEAD');
  gitIn(dir, 'checkout', '-q', '-b', 'pr');
  for (const [from, to] of renames) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    gitIn(dir, 'mv', from, to);
  }
  write(head);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, baseSha, headSha: gitIn(dir, 'rev-parse', 'HEAD') };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `name<<delimiter\nvalue\ndelimiter` records, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

const fakeJwt = (): string => {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:run-backend:job-backend' })}.sig`;
};

export interface RunOptions {
  inputs?: Record<string, string>;
  pr?: { number: number; baseSha: string; headSha: string; fork?: boolean } | undefined;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
}

/** Runs dist/index.js in `workspace` against `gh`. */
export async function runBundle(workspace: string, gh: FakeGitHub, opts: RunOptions = {}): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'mf-action-run-'));
  const files = { event: join(tmp, 'event.json'), output: join(tmp, 'output'), summary: join(tmp, 'summary.md') };
  const pr = opts.pr;
  const payload = opts.payload ?? (pr ? {
    action: 'synchronize', number: pr.number,
    pull_request: {
      number: pr.number,
      base: { sha: pr.baseSha, ref: 'main', repo: { full_name: 'o/r' } },
      head: { sha: pr.headSha, ref: 'pr', repo: { full_name: pr.fork ? 'fork/r' : 'o/r', fork: pr.fork === true } },
    },
    repository: { full_name: 'o/r' },
  } : {});
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmp,
    GITHUB_ACTIONS: 'true', CI: 'true', RUNNER_TEMP: tmp,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request', GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: gh.url,
    ACTIONS_RUNTIME_TOKEN: fakeJwt(), ACTIONS_RESULTS_URL: `${gh.url}/`, ACTIONS_CACHE_SERVICE_V2: 'true',
    'INPUT_GITHUB-TOKEN': 'ghs_fake', 'INPUT_MODELS': '**/*.onnx',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}
