/** BlobSpool: committed files written by git into a temporary folder, read in place, deleted once released. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobSpool, type SpooledBlob } from '../../src/git/index.js';
import { FileSource } from '../../src/node/file-source.js';
import { TempRepo, gitShim } from './repo.js';

/** The bytes a spooled blob stands for, read as the analysis reads them. */
function bytesOf(at: SpooledBlob): Buffer {
  const s = new FileSource(at.file, 'blob', at);
  try {
    return Buffer.from(s.read(0, s.size));
  } finally {
    s.close();
  }
}

/** Settled within `ms`? (a read held back by the ahead bound is not) */
async function settlesWithin<T>(p: Promise<T>, ms: number): Promise<boolean> {
  let done = false;
  void p.then(() => { done = true; }, () => { done = true; });
  await new Promise((r) => setTimeout(r, ms));
  return done;
}

/** Runs `fn` with a `git` first on PATH that runs `script` (gitShim); `fn` gets the shim's log file. */
async function withGit<T>(script: string, fn: (log: string) => Promise<T>): Promise<T> {
  const shim = gitShim(script);
  const path = process.env['PATH'];
  process.env['PATH'] = shim.path;
  try {
    return await fn(shim.log);
  } finally {
    process.env['PATH'] = path;
    shim.remove();
  }
}

describe('BlobSpool', () => {
  const repo = new TempRepo();
  // 3 MiB: larger than one pipe write, and than GROUP_FIRST_BYTES
  const big = randomBytes(3 * 1024 * 1024);
  repo.write('big.bin', big);
  repo.write('empty.bin', new Uint8Array(0));
  repo.write('nl.bin', '\n\n');
  repo.write('dir/small.txt', 'small\n');
  for (const n of [6, 20, 30, 60, 5]) repo.write(`sized/${n}.bin`, 'x'.repeat(n - 1) + String(n % 10));
  repo.commit('blobs');
  const id = (path: string): string => repo.git('rev-parse', `HEAD:${path}`);
  afterAll(() => repo.cleanup());

  it('reads many blobs planned at once, each its own bytes in place; the folder goes at close()', async () => {
    const ids = [id('big.bin'), id('empty.bin'), id('nl.bin'), id('dir/small.txt'), id('big.bin')];
    const s = new BlobSpool(repo.dir);
    s.plan(ids);
    const [x, e, nl, sm, x2] = await Promise.all(ids.map((i) => s.read(i)));
    expect(bytesOf(x as SpooledBlob).equals(big)).toBe(true);
    expect(x2).toEqual(x); // one id planned twice: written once
    expect(e?.size).toBe(0);
    expect(bytesOf(nl as SpooledBlob).toString()).toBe('\n\n'); // content ending in LF: the answer's own LF is not part of it
    expect(bytesOf(sm as SpooledBlob).toString()).toBe('small\n');
    const folder = dirname((x as SpooledBlob).file);
    expect(existsSync(folder)).toBe(true);
    s.close();
    expect(existsSync(folder)).toBe(false);
  });

  it('a process that exits without close() leaves no spool behind: its exit handler removes the folder', async () => {
    const { spawnSync } = await import('node:child_process');
    const { pathToFileURL } = await import('node:url');
    const { readdirSync } = await import('node:fs');
    const tmp = mkdtempSync(join(tmpdir(), 'mf-spool-exit-'));
    const spool = pathToFileURL(join(__dirname, '..', '..', 'src', 'git', 'blob-spool.ts')).href;
    // reads a blob (the folder and a group file exist), says where, and exits at once, status 3
    const code = `const { BlobSpool } = await import(${JSON.stringify(spool)});
const { existsSync } = await import('node:fs');
const s = new BlobSpool(${JSON.stringify(repo.dir)});
const at = await s.read(${JSON.stringify(id('dir/small.txt'))});
console.log(JSON.stringify({ file: at.file, existed: existsSync(at.file) }));
process.exit(3);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    expect(r.status, r.stderr).toBe(3);
    const seen = JSON.parse(r.stdout) as { file: string; existed: boolean };
    expect(seen.existed).toBe(true);
    expect(dirname(seen.file).startsWith(join(tmp, 'model-footprint-blobs-'))).toBe(true); // the spool was in TMPDIR
    expect(existsSync(dirname(seen.file))).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith('model-footprint-blobs-'))).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a missing object, a tree and a malformed id fail with E_GIT; the reads after them still work', async () => {
    const s = new BlobSpool(repo.dir);
    s.plan(['0123456789abcdef0123456789abcdef01234567', id('dir'), id('dir/small.txt')]);
    await expect(s.read('0123456789abcdef0123456789abcdef01234567')).rejects.toMatchObject({ code: 'E_GIT', message: 'object 0123456789abcdef0123456789abcdef01234567 is not in the repository' });
    await expect(s.read(id('dir'))).rejects.toMatchObject({ code: 'E_GIT', message: `object ${id('dir')} is a tree, not a file` });
    expect(bytesOf(await s.read(id('dir/small.txt'))).toString()).toBe('small\n');
    await expect(s.read('HEAD:big.bin')).rejects.toMatchObject({ code: 'E_GIT', message: "'HEAD:big.bin' is not a full object id" });
    s.close();
  });

  it('a blob over the size limit is refused with E_LIMIT and never written; the blobs around it are', async () => {
    const s = new BlobSpool(repo.dir, { maxBlobBytes: 1024 * 1024 });
    s.plan([id('dir/small.txt'), id('big.bin'), id('nl.bin')]);
    const before = await s.read(id('dir/small.txt'));
    await expect(s.read(id('big.bin'))).rejects.toMatchObject({ code: 'E_LIMIT', message: `object ${id('big.bin')} is 3,145,728 bytes; the limit is 1,048,576` });
    const after = await s.read(id('nl.bin'));
    expect(bytesOf(after).toString()).toBe('\n\n');
    expect(after.file).toBe(before.file);
    // the group file holds the two small answers only: header, 6 bytes and LF; header, 2 bytes and LF
    expect(statSync(before.file).size).toBe(`${id('dir/small.txt')} blob 6\n`.length + 7 + `${id('nl.bin')} blob 2\n`.length + 3);
    s.close();
  });

  it.each([[5, 'refused'], [6, 'read'], [7, 'read']] as const)('a 6-byte blob with a limit of %i bytes is %s', async (limit, outcome) => {
    const s = new BlobSpool(repo.dir, { maxBlobBytes: limit });
    const got = await s.read(id('dir/small.txt')).then((x) => bytesOf(x).toString(), (e: unknown) => (e as { code?: string }).code);
    s.close();
    expect(got).toBe(outcome === 'read' ? 'small\n' : 'E_LIMIT');
  });

  it('groups grow fourfold from the first size up to the largest; a blob larger than its group\'s size is a group of its own', async () => {
    // blobs of 6, 20, 30, 60 and 5 bytes; groups of 10, 40, then 50 bytes (160, capped)
    const sizes = [6, 20, 30, 60, 5];
    const s = new BlobSpool(repo.dir, { groupFirstBytes: 10, groupMaxBytes: 50 });
    const ids = sizes.map((n) => id(`sized/${n}.bin`));
    s.plan(ids);
    const at = await Promise.all(ids.map((i) => s.read(i)));
    // group 0 (10 bytes): 6, and 6 + 20 > 10; group 1 (40): 20, and 20 + 30 > 40; group 2 (50): 30, and
    // 30 + 60 > 50; group 3 (50): 60 alone (larger than a group); group 4: 5
    const groupOf = at.map((a) => a.file);
    expect(new Set(groupOf).size).toBe(5);
    at.forEach((a, i) => expect(bytesOf(a).toString()).toBe('x'.repeat((sizes[i] as number) - 1) + String((sizes[i] as number) % 10)));
    s.close();
  });

  it.each([[26, 1], [27, 1], [25, 2]] as const)('two blobs of 6 and 20 bytes with a first group of %i bytes: %i group(s)', async (first, groups) => {
    // 6 + 20 = 26 bytes: one group at and above that size, two below it
    const s = new BlobSpool(repo.dir, { groupFirstBytes: first });
    const ids = [id('sized/6.bin'), id('sized/20.bin')];
    s.plan(ids);
    const at = await Promise.all(ids.map((i) => s.read(i)));
    expect(new Set(at.map((a) => a.file)).size).toBe(groups);
    s.close();
  });

  it('writes the next group only while the groups not yet released leave room; a group\'s file goes once its reads are released', async () => {
    // one 6-byte blob per group; 10 bytes ahead: the second group waits for the first one's release
    const s = new BlobSpool(repo.dir, { groupFirstBytes: 6, groupMaxBytes: 6, aheadBytes: 10 });
    const [a, b] = [id('sized/6.bin'), id('sized/5.bin')];
    s.plan([a, a, b]); // a: read twice (two targets), released twice
    const first = await s.read(a);
    const second = s.read(b);
    expect(await settlesWithin(second, 300)).toBe(false);
    s.release(a);
    expect(existsSync(first.file)).toBe(true); // one read of a still holds it
    expect(await settlesWithin(second, 300)).toBe(false);
    s.release(a);
    expect(existsSync(first.file)).toBe(false);
    expect(bytesOf(await second).toString()).toBe('xxxx5');
    s.close();
  });

  it.each([[11, 'waits'], [12, 'is written'], [13, 'is written']] as const)('6 bytes written, not released, and %i bytes ahead: the next 6-byte group %s', async (ahead, outcome) => {
    const s = new BlobSpool(repo.dir, { groupFirstBytes: 6, groupMaxBytes: 6, aheadBytes: ahead });
    s.plan([id('sized/6.bin'), id('dir/small.txt')]);
    await s.read(id('sized/6.bin'));
    expect(await settlesWithin(s.read(id('dir/small.txt')), 300)).toBe(outcome === 'is written');
    s.close();
  });

  it('outside a repository: E_GIT naming the folder and git\'s message; close() fails what is pending', async () => {
    const s = new BlobSpool('/');
    await expect(s.read(id('big.bin'))).rejects.toMatchObject({ code: 'E_GIT', message: expect.stringMatching(/^`git cat-file --batch-check` in \/ exited \(code 128\): fatal: not a git repository/) as unknown as string });
    const c = new BlobSpool(repo.dir);
    const pending = c.read(id('big.bin'));
    c.close();
    await expect(pending).rejects.toMatchObject({ code: 'E_GIT' });
  });

  it('git writing fewer bytes than it announced: E_GIT saying so, for that group only; its room goes to the next group', async () => {
    // each `cat-file --batch` answer cut at 100 bytes
    await withGit('if [ "$4" = "--batch" ]; then "$REAL" "$@" | head -c 100; exit 0; fi\nexec "$REAL" "$@"', async () => {
      // two groups, the 3 MiB file alone first (over the 1 MiB ahead bound: written as nothing else is), then the 6-byte one
      const s = new BlobSpool(repo.dir, { aheadBytes: 1024 * 1024 });
      s.plan([id('big.bin'), id('dir/small.txt')]);
      // its answer: its header line, its content, an LF
      const total = `${id('big.bin')} blob ${big.length}\n`.length + big.length + 1;
      await expect(s.read(id('big.bin'))).rejects.toMatchObject({ code: 'E_GIT', message: `\`git cat-file --batch\` in ${repo.dir} wrote 100 bytes for 1 blob, ${total} expected` });
      // the failed group no longer counts against the bound: the next one is written (its answer under 100 bytes, whole)
      const small = s.read(id('dir/small.txt'));
      expect(await settlesWithin(small, 3000)).toBe(true);
      expect(bytesOf(await small).toString()).toBe('small\n');
      s.close();
    });
  });

  it('a header that is not the one announced: E_GIT quoting both', async () => {
    // `blob` becomes `blab` in each answer's header: the same length, so only the header check sees it
    await withGit('if [ "$4" = "--batch" ]; then "$REAL" "$@" | sed "s/ blob / blab /"; exit 0; fi\nexec "$REAL" "$@"', async () => {
      const s = new BlobSpool(repo.dir);
      await expect(s.read(id('dir/small.txt'))).rejects.toMatchObject({ code: 'E_GIT', message: `\`git cat-file --batch\` in ${repo.dir} answered "${id('dir/small.txt')} blab 6" where "${id('dir/small.txt')} blob 6" was expected` });
      s.close();
    });
  });

  it('one --batch-check for the blobs planned together, then one --batch per group, never two at once', async () => {
    const ids = [6, 20, 30, 60, 5].map((n) => id(`sized/${n}.bin`)); // (before the logging git is on PATH)
    await withGit('echo "start $4" >> "$LOG"\n"$REAL" "$@"\nrc=$?\necho "end $4" >> "$LOG"\nexit $rc', async (log) => {
      // the five groups of the sizes example above
      const s = new BlobSpool(repo.dir, { groupFirstBytes: 10, groupMaxBytes: 50 });
      s.plan(ids);
      await Promise.all(ids.map((i) => s.read(i)));
      s.close();
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines).toEqual(['start --batch-check', 'end --batch-check', ...Array.from({ length: 5 }, () => ['start --batch', 'end --batch']).flat()]);
    });
  });

  it('close() while a group is being written: its reads fail with E_GIT, the folder goes', async () => {
    await withGit('if [ "$4" = "--batch" ]; then echo written >> "$LOG"; sleep 2; fi\nexec "$REAL" "$@"', async (log) => {
      const s = new BlobSpool(repo.dir);
      const pending = s.read(id('dir/small.txt'));
      for (let i = 0; i < 100 && readFileSync(log, 'utf8') === ''; i++) await new Promise((r) => setTimeout(r, 20));
      s.close();
      await expect(pending).rejects.toMatchObject({ code: 'E_GIT', message: 'the blob spool was closed' });
    });
  });

  it('a temporary folder that cannot be made: E_TEMP for every blob, naming the cause', async () => {
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = join(repo.dir, 'no', 'such', 'folder');
    try {
      // two groups, one at a time (6 bytes ahead): each fails alike, the first giving its room back
      const s = new BlobSpool(repo.dir, { groupFirstBytes: 6, groupMaxBytes: 6, aheadBytes: 6 });
      const ids = [id('sized/6.bin'), id('sized/5.bin')];
      s.plan(ids);
      for (const i of ids) {
        const read = s.read(i);
        expect(await settlesWithin(read, 3000)).toBe(true);
        await expect(read).rejects.toMatchObject({ code: 'E_TEMP', message: expect.stringMatching(/^cannot write the base versions of the changed models to a temporary file: ENOENT: no such file or directory, mkdtemp '.*no\/such\/folder\/model-footprint-blobs-/) as unknown as string });
      }
      s.close();
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  it('a group larger than the ahead bound is still written when no other is held', async () => {
    const s = new BlobSpool(repo.dir, { aheadBytes: 4 });
    expect(bytesOf(await s.read(id('sized/6.bin'))).toString()).toBe('xxxxx6');
    s.close();
  });

  it('releases beyond an id\'s reads, of ids never planned or not yet sized, change nothing: the group stays for its other blob', async () => {
    const s = new BlobSpool(repo.dir);
    s.plan([id('sized/6.bin'), id('sized/5.bin')]); // one group
    s.plan([id('nl.bin')]);
    expect(() => s.release(id('nl.bin'))).not.toThrow(); // planned, not yet sized
    await s.read(id('sized/6.bin'));
    for (let i = 0; i < 3; i++) s.release(id('sized/6.bin'));
    s.release('0123456789abcdef0123456789abcdef01234567');
    expect(bytesOf(await s.read(id('sized/5.bin'))).toString()).toBe('xxxx5');
    s.close();
  });

  it('a group released before it is written is deleted once written, and gives its room to the next', async () => {
    // one group at a time (6 bytes ahead); the first one's only read is released before git has written it
    const s = new BlobSpool(repo.dir, { groupFirstBytes: 6, groupMaxBytes: 6, aheadBytes: 6 });
    s.plan([id('sized/6.bin'), id('sized/5.bin')]);
    const first = s.read(id('sized/6.bin'));
    s.release(id('sized/6.bin'));
    const second = s.read(id('sized/5.bin'));
    expect(await settlesWithin(second, 3000)).toBe(true);
    expect(bytesOf(await second).toString()).toBe('xxxx5');
    expect(existsSync((await first).file)).toBe(false);
    s.close();
  });

  it.each([['one hex digit more', (x: string) => `${x}0`], ['one before', (x: string) => `0${x}`], ['a name', () => 'HEAD']] as const)('an id with %s is not a full object id (nothing asked of git)', async (_, make) => {
    const s = new BlobSpool(repo.dir);
    const bad = make(id('dir/small.txt'));
    await expect(s.read(bad)).rejects.toMatchObject({ code: 'E_GIT', message: `'${bad}' is not a full object id` });
    s.close();
  });

  it('a 64-digit (SHA-256) id is a full object id: this SHA-1 repository answers that it is missing', async () => {
    const s = new BlobSpool(repo.dir);
    const long = 'ab'.repeat(32);
    await expect(s.read(long)).rejects.toMatchObject({ code: 'E_GIT', message: `object ${long} is not in the repository` });
    s.close();
  });

  it('a range of a file reads only its own bytes; a range past the file\'s end is E_TRUNCATED', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-range-'));
    const f = join(dir, 'spool.bin');
    writeFileSync(f, 'headerPAYLOADtrailer');
    const s = new FileSource(f, 'm.onnx', { offset: 6, size: 7 });
    expect(s.size).toBe(7);
    expect(Buffer.from(s.read(0, 7)).toString()).toBe('PAYLOAD');
    expect(Buffer.from(s.read(3, 4)).toString()).toBe('LOAD');
    s.close();
    expect(() => new FileSource(f, 'm.onnx', { offset: 14, size: 7 })).toThrow(expect.objectContaining({ code: 'E_TRUNCATED', file: 'm.onnx' }) as unknown as Error);
    expect(Buffer.from(readFileSync(f)).length).toBe(20);
    rmSync(dir, { recursive: true, force: true });
  });
});
