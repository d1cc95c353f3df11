/** Node adapters shared by the CLI and the action: files on disk as ByteSources (hashes: hash.ts). */
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';
import type { ByteSource, ModelInput } from '../ir/source.js';
import { FootprintError } from '../diagnostics/diagnostic.js';

/**
 * A ByteSource over a file, read with positioned reads: nothing is loaded until asked for, and
 * only the asked range is. The descriptor stays open for the life of the process (the CLI
 * analyzes a handful of files; close() is there for long-running callers).
 */
export class FileSource implements ByteSource {
  readonly name: string;
  readonly size: number;
  /** Where the source starts in the file (0 but for a range: a blob in the spool, git/blob-spool.ts). */
  readonly start: number;
  private fd: number;

  /** The open descriptor (the md5 worker reads it: the file that was opened, not its path again). */
  get descriptor(): number { return this.fd; }

  /**
   * `name`: how errors name the file (default: `path`). `range`: the source is `size` bytes of the
   * file from `offset` (which must hold them), not the whole file.
   */
  constructor(path: string, name = path, range?: { offset: number; size: number }) {
    this.name = name;
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new FootprintError('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: name });
      if (range && range.offset + range.size > st.size) {
        throw new FootprintError('E_TRUNCATED', `expected ${range.size} bytes at offset ${range.offset} of ${path}, which has ${st.size}`, { file: name });
      }
      this.fd = fd;
      this.start = range?.offset ?? 0;
      this.size = range?.size ?? st.size;
    } catch (e: unknown) {
      if (fd !== undefined) closeSync(fd);
      if (e instanceof FootprintError) throw e;
      throw new FootprintError('E_FILE_NOT_FOUND', `cannot open: ${e instanceof Error ? e.message : String(e)}`, { file: name });
    }
  }

  read(offset: number, length: number): Uint8Array {
    return this.readInto(Buffer.allocUnsafe(length), offset);
  }

  /** Fills `into` with the bytes at `offset` (a caller reading block after block reuses one buffer); returns it. */
  readInto(into: Uint8Array, offset: number): Uint8Array {
    const length = into.length;
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, into, done, length - done, this.start + offset + done);
      if (n === 0) throw new FootprintError('E_TRUNCATED', `expected ${length} bytes at offset ${offset}, file ends after ${done}`, { file: this.name, offset: offset + done });
      done += n;
    }
    return into;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Symbolic links followed on one path at most (the kernel's own limit is 40). */
const MAX_LINKS = 40;

/**
 * The real path of `rel` ('/'-separated) below the folder `root` (itself a real path), following
 * symbolic links only while they stay inside it: 'outside' as soon as one leads out (or a `..`
 * climbs out), undefined when the path does not exist inside. Links are read (readlink), and
 * nothing outside `root` is ever stat'ed or opened, so the answer says nothing about what lies
 * outside: not whether it exists, not its size.
 */
export function resolveInside(root: string, rel: string): string | 'outside' | undefined {
  let segs = rel.split(/[\\/]/);
  let cur = root;
  let links = 0;
  while (segs.length > 0) {
    const seg = segs.shift() as string;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (cur === root) return 'outside';
      cur = dirname(cur);
      continue;
    }
    const next = join(cur, seg);
    let st;
    try {
      st = lstatSync(next);
    } catch {
      return undefined;
    }
    if (!st.isSymbolicLink()) { cur = next; continue; }
    if (++links > MAX_LINKS) return 'outside';
    const target = readlinkSync(next);
    if (isAbsolute(target)) {
      // An absolute link is followed only when it names a path under root, textually.
      if (target !== root && !target.startsWith(root + sep)) return 'outside';
      segs = [...target.slice(root.length).split(/[\\/]/), ...segs];
      cur = root;
    } else {
      segs = [...target.split(/[\\/]/), ...segs];
    }
  }
  return cur;
}

/**
 * A ModelInput for a path on disk; siblings (ONNX external data) open relative to its folder and
 * only inside it (symbolic links that lead out are refused, see resolveInside). With `root`, the
 * model path itself (relative to root) must resolve inside root: the action's work tree, where a
 * pull request could add a link to any file of the runner. `opened`: the model file, already open
 * at `path` (the CLI's early hashing reads it: the analysis reads the same file).
 */
export function fileModelInput(path: string, root?: string, opened?: FileSource): ModelInput {
  let real = path;
  if (root !== undefined) {
    const rootReal = realpathSync(root);
    const r = resolveInside(rootReal, path);
    if (r === 'outside') throw new FootprintError('E_UNSAFE_PATH', 'is a symbolic link that leads outside the repository: not read', { file: path });
    if (r === undefined) throw new FootprintError('E_FILE_NOT_FOUND', 'cannot open: no such file', { file: path });
    real = r;
  }
  const source = opened ?? new FileSource(real, path);
  const folder = realpathSync(dirname(real));
  const open: FileSource[] = [source];
  return {
    path,
    source,
    openSibling(relativePath: string): ByteSource | undefined {
      const p = resolveInside(folder, relativePath);
      if (p === 'outside') {
        throw new FootprintError('E_UNSAFE_PATH', `external data '${relativePath}' is a symbolic link that leads outside the model's folder: not read`, { file: path });
      }
      if (p === undefined || !lstatSync(p).isFile()) return undefined;
      const s = new FileSource(p, join(dirname(path), relativePath));
      open.push(s);
      return s;
    },
    close(): void {
      for (const s of open.splice(0)) s.close();
    },
  };
}
