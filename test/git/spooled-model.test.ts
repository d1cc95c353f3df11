/** A committed model read from the blob spool: in place, as a work-tree file is read. */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BlobSpool, spooledModelAt } from '../../src/git/index.js';
import { FileSource, fileModelInput } from '../../src/node/file-source.js';
import { analyzeModel } from '../../src/index.js';
import { TempRepo, lfsPointerText } from './repo.js';
import { OnnxBuilder } from '../builders/onnx.js';
import { WHOLE_SOURCE_BYTES } from '../../src/frontends/onnx/wire.js';

/** A Conv of 64 x 64 x 3 x 3 float weights (147 KB): larger than what the ONNX reader holds whole. */
function convModel(): Uint8Array {
  const b = new OnnxBuilder();
  const x = b.input('x', 'float32', [1, 64, 8, 8]);
  b.initializer('w', 'float32', [64, 64, 3, 3], { values: Array.from({ length: 64 * 64 * 9 }, (_, i) => (i % 7) / 7) });
  b.output(b.node('Relu', [b.node('Conv', [x, 'w'], { pads: [1, 1, 1, 1] })]), 'float32', [1, 64, 8, 8]);
  return b.build();
}

describe('spooledModelAt', () => {
  const repo = new TempRepo();
  const model = convModel();
  repo.write('models/m.onnx', model);
  repo.write('models/big.onnx', lfsPointerText());
  const sha = repo.commit('models');
  const blob = (p: string): string => repo.git('rev-parse', `HEAD:${p}`);
  afterAll(() => repo.cleanup());

  it('an ONNX model: the same report as from the work tree, reading only the ranges the analysis needs (under a quarter of the file)', async () => {
    const spool = new BlobSpool(repo.dir);
    const at = await spool.read(blob('models/m.onnx'));
    // the bytes read at least once (the reader reads a graph's node list again for each pass of its mapping)
    const ranges: Array<[number, number]> = [];
    const realRead = FileSource.prototype.read;
    const spy = vi.spyOn(FileSource.prototype, 'read').mockImplementation(function (this: FileSource, offset: number, length: number) {
      ranges.push([offset, offset + length]);
      return realRead.call(this, offset, length);
    });
    const m = spooledModelAt(repo.dir, sha, 'models/m.onnx', at);
    let report;
    try {
      if (!('input' in m)) throw new Error('read as an LFS pointer');
      report = analyzeModel(m.input, {});
      m.input.close?.();
    } finally {
      spy.mockRestore();
    }
    const onDisk = fileModelInput(join(repo.dir, 'models', 'm.onnx'));
    const expected = analyzeModel({ ...onDisk, path: 'models/m.onnx' }, {});
    onDisk.close?.();
    expect(report).toEqual(expected);
    expect(at.size).toBe(model.length);
    expect(at.size).toBeGreaterThan(WHOLE_SOURCE_BYTES);
    let read = 0;
    let end = 0;
    for (const [from, to] of ranges.sort((a, b) => a[0] - b[0])) {
      read += Math.max(0, to - Math.max(from, end));
      end = Math.max(end, to);
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(at.size / 4);
    spool.close();
  });

  it('an LFS pointer (under 1 KiB, read whole) is reported as one, not analyzed', async () => {
    const spool = new BlobSpool(repo.dir);
    const at = await spool.read(blob('models/big.onnx'));
    const m = spooledModelAt(repo.dir, sha, 'models/big.onnx', at);
    expect(m).toEqual({ lfs: { oid: `sha256:${'ab'.repeat(32)}`, size: 123456 } });
    spool.close();
  });
});
