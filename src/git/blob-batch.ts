/**
 * Blobs by id through one long-lived `git cat-file --batch` process: `diff` and the action read
 * every base model (and every head model of a committed head) through it, instead of starting one
 * `git cat-file blob` per file. Requests are answered in the order they were written; each answer is
 * `<oid> <type> <size>\n<bytes>\n`, or `<name> missing\n`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FootprintError } from '../diagnostics/diagnostic.js';

interface Pending {
  id: string;
  resolve(bytes: Uint8Array): void;
  reject(e: unknown): void;
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Largest blob read (as `git cat-file blob` was limited before): a larger one is refused, not allocated. */
export const MAX_BLOB_BYTES = 4 * 1024 * 1024 * 1024 - 1;

export class BlobBatch {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  /** Bytes received and not yet consumed (header lines arrive in pieces). */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The answer being filled: its bytes, and how many have arrived. */
  private body: { bytes: Uint8Array; filled: number } | undefined;
  /** The LF that ends an answer's content is still to come. */
  private skipNewline = false;
  private stderr = '';

  /** Bytes of a refused answer still to be skipped. */
  private discard = 0;

  constructor(private readonly repoDir: string, private readonly maxBytes = MAX_BLOB_BYTES) {}

  /** The bytes of blob `id` (a full object id). Rejects with E_GIT when it is missing or not a blob. */
  read(id: string): Promise<Uint8Array> {
    if (!OBJECT_ID.test(id)) return Promise.reject(new FootprintError('E_GIT', `'${id}' is not a full object id`));
    const child = this.process();
    return new Promise((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      child.stdin.write(`${id}\n`);
    });
  }

  /** Ends the git process (pending reads fail); the owner calls it when done (an open process keeps Node running). */
  close(): void {
    const child = this.child;
    this.child = undefined;
    if (child) child.stdin.end();
    this.failAll(new FootprintError('E_GIT', '`git cat-file --batch` was closed'));
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['-C', this.repoDir, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    this.child = child;
    this.chunks = [];
    this.buffered = 0;
    this.body = undefined;
    this.discard = 0;
    this.skipNewline = false;
    child.stdout.on('data', (d: Buffer) => {
      try {
        this.receive(d);
      } catch (e: unknown) {
        // A blob that cannot be held (allocation failed): every pending read fails, typed; the
        // stream's position is lost, so the process goes and the next read starts a new one.
        this.failAll(new FootprintError('E_RESOURCE', `reading a blob from \`git cat-file --batch\` failed: ${e instanceof Error ? e.message : String(e)}`));
        if (this.child === child) this.child = undefined;
        child.kill();
      }
    });
    child.stderr.on('data', (d: Buffer) => { this.stderr = (this.stderr + d.toString('utf8')).slice(-2000); });
    const gone = (why: string): void => {
      if (this.child === child) this.child = undefined;
      this.failAll(new FootprintError('E_GIT', `\`git cat-file --batch\` in ${this.repoDir} ${why}${this.stderr.trim() ? `: ${this.stderr.trim()}` : ''}`));
    };
    child.on('error', (e: unknown) => gone(`could not run: ${e instanceof Error ? e.message : String(e)}`));
    // 'close', not 'exit': it comes after stderr has been read whole, so git's message is in the error
    child.on('close', (code) => gone(`exited (code ${String(code)})`));
    child.stdin.on('error', () => { /* the exit handler reports it */ });
    return child;
  }

  private failAll(e: unknown): void {
    for (const p of this.pending.splice(0)) p.reject(e);
    this.body = undefined;
    this.discard = 0;
  }

  private receive(d: Buffer): void {
    let data = d;
    while (data.length > 0) {
      if (this.discard > 0) {
        const take = Math.min(this.discard, data.length);
        this.discard -= take;
        data = data.subarray(take);
        if (this.discard === 0) this.skipNewline = true;
        continue;
      }
      if (this.body) {
        const { bytes } = this.body;
        const take = Math.min(bytes.length - this.body.filled, data.length);
        bytes.set(data.subarray(0, take), this.body.filled);
        this.body.filled += take;
        data = data.subarray(take);
        if (this.body.filled === bytes.length) {
          this.body = undefined;
          this.pending.shift()?.resolve(bytes);
          this.skipNewline = true;
        }
        continue;
      }
      if (this.skipNewline) {
        this.skipNewline = false;
        data = data.subarray(1); // the LF after the content
        continue;
      }
      const nl = data.indexOf(0x0a);
      if (nl < 0) {
        this.chunks.push(data);
        this.buffered += data.length;
        if (this.buffered > 4096) this.failAll(new FootprintError('E_GIT', '`git cat-file --batch` sent a header line over 4 KiB'));
        return;
      }
      const line = Buffer.concat([...this.chunks, data.subarray(0, nl)]).toString('utf8');
      this.chunks = [];
      this.buffered = 0;
      data = data.subarray(nl + 1);
      this.header(line);
    }
  }

  private header(line: string): void {
    const p = this.pending[0];
    if (!p) return;
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
    if (!m) {
      this.pending.shift();
      p.reject(new FootprintError('E_GIT', line.endsWith(' missing') ? `object ${p.id} is not in the repository` : `unexpected \`git cat-file --batch\` answer: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    const size = Number(m[3]);
    if (size > this.maxBytes) {
      this.pending.shift();
      p.reject(new FootprintError('E_LIMIT', `object ${p.id} is ${size.toLocaleString('en-US')} bytes; the limit is ${this.maxBytes.toLocaleString('en-US')}`));
      this.discard = size;
      if (size === 0) this.skipNewline = true;
      return;
    }
    if (m[2] !== 'blob') {
      // Consume its content, then refuse it.
      this.pending[0] = { id: p.id, resolve: () => p.reject(new FootprintError('E_GIT', `object ${p.id} is a ${m[2] as string}, not a file`)), reject: p.reject };
    }
    // Not zero-filled (every byte is written before it is handed out) and never pooled (it is transferred to a worker).
    this.body = { bytes: Buffer.allocUnsafeSlow(size), filled: 0 };
    if (size === 0) {
      this.body = undefined;
      this.pending.shift()?.resolve(new Uint8Array(0));
      this.skipNewline = true;
    }
  }
}
