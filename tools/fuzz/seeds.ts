/** Seed files for the fuzzer: the model files under a folder, up to a size, in a stable order. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Seed } from './campaign.js';
import { MODEL_EXTENSIONS } from '../../src/frontends/formats.js';

export function corpusSeeds(dir: string, maxBytes: number): Seed[] {
  const out: Seed[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (MODEL_EXTENSIONS.some((e) => name.toLowerCase().endsWith(`.${e}`)) && st.size <= maxBytes) out.push({ name: relative(dir, p), bytes: readFileSync(p) });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}
