/**
 * tools/fetch-reference.ts against a real HTTP server standing in for raw.githubusercontent.com:
 * a file is written only with its listed size and digest, kept when already there, a 404 is not
 * retried, a body longer than listed is cut off, and an unreachable host stops the run.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveLocally } from '../helpers/local-server.js';
import { fetchAll, fetchOne, referenceFiles, type ReferenceFile } from '../../tools/fetch-reference.js';

const body = Buffer.from('BlazeFace stand-in bytes\n');
const digest = createHash('sha256').update(body).digest('hex');
const file = (over: Partial<ReferenceFile> = {}): ReferenceFile => ({ name: 'r/model.tflite', repo: 'o/r', commit: 'c0ffee', path: 'Model/m.tflite', bytes: body.length, sha256: digest, ...over });

const hits = new Map<string, number>();
const server = serveLocally(() => (req, res) => {
  const url = req.url ?? '';
  hits.set(url, (hits.get(url) ?? 0) + 1);
  if (url === '/o/r/c0ffee/Model/m.tflite') res.end(body);
  else if (url === '/o/r/c0ffee/Model/long.tflite') res.end(Buffer.concat([body, body]));
  else if (url === '/o/r/c0ffee/Model/flaky.tflite' && (hits.get(url) ?? 0) < 2) { res.statusCode = 503; res.end(); }
  else if (url === '/o/r/c0ffee/Model/flaky.tflite') res.end(body);
  else { res.statusCode = 404; res.end(); }
});

describe('fetch-reference', () => {
  it('every listed file names a pinned 40-hex commit, a size and a sha256', () => {
    const files = referenceFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.bytes).toBeGreaterThan(0);
    }
  });

  it('writes a file with the listed size and digest, then keeps it without a second request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-ref-'));
    expect(await fetchOne(file(), dir, server.base, 0)).toBeUndefined();
    expect(readFileSync(join(dir, 'r/model.tflite'))).toEqual(body);
    const before = hits.get('/o/r/c0ffee/Model/m.tflite');
    expect(await fetchOne(file(), dir, server.base, 0)).toBeUndefined();
    expect(hits.get('/o/r/c0ffee/Model/m.tflite')).toBe(before);
  });

  it('a wrong digest is refused with expected and found, and nothing is written; a stale file is replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-ref-'));
    const bad = file({ sha256: '0'.repeat(64) });
    expect(await fetchOne(bad, dir, server.base, 0)).toBe(`r/model.tflite: expected ${body.length} bytes with sha256 ${'0'.repeat(64)}, found ${body.length} bytes with sha256 ${digest} (${server.base}/o/r/c0ffee/Model/m.tflite)`);
    expect(existsSync(join(dir, 'r/model.tflite'))).toBe(false);
    const stale = mkdtempSync(join(tmpdir(), 'mf-ref-'));
    await fetchOne(file(), stale, server.base, 0);
    writeFileSync(join(stale, 'r/model.tflite'), 'tampered');
    expect(await fetchOne(file(), stale, server.base, 0)).toBeUndefined();
    expect(readFileSync(join(stale, 'r/model.tflite'))).toEqual(body);
  });

  it('a body longer than listed is cut off at the limit; a 404 is not retried; a 503 is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-ref-'));
    expect(await fetchOne(file({ path: 'Model/long.tflite' }), dir, server.base, 3)).toMatch(/more than the 25 bytes listed for r\/model\.tflite$/);
    expect(hits.get('/o/r/c0ffee/Model/long.tflite')).toBe(1);
    expect(await fetchOne(file({ path: 'Model/none.tflite' }), dir, server.base, 3)).toBe(`r/model.tflite: ${server.base}/o/r/c0ffee/Model/none.tflite: 404 not found`);
    expect(hits.get('/o/r/c0ffee/Model/none.tflite')).toBe(1);
    expect(await fetchOne(file({ path: 'Model/flaky.tflite' }), dir, server.base, 3)).toBeUndefined();
    expect(hits.get('/o/r/c0ffee/Model/flaky.tflite')).toBe(2);
  });

  it('after a failed download the remaining files are not tried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-ref-'));
    const files = [file({ name: 'a', path: 'Model/none.tflite' }), file({ name: 'b' })];
    expect(await fetchAll(dir, server.base, 0, files)).toEqual([`a: ${server.base}/o/r/c0ffee/Model/none.tflite: 404 not found`, 'b: not tried (the previous download failed)']);
  });
});
