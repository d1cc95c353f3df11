import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedModels, lfsPointer, mergeBase, readBlob, tryLfsSmudge, hasGitLfs, revParse } from '../../src/git/index.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { TempRepo, example, lfsPointerText } from './repo.js';

const PATTERNS = ['models/**/*.{onnx,tflite}'];

describe('git discovery (real git in a temp repo)', () => {
  const repo = new TempRepo();
  let base = '';
  let head = '';
  beforeAll(() => {
    repo.write('models/kws.onnx', example('kws_cnn_int8.onnx'));
    repo.write('models/old/float.onnx', example('kws_cnn_float.onnx'));
    repo.write('models/gone.onnx', example('kws_cnn_int8.onnx').subarray(0, 100));
    repo.write('models/notes.txt', 'hello');
    repo.write('README.md', 'readme');
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/kws.onnx', example('kws_cnn_int8_v2.onnx'));
    repo.write('models/new/float.onnx', example('kws_cnn_float.onnx'));
    repo.remove('models/old/float.onnx');
    repo.remove('models/gone.onnx');
    repo.write('models/added.tflite', new Uint8Array([1, 2, 3, 4]));
    repo.write('models/lfs.onnx', lfsPointerText());
    repo.write('models/notes.txt', 'changed');
    repo.write('other/x.onnx', 'outside the glob');
    head = repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  it('finds added, modified, renamed and removed models, filtered by the globs', () => {
    const changes = changedModels(repo.dir, base, head, PATTERNS);
    expect(changes.map((c) => [c.path, c.status, c.oldPath])).toEqual([
      ['models/added.tflite', 'added', undefined],
      ['models/gone.onnx', 'removed', undefined],
      ['models/kws.onnx', 'modified', undefined],
      ['models/lfs.onnx', 'added', undefined],
      ['models/new/float.onnx', 'renamed', 'models/old/float.onnx'],
    ]);
    const kws = changes.find((c) => c.path === 'models/kws.onnx');
    expect(kws?.baseBlob).toBe(repo.git('rev-parse', `${base}:models/kws.onnx`));
    expect(kws?.headBlob).toBe(repo.git('rev-parse', `${head}:models/kws.onnx`));
    expect(changes.find((c) => c.status === 'added')?.baseBlob).toBeUndefined();
    expect(changes.find((c) => c.status === 'removed')?.headBlob).toBeUndefined();
  });

  it('a rename out of the globs is a removal; into them an addition', () => {
    expect(changedModels(repo.dir, base, head, ['models/old/**']).map((c) => [c.path, c.status])).toEqual([['models/old/float.onnx', 'removed']]);
    expect(changedModels(repo.dir, base, head, ['models/new/**']).map((c) => [c.path, c.status])).toEqual([['models/new/float.onnx', 'added']]);
    expect(changedModels(repo.dir, base, head, ['*.txt']).map((c) => c.path)).toEqual(['models/notes.txt']);
  });

  it('compares against the work tree when head is undefined', () => {
    repo.write('models/kws.onnx', example('kws_cnn_int8.onnx'));
    try {
      const changes = changedModels(repo.dir, head, undefined, PATTERNS);
      expect(changes.map((c) => [c.path, c.status])).toEqual([['models/kws.onnx', 'modified']]);
      expect(changes[0]?.headBlob).toBeUndefined();
    } finally {
      repo.git('checkout', '--', 'models/kws.onnx');
    }
  });

  it('reads blobs at a revision without checkout, and finds the merge base', () => {
    expect(readBlob(repo.dir, base, 'models/kws.onnx')).toEqual(example('kws_cnn_int8.onnx'));
    expect(readBlob(repo.dir, head, 'models/kws.onnx')).toEqual(example('kws_cnn_int8_v2.onnx'));
    expect(mergeBase(repo.dir, 'main', 'feature')).toBe(base);
    expect(revParse(repo.dir, 'feature')).toBe(head);
  });

  it('fails with E_GIT naming the command and git\'s message', () => {
    let err: unknown;
    try {
      readBlob(repo.dir, base, 'models/missing.onnx');
    } catch (e: unknown) {
      err = e;
    }
    expect(err).toBeInstanceOf(FootprintError);
    expect((err as FootprintError).code).toBe('E_GIT');
    expect((err as FootprintError).message).toContain('git cat-file blob');
    expect((err as FootprintError).message).toMatch(/missing\.onnx|does not exist|Not a valid object/);
    expect(() => changedModels(repo.dir, '--output=/tmp/x', head, PATTERNS)).toThrow(/not a revision/);
    expect(() => mergeBase(repo.dir, 'no-such-branch', head)).toThrow(FootprintError);
  });

  it('detects the LFS pointer in the repository instead of a 130-byte model', () => {
    const bytes = readBlob(repo.dir, head, 'models/lfs.onnx');
    expect(lfsPointer(bytes)).toEqual({ oid: `sha256:${'ab'.repeat(32)}`, size: 123456 });
    expect(lfsPointer(example('kws_cnn_int8.onnx'))).toBeUndefined();
    expect(lfsPointer(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\nno oid\n'))).toBeUndefined();
    // The object is nowhere: with or without git-lfs installed, nothing comes back.
    expect(tryLfsSmudge(repo.dir, bytes, 20_000)).toBeUndefined();
    expect(typeof hasGitLfs()).toBe('boolean');
  });
});
