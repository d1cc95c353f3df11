/**
 * A model file at a revision (or in the work tree) as a ModelInput, for `diff` and the action:
 * work-tree files are read lazily through positioned reads (a 1 GB model is never held whole),
 * committed files from the blob spool (blob-spool.ts) or from their bytes (`git cat-file blob`), Git LFS pointers smudged when git-lfs can, and ONNX
 * external data opened from the same revision as the model.
 */
import { posix } from 'node:path';
import { bytesSource, type ByteSource, type ModelInput } from '../ir/source.js';
import { FileSource, fileModelInput } from '../node/file-source.js';
import type { SpooledBlob } from './blob-spool.js';
import { asFootprintError } from '../diagnostics/diagnostic.js';
import { readBlob } from './exec.js';
import { lfsPointer, tryLfsSmudge, type LfsPointer } from './lfs.js';

export type ModelAt = { input: ModelInput } | { lfs: LfsPointer };

/** LFS pointers are small text files: anything this size or larger is content. */
const POINTER_PEEK = 1024;

/** `path` at `rev` read from `source`; the files beside it (ONNX external data) come from the same revision. */
function atRevision(repoDir: string, rev: string, path: string, source: ByteSource, close?: () => void): ModelInput {
  return {
    path,
    source,
    ...(close ? { close } : {}),
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

/**
 * `path` at `rev` from the blob spool (git/blob-spool.ts): read in place, through positioned reads,
 * as a work-tree file is; a pointer-sized blob is read whole, and an LFS pointer smudged when it can be.
 */
export function spooledModelAt(repoDir: string, rev: string, path: string, at: SpooledBlob): ModelAt {
  const source = new FileSource(at.file, path, at);
  if (source.size < POINTER_PEEK) {
    try {
      return blobModelAt(repoDir, rev, path, source.read(0, source.size));
    } finally {
      source.close();
    }
  }
  return { input: atRevision(repoDir, rev, path, source, () => source.close()) };
}

/** `path` at `rev` from its bytes, already read: an LFS pointer is smudged when it can be. */
export function blobModelAt(repoDir: string, rev: string, path: string, bytes: Uint8Array): ModelAt {
  const pointer = lfsPointer(bytes);
  if (pointer === undefined) return { input: atRevision(repoDir, rev, path, bytesSource(path, bytes)) };
  const real = tryLfsSmudge(repoDir, bytes);
  return real ? { input: atRevision(repoDir, rev, path, bytesSource(path, real)) } : { lfs: pointer };
}
