/**
 * The committed bundle (dist/cli/index.js, run through bin/model-footprint.js) behaves like the
 * sources: users and CI run the bundle, not the TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliIn, REPO_ROOT } from '../helpers/cli.js';

const root = REPO_ROOT;
const bin = join(root, 'bin', 'model-footprint.js');

const viaSources = async (argv: string[]): Promise<string> => (await cli(...argv)).out;

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'index.js')))('bundled CLI', () => {
  it('prints the same JSON report as the sources for the example', async () => {
    const argv = ['analyze', 'examples/kws/kws_cnn_int8.onnx', '--format', 'json'];
    const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(await viaSources(argv)));
  });

  it('--help and --version (answered by the entry, without the analyzer) print what the sources print', async () => {
    for (const argv of [['--help'], ['--version'], ['analyze', '-h'], []]) {
      const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });
      expect(r.status, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toBe(await viaSources(argv));
    }
  });

  it('exits 1 with a one-line typed error on a file that is not a model', async () => {
    const r = spawnSync(process.execPath, [bin, 'analyze', 'README.md'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^LOAD ERROR E_UNKNOWN_FORMAT: README\.md: /);
  });

  it('a reader that stops early (`| head`): the CLI stops quietly, status 0, no trace', async () => {
    const { spawn } = await import('node:child_process');
    // ten reports of the example: about 170 kB of JSON, more than a pipe holds
    const argv = [bin, 'analyze', ...Array.from({ length: 10 }, () => 'examples/kws/kws_cnn_int8.onnx'), '--format', 'json'];
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('diff outside a git repository, and with a bad option, exits at once with its error: the worker the entry started does not hold the process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nogit-'));
    try {
      for (const [argv, code, line] of [
        [['diff', '--base', 'main'], 1, /^CLI ERROR E_GIT: /],
        [['diff', '--bogus'], 2, /^CLI ERROR E_USAGE: /],
      ] as const) {
        const r = spawnSync(process.execPath, [bin, ...argv], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        expect(r.signal, argv.join(' ')).toBeNull(); // not killed by the timeout
        expect(r.status, argv.join(' ')).toBe(code);
        expect(r.stderr).toMatch(line);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'index.js')))('bundled CLI: what each thread loads', () => {
  const dist = join(root, 'dist', 'cli');
  /** The chunk files the bundle loads for the import whose line holds `call` (webpack's `.e(id)` list). */
  const chunksFor = (call: string): string[] => {
    const line = readdirSync(dist).filter((f) => f.endsWith('.js')).flatMap((f) => readFileSync(join(dist, f), 'utf8').split('\n')).find((l) => l.includes(call));
    expect(line, call).toBeDefined();
    return [...(line as string).matchAll(/\.e\((?:\/\* import\(\) \*\/ )?(\d+)\)/g)].map((m) => `${m[1] as string}.index.js`);
  };
  /** The source modules (readers, schemas, passes) the chunks hold, by webpack's module comments. */
  const heavy = (chunks: string[]): string[] => chunks.flatMap((c) => [...readFileSync(join(dist, c), 'utf8').matchAll(/CONCATENATED MODULE: \.\/src\/(frontends\/[a-z]+\/index\.ts|schemas\/[^\s]+|analyze\.ts|passes\/pipeline\.ts)/g)].map((m) => m[1] as string));

  it("diff's main thread loads no model reader, schema or pass (its analysis worker does): git and the comment only", () => {
    const main = [...chunksFor(').start('), ...chunksFor(').runDiff(')];
    expect(heavy(main)).toEqual([]);
    const worker = chunksFor(').serveAnalysisWorker(');
    expect(heavy(worker)).toEqual(expect.arrayContaining(['frontends/onnx/index.ts', 'frontends/tflite/index.ts', 'analyze.ts', 'passes/pipeline.ts']));
  });
});

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'index.js')))('bundled CLI diff: worker threads and the blob spool', () => {
  it('six changed models: the same JSON as the sources (inline), the six base blobs sized by one git process and written by one', async () => {
    const { TempRepo, example, gitShim } = await import('../git/repo.js');
    const { readFileSync } = await import('node:fs');
    const repo = new TempRepo();
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const n of names) repo.write(`models/${n}.onnx`, example('kws_cnn_int8.onnx'));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    for (const n of names) repo.write(`models/${n}.onnx`, example('kws_cnn_int8_v2.onnx'));
    repo.commit('head');
    // Every git process the bundle starts goes through this shim, which logs its arguments.
    const shim = gitShim('echo "$*" >> "$LOG"\nexec "$REAL" "$@"');
    const log = shim.log;
    const argv = ['diff', '--base', 'main', '--format', 'json'];
    const r = spawnSync(process.execPath, [bin, ...argv], {
      cwd: repo.dir, encoding: 'utf8', env: { ...process.env, PATH: shim.path, MODEL_FOOTPRINT_THREADS: '2' },
    });
    expect(r.status, r.stderr).toBe(0);
    const viaInline = await cliIn(repo.dir, ...argv);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(viaInline.out));
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    // rev-parse x3 (top folder, head, base), merge-base, diff, one cat-file --batch-check sizing the six
    // base blobs, and one cat-file --batch writing them (together under GROUP_FIRST_BYTES: one group).
    expect(calls.filter((c) => c.includes('cat-file'))).toEqual([`-C ${repo.dir} cat-file --batch-check`, `-C ${repo.dir} cat-file --batch`]);
    expect(calls).toHaveLength(7);
    shim.remove();
    repo.cleanup();
  });
});

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'index.js')))('bundled CLI under an address-space limit (ulimit -v, common in CI sandboxes)', () => {
  it('a Keras file gets one typed line, no JavaScript stack trace; the ONNX file beside it is analyzed', async () => {
    const { kerasH5, sequential, input, layer } = await import('../builders/keras.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mf-ulimit-'));
    const h5 = join(dir, 'm.h5');
    writeFileSync(h5, kerasH5({ config: sequential([input('x', [null, 4]), layer('Dense', 'd', { units: 2 }, 'x')]), weights: { d: [['d/kernel:0', [4, 2]], ['d/bias:0', [2]]] } }));
    // 4 GB of address space: enough for Node, not for the HDF5 WebAssembly memory reservation.
    const r = spawnSync('sh', ['-c', `ulimit -v 4000000 && exec "${process.execPath}" "${bin}" analyze "${h5}" examples/kws/kws_cnn_int8.onnx`], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^CLI ERROR E_RESOURCE: .*m\.h5: HDF5 support \(the HDF5 library in WebAssembly\) could not start, so Keras files cannot be read: RangeError: /);
    expect(r.stderr).not.toMatch(/\n\s+at |Aborted\(|failed to asynchronously/);
    expect(r.stdout).toContain('kws_cnn_int8.onnx');
  });
});
