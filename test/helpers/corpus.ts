import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_SHARED, MODELS_DIR } from './shared.js';

/** Model files under ../shared/models with one of the extensions, sorted; [] without ../shared. */
export function corpusFiles(...exts: string[]): string[] {
  if (!HAS_SHARED) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (exts.some((x) => p.endsWith(x))) out.push(p);
    }
  };
  walk(MODELS_DIR);
  return out.sort();
}
