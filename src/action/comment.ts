/**
 * The sticky comment: ONE comment per pull request and report key, found by its hidden marker in
 * a paginated listing, among the token's own comments only, then updated in place. A 403/404
 * (a fork's read-only token) is reported, never thrown.
 */
import { httpStatus, messageOf, type GitHubApi, type IssueComment } from './toolkit.js';
import type { CommentMode } from './settings.js';

/** Who GITHUB_TOKEN comments as; `GET /user` is refused to that token, so this is the fallback. */
export const ACTIONS_BOT = 'github-actions[bot]';

export type PublishResult =
  | { outcome: 'created' | 'updated'; id: number; url: string }
  | { outcome: 'off' }
  | { outcome: 'forbidden'; status: number; message: string };

/** Logins whose comments count as ours: the token's user when it can tell, else the Actions bot. */
export async function ownLogins(api: GitHubApi): Promise<string[]> {
  try {
    const login = await api.authenticatedLogin();
    return login ? [login] : [ACTIONS_BOT];
  } catch (e: unknown) {
    // 403 "Resource not accessible by integration": a GITHUB_TOKEN, which comments as the bot.
    const status = httpStatus(e);
    if (status === 401 || status === 403 || status === 404) return [ACTIONS_BOT];
    throw e;
  }
}

/** The oldest of our comments carrying the marker, scanning every page. */
export async function findSticky(api: GitHubApi, issue: number, marker: string): Promise<IssueComment | undefined> {
  const owners = await ownLogins(api);
  for await (const page of api.listIssueComments(issue)) {
    const hit = page.find((c) => owners.includes(c.user) && c.body.includes(marker));
    if (hit) return hit;
  }
  return undefined;
}

function denied(e: unknown): { outcome: 'forbidden'; status: number; message: string } {
  const status = httpStatus(e);
  if (status === 403 || status === 404) return { outcome: 'forbidden', status, message: messageOf(e) };
  throw e;
}

export async function publishComment(api: GitHubApi, issue: number, body: string, marker: string, mode: CommentMode): Promise<PublishResult> {
  if (mode === 'off') return { outcome: 'off' };
  try {
    const existing = mode === 'update' ? await findSticky(api, issue, marker) : undefined;
    if (existing) {
      const c = await api.updateComment(existing.id, body);
      return { outcome: 'updated', id: c.id, url: c.htmlUrl };
    }
    const c = await api.createComment(issue, body);
    return { outcome: 'created', id: c.id, url: c.htmlUrl };
  } catch (e: unknown) {
    return denied(e);
  }
}

export const FORK_NOTICE = 'model-footprint could not comment on this pull request: the token is read-only '
  + '(a pull request from a fork, or `permissions` without `pull-requests: write`). The report is in the job '
  + 'summary and the artifact. To comment on fork pull requests, use the two-workflow pattern: this '
  + '`pull_request` workflow uploads the report, and a `workflow_run` workflow posts it with `mode: comment-from` '
  + '(see the README, "Pull requests from forks").';
