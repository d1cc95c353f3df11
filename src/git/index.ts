/**
 * Git access for `diff` and the action: the real `git` binary through child_process (argument
 * arrays, never a shell). Failures are FootprintError E_GIT naming the command and git's stderr.
 */
export { git, checkRev, mergeBase, revParse, repoRoot, readBlob, type GitOptions } from './exec.js';
export { changedModels, type ModelChange, type ModelChangeStatus } from './changes.js';
export { lfsPointer, tryLfsSmudge, hasGitLfs, type LfsPointer } from './lfs.js';
export { modelAt, blobModelAt, spooledModelAt, type ModelAt } from './model-at.js';
export { BlobSpool, type SpooledBlob } from './blob-spool.js';
