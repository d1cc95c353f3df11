/**
 * Fetches the reference compilations listed in tools/reference-sources.json (repository, commit,
 * path, size, sha256) from their public repositories into .cache/reference/ (or --dir). A file
 * already there with the right digest is kept; a download is bounded by its listed size, checked
 * against its digest and written only then. Usage:
 *   npx tsx tools/fetch-reference.ts [--dir DIR] [--base-url URL]
 * --base-url replaces https://raw.githubusercontent.com (URL/<repo>/<commit>/<path>): a mirror,
 * or the local server the tests use. Exit status 1 when a file could not be fetched or verified.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RAW_GITHUB, hasDigest } from './fetch-util.js';
import { fetchRow } from './fetch-corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES = join(root, 'tools', 'reference-sources.json');
export const DEFAULT_DIR = join(root, '.cache', 'reference');

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

/** True when `dir/name` holds the listed bytes. */
export function present(dir: string, f: ReferenceFile): boolean {
  return hasDigest(join(dir, f.name), f.sha256);
}

/** Fetches one file (a GitHub row of the corpus fetcher); returns an error sentence, or undefined when it is in place. */
export function fetchOne(f: ReferenceFile, dir: string, base = RAW_GITHUB, retries = 3): Promise<string | undefined> {
  const source = { kind: 'github' as const, repo: f.repo, commit: f.commit, path: f.path };
  return fetchRow({ file: f.name, sha256: f.sha256, bytes: f.bytes, source }, dir, { rawBase: base, retries });
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
  const files = referenceFiles();
  const errors = await fetchAll(dir, values['base-url'], undefined, files);
  for (const e of errors) console.error(`fetch-reference: ${e}`);
  console.log(`fetch-reference: ${files.length - errors.length} of ${files.length} files in ${dir}`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}
