/**
 * Everything the action needs from GitHub and the runner, as plain interfaces (DESIGN.md
 * principle 8): `real-toolkit.ts` wraps @actions/core, @actions/github and @actions/artifact,
 * `real-cache.ts` wraps @actions/cache; tests pass fakes. Nothing else under src/action imports
 * @actions/*.
 */

export interface IssueComment {
  id: number;
  body: string;
  /** The author's login (`github-actions[bot]` for the workflow's GITHUB_TOKEN). */
  user: string;
  htmlUrl: string;
}

/** A pull request as `comment-from` checks it. */
export interface PullRequestRef {
  number: number;
  state: string;
  headSha: string;
  /** `owner/name` of the repository the pull request merges into. */
  baseRepo: string;
}

/**
 * The REST calls the action makes; a failed call throws an error with a numeric `status` (after
 * the client's bounded retries of 5xx, 429 and rate limits).
 */
export interface GitHubApi {
  /** The token's own login (`GET /user`); undefined when the token cannot tell (GITHUB_TOKEN). */
  authenticatedLogin(): Promise<string | undefined>;
  /** Every comment of an issue or pull request, page by page (Link headers followed). */
  listIssueComments(issue: number): AsyncIterable<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  deleteComment(commentId: number): Promise<void>;
  /** Open pull requests of this repository whose head is `label` (`owner:branch`). */
  openPullsForHead(label: string): Promise<PullRequestRef[]>;
  /** Pull requests of this repository that contain the commit `sha`. */
  pullsForCommit(sha: string): Promise<PullRequestRef[]>;
}

export interface UploadedArtifact {
  /** The artifact id; undefined when the service did not return one. */
  id: number | undefined;
  name: string;
  size: number | undefined;
}

export interface ArtifactApi {
  upload(name: string, files: string[], rootDirectory: string): Promise<UploadedArtifact>;
  /** Artifacts of the current workflow run. */
  list(): Promise<{ id: number; name: string }[]>;
  /** Downloads (and unzips) one artifact of the current run into `dir`. */
  download(id: number, dir: string): Promise<void>;
}

/**
 * The Actions cache (immutable entries, found by exact key). `files` are paths relative to the
 * workspace and must be the same list on save and restore (the service versions entries by them).
 * A failure (service unavailable, HTTP error, not running in Actions) throws.
 */
export interface CacheApi {
  /** Restores the files saved under `key`; false when there is no such entry. */
  restore(key: string, files: string[]): Promise<boolean>;
  /** Saves the files under `key` (an existing entry is kept: entries are immutable). */
  save(key: string, files: string[]): Promise<void>;
}

export interface Toolkit {
  /** The raw input value ('' when not set), like core.getInput(name) with trimming. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  error(message: string): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed with a message (the exit code is the caller's business). */
  setFailed(message: string): void;
  /** A REST client for `token` (created on first use). */
  github(token: string): GitHubApi;
  artifacts(): ArtifactApi;
  cache: CacheApi;
}

/** HTTP status of an error thrown by an API call, when it carries one. */
export function httpStatus(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e) {
    const s = (e as { status: unknown }).status;
    if (typeof s === 'number') return s;
  }
  return undefined;
}

/** The response headers of an API error, when it carries them. */
export function httpHeaders(e: unknown): Record<string, string | undefined> {
  if (typeof e === 'object' && e !== null && 'response' in e) {
    const h = (e as { response?: { headers?: unknown } }).response?.headers;
    if (typeof h === 'object' && h !== null) return h as Record<string, string | undefined>;
  }
  return {};
}

/** True for GitHub's rate limits (primary: 403/429 with no requests left; secondary: the message says so). */
export function isRateLimit(e: unknown): boolean {
  const s = httpStatus(e);
  if (s !== 403 && s !== 429) return false;
  return s === 429 || httpHeaders(e)['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(e));
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
