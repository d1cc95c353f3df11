/**
 * A local stand-in for what the action talks to, on 127.0.0.1 (random port), recording every
 * request: the REST endpoints for issue comments (pagination by Link headers), GET /user, the
 * artifact results service's Twirp endpoints (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL), the cache service's (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL: exact key and version, immutable entries) and a blob store speaking
 * the two Azure block-blob calls the uploads use.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment { id: number; body: string; user: { login: string; type: string }; html_url: string; issue: number }
export interface RecordedRequest { method: string; path: string; body: string; at: number }
export interface PullRequest { number: number; state: 'open' | 'closed'; headSha: string; headLabel: string; baseRepo: string }
/** A canned failure: answered instead of the real handler, once per listed item, for matching requests. */
export interface Injected { status: number; headers?: Record<string, string>; message?: string; hangUpMs?: number }
export interface Artifact { id: number; name: string; blob: string; size: number }
export interface CacheEntry { key: string; version: string; blob: string; size: number; finalized: boolean }

export interface FakeOptions {
  /** Status for POST/PATCH on comments (a fork's read-only token: 403). */
  writeStatus?: number;
  /** Login for GET /user; undefined: 403 as for a GITHUB_TOKEN. */
  userLogin?: string;
  perPage?: number;
  /** HTTP status for every cache service call (an outage: 503, a denied token: 403). */
  cacheStatus?: number;
  /** Milliseconds each comment-listing page waits before answering (a slow API: races). */
  listDelayMs?: number;
  /**
   * The first N comment listings are held until all N have arrived, then answered together: N
   * concurrent runs that all list before any of them creates (the race, made deterministic).
   */
  listBarrier?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly artifacts: Artifact[] = [];
  readonly caches: CacheEntry[] = [];
  readonly blobs = new Map<string, Buffer>();
  readonly pulls: PullRequest[] = [];
  private readonly injected: { method: string; path: RegExp; queue: Injected[] }[] = [];
  private readonly held: (() => void)[] = [];
  private barrierLeft = 0;
  private readonly blocks = new Map<string, Buffer>();
  private nextId = 1000;
  private server: Server;
  url = '';

  constructor(public options: FakeOptions = {}) {
    this.barrierLeft = options.listBarrier ?? 0;
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  /** Seeds a comment written by someone (another user, or the bot). */
  addComment(issue: number, body: string, login: string): Comment {
    const c: Comment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: '', issue };
    c.html_url = `https://github.com/o/r/pull/${issue}#issuecomment-${c.id}`;
    this.comments.push(c);
    return c;
  }

  /** The next matching requests get these answers, one each, in order (then the real handler). */
  inject(method: string, path: RegExp, ...answers: Injected[]): void {
    this.injected.push({ method, path, queue: [...answers] });
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname + url.search, body: url.pathname.startsWith('/blob/') ? `<${body.length} bytes>` : body.toString('utf8'), at: Date.now() });
    const hit = this.injected.find((i) => i.method === method && i.path.test(url.pathname) && i.queue.length > 0);
    const answer = hit?.queue.shift();
    if (answer) {
      return this.json(res, answer.status, { message: answer.message ?? `injected ${answer.status}`, documentation_url: 'https://docs.github.com/rest' }, answer.headers ?? {});
    }
    if (url.pathname.startsWith('/twirp/')) return this.twirp(res, url.pathname.split('/').pop() ?? '', body);
    if (url.pathname.startsWith('/blob/')) return this.blob(req, res, url, body);
    if (method === 'GET' && url.pathname === '/user') {
      if (this.options.userLogin) return this.json(res, 200, { login: this.options.userLogin, type: 'User' });
      return this.json(res, 403, { message: 'Resource not accessible by integration' });
    }
    let m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && method === 'GET') {
      const issue = Number(m[1]);
      const answer = (): void => {
        if (this.options.listDelayMs) setTimeout(() => this.list(res, url, issue), this.options.listDelayMs);
        else this.list(res, url, issue);
      };
      if (this.barrierLeft > 0) {
        this.held.push(answer);
        if (--this.barrierLeft === 0) for (const h of this.held.splice(0)) h();
        return;
      }
      return answer();
    }
    if (m && method === 'POST') {
      if (this.options.writeStatus) return this.json(res, this.options.writeStatus, { message: 'Resource not accessible by integration' });
      const c = this.addComment(Number(m[1]), (JSON.parse(body.toString()) as { body: string }).body, 'github-actions[bot]');
      return this.json(res, 201, c);
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      if (this.options.writeStatus) return this.json(res, this.options.writeStatus, { message: 'Resource not accessible by integration' });
      const c = this.comments.find((x) => x.id === Number(m?.[1]));
      if (!c) return this.json(res, 404, { message: 'Not Found' });
      c.body = (JSON.parse(body.toString()) as { body: string }).body;
      return this.json(res, 200, c);
    }
    if (m && method === 'DELETE') {
      const i = this.comments.findIndex((x) => x.id === Number(m?.[1]));
      if (i < 0) return this.json(res, 404, { message: 'Not Found' });
      this.comments.splice(i, 1);
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.exec(url.pathname)) {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      return this.json(res, 200, this.pulls.filter((p) => (head === null || p.headLabel === head) && (state === 'all' || p.state === state)).map((p) => this.pullJson(p)));
    }
    m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(url.pathname);
    if (m && method === 'GET') return this.json(res, 200, this.pulls.filter((p) => p.headSha === m?.[1]).map((p) => this.pullJson(p)));
    this.json(res, 404, { message: `no fake for ${method} ${url.pathname}` });
  }

  private pullJson(p: PullRequest): unknown {
    const [owner = '', name = ''] = p.baseRepo.split('/');
    return {
      number: p.number, state: p.state,
      head: { sha: p.headSha, label: p.headLabel, ref: p.headLabel.split(':')[1] ?? '' },
      base: { ref: 'main', repo: { full_name: p.baseRepo, name, owner: { login: owner } } },
    };
  }

  private list(res: ServerResponse, url: URL, issue: number): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.perPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = this.comments.filter((c) => c.issue === issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url.href);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers['link'] = `<${next.href}>; rel="next", <${next.href.replace(/page=\d+/, `page=${last}`)}>; rel="last"`;
    }
    this.json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
  }

  private twirp(res: ServerResponse, method: string, body: Buffer): void {
    const req = JSON.parse(body.toString() || '{}') as Record<string, unknown>;
    const ids = { workflowRunBackendId: 'run-backend', workflowJobRunBackendId: 'job-backend' };
    if (/Cache/.test(method)) return this.cache(res, method, req);
    switch (method) {
      case 'CreateArtifact': {
        const name = String(req['name']);
        if (this.artifacts.some((a) => a.name === name)) return this.json(res, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` });
        return this.json(res, 200, { ok: true, signedUploadUrl: `${this.url}/blob/${encodeURIComponent(name)}.zip?sig=fake` });
      }
      case 'FinalizeArtifact': {
        const name = String(req['name']);
        const a: Artifact = { id: this.nextId++, name, blob: `${name}.zip`, size: Number(req['size'] ?? 0) };
        this.artifacts.push(a);
        return this.json(res, 200, { ok: true, artifactId: String(a.id) });
      }
      case 'ListArtifacts': {
        // protobuf JSON: snake_case names, an Int64Value wrapper written as its plain value.
        const filter = req['id_filter'] as string | undefined;
        const list = this.artifacts.filter((a) => filter === undefined || String(a.id) === String(filter));
        return this.json(res, 200, {
          artifacts: list.map((a) => ({ ...ids, databaseId: String(a.id), name: a.name, size: String(a.size), createdAt: new Date().toISOString() })),
        });
      }
      case 'GetSignedArtifactURL':
        return this.json(res, 200, { signedUrl: `${this.url}/blob/${encodeURIComponent(String(req['name']))}.zip?sig=fake` });
      default:
        return this.json(res, 404, { code: 'bad_route', msg: `no fake for ${method}` });
    }
  }

  private cache(res: ServerResponse, method: string, req: Record<string, unknown>): void {
    if (this.options.cacheStatus) return this.json(res, this.options.cacheStatus, { code: 'unavailable', msg: 'cache service unavailable' });
    const key = String(req['key']);
    const version = String(req['version']);
    const found = this.caches.find((c) => c.key === key && c.version === version);
    switch (method) {
      case 'CreateCacheEntry': {
        if (found) return this.json(res, 409, { code: 'already_exists', msg: 'cache entry already exists' });
        const blob = `cache-${this.caches.length + 1}.tzst`;
        this.caches.push({ key, version, blob, size: 0, finalized: false });
        return this.json(res, 200, { ok: true, signed_upload_url: `${this.url}/blob/${blob}?sig=fake` });
      }
      case 'FinalizeCacheEntryUpload':
        if (!found || !this.blobs.has(found.blob)) return this.json(res, 200, { ok: false, message: 'nothing uploaded' });
        found.finalized = true;
        found.size = Number(req['size_bytes'] ?? 0);
        return this.json(res, 200, { ok: true, entry_id: String(this.caches.indexOf(found) + 1) });
      case 'GetCacheEntryDownloadURL':
        if (!found?.finalized) return this.json(res, 200, { ok: false });
        return this.json(res, 200, { ok: true, signed_download_url: `${this.url}/blob/${found.blob}?sig=fake`, matched_key: key });
      default:
        return this.json(res, 404, { code: 'bad_route', msg: `no fake for ${method}` });
    }
  }

  /** Azure block blobs: PUT ?comp=block&blockid=X (stage), PUT ?comp=blocklist (commit), PUT (single shot), GET. */
  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const name = decodeURIComponent(url.pathname.slice('/blob/'.length));
    const headers = { 'x-ms-request-id': 'fake', 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString() };
    if (req.method === 'GET') {
      const data = this.blobs.get(name);
      if (!data) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(data.length) });
      res.end(data);
      return;
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blocks.set(`${name}|${url.searchParams.get('blockid')}`, body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((x) => x[1]);
      this.blobs.set(name, Buffer.concat(ids.map((id) => this.blocks.get(`${name}|${id}`) ?? Buffer.alloc(0))));
    } else {
      this.blobs.set(name, body);
    }
    res.writeHead(201, headers);
    res.end();
  }
}
