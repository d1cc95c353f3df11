/**
 * Fetches the reference compilations listed in tools/reference-sources.json (repository, commit,
 * path, size, sha256) from their public repositories into .cache/reference/ (or --dir). A file
 * already there with the right digest is kept; a download is bounded by its listed size, checked
 * against its digest and written only then. Usage:
 *   npx tsx tools/fetch-reference.ts [--dir DIR] [--base-url URL]
 * --base-url replaces https://raw.githubusercontent.com (URL/<repo>/<commit>/<path>): a mirror,
 * or the local server the tests use. Exit status 1 when a file could not be fetched or verified.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pRetry, { AbortError } from 'p-retry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES = join(root, 'tools', 'reference-sources.json');
export const DEFAULT_DIR = join(root, '.cache', 'reference');
const RAW = 'https://raw.githubusercontent.com';

export interface ReferenceFile {
  name: string;
  repo: string;
  commit: string;
  path: string;
  bytes: number;
  sha256: string;
}

export function referenceFiles(): ReferenceFile[] {
  return (JSON.parse(readFileSync(SOURCES, 'utf8')) as { files: ReferenceFile[] }).files;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** True when `dir/name` holds the listed bytes. */
export function present(dir: string, f: ReferenceFile): boolean {
  const p = join(dir, f.name);
  return existsSync(p) && sha256(readFileSync(p)) === f.sha256;
}

async function download(url: string, f: ReferenceFile): Promise<Uint8Array> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  // A missing file will not appear on a retry; a server error or a dropped connection may clear.
  if (res.status === 404) throw new AbortError(`${url}: 404 not found`);
  if (!res.ok || res.body === null) throw new Error(`${url}: HTTP ${res.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > f.bytes) throw new AbortError(`${url}: more than the ${f.bytes} bytes listed for ${f.name}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Fetches one file; returns an error sentence, or undefined when it is in place. */
export async function fetchOne(f: ReferenceFile, dir: string, base = RAW, retries = 3): Promise<string | undefined> {
  if (present(dir, f)) return undefined;
  const url = `${base}/${f.repo}/${f.commit}/${f.path}`;
  let bytes: Uint8Array;
  try {
    bytes = await pRetry(() => download(url, f), { retries, minTimeout: 200 });
  } catch (e: unknown) {
    return `${f.name}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const got = sha256(bytes);
  if (bytes.byteLength !== f.bytes || got !== f.sha256) return `${f.name}: expected ${f.bytes} bytes with sha256 ${f.sha256}, found ${bytes.byteLength} bytes with sha256 ${got} (${url})`;
  const p = join(dir, f.name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(`${p}.part`, bytes);
  renameSync(`${p}.part`, p);
  return undefined;
}

/** Fetches every listed file; after a failure to download (not a digest mismatch) the rest are not tried: the host is unreachable. */
export async function fetchAll(dir: string, base?: string, retries?: number, files: ReferenceFile[] = referenceFiles()): Promise<string[]> {
  const errors: string[] = [];
  for (const [i, f] of files.entries()) {
    const e = await fetchOne(f, dir, base, retries);
    if (e === undefined) continue;
    errors.push(e);
    if (!e.includes(' expected ')) {
      errors.push(...files.slice(i + 1).filter((g) => !present(dir, g)).map((g) => `${g.name}: not tried (the previous download failed)`));
      break;
    }
  }
  return errors;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, 'base-url': { type: 'string' } } });
  const dir = resolve(values.dir ?? DEFAULT_DIR);
  const errors = await fetchAll(dir, values['base-url']);
  for (const e of errors) console.error(`fetch-reference: ${e}`);
  console.log(`fetch-reference: ${referenceFiles().length - errors.length} of ${referenceFiles().length} files in ${dir}`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}
