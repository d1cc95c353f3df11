#!/usr/bin/env tsx
/**
 * Writes docs/supported-ops/<target>.md for every built-in target from the rule table the mapping
 * uses (src/targets/builtin/*.json + src/targets/rules). Usage: tsx tools/gen-supported-ops.ts [--check]
 * (--check fails, naming the files, when a committed file differs from what would be generated).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_TARGETS, builtinTarget } from '../src/targets/load.js';
import { supportedOps } from '../src/targets/supported-ops.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'supported-ops');

export function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of BUILTIN_TARGETS) files.set(`${name}.md`, supportedOps(builtinTarget(name), 'md'));
  return files;
}

function main(check: boolean): number {
  const files = expectedFiles();
  if (check) {
    const stale: string[] = [];
    for (const [file, text] of files) {
      const path = join(outDir, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(`docs/supported-ops/${file}`);
    }
    const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.md') && !files.has(f)) : [];
    for (const f of extra) stale.push(`docs/supported-ops/${f} (no such built-in target)`);
    if (stale.length > 0) {
      console.error(`supported-ops docs are out of date; run \`npm run gen\`:\n  ${stale.join('\n  ')}`);
      return 1;
    }
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(outDir, file), text);
  console.log(`wrote ${files.size} files to docs/supported-ops/`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.includes('--check'));
}
