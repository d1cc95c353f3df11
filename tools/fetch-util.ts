/**
 * Downloads for the fetch tools (fetch-reference.ts, fetch-corpus.ts): bounded in size, retried on
 * server errors and dropped connections (p-retry), never on a 404; files written only once their
 * digest is checked, through a temporary name.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pRetry, { AbortError } from 'p-retry';

export const RAW_GITHUB = 'https://raw.githubusercontent.com';

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** True when `path` holds bytes with this digest. */
export function hasDigest(path: string, digest: string): boolean {
  return existsSync(path) && sha256(readFileSync(path)) === digest;
}

async function once(url: string, maxBytes: number, what: string): Promise<Uint8Array> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  // A missing file will not appear on a retry; a server error or a dropped connection may clear.
  if (res.status === 404) throw new AbortError(`${url}: 404 not found`);
  if (!res.ok || res.body === null) throw new Error(`${url}: HTTP ${res.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new AbortError(`${url}: more than the ${maxBytes} bytes listed for ${what}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** GET `url`, at most `maxBytes` (named `what` in the error), retried `retries` times. */
export function download(url: string, maxBytes: number, what: string, retries = 3): Promise<Uint8Array> {
  return pRetry(() => once(url, maxBytes, what), { retries, minTimeout: 200 });
}

/** The error's sentence, with its cause (fetch's "fetch failed" says why only there: getaddrinfo ENOTFOUND host). */
export function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? e.cause.message : undefined;
  return cause === undefined ? e.message : `${e.message} (${cause})`;
}

/** Writes `bytes` to `path` when they have the expected size and digest; else returns the sentence that says what was found. */
export function writeVerified(path: string, bytes: Uint8Array, want: { bytes: number; sha256: string }, name: string, from: string): string | undefined {
  const got = sha256(bytes);
  if (bytes.byteLength !== want.bytes || got !== want.sha256) return `${name}: expected ${want.bytes} bytes with sha256 ${want.sha256}, found ${bytes.byteLength} bytes with sha256 ${got} (${from})`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.part`, bytes);
  renameSync(`${path}.part`, path);
  return undefined;
}
