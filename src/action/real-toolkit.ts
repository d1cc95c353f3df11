/** The Toolkit over @actions/core, @actions/github and @actions/artifact (the only file importing them). */
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { makeOctokit } from './octokit.js';
import { realCache } from './real-cache.js';
import type { ArtifactApi, GitHubApi, IssueComment, PullRequestRef, Toolkit } from './toolkit.js';

interface RawComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
  html_url: string;
}

function comment(c: RawComment): IssueComment {
  return { id: c.id, body: c.body ?? '', user: c.user?.login ?? '', htmlUrl: c.html_url };
}

interface RawPull {
  number: number;
  state: string;
  head: { sha: string };
  base: { repo: { full_name: string } | null };
}

function pull(p: RawPull): PullRequestRef {
  return { number: p.number, state: p.state, headSha: p.head.sha, baseRepo: p.base.repo?.full_name ?? '' };
}

function githubApi(token: string): GitHubApi {
  const octokit = makeOctokit(token, (m) => core.info(m));
  const { owner, repo } = repoOf();
  return {
    async authenticatedLogin() {
      const r = await octokit.rest.users.getAuthenticated();
      return r.data.login;
    },
    async *listIssueComments(issue: number) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
      for await (const page of pages) yield (page.data as RawComment[]).map(comment);
    },
    async createComment(issue: number, body: string) {
      return comment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data);
    },
    async updateComment(commentId: number, body: string) {
      return comment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data);
    },
    async deleteComment(commentId: number) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
    },
    async openPullsForHead(label: string) {
      const r = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: label, per_page: 100 });
      return (r.data as RawPull[]).map(pull);
    },
    async pullsForCommit(sha: string) {
      const r = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
      return (r.data as RawPull[]).map(pull);
    },
  };
}

function repoOf(): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '/').split('/');
  return { owner, repo };
}

function artifactApi(): ArtifactApi {
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files, rootDirectory) {
      const r = await client.uploadArtifact(name, files, rootDirectory);
      return { id: r.id, name, size: r.size };
    },
    async list() {
      const r = await client.listArtifacts({ latest: true });
      return r.artifacts.map((a) => ({ id: a.id, name: a.name }));
    },
    async download(id, dir) {
      await client.downloadArtifact(id, { path: dir });
    },
  };
}

export function realToolkit(): Toolkit {
  const clients = new Map<string, GitHubApi>();
  let artifacts: ArtifactApi | undefined;
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    notice: (m) => core.notice(m),
    error: (m) => core.error(m),
    async appendSummary(markdown) {
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (m) => core.setFailed(m),
    github(token) {
      let c = clients.get(token);
      if (!c) clients.set(token, (c = githubApi(token)));
      return c;
    },
    artifacts() {
      return (artifacts ??= artifactApi());
    },
    cache: realCache(),
  };
}
