#!/usr/bin/env tsx
/**
 * Generates the action's inputs/outputs tables in README.md from action.yml, between the markers
 * <!-- action-inputs:start --> ... <!-- action-inputs:end --> (so the README and the action
 * cannot drift). Usage: tsx tools/gen-readme-usage.ts [--check]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { markdownTable } from 'markdown-table';
import { writeOrCheck } from './write-or-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-inputs:start (generated from action.yml by tools/gen-readme-usage.ts) -->';
const END = '<!-- action-inputs:end -->';

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (s: string): string => s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function usageTables(actionYml: string): string {
  const a = parse(actionYml) as ActionYml;
  const inputs = Object.entries(a.inputs ?? {}).map(([name, i]) => [`\`${name}\``, i.default === undefined ? '' : `\`${cell(String(i.default))}\``, cell(i.description ?? '')]);
  const outputs = Object.entries(a.outputs ?? {}).map(([name, o]) => [`\`${name}\``, cell(o.description ?? '')]);
  return [
    markdownTable([['input', 'default', 'meaning'], ...inputs], { alignDelimiters: false }),
    '',
    markdownTable([['output', 'meaning'], ...outputs], { alignDelimiters: false }),
  ].join('\n');
}

export function withUsage(readme: string, tables: string): string {
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s < 0 || e < s) throw new Error(`README.md has no ${START} ... ${END} block`);
  return readme.slice(0, s + START.length) + '\n' + tables + '\n' + readme.slice(e);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withUsage(readme, usageTables(readFileSync(join(root, 'action.yml'), 'utf8')));
  writeOrCheck(readmePath, next, 'stale README.md action inputs/outputs (run: npx tsx tools/gen-readme-usage.ts)', 'README.md action inputs/outputs regenerated from action.yml');
}
