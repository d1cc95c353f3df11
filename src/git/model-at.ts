/**
 * A model file at a revision (or in the work tree) as a ModelInput, for `diff` and the action:
 * work-tree files are read lazily through positioned reads (a 1 GB model is never held whole),
 * committed files from their bytes (read by `git cat-file`, one process for many files: blob-batch.ts), Git LFS pointers smudged when git-lfs can, and ONNX
 * external data opened from the same revision as the model.
 */
import { posix } from 'node:path';
import { bytesSource, type ByteSource, type ModelInput } from '../ir/source.js';
import { fileModelInput } from '../node/file-source.js';
import { asFootprintError } from '../diagnostics/diagnostic.js';
import { readBlob } from './exec.js';
import { lfsPointer, tryLfsSmudge, type LfsPointer } from './lfs.js';

export type ModelAt = { input: ModelInput } | { lfs: LfsPointer };

/** LFS pointers are small text files: anything this size or larger is content. */
const POINTER_PEEK = 1024;

function fromBytes(repoDir: string, rev: string, path: string, bytes: Uint8Array): ModelInput {
  return {
    path,
    source: bytesSource(path, bytes),
    openSibling(rel: string): ByteSource | undefined {
      const p = posix.join(posix.dirname(path), rel);
      try {
        return bytesSource(p, readBlob(repoDir, rev, p));
      } catch (e: unknown) {
        if (asFootprintError(e).code === 'E_GIT') return undefined; // not in that revision
        throw e;
      }
    },
  };
}

/** `path` ('/'-separated, relative to repoDir) at `rev`, or in the work tree when rev is undefined. */
export function modelAt(repoDir: string, rev: string | undefined, path: string): ModelAt {
  if (rev === undefined) {
    // Relative to the repository, which it must not leave (a pull request may add symbolic links).
    const onDisk = { ...fileModelInput(path, repoDir), path };
    const { source } = onDisk;
    const head = source.size < POINTER_PEEK ? source.read(0, source.size) : undefined;
    const pointer = head && lfsPointer(head);
    if (!head || !pointer) return { input: onDisk };
    const real = tryLfsSmudge(repoDir, head);
    return real ? { input: { ...onDisk, source: bytesSource(path, real) } } : { lfs: pointer };
  }
  return blobModelAt(repoDir, rev, path, readBlob(repoDir, rev, path));
}

/** `path` at `rev` from its bytes, already read (by BlobBatch): an LFS pointer is smudged when it can be. */
export function blobModelAt(repoDir: string, rev: string, path: string, bytes: Uint8Array): ModelAt {
  const pointer = lfsPointer(bytes);
  if (pointer === undefined) return { input: fromBytes(repoDir, rev, path, bytes) };
  const real = tryLfsSmudge(repoDir, bytes);
  return real ? { input: fromBytes(repoDir, rev, path, real) } : { lfs: pointer };
}
