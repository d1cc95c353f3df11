/** runAction and the sticky comment with a fake toolkit (no processes, no network). */
import { describe, expect, it } from 'vitest';
import { publishComment, findSticky } from '../../src/action/comment.js';
import { runAction } from '../../src/action/run.js';
import type { GitHubApi, IssueComment, PullRequestRef, Toolkit } from '../../src/action/toolkit.js';

class FakeApi implements GitHubApi {
  comments: IssueComment[] = [];
  calls: string[] = [];
  constructor(private login: string | undefined, private denyWrites = false) {}
  authenticatedLogin(): Promise<string | undefined> {
    if (this.login === undefined) return Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }));
    return Promise.resolve(this.login);
  }
  async *listIssueComments(): AsyncIterable<IssueComment[]> {
    for (let i = 0; i < this.comments.length; i += 2) { this.calls.push(`page ${i / 2 + 1}`); yield this.comments.slice(i, i + 2); }
  }
  createComment(_issue: number, body: string): Promise<IssueComment> {
    if (this.denyWrites) return Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 }));
    const c = { id: this.comments.length + 1, body, user: this.login ?? 'github-actions[bot]', htmlUrl: `u${this.comments.length + 1}` };
    this.comments.push(c);
    return Promise.resolve(c);
  }
  updateComment(id: number, body: string): Promise<IssueComment> {
    const c = this.comments.find((x) => x.id === id);
    if (!c) return Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
    c.body = body;
    return Promise.resolve(c);
  }
  deleteComment(id: number): Promise<void> {
    this.comments = this.comments.filter((c) => c.id !== id);
    return Promise.resolve();
  }
  openPullsForHead(): Promise<PullRequestRef[]> { return Promise.resolve([]); }
  pullsForCommit(): Promise<PullRequestRef[]> { return Promise.resolve([]); }
}

const marker = '<!-- model-footprint:default -->';
const seed = (api: FakeApi, user: string, body: string) => api.comments.push({ id: api.comments.length + 1, body, user, htmlUrl: '' });

describe('sticky comment', () => {
  it('finds our marked comment on a later page, ignoring marked comments of other users', async () => {
    const api = new FakeApi(undefined);
    seed(api, 'alice', 'hi');
    seed(api, 'mallory', `${marker} fake`);
    seed(api, 'github-actions[bot]', 'another bot comment');
    seed(api, 'github-actions[bot]', `${marker} ours`);
    expect((await findSticky(api, 1, marker))?.id).toBe(4);
    expect(api.calls).toEqual(['page 1', 'page 2']);
    const r = await publishComment(api, 1, `${marker} new`, marker, 'update');
    expect(r).toMatchObject({ outcome: 'updated', id: 4 });
    expect(api.comments).toHaveLength(4);
  });

  it('uses the authenticated login when the token can tell (a personal token)', async () => {
    const api = new FakeApi('octocat');
    seed(api, 'github-actions[bot]', `${marker} not ours for this token`);
    const r = await publishComment(api, 1, `${marker} x`, marker, 'update');
    expect(r).toMatchObject({ outcome: 'created', id: 2 });
  });

  it('new always creates, off does nothing, 403 is an outcome not an exception', async () => {
    const api = new FakeApi(undefined);
    seed(api, 'github-actions[bot]', marker);
    expect(await publishComment(api, 1, marker, marker, 'new')).toMatchObject({ outcome: 'created' });
    expect(await publishComment(api, 1, marker, marker, 'off')).toEqual({ outcome: 'off' });
    expect(await publishComment(new FakeApi(undefined, true), 1, marker, marker, 'update')).toMatchObject({ outcome: 'failed', kind: 'forbidden', status: 403 });
  });

  it('on-change creates nothing when no model changed, but still updates an existing comment', async () => {
    const api = new FakeApi(undefined);
    expect(await publishComment(api, 1, `${marker} none`, marker, 'on-change', false)).toEqual({ outcome: 'skipped' });
    expect(api.comments).toHaveLength(0);
    expect(await publishComment(api, 1, `${marker} one`, marker, 'on-change', true)).toMatchObject({ outcome: 'created' });
    expect(await publishComment(api, 1, `${marker} none again`, marker, 'on-change', false)).toMatchObject({ outcome: 'updated', id: 1 });
    expect(api.comments.map((c) => c.body)).toEqual([`${marker} none again`]);
  });
});

function fakeToolkit(inputs: Record<string, string>): Toolkit & { log: string[]; failed: string[] } {
  const log: string[] = [];
  const failed: string[] = [];
  return {
    log, failed,
    getInput: (n) => inputs[n] ?? '',
    setOutput: (n, v) => log.push(`output ${n}=${v}`),
    info: (m) => log.push(m), warning: (m) => log.push(`warning ${m}`), notice: (m) => log.push(`notice ${m}`), error: (m) => log.push(`error ${m}`),
    appendSummary: () => Promise.resolve(),
    setFailed: (m) => failed.push(m),
    github: () => new FakeApi(undefined),
    artifacts: () => { throw new Error('no artifacts here'); },
    cache: { restore: () => Promise.resolve(false), save: () => Promise.resolve() },
  };
}

describe('runAction', () => {
  it('fails with the input named on a bad input, before touching git or GitHub', async () => {
    const tk = fakeToolkit({ 'fail-on': 'always' });
    expect(await runAction(tk, { env: { GITHUB_WORKSPACE: process.cwd() } })).toBe(1);
    expect(tk.failed[0]).toMatch(/^input 'fail-on': must be one of budget, regression, new-sw-epochs, never/);
  });

  it('fails with the git hint when the base cannot be found', async () => {
    const tk = fakeToolkit({ 'base-ref': 'no-such-ref-anywhere' });
    expect(await runAction(tk, { env: { GITHUB_WORKSPACE: process.cwd() } })).toBe(1);
    expect(tk.failed[0]).toMatch(/CLI ERROR E_GIT: .*no-such-ref-anywhere[\s\S]*hint: .*fetch-depth: 0/);
  });
});

describe('failures: one line per problem, in the comment\'s units', () => {
  it('budgets in KiB with the share; a regression from 0 is not Infinity%', async () => {
    const { failures } = await import('../../src/action/run.js');
    const { readSettings } = await import('../../src/action/settings.js');
    const s = readSettings({ getInput: (n: string) => ({ 'fail-on': 'budget,regression' } as Record<string, string>)[n] ?? '' }, process.cwd());
    const lines = failures(s, {
      exceeded: [{ path: 'm.onnx', target: 'stm32h7', kind: 'ram', used: 3 * 1024, limit: 2 * 1024 }],
      regressions: [
        { path: 'm.onnx', target: 'stm32h7', metric: 'macc', base: 0, head: 50_000, pct: Infinity, threshold: 5 },
        { path: 'm.onnx', target: 'stm32h7', metric: 'flash', base: 1024, head: 1536, pct: 50, threshold: 5 },
      ],
      newSwEpochs: [], usage: [],
    }, []);
    expect(lines).toEqual([
      'm.onnx (stm32h7): RAM 3.0 KiB exceeds the budget of 2.0 KiB (150%)',
      'm.onnx (stm32h7): MACC grew from nothing (0 -> 50.0 k), threshold 5%',
      'm.onnx (stm32h7): Flash grew 50.0% (1.0 KiB -> 1.5 KiB), threshold 5%',
    ]);
  });

  it('latency in milliseconds, never in bytes nor called Flash; unplaced buffers as what they are', async () => {
    const { failures } = await import('../../src/action/run.js');
    const { readSettings } = await import('../../src/action/settings.js');
    const s = readSettings({ getInput: (n: string) => ({ 'fail-on': 'budget,regression' } as Record<string, string>)[n] ?? '' }, process.cwd());
    const lines = failures(s, {
      exceeded: [
        { path: 'm.onnx', target: 'stm32h7', kind: 'latency', used: 36, limit: 30 },
        // 768 KiB + 320 KiB = 1,114,112 B = 1.06 MiB
        { path: 'm.onnx', target: 'stm32h7', kind: 'unplaced', holds: 'activations', buffers: 2, used: 1_114_112, limit: 0 },
        { path: 'm.onnx', target: 'stm32h7', kind: 'unplaced', holds: 'weights', buffers: 1, used: 1536, limit: 0 },
      ],
      regressions: [{ path: 'm.onnx', target: 'stm32h7', metric: 'latency', base: 20, head: 25, pct: 25, threshold: 10 }],
      newSwEpochs: [], usage: [],
    }, []);
    expect(lines).toEqual([
      'm.onnx (stm32h7): latency 36.00 ms exceeds the budget of 30.00 ms (120%)',
      'm.onnx (stm32h7): 2 activation buffers, 1.06 MiB, fit in no pool of the target: the model does not fit (its JSON report\'s pools.unplaced lists them; a board with more memory is a target file extending stm32h7 with its pools)',
      'm.onnx (stm32h7): 1 weight segment, 1.5 KiB, fits in no pool of the target: the model does not fit (its JSON report\'s pools.unplaced lists them; a board with more memory is a target file extending stm32h7 with its pools)',
      'm.onnx (stm32h7): latency grew 25.0% (20.00 ms -> 25.00 ms), threshold 10%',
    ]);
  });
});
