/**
 * The layering DESIGN.md describes, checked on the sources: no import cycle between the top-level
 * folders of src/, the Report's contract independent of the mapping internals (and the reverse),
 * the IR free of the operator rules, the diff free of git, and the core free of GitHub.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';

const SRC = join(REPO_ROOT, 'src');

/** Every (importing file, imported path) pair of src/, relative imports resolved. */
function imports(): { from: string; to: string; local: boolean }[] {
  const out: { from: string; to: string; local: boolean }[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) { if (n !== 'schemas') walk(p); continue; }
      if (!p.endsWith('.ts')) continue;
      for (const m of readFileSync(p, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
        const spec = m[1] as string;
        const local = spec.startsWith('.');
        out.push({ from: relative(SRC, p), to: local ? relative(SRC, resolve(dirname(p), spec)) : spec, local });
      }
    }
  };
  walk(SRC);
  return out;
}

const top = (rel: string): string => rel.split('/')[0]?.replace(/\.ts$|\.js$/, '') ?? rel;
const all = imports();
const between = (a: string, b: string) => all.filter((i) => i.local && top(i.from) === a && top(i.to) === b);

describe('architecture', () => {
  it('no import cycle between the top-level folders of src/', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of all) {
      const a = top(i.from);
      const b = top(i.to);
      if (!i.local || a === b) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)?.add(b);
    }
    const cycles: string[] = [];
    const state = new Map<string, number>();
    const path: string[] = [];
    const visit = (u: string): void => {
      state.set(u, 1);
      path.push(u);
      for (const v of edges.get(u) ?? []) {
        if (state.get(v) === 1) cycles.push([...path.slice(path.indexOf(v)), v].join(' -> '));
        else if (!state.has(v)) visit(v);
      }
      path.pop();
      state.set(u, 2);
    };
    for (const n of edges.keys()) if (!state.has(n)) visit(n);
    expect(edges.size).toBeGreaterThan(5); // the graph was really read
    expect(cycles).toEqual([]);
  });

  it.each([
    ['report', 'mapping'], ['mapping', 'report'], ['ir', 'ops'], ['diff', 'git'],
  ])('%s/ imports nothing from %s/', (a, b) => {
    expect(between(a, b).map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('the CLI and the action use the core only through its public API (src/index.ts)', () => {
    // version.ts is one constant: the CLI's entry answers --version from it without loading the core;
    // arrays.ts holds list helpers with no analysis in them (append, maxOf, minOf).
    const adapters = new Set(['cli', 'action', 'node', 'git', 'jobs', 'index', 'version', 'arrays']);
    const through = all.filter((i) => i.local && ['cli', 'action'].includes(top(i.from)) && !adapters.has(top(i.to)) && !i.to.startsWith('../schemas'));
    expect(through.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
    expect(all.some((i) => i.local && top(i.from) === 'cli' && top(i.to) === 'index')).toBe(true);
  });

  it('the argument parser imports no command module', () => {
    const commands = ['cli/run.ts', 'cli/diff.ts', 'cli/compare.ts'];
    const bad = all.filter((i) => i.local && /^cli\/[\w-]*args\.ts$/.test(i.from) && commands.includes(`${i.to.replace(/\.js$/, '.ts')}`));
    expect(bad.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('no module is imported for its effects alone: package.json declares none ("sideEffects": false), so the bundler leaves out the modules whose exports a chunk does not use', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { sideEffects?: unknown };
    expect(pkg.sideEffects).toBe(false);
    const bare: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) { walk(p); continue; }
        if (!p.endsWith('.ts')) continue;
        for (const m of readFileSync(p, 'utf8').matchAll(/^import\s*['"]([^'"]+)['"]/gm)) bare.push(`${relative(SRC, p)} -> ${m[1] as string}`);
      }
    };
    walk(SRC);
    expect(bare).toEqual([]);
  });

  it('the core never imports the GitHub toolkit (only src/action does)', () => {
    const gh = all.filter((i) => /^@actions\/|^@octokit\//.test(i.to) && top(i.from) !== 'action');
    expect(gh.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
    expect(all.some((i) => i.to.startsWith('@actions/') && top(i.from) === 'action')).toBe(true);
  });
});
