/** BlobBatch: many blobs through one `git cat-file --batch`, answers matched to requests in order. */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobBatch } from '../../src/git/index.js';
import { TempRepo } from './repo.js';

describe('BlobBatch', () => {
  const repo = new TempRepo();
  // 3 MiB: larger than one pipe read, so the content arrives in many chunks.
  const big = randomBytes(3 * 1024 * 1024);
  repo.write('big.bin', big);
  repo.write('empty.bin', new Uint8Array(0));
  repo.write('nl.bin', '\n\n');
  repo.write('dir/small.txt', 'small\n');
  repo.commit('blobs');
  const id = (path: string): string => repo.git('rev-parse', `HEAD:${path}`);
  afterAll(() => repo.cleanup());

  it('reads many blobs, requested at once, each with its own bytes', async () => {
    const b = new BlobBatch(repo.dir);
    const [x, e, nl, s, x2] = await Promise.all([id('big.bin'), id('empty.bin'), id('nl.bin'), id('dir/small.txt'), id('big.bin')].map((i) => b.read(i)));
    b.close();
    expect(Buffer.from(x as Uint8Array).equals(big)).toBe(true);
    expect(x2?.length).toBe(big.length);
    expect(e?.length).toBe(0);
    expect(Buffer.from(nl as Uint8Array).toString()).toBe('\n\n'); // content ending in LF: the answer's own LF is not part of it
    expect(Buffer.from(s as Uint8Array).toString()).toBe('small\n');
  });

  it('a missing object, a tree and a malformed id fail with E_GIT; the reads after them still work', async () => {
    const b = new BlobBatch(repo.dir);
    const missing = b.read('0123456789abcdef0123456789abcdef01234567');
    const tree = b.read(id('dir'));
    const after = b.read(id('dir/small.txt'));
    await expect(missing).rejects.toMatchObject({ code: 'E_GIT', message: expect.stringMatching(/0123456789abcdef0123456789abcdef01234567 is not in the repository/) as unknown as string });
    await expect(tree).rejects.toMatchObject({ code: 'E_GIT', message: expect.stringMatching(/is a tree, not a file/) as unknown as string });
    expect(Buffer.from(await after).toString()).toBe('small\n');
    await expect(b.read('HEAD:big.bin')).rejects.toMatchObject({ code: 'E_GIT', message: "'HEAD:big.bin' is not a full object id" });
    b.close();
  });

  it('a blob over the size limit is refused with E_LIMIT (never allocated), and the reads around it still work', async () => {
    const b = new BlobBatch(repo.dir, 1024 * 1024);
    const [before, tooBig, after] = [b.read(id('dir/small.txt')), b.read(id('big.bin')), b.read(id('nl.bin'))];
    expect(Buffer.from(await before).toString()).toBe('small\n');
    await expect(tooBig).rejects.toMatchObject({ code: 'E_LIMIT', message: `object ${id('big.bin')} is 3,145,728 bytes; the limit is 1,048,576` });
    expect(Buffer.from(await after).toString()).toBe('\n\n');
    b.close();
  });

  it.each([[5, 'refused'], [6, 'read'], [7, 'read']] as const)('a 6-byte blob with a limit of %i bytes is %s', async (limit, outcome) => {
    const b = new BlobBatch(repo.dir, limit);
    const got = await b.read(id('dir/small.txt')).then((x) => Buffer.from(x).toString(), (e: unknown) => (e as { code?: string }).code);
    b.close();
    expect(got).toBe(outcome === 'read' ? 'small\n' : 'E_LIMIT');
  });

  it('outside a repository: E_GIT naming the folder and git\'s message; close() fails what is pending', async () => {
    const b = new BlobBatch('/');
    await expect(b.read(id('big.bin'))).rejects.toMatchObject({ code: 'E_GIT', message: expect.stringMatching(/`git cat-file --batch` in \/ exited \(code 128\): fatal: not a git repository/) as unknown as string });
    const c = new BlobBatch(repo.dir);
    const pending = c.read(id('big.bin'));
    c.close();
    await expect(pending).rejects.toMatchObject({ code: 'E_GIT' });
  });
});
