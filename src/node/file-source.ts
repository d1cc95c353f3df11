/** Node adapters shared by the CLI and the action: files on disk as ByteSources, streamed hashes. */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
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
  private fd: number;

  constructor(path: string) {
    this.name = path;
    try {
      this.fd = openSync(path, 'r');
      const st = fstatSync(this.fd);
      if (st.isDirectory()) throw new FootprintError('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: path });
      this.size = st.size;
    } catch (e: unknown) {
      if (e instanceof FootprintError) throw e;
      throw new FootprintError('E_FILE_NOT_FOUND', `cannot open: ${e instanceof Error ? e.message : String(e)}`, { file: path });
    }
  }

  read(offset: number, length: number): Uint8Array {
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, offset + done);
      if (n === 0) throw new FootprintError('E_TRUNCATED', `expected ${length} bytes at offset ${offset}, file ends after ${done}`, { file: this.name, offset: offset + done });
      done += n;
    }
    return buf;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A ModelInput for a path on disk; siblings (ONNX external data) open relative to its folder. */
export function fileModelInput(path: string): ModelInput {
  const source = new FileSource(path);
  const folder = dirname(path);
  const opened: FileSource[] = [source];
  return {
    path,
    source,
    openSibling(relativePath: string): ByteSource | undefined {
      const p = join(folder, relativePath);
      if (!existsSync(p) || !statSync(p).isFile()) return undefined;
      const s = new FileSource(p);
      opened.push(s);
      return s;
    },
    close(): void {
      for (const s of opened.splice(0)) s.close();
    },
  };
}

/** sha256 and md5 of a source, streamed in 1 MiB chunks (md5 is what stedgeai prints as model_hash). */
export function hashSource(source: ByteSource): { sha256: string; md5: string } {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  const chunk = 1 << 20;
  for (let off = 0; off < source.size; off += chunk) {
    const part = source.read(off, Math.min(chunk, source.size - off));
    sha.update(part);
    md5.update(part);
  }
  return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}
