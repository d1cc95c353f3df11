/**
 * The sticky comment: ONE comment per pull request and report key, found by its hidden marker in
 * a paginated listing, among the token's own comments only, then updated in place. After creating
 * one, the listing is read again and duplicates (a concurrent run on the same pull request) are
 * reconciled: the oldest is kept, updated, and the others deleted. No API failure is thrown: the
 * outcome says what happened, and the caller reports it as a notice or a warning.
 */
import { httpStatus, isRateLimit, messageOf, type GitHubApi, type IssueComment } from './toolkit.js';
import type { CommentMode } from './settings.js';
import { append } from '../arrays.js';

/** Who GITHUB_TOKEN comments as; `GET /user` is refused to that token, so this is the fallback. */
export const ACTIONS_BOT = 'github-actions[bot]';

export type FailureKind = 'forbidden' | 'unauthorized' | 'rate-limited' | 'unavailable';

export type PublishResult =
  | { outcome: 'created' | 'updated'; id: number; url: string; removedDuplicates: number }
  | { outcome: 'off' | 'skipped' }
  | { outcome: 'failed'; kind: FailureKind; status: number | undefined; message: string };

/** Logins whose comments count as ours: the token's user when it can tell, else the Actions bot. */
export async function ownLogins(api: GitHubApi): Promise<string[]> {
  try {
    const login = await api.authenticatedLogin();
    return login ? [login] : [ACTIONS_BOT];
  } catch (e: unknown) {
    // 403 "Resource not accessible by integration": a GITHUB_TOKEN, which comments as the bot.
    const status = httpStatus(e);
    if ((status === 403 && !isRateLimit(e)) || status === 404) return [ACTIONS_BOT];
    throw e;
  }
}

/** Our comments carrying the marker, oldest first, scanning every page. */
export async function findMarked(api: GitHubApi, issue: number, marker: string, owners: readonly string[]): Promise<IssueComment[]> {
  const out: IssueComment[] = [];
  for await (const page of api.listIssueComments(issue)) {
    append(out, page.filter((c) => owners.includes(c.user) && c.body.includes(marker)));
  }
  return out.sort((a, b) => a.id - b.id);
}

/** The oldest of our comments carrying the marker. */
export async function findSticky(api: GitHubApi, issue: number, marker: string): Promise<IssueComment | undefined> {
  return (await findMarked(api, issue, marker, await ownLogins(api)))[0];
}

/** What an API failure means for the user, after the client's retries. */
export function classify(e: unknown): { kind: FailureKind; status: number | undefined; message: string } {
  const status = httpStatus(e);
  const message = messageOf(e);
  if (status === 401) return { kind: 'unauthorized', status, message };
  if (isRateLimit(e)) return { kind: 'rate-limited', status, message };
  if (status === 403 || status === 404) return { kind: 'forbidden', status, message };
  return { kind: 'unavailable', status, message };
}

/**
 * Keeps the oldest marked comment (with `body`), deletes the others; returns the kept one. The
 * comment just created counts even when the listing does not show it yet (GitHub's lists can lag
 * a write): it is then deleted when an older one is listed.
 */
async function reconcile(api: GitHubApi, issue: number, marker: string, owners: readonly string[], body: string, ours: IssueComment): Promise<{ kept: IssueComment; removed: number }> {
  const listed = await findMarked(api, issue, marker, owners);
  const marked = listed.some((c) => c.id === ours.id) ? listed : [...listed, ours].sort((a, b) => a.id - b.id);
  const oldest = marked[0] ?? ours;
  const kept = oldest.id === ours.id ? ours : await api.updateComment(oldest.id, body);
  let removed = 0;
  for (const c of marked.slice(1)) {
    try {
      await api.deleteComment(c.id);
      removed++;
    } catch (e: unknown) {
      if (httpStatus(e) !== 404) throw e; // the racing run deleted it first
    }
  }
  return { kept, removed };
}

/**
 * Posts `body` on `issue`. `update`: the sticky comment (created when missing); `on-change`: the
 * same, but nothing is created when `changed` is false (an existing comment is still updated);
 * `new`: a new comment every run; `off`: nothing.
 */
export async function publishComment(
  api: GitHubApi, issue: number, body: string, marker: string, mode: CommentMode, changed = true,
): Promise<PublishResult> {
  if (mode === 'off') return { outcome: 'off' };
  try {
    if (mode === 'new') {
      const c = await api.createComment(issue, body);
      return { outcome: 'created', id: c.id, url: c.htmlUrl, removedDuplicates: 0 };
    }
    const owners = await ownLogins(api);
    const existing = (await findMarked(api, issue, marker, owners))[0];
    if (existing) {
      const c = await api.updateComment(existing.id, body);
      return { outcome: 'updated', id: c.id, url: c.htmlUrl, removedDuplicates: 0 };
    }
    if (mode === 'on-change' && !changed) return { outcome: 'skipped' };
    const created = await api.createComment(issue, body);
    const { kept, removed } = await reconcile(api, issue, marker, owners, body, created);
    return { outcome: kept.id === created.id ? 'created' : 'updated', id: kept.id, url: kept.htmlUrl, removedDuplicates: removed };
  } catch (e: unknown) {
    return { outcome: 'failed', ...classify(e) };
  }
}

export const FORK_NOTICE = 'model-footprint could not comment on this pull request: the token is read-only '
  + '(a pull request from a fork, or `permissions` without `pull-requests: write`). The report is in the job '
  + 'summary and the artifact. To comment on fork pull requests, use the two-workflow pattern: this '
  + '`pull_request` workflow uploads the report, and a `workflow_run` workflow posts it with `mode: comment-from` '
  + '(see the README, "Pull requests from forks").';

/** The one line a user reads when the comment could not be posted. */
export function failureMessage(r: Extract<PublishResult, { outcome: 'failed' }>): string {
  const http = r.status === undefined ? r.message : `HTTP ${r.status}: ${r.message}`;
  switch (r.kind) {
    case 'forbidden': return `${FORK_NOTICE} (${http})`;
    case 'unauthorized': return `model-footprint could not comment: GitHub refused the token (${http}). Check the \`github-token\` input: the secret may be missing, expired or revoked. The report is in the job summary and the artifact.`;
    case 'rate-limited': return `model-footprint could not comment: GitHub's API rate limit was still exceeded after waiting and retrying (${http}). The report is in the job summary and the artifact; the next run updates the comment.`;
    case 'unavailable': return `model-footprint could not comment: the GitHub API did not answer after retrying (${http}). The report is in the job summary and the artifact; the next run updates the comment.`;
  }
}
