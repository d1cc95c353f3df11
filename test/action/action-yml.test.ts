/**
 * action.yml is what GitHub loads: it must be valid YAML, run the committed bundle on node24, and
 * declare exactly the inputs the action reads (each with a description), and the README's inputs
 * table must be the one generated from it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { usageTables, withUsage } from '../../tools/gen-readme-usage.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(root, 'action.yml'), 'utf8');

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
}

describe('action.yml', () => {
  const a = parse(text) as ActionYml;

  it('runs dist/index.js on node24, with branding', () => {
    expect(a.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(a.branding.icon).toBeTruthy();
  });

  it('declares, with a description, exactly the inputs src/action/settings.ts reads', () => {
    const src = readFileSync(join(root, 'src/action/settings.ts'), 'utf8');
    const read = new Set([...src.matchAll(/\bget\('([a-z-]+)'\)/g)].map((m) => m[1] as string));
    expect([...read].sort()).toEqual(Object.keys(a.inputs).sort());
    for (const [name, i] of Object.entries(a.inputs)) expect(i.description, name).toBeTruthy();
    for (const [name, o] of Object.entries(a.outputs)) expect(o.description, name).toBeTruthy();
  });

  it("the README's inputs/outputs tables are generated from it", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(withUsage(readme, usageTables(text))).toBe(readme);
  });
});
