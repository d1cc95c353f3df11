/** The run's context from the runner's environment: repository, run, and the event payload. */
import { readFileSync } from 'node:fs';
import { messageOf } from './toolkit.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string | undefined;
  baseRef: string | undefined;
  headSha: string | undefined;
  /** The head repository is not the base repository (the token is read-only). */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  runId: string;
  serverUrl: string;
  workspace: string;
  pr: PullRequestInfo | undefined;
  /**
   * On `workflow_run`: the triggering run, as GitHub describes it (trusted: the event payload is
   * GitHub's, not the fork's). `prNumbers` is empty for pull requests from forks.
   */
  workflowRun: {
    id: number;
    event: string | undefined;
    headSha: string | undefined;
    headBranch: string | undefined;
    /** The head repository's owner login (the fork's owner for a fork). */
    headOwner: string | undefined;
    prNumbers: number[];
  } | undefined;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function readPayload(path: string | undefined, warn: (m: string) => void): Obj {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
  } catch (e: unknown) {
    warn(`cannot read the event payload ${path}: ${messageOf(e)}`);
    return {};
  }
}

export function readContext(env: Record<string, string | undefined>, warn: (m: string) => void): RunContext {
  const payload = readPayload(env['GITHUB_EVENT_PATH'], warn);
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '/').split('/');
  const pr = obj(payload['pull_request']);
  const base = obj(pr?.['base']);
  const head = obj(pr?.['head']);
  const headRepo = str(obj(head?.['repo'])?.['full_name']);
  const baseRepo = str(obj(base?.['repo'])?.['full_name']);
  const run = obj(payload['workflow_run']);
  const runPrs = Array.isArray(run?.['pull_requests']) ? (run['pull_requests'] as unknown[]) : [];
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    owner,
    repo,
    runId: env['GITHUB_RUN_ID'] ?? '',
    serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    pr: pr && typeof pr['number'] === 'number' ? {
      number: pr['number'],
      baseSha: str(base?.['sha']),
      baseRef: str(base?.['ref']),
      headSha: str(head?.['sha']),
      fork: obj(head?.['repo'])?.['fork'] === true || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo),
    } : undefined,
    workflowRun: run && typeof run['id'] === 'number' ? {
      id: run['id'],
      event: str(run['event']),
      headSha: str(run['head_sha']),
      headBranch: str(run['head_branch']),
      headOwner: str(obj(obj(run['head_repository'])?.['owner'])?.['login']),
      prNumbers: runPrs.map((p) => obj(p)?.['number']).filter((n): n is number => typeof n === 'number'),
    } : undefined,
  };
}

/** `https://github.com/o/r/actions/runs/1/artifacts/2`: @actions/artifact returns an id, not a URL. */
export function artifactUrl(ctx: RunContext, id: number): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
