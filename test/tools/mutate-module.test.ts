/**
 * tools/mutate-module.mjs (one core module's mutation run, issue 19): the configuration it writes
 * from stryker.config.json and tools/mutation/modules.json, its refusals, and the module table's
 * consistency with the project (every core glob in one module, every test glob matching files).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';

const script = resolve('tools/mutate-module.mjs');
const modules = JSON.parse(readFileSync('tools/mutation/modules.json', 'utf8')) as Record<string, { mutate: string[]; tests: string[]; parts?: Record<string, string[]> }>;
const names = Object.keys(modules).filter((k) => !k.startsWith('$'));

function run(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'mf-mutmod-'));
  mkdirSync(join(dir, 'tools/mutation'), { recursive: true });
  cpSync('tools/mutation/modules.json', join(dir, 'tools/mutation/modules.json'));
  cpSync('stryker.config.json', join(dir, 'stryker.config.json'));
  const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });
  return { dir, status: r.status, out: r.stdout + r.stderr };
}

describe('mutate-module', () => {
  it('writes the module\'s configuration: its globs, the per-module vitest config, its own report', () => {
    const { dir, status, out } = run('rules', '--dry-run');
    expect(status).toBe(0);
    expect(out).toBe(`mutate-module: rules: mutants of src/targets/rules/**/*.ts; tests ${modules['rules']?.tests.join(', ')} (reports/mutation/rules.stryker.json)\n`);
    const config = JSON.parse(readFileSync(join(dir, 'reports/mutation/rules.stryker.json'), 'utf8')) as Record<string, unknown>;
    const base = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({
      testRunner: base['testRunner'], coverageAnalysis: base['coverageAnalysis'], concurrency: base['concurrency'],
      vitest: { configFile: 'tools/mutation/vitest.config.ts', related: false },
      mutate: ['src/targets/rules/**/*.ts'], jsonReporter: { fileName: 'reports/mutation/rules.json' },
      reporters: ['clear-text', 'progress-append-only', 'json'], timeoutMS: 10000,
    });
  });

  it('--ignore-static sets Stryker\'s ignoreStatic and says so', () => {
    const { dir, out } = run('ops', '--ignore-static', '--dry-run');
    expect(out).toContain('mutate-module: ops: mutants of src/ops/**/*.ts (static ones ignored); tests');
    expect(JSON.parse(readFileSync(join(dir, 'reports/mutation/ops.stryker.json'), 'utf8'))).toMatchObject({ ignoreStatic: true });
    expect(JSON.parse(readFileSync(join(run('ops', '--dry-run').dir, 'reports/mutation/ops.stryker.json'), 'utf8'))).not.toHaveProperty('ignoreStatic');
  });

  it('--incremental starts from the module\'s own last report, and says so', () => {
    const { dir, out } = run('ops', '--part', 'ml', '--incremental', '--dry-run');
    expect(out.split('\n')[1]).toBe('mutate-module: incremental: the results of reports/mutation/ops-ml.json are kept where their code and tests did not change');
    expect(JSON.parse(readFileSync(join(dir, 'reports/mutation/ops-ml.stryker.json'), 'utf8'))).toMatchObject({ incremental: true, incrementalFile: 'reports/mutation/ops-ml.json', jsonReporter: { fileName: 'reports/mutation/ops-ml.json' } });
    expect(JSON.parse(readFileSync(join(run('ops', '--dry-run').dir, 'reports/mutation/ops.stryker.json'), 'utf8'))).not.toHaveProperty('incremental');
  });

  it('refuses an unknown module, none, or two, naming the choices', () => {
    const choices = `one of ${names.join(', ')}`;
    expect(run('nope', '--dry-run')).toMatchObject({ status: 2, out: `mutate-module: expected one module name, ${choices}; found nope\n` });
    expect(run('--dry-run')).toMatchObject({ status: 2, out: `mutate-module: expected one module name, ${choices}; found none\n` });
    expect(run('ops', 'diff', '--dry-run').out).toContain('found ops diff');
    // An unknown option: node's parseArgs sentence, one line, no stack trace (tools/mutation/args.mjs, shared by the three tools).
    expect(run('ops', '--help')).toMatchObject({ status: 2, out: expect.stringMatching(/^mutate-module: Unknown option '--help'\.[^\n]*\n$/) as unknown });
  });

  it('the modules cover exactly stryker.config.json\'s core globs; every test glob matches a test file', () => {
    const core = (JSON.parse(readFileSync('stryker.config.json', 'utf8')) as { mutate: string[] }).mutate;
    expect(names.flatMap((n) => modules[n]?.mutate ?? []).sort()).toEqual([...core].sort());
    const files = (readdirSync('test', { recursive: true }) as string[]).map((f) => `test/${f.split('\\').join('/')}`);
    for (const n of names) for (const g of modules[n]?.tests ?? []) expect(files.filter((f) => picomatch(g)(f)).length, `${n}: ${g}`).toBeGreaterThan(0);
  });

  it('a module\'s parts partition its files: each source file in exactly one part', () => {
    const src = (readdirSync('src', { recursive: true }) as string[]).map((f) => `src/${f.split('\\').join('/')}`).filter((f) => f.endsWith('.ts'));
    const withParts = names.filter((n) => modules[n]?.parts !== undefined);
    expect(withParts).toEqual(['ops']);
    for (const n of withParts) {
      const mod = modules[n];
      const inModule = src.filter((f) => (mod?.mutate ?? []).some((g) => picomatch(g)(f)));
      expect(inModule.length).toBeGreaterThan(20);
      const owners = (f: string) => Object.entries(mod?.parts ?? {}).filter(([, globs]) => globs.some((g) => picomatch(g)(f))).map(([p]) => p);
      expect(inModule.filter((f) => owners(f).length !== 1).map((f) => `${f}: ${owners(f).join(', ') || 'no part'}`)).toEqual([]);
    }
  });

  it('--part mutates one part and names its report after it; a part the module lacks is refused', () => {
    const { dir, status, out } = run('ops', '--part', 'ml', '--dry-run');
    expect(status).toBe(0);
    expect(out).toContain(`mutate-module: ops-ml: mutants of ${modules['ops']?.parts?.['ml']?.join(', ')}; tests `);
    expect(JSON.parse(readFileSync(join(dir, 'reports/mutation/ops-ml.stryker.json'), 'utf8'))).toMatchObject({
      mutate: modules['ops']?.parts?.['ml'], jsonReporter: { fileName: 'reports/mutation/ops-ml.json' },
    });
    expect(run('ops', '--part', 'all', '--dry-run')).toMatchObject({ status: 2, out: "mutate-module: module 'ops' has the parts shapes, compute, ml; found --part all\n" });
    expect(run('rules', '--part', 'ml', '--dry-run')).toMatchObject({ status: 2, out: "mutate-module: module 'rules' has no parts; found --part ml\n" });
  });
});

describe('the corpus in the sandbox', () => {
  it('names ../shared to the tests through MF_SHARED_DIR when it is beside the repository, and says so', () => {
    const parent = mkdtempSync(join(tmpdir(), 'mf-mutshared-'));
    const repo = join(parent, 'repo');
    mkdirSync(join(repo, 'tools/mutation'), { recursive: true });
    mkdirSync(join(parent, 'shared'));
    cpSync('tools/mutation/modules.json', join(repo, 'tools/mutation/modules.json'));
    cpSync('stryker.config.json', join(repo, 'stryker.config.json'));
    const r = spawnSync(process.execPath, [script, 'memory', '--dry-run'], { cwd: repo, encoding: 'utf8', env: { ...process.env, MF_SHARED_DIR: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(`mutate-module: the tests read ../shared from ${join(parent, 'shared')} (MF_SHARED_DIR)`);
    // without a ../shared beside it, nothing is named
    expect(run('memory', '--dry-run').out).not.toContain('MF_SHARED_DIR');
  });

  it("the tests' helpers take MF_SHARED_DIR over ../shared", () => {
    const code = "import('./test/helpers/shared.ts').then((m) => console.log(m.SHARED_DIR, m.MODELS_DIR))";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', env: { ...process.env, MF_SHARED_DIR: '/somewhere/else' } });
    expect(r.stdout.trim()).toBe('/somewhere/else /somewhere/else/models');
    const d = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', env: { ...process.env, MF_SHARED_DIR: '' } });
    expect(d.stdout.trim()).toBe(`${resolve('..', 'shared')} ${resolve('..', 'shared', 'models')}`);
  });
});
