/**
 * Committed files for `diff` and the action, spooled to disk: `git cat-file --batch-check` sizes
 * every blob the run will read (one process), then `git cat-file --batch` writes them, a group at
 * a time, into a file of the spool's own temporary folder. The analysis then reads a blob as it
 * reads a work-tree file: the ranges it needs, with positioned reads, on its worker thread. No blob
 * crosses a pipe into this thread or is held whole in memory (the pipe cost more CPU here than
 * git's own inflating: bench/diff.ts).
 *
 * Groups grow from GROUP_FIRST_BYTES fourfold up to GROUP_MAX_BYTES (the first analyses start
 * while later groups are written); the next group is written only while the groups written and
 * not yet released hold under SPOOL_AHEAD_BYTES; a group's file is deleted as soon as every
 * read of it is released, the folder at close().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FootprintError } from '../diagnostics/diagnostic.js';
import { gitEnv } from './exec.js';

/** Largest blob read (as `git cat-file blob` was limited before): a larger one is refused, never written. */
export const MAX_BLOB_BYTES = 4 * 1024 * 1024 * 1024 - 1;
/** The first group's content bytes (one blob at least): the first base analysis waits for it alone. */
export const GROUP_FIRST_BYTES = 1024 * 1024;
/** Each group may hold four times the previous one's bytes, up to this. */
export const GROUP_MAX_BYTES = 256 * 1024 * 1024;
/** Bytes written and not yet released past which no further group is written (one group always may be). */
export const SPOOL_AHEAD_BYTES = 512 * 1024 * 1024;

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A blob in the spool: `size` bytes at `offset` of `file`. */
export interface SpooledBlob {
  file: string;
  offset: number;
  size: number;
}

export interface SpoolLimits {
  maxBlobBytes: number;
  groupFirstBytes: number;
  groupMaxBytes: number;
  aheadBytes: number;
}

interface Group {
  file: string;
  ids: string[];
  /** Content bytes (what the ahead bound counts). */
  bytes: number;
  /** The file's size once written: every answer's header line, content and LF. */
  end: number;
  /** Reads not yet released. */
  asks: number;
  state: 'waiting' | 'writing' | 'written' | 'failed' | 'released';
  written: Promise<void>;
  settle(error?: FootprintError): void;
}

interface Entry {
  size: number;
  group?: Group;
  offset?: number;
  error?: FootprintError;
}

const gitError = (message: string): FootprintError => new FootprintError('E_GIT', message);

export class BlobSpool {
  private readonly limits: SpoolLimits;
  private dir: string | undefined;
  /** Reads planned (or made) per id, not yet released. */
  private readonly asks = new Map<string, number>();
  private readonly entries = new Map<string, Entry>();
  /** Ids planned since the last size check. */
  private unchecked: string[] = [];
  private checking: Promise<void> | undefined;
  private readonly groups: Group[] = [];
  /** Content bytes of the groups being written or written, not released. */
  private outstanding = 0;
  private readonly children = new Set<ChildProcess>();
  private closed = false;
  private readonly onExit = (): void => this.removeFolder();

  constructor(private readonly repoDir: string, limits: Partial<SpoolLimits> = {}) {
    this.limits = { maxBlobBytes: MAX_BLOB_BYTES, groupFirstBytes: GROUP_FIRST_BYTES, groupMaxBytes: GROUP_MAX_BYTES, aheadBytes: SPOOL_AHEAD_BYTES, ...limits };
  }

  /** The blobs the run will read, in that order (an id twice: read twice, released twice). */
  plan(ids: readonly string[]): void {
    for (const id of ids) {
      const n = this.asks.get(id) ?? 0;
      this.asks.set(id, n + 1);
      if (n === 0 && !this.entries.has(id)) this.unchecked.push(id);
    }
  }

  /** Where blob `id` is, once its group is written. Rejects with E_GIT (missing, not a file, git failed) or E_LIMIT. */
  async read(id: string): Promise<SpooledBlob> {
    if (!OBJECT_ID.test(id)) throw gitError(`'${id}' is not a full object id`);
    if (this.closed) throw gitError('the blob spool was closed');
    if (!this.asks.has(id)) this.plan([id]);
    await this.check();
    if (this.closed) throw gitError('the blob spool was closed');
    const e = this.entries.get(id) as Entry;
    if (e.error) throw e.error;
    const g = e.group as Group;
    this.pump();
    await g.written;
    return { file: g.file, offset: e.offset as number, size: e.size };
  }

  /** One read of `id` is over: its group's file goes once all of its reads are. */
  release(id: string): void {
    const n = this.asks.get(id);
    if (n === undefined || n === 0) return;
    this.asks.set(id, n - 1);
    const g = this.entries.get(id)?.group;
    if (!g) return;
    g.asks--;
    if (g.asks === 0 && g.state === 'written') this.drop(g);
  }

  /** A written group nobody will read again: its file goes, and the next group may be written. */
  private drop(g: Group): void {
    g.state = 'released';
    this.outstanding -= g.bytes;
    removeQuietly(g.file);
    this.pump();
  }

  /** Stops git and removes the folder; reads not yet answered fail. */
  close(): void {
    this.closed = true;
    for (const c of this.children) c.kill();
    this.children.clear();
    for (const g of this.groups) if (g.state === 'waiting' || g.state === 'writing') g.settle(gitError('the blob spool was closed'));
    this.removeFolder();
  }

  private removeFolder(): void {
    process.off('exit', this.onExit);
    if (this.dir !== undefined) removeQuietly(this.dir);
    this.dir = undefined;
  }

  private folder(): string {
    if (this.dir === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'model-footprint-blobs-'));
      process.on('exit', this.onExit);
    }
    return this.dir;
  }

  /** Sizes the ids planned since the last check and groups them (one `--batch-check` per new batch of ids). */
  private check(): Promise<void> {
    if (this.unchecked.length === 0) return this.checking ?? Promise.resolve();
    const ids = this.unchecked;
    this.unchecked = [];
    const before = this.checking ?? Promise.resolve();
    this.checking = before.then(() => this.sizes(ids)).then((lines) => this.group(ids, lines));
    return this.checking;
  }

  /** `git cat-file --batch-check` for `ids`: one answer line per id. */
  private async sizes(ids: readonly string[]): Promise<string[]> {
    const r = await this.catFile('--batch-check', ids, 'pipe');
    const lines = r.stdout.toString('utf8').split('\n').slice(0, ids.length);
    if (r.failure !== undefined || lines.length !== ids.length) throw gitError(r.message(r.failure ?? `exited (code ${String(r.code)})`));
    return lines;
  }

  /**
   * `git cat-file <mode>` fed `ids`, its output to `out` (a descriptor, or 'pipe': collected). Settles
   * once git has exited; never rejects: `failure` says why it did not run or exited non-zero, and
   * `message` words an error about it with git's last stderr lines.
   */
  private catFile(mode: '--batch' | '--batch-check', ids: readonly string[], out: 'pipe' | number): Promise<{ code: number | null; stdout: Buffer; failure?: string; message(why: string): string }> {
    return new Promise((resolve) => {
      const child = spawn('git', ['-C', this.repoDir, 'cat-file', mode], { stdio: ['pipe', out, 'pipe'], windowsHide: true, env: gitEnv() });
      this.children.add(child);
      const stdout: Buffer[] = [];
      let err = '';
      let failure: string | undefined;
      child.stdout?.on('data', (d: Buffer) => stdout.push(d));
      child.stderr?.on('data', (d: Buffer) => { err = (err + d.toString('utf8')).slice(-2000); });
      child.stdin?.on('error', () => { /* the close handler reports it */ });
      child.on('error', (e: unknown) => { failure ??= `could not run: ${e instanceof Error ? e.message : String(e)}`; });
      // 'close', not 'exit': it comes after stderr has been read whole, so git's message is in the error
      child.on('close', (code) => {
        this.children.delete(child);
        resolve({
          code, stdout: Buffer.concat(stdout),
          ...(failure !== undefined || code !== 0 ? { failure: failure ?? `exited (code ${String(code)})` } : {}),
          message: (why) => `\`git cat-file ${mode}\` in ${this.repoDir} ${why}${err.trim() ? `: ${err.trim()}` : ''}`,
        });
      });
      child.stdin?.end(`${ids.join('\n')}\n`);
    });
  }

  /** Content bytes group `k` may hold (a single larger blob makes a group of its own). */
  private groupLimit(k: number): number {
    return Math.min(this.limits.groupFirstBytes * 4 ** Math.min(k, 32), this.limits.groupMaxBytes);
  }

  private group(ids: readonly string[], lines: readonly string[]): void {
    let current: Group | undefined;
    ids.forEach((id, i) => {
      const line = lines[i] as string;
      const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
      if (!m || m[1] !== id) {
        this.entries.set(id, { size: 0, error: gitError(line === `${id} missing` ? `object ${id} is not in the repository` : `unexpected \`git cat-file --batch-check\` answer: ${JSON.stringify(line.slice(0, 200))}`) });
        return;
      }
      const size = Number(m[3]);
      if (m[2] !== 'blob') { this.entries.set(id, { size, error: gitError(`object ${id} is a ${m[2] as string}, not a file`) }); return; }
      if (size > this.limits.maxBlobBytes) {
        this.entries.set(id, { size, error: new FootprintError('E_LIMIT', `object ${id} is ${size.toLocaleString('en-US')} bytes; the limit is ${this.limits.maxBlobBytes.toLocaleString('en-US')}`) });
        return;
      }
      if (current === undefined || (current.ids.length > 0 && current.bytes + size > this.groupLimit(this.groups.length - 1))) current = this.newGroup();
      const offset = current.end + header(id, size).length;
      current.ids.push(id);
      current.bytes += size;
      current.end = offset + size + 1;
      current.asks += this.asks.get(id) ?? 0;
      this.entries.set(id, { size, group: current, offset });
    });
  }

  private newGroup(): Group {
    let settle: Group['settle'] = () => undefined;
    const written = new Promise<void>((resolve, reject) => { settle = (e) => (e ? reject(e) : resolve()); });
    written.catch(() => undefined); // read() awaits it; a group nobody reads may fail unobserved
    const g: Group = { file: '', ids: [], bytes: 0, end: 0, asks: 0, state: 'waiting', written, settle: () => undefined };
    g.settle = (e) => {
      if (g.state !== 'waiting' && g.state !== 'writing') return;
      if (g.state === 'writing' && !e) g.state = 'written';
      else g.state = 'failed';
      settle(e);
    };
    this.groups.push(g);
    return g;
  }

  /** Writes the next group while none is being written and the written ones leave room. */
  private pump(): void {
    if (this.closed || this.groups.some((g) => g.state === 'writing')) return;
    const next = this.groups.find((g) => g.state === 'waiting');
    if (!next || (this.outstanding > 0 && this.outstanding + next.bytes > this.limits.aheadBytes)) return;
    this.write(next);
  }

  private write(g: Group): void {
    g.state = 'writing';
    this.outstanding += g.bytes;
    let written;
    try {
      g.file = join(this.folder(), `group-${this.groups.indexOf(g)}.bin`);
      const fd = openSync(g.file, 'w');
      try {
        written = this.catFile('--batch', g.ids, fd);
      } finally {
        closeSync(fd); // the child has its own copy
      }
    } catch (e: unknown) {
      // the temporary folder cannot be made or written: every group fails alike, each once it is asked for
      this.failGroup(g, new FootprintError('E_TEMP', `cannot write the base versions of the changed models to a temporary file: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    void written.then((r) => {
      if (g.state !== 'writing') return; // closed meanwhile
      const problem = r.failure ?? this.verify(g);
      if (problem !== undefined) { this.failGroup(g, gitError(r.message(problem))); return; }
      g.settle();
      if (g.asks === 0) this.drop(g);
      else this.pump();
    });
  }

  /** A group that could not be written: its reads fail with `e`, and its room goes to the next group. */
  private failGroup(g: Group, e: FootprintError): void {
    this.outstanding -= g.bytes;
    g.settle(e);
    this.pump();
  }

  /** The group's file holds exactly the answers the sizes announced (each header where expected). */
  private verify(g: Group): string | undefined {
    const size = statSync(g.file).size;
    if (size !== g.end) return `wrote ${size} bytes for ${g.ids.length} blob${g.ids.length === 1 ? '' : 's'}, ${g.end} expected`;
    const fd = openSync(g.file, 'r');
    try {
      let at = 0;
      for (const id of g.ids) {
        const e = this.entries.get(id) as Entry;
        const h = header(id, e.size);
        const got = Buffer.alloc(h.length);
        readSync(fd, got, 0, h.length, at);
        if (got.toString('latin1') !== h) return `answered ${JSON.stringify(got.toString('latin1').trim())} where ${JSON.stringify(h.trim())} was expected`;
        at += h.length + e.size + 1;
      }
    } finally {
      closeSync(fd);
    }
    return undefined;
  }
}

/**
 * Removes a spool file or folder; a failure is left alone (Windows refuses to delete a file still
 * open, which a worker stopped mid-read leaves open): it is a temporary file, the run goes on.
 */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch (e: unknown) {
    void e;
  }
}

function header(id: string, size: number): string {
  return `${id} blob ${size}\n`;
}
