/**
 * One analysis: a model file at one revision (or in the work tree) for one target, for `diff` and
 * the action. Runs on a worker thread (pool.ts) or inline. A committed file's bytes come with the
 * job (read by the scheduler through one `git cat-file --batch`, transferred, not copied); a
 * work-tree file is read here through positioned reads. Follows Git LFS pointers, and never
 * throws: failures come back as text.
 */
import { analyzeModel, asFootprintError, loadFormatFor, type ModelInput, type PlannerProfile, type Report, type Target } from '../index.js';
import { timeLimited } from '../node/time-limit.js';
import { modelAt, spooledModelAt, type ModelAt, type SpooledBlob } from '../git/index.js';
import { analyzeWhileHashing } from '../node/hash.js';

/** Analysis options a comparison applies to both sides (the CLI's flags; the action uses defaults). */
export interface JobOptions {
  planner?: PlannerProfile;
  ioInsideActivations?: boolean;
  /**
   * false: the report leaves the file's sha256 and md5 out (null). They read every byte of the
   * file, which the analysis never does; `diff` asks for them only when it writes the reports
   * (--out): its comment and JSON show no hash. Default: computed.
   */
  hash?: boolean;
}

export interface AnalysisJob {
  id: number;
  /** The repository's top folder. */
  repoDir: string;
  /** Relative to repoDir, '/' separated. */
  path: string;
  /** A commit, or undefined for the checked-out work tree. */
  rev: string | undefined;
  /** The file's blob id at `rev`: the scheduler spools it (without it, a committed file is read with `git cat-file blob`). */
  blob?: string;
  /** Where the blob is spooled, filled in by the scheduler just before the job runs. */
  spooled?: SpooledBlob;
  /** The target's name as the user wrote it (shown in the comment). */
  target: string;
  /** The resolved target (plain data, so it crosses to a worker); else `target` is a built-in name. */
  spec?: Target;
  options?: JobOptions;
}

export interface AnalysisOutcome {
  id: number;
  /** The path analyzed (messages name it). */
  path?: string;
  report?: Report;
  /** One line (category, code, file, message) when the model could not be analyzed. */
  error?: string;
  /** The bytes were a Git LFS pointer whose object is not available. */
  lfsNotFetched?: boolean;
}

function locate(job: AnalysisJob): ModelAt {
  if (job.rev !== undefined && job.spooled !== undefined) return spooledModelAt(job.repoDir, job.rev, job.path, job.spooled);
  return modelAt(job.repoDir, job.rev, job.path);
}

/**
 * Analyzes one job; every failure is returned, not thrown. The format registry loads what the
 * file's format needs asynchronously (Keras: HDF5) first, so inline and worker runs are the same.
 */
export async function runJob(job: AnalysisJob): Promise<AnalysisOutcome> {
  let input: ModelInput | undefined;
  try {
    const at = locate(job);
    if ('lfs' in at) {
      return { id: job.id, path: job.path, lfsNotFetched: true, error: `Git LFS object not fetched: ${job.path} is a pointer to ${at.lfs.size} bytes (${at.lfs.oid.slice(0, 19)}…); check out with lfs: true` };
    }
    input = at.input;
    await loadFormatFor(at.input, { timeLimit: timeLimited });
    const o = job.options ?? {};
    const analyze = (): Report => analyzeModel(at.input, {
      target: job.spec ?? job.target,
      ...(o.planner !== undefined ? { planner: o.planner } : {}),
      ...(o.ioInsideActivations !== undefined ? { ioInsideActivations: o.ioInsideActivations } : {}),
    });
    const report = o.hash === false ? analyze() : await analyzeWhileHashing(at.input.source, analyze);
    return { id: job.id, report };
  } catch (e: unknown) {
    return { id: job.id, path: job.path, error: asFootprintError(e, job.path).oneLine() };
  } finally {
    input?.close?.();
  }
}
