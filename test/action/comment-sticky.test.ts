/**
 * The sticky comment's decisions (src/action/comment.ts), each on a scripted API: whose comments
 * count as ours, what a failure is called, how a race between two runs ends (one comment left,
 * the oldest), and the one line a user reads when the comment could not be posted.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS_BOT, classify, failureMessage, FORK_NOTICE, ownLogins, publishComment } from '../../src/action/comment.js';
import type { GitHubApi, IssueComment, PullRequestRef } from '../../src/action/toolkit.js';

const err = (status: number | undefined, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), status === undefined ? {} : { status }, { response: { headers } });

/** An API whose login answer and comment list are scripted; every write is recorded. */
class Scripted implements GitHubApi {
  comments: IssueComment[] = [];
  log: string[] = [];
  /** Comments another run creates right after ours (a race). */
  racing: IssueComment[] = [];
  failDelete: Map<number, unknown> = new Map();
  constructor(private readonly login: () => Promise<string | undefined>) {}
  authenticatedLogin(): Promise<string | undefined> { return this.login(); }
  async *listIssueComments(): AsyncIterable<IssueComment[]> { yield [...this.comments]; }
  createComment(_issue: number, body: string): Promise<IssueComment> {
    const c = { id: 100 + this.comments.length, body, user: ACTIONS_BOT, htmlUrl: `url${100 + this.comments.length}` };
    this.comments.push(c, ...this.racing);
    this.log.push(`create ${c.id}`);
    return Promise.resolve(c);
  }
  updateComment(id: number, body: string): Promise<IssueComment> {
    const c = this.comments.find((x) => x.id === id);
    if (!c) return Promise.reject(err(404, 'Not Found'));
    c.body = body;
    this.log.push(`update ${id}`);
    return Promise.resolve(c);
  }
  deleteComment(id: number): Promise<void> {
    const f = this.failDelete.get(id);
    if (f !== undefined) return Promise.reject(f);
    this.comments = this.comments.filter((c) => c.id !== id);
    this.log.push(`delete ${id}`);
    return Promise.resolve();
  }
  openPullsForHead(): Promise<PullRequestRef[]> { return Promise.resolve([]); }
  pullsForCommit(): Promise<PullRequestRef[]> { return Promise.resolve([]); }
}

const marker = '<!-- model-footprint:k -->';
const bot = (id: number, body = marker): IssueComment => ({ id, body, user: ACTIONS_BOT, htmlUrl: `url${id}` });

describe('ownLogins', () => {
  it('the login when the token can tell; the Actions bot when it answers nothing, 403 (not a rate limit) or 404', async () => {
    expect(await ownLogins(new Scripted(() => Promise.resolve('octocat')))).toEqual(['octocat']);
    expect(await ownLogins(new Scripted(() => Promise.resolve(undefined)))).toEqual([ACTIONS_BOT]);
    expect(await ownLogins(new Scripted(() => Promise.reject(err(403, 'Resource not accessible by integration'))))).toEqual([ACTIONS_BOT]);
    expect(await ownLogins(new Scripted(() => Promise.reject(err(404, 'Not Found'))))).toEqual([ACTIONS_BOT]);
  });

  it('a rate limit, a server error or a network error is not an answer: it is thrown', async () => {
    await expect(ownLogins(new Scripted(() => Promise.reject(err(403, 'API rate limit exceeded'))))).rejects.toThrow('API rate limit exceeded');
    await expect(ownLogins(new Scripted(() => Promise.reject(err(500, 'boom'))))).rejects.toThrow('boom');
    await expect(ownLogins(new Scripted(() => Promise.reject(err(undefined, 'ECONNRESET'))))).rejects.toThrow('ECONNRESET');
  });
});

describe('classify', () => {
  it.each([
    [err(401, 'Bad credentials'), 'unauthorized', 401],
    [err(403, 'x', { 'x-ratelimit-remaining': '0' }), 'rate-limited', 403],
    [err(429, 'Too Many Requests'), 'rate-limited', 429],
    [err(403, 'Resource not accessible by integration'), 'forbidden', 403],
    [err(404, 'Not Found'), 'forbidden', 404],
    [err(502, 'Bad Gateway'), 'unavailable', 502],
    [err(undefined, 'socket hang up'), 'unavailable', undefined],
  ] as const)('%s: %s', (e, kind, status) => {
    expect(classify(e)).toEqual({ kind, status, message: e.message });
  });
});

describe('publishComment: a race between two runs leaves one comment, the oldest', () => {
  const body = `${marker} report`;

  it('another run created one just after ours: ours, the oldest, is kept and theirs deleted; another user\'s marked comment is left alone', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    api.comments = [bot(1, 'unrelated'), { id: 2, body: marker, user: 'mallory', htmlUrl: '' }];
    api.racing = [bot(200, `${marker} theirs`)];
    const r = await publishComment(api, 7, body, marker, 'update');
    // ours is 102, theirs 200: ours is the oldest, kept; theirs deleted; mallory's marked comment untouched
    expect(r).toEqual({ outcome: 'created', id: 102, url: 'url102', removedDuplicates: 1 });
    expect(api.log).toEqual(['create 102', 'delete 200']);
    expect(api.comments.map((c) => c.id)).toEqual([1, 2, 102]);
  });

  it('their comment is older than ours: it is updated with our body and ours deleted; the outcome is an update', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    api.racing = [bot(50, `${marker} theirs`)];
    const r = await publishComment(api, 7, body, marker, 'update');
    expect(r).toEqual({ outcome: 'updated', id: 50, url: 'url50', removedDuplicates: 1 });
    expect(api.log).toEqual(['create 100', 'update 50', 'delete 100']);
    expect(api.comments.map((c) => [c.id, c.body])).toEqual([[50, body]]);
  });

  it('a listing that does not show our new comment yet (GitHub\'s lists lag): ours still counts, and is deleted when an older one is listed', async () => {
    const lagging = (older: IssueComment[]) => {
      const api = new Scripted(() => Promise.resolve(undefined));
      const list = api.listIssueComments.bind(api);
      api.listIssueComments = async function* () { for await (const page of list()) yield page.filter((c) => c.id !== 100); };
      api.racing = older;
      return api;
    };
    const api = lagging([bot(50, `${marker} theirs`)]);
    expect(await publishComment(api, 7, body, marker, 'update')).toEqual({ outcome: 'updated', id: 50, url: 'url50', removedDuplicates: 1 });
    expect(api.log).toEqual(['create 100', 'update 50', 'delete 100']);
    // A newer one listed without ours: ours, the oldest, is kept and the newer one deleted.
    const newer = lagging([bot(200, `${marker} theirs`)]);
    expect(await publishComment(newer, 7, body, marker, 'update')).toEqual({ outcome: 'created', id: 100, url: 'url100', removedDuplicates: 1 });
    expect(newer.log).toEqual(['create 100', 'delete 200']);
    // Nothing else listed: ours is the one comment, kept untouched.
    const alone = lagging([]);
    expect(await publishComment(alone, 7, body, marker, 'update')).toEqual({ outcome: 'created', id: 100, url: 'url100', removedDuplicates: 0 });
    expect(alone.log).toEqual(['create 100']);
  });

  it('a duplicate already deleted by the other run (404) is not a failure and not counted; any other error is', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    api.racing = [bot(200), bot(300)];
    api.failDelete.set(200, err(404, 'Not Found'));
    expect(await publishComment(api, 7, body, marker, 'update')).toEqual({ outcome: 'created', id: 100, url: 'url100', removedDuplicates: 1 });
    const worse = new Scripted(() => Promise.resolve(undefined));
    worse.racing = [bot(200)];
    worse.failDelete.set(200, err(500, 'boom'));
    expect(await publishComment(worse, 7, body, marker, 'update')).toEqual({ outcome: 'failed', kind: 'unavailable', status: 500, message: 'boom' });
  });

  it('new: a comment every run, never reconciled', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    api.comments = [bot(1)];
    expect(await publishComment(api, 7, body, marker, 'new')).toEqual({ outcome: 'created', id: 101, url: 'url101', removedDuplicates: 0 });
    expect(api.log).toEqual(['create 101']);
  });

  it('an existing one is updated in place, with no duplicate check', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    api.comments = [bot(5), bot(9)];
    expect(await publishComment(api, 7, body, marker, 'update')).toEqual({ outcome: 'updated', id: 5, url: 'url5', removedDuplicates: 0 });
    expect(api.log).toEqual(['update 5']);
  });
});

describe('publishComment: modes', () => {
  it('update creates when none exists, whatever `changed` says; on-change creates by default (changed unless told)', async () => {
    const api = new Scripted(() => Promise.resolve(undefined));
    expect(await publishComment(api, 7, `${marker} a`, marker, 'update', false)).toMatchObject({ outcome: 'created', id: 100 });
    const other = new Scripted(() => Promise.resolve(undefined));
    expect(await publishComment(other, 7, `${marker} b`, marker, 'on-change')).toMatchObject({ outcome: 'created', id: 100 });
  });
});

describe('failureMessage', () => {
  it('the fork notice says why and points to the two-workflow pattern', () => {
    expect(FORK_NOTICE).toBe('model-footprint could not comment on this pull request: the token is read-only (a pull request from a fork, or `permissions` without `pull-requests: write`). The report is in the job summary and the artifact. To comment on fork pull requests, use the two-workflow pattern: this `pull_request` workflow uploads the report, and a `workflow_run` workflow posts it with `mode: comment-from` (see the README, "Pull requests from forks").');
  });

  it('each kind has its sentence; the HTTP status is shown when known', () => {
    expect(failureMessage({ outcome: 'failed', kind: 'forbidden', status: 403, message: 'Resource not accessible by integration' }))
      .toBe(`${FORK_NOTICE} (HTTP 403: Resource not accessible by integration)`);
    expect(failureMessage({ outcome: 'failed', kind: 'unauthorized', status: 401, message: 'Bad credentials' }))
      .toBe('model-footprint could not comment: GitHub refused the token (HTTP 401: Bad credentials). Check the `github-token` input: the secret may be missing, expired or revoked. The report is in the job summary and the artifact.');
    expect(failureMessage({ outcome: 'failed', kind: 'rate-limited', status: 429, message: 'Too Many Requests' }))
      .toBe("model-footprint could not comment: GitHub's API rate limit was still exceeded after waiting and retrying (HTTP 429: Too Many Requests). The report is in the job summary and the artifact; the next run updates the comment.");
    expect(failureMessage({ outcome: 'failed', kind: 'unavailable', status: undefined, message: 'socket hang up' }))
      .toBe('model-footprint could not comment: the GitHub API did not answer after retrying (socket hang up). The report is in the job summary and the artifact; the next run updates the comment.');
  });
});
