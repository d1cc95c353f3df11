/**
 * The CacheApi over @actions/cache (the only file importing it). The library never throws for a
 * service failure: it logs `::warning::` / `::error::` through @actions/core and reports a miss
 * (restore) or -1 (save). So while a call runs, the library's own output is held back (its
 * `::debug::` lines pass), and a warning or error it wrote becomes the call's thrown error: the
 * caller then warns once and stops using the cache, instead of the library warning per model.
 */
import { isFeatureAvailable, restoreCache, saveCache } from '@actions/cache';
import type { CacheApi } from './toolkit.js';

type Write = typeof process.stdout.write;

const failures: string[] = [];
let active = 0;
let original: Write | undefined;

/** `::warning::a%0Ab` -> `a\nb` (the escaping @actions/core applies to command data). */
function commandData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function intercept(chunk: unknown): void {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  for (const line of text.split(/\r?\n/)) {
    const m = /^::(?:warning|error)(?: [^:]*)?::(.*)$/.exec(line);
    if (m) failures.push(commandData(m[1] ?? ''));
    else if (line.startsWith('::debug::')) original?.call(process.stdout, `${line}\n`);
  }
}

/** Runs one library call with its output held back; throws the first warning or error it wrote. */
async function quietly<T>(call: () => Promise<T>): Promise<T> {
  if (active++ === 0) {
    original = process.stdout.write;
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
      intercept(chunk);
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as Write;
  }
  const before = failures.length;
  try {
    const value = await call();
    const failure = failures[before];
    if (failure !== undefined) throw new Error(failure);
    return value;
  } finally {
    if (--active === 0 && original) {
      process.stdout.write = original;
      original = undefined;
      failures.length = 0;
    }
  }
}

function available(): void {
  if (!isFeatureAvailable()) {
    throw new Error('the Actions cache service is not available (ACTIONS_RESULTS_URL is not set: not running on a GitHub Actions runner?)');
  }
}

export function realCache(): CacheApi {
  return {
    async restore(key, files) {
      available();
      const hit = await quietly(() => restoreCache(files, key));
      return hit === key;
    },
    async save(key, files) {
      available();
      await quietly(() => saveCache(files, key));
    },
  };
}
