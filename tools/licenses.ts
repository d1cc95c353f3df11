/**
 * The licences of everything bundled into dist/ (issue: licence compliance in CI). Reads the
 * webpack stats ncc writes for each bundle (build/ncc-stats-*.json, `--stats-out`), takes every
 * package a bundled module comes from, checks its licence against ALLOWED, and writes the
 * third-party notice next to each bundle (dist/licenses.txt, dist/cli/licenses.txt): name,
 * version, licence and licence text of each package, sorted. Usage:
 *   npx tsx tools/licenses.ts           write the notices (npm run bundle runs it)
 *   npx tsx tools/licenses.ts --check   fail on a disallowed or missing licence, or a stale notice
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** SPDX identifiers a bundled package may carry (permissive; the same family as actions/typescript-action's). */
export const ALLOWED = ['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Python-2.0'];

/**
 * Packages whose published metadata does not name an allowed SPDX licence, reviewed one by one:
 * the licence they are under and where that is stated. A new version needs a new review.
 */
export const REVIEWED: Readonly<Record<string, { license: string; why: string }>> = {
  'buffers@0.1.1': { license: 'MIT', why: 'published without a licence field or file; the author\'s repository states MIT/X11 (substack/node-buffers#12, #21). Bundled through @actions/artifact -> unzip-stream -> binary.' },
  'chainsaw@0.1.0': { license: 'MIT', why: 'declares "MIT/X11", the MIT licence (no advertising clause): not an SPDX identifier. Bundled through @actions/artifact -> unzip-stream -> binary.' },
  'h5wasm@0.10.3': { license: 'LicenseRef-NIST-Software AND BSD-3-Clause-LBNL', why: 'declares "SEE LICENSE IN LICENSE.txt": NIST\'s public-domain-like software statement and the HDF5 (HDF Group / LBNL) BSD-style terms, both permitting redistribution with the notice kept, which this file does.' },
};

export interface BundledPackage { name: string; version: string; license: string; text: string; dir: string }

/** The package directories the modules of a webpack stats file come from. */
export function packageDirs(stats: unknown, root: string): string[] {
  const ids = new Set<string>();
  const walk = (mods: unknown): void => {
    if (!Array.isArray(mods)) return;
    for (const m of mods as { name?: string; identifier?: string; modules?: unknown }[]) {
      for (const s of [m.name, m.identifier]) if (typeof s === 'string') ids.add(s);
      walk(m.modules);
    }
  };
  const s = stats as { modules?: unknown; children?: { modules?: unknown }[] };
  walk(s.modules);
  for (const c of s.children ?? []) walk(c.modules);
  const dirs = new Set<string>();
  for (const id of ids) {
    // a webpack identifier may carry loaders or a type before the path ('json|/abs/path', 'x!/abs/path')
    const path = (id.split(/[|!]/).pop() ?? '').replace(/\\/g, '/').replace(/^\.\//, '');
    const all = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    const last = all.at(-1);
    if (!last) continue;
    dirs.add(resolve(root, path.slice(0, (last.index ?? 0) + last[0].length)));
  }
  return [...dirs].sort();
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '';
}

export function readPackage(dir: string): BundledPackage {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; license?: unknown; licenses?: { type?: string }[] };
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.licenses?.map((l) => l.type ?? '').join(' OR ') ?? '');
  return { name: pkg.name ?? dir, version: pkg.version ?? '?', license, text: licenseText(dir), dir };
}

/** True when an SPDX expression is satisfied by ALLOWED: `A OR B` needs one side, `A AND B` both. */
export function allowedExpression(expr: string): boolean {
  const e = expr.replace(/[()]/g, ' ').trim();
  if (e === '') return false;
  return e.split(/\s+OR\s+/i).some((alt) => alt.split(/\s+AND\s+/i).every((id) => ALLOWED.includes(id.trim())));
}

/** Why a package may not be bundled, or undefined; a reviewed package passes with its reviewed licence. */
export function refusal(p: BundledPackage): string | undefined {
  const key = `${p.name}@${p.version}`;
  if (REVIEWED[key]) return undefined;
  if (p.license === '') return `${key}: no licence declared (review it in tools/licenses.ts REVIEWED, or drop the package)`;
  if (!allowedExpression(p.license)) return `${key}: licence '${p.license}' is not in the allow-list (${ALLOWED.join(', ')})`;
  return undefined;
}

export function notice(pkgs: readonly BundledPackage[]): string {
  const unique = [...new Map(pkgs.map((p) => [`${p.name}@${p.version}`, p])).values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return unique.map((p) => {
    const reviewed = REVIEWED[`${p.name}@${p.version}`];
    const license = reviewed ? `${reviewed.license} (reviewed: ${reviewed.why})` : p.license;
    return `${p.name}@${p.version}\n${license}\n\n${p.text || '(the package ships no licence text)'}\n`;
  }).join('\n' + '-'.repeat(78) + '\n\n');
}

const BUNDLES = [
  { stats: 'build/ncc-stats-action.json', out: 'dist/licenses.txt' },
  { stats: 'build/ncc-stats-cli.json', out: 'dist/cli/licenses.txt' },
];

/** Checks (or writes) every bundle's notice under `root`; returns the problems, one line each. */
export function licenseProblems(root: string, write: boolean, log: (s: string) => void = () => undefined): string[] {
  const problems: string[] = [];
  for (const b of BUNDLES) {
    const statsPath = join(root, b.stats);
    if (!existsSync(statsPath)) {
      problems.push(`${b.stats} missing: run npm run bundle`);
      continue;
    }
    const pkgs = packageDirs(JSON.parse(readFileSync(statsPath, 'utf8')), root).map(readPackage);
    for (const p of pkgs) {
      const r = refusal(p);
      if (r) problems.push(`${b.out}: ${r}`);
    }
    const text = notice(pkgs);
    const target = join(root, b.out);
    if (!write) {
      if (!existsSync(target) || readFileSync(target, 'utf8') !== text) problems.push(`${b.out} is stale: run npm run bundle`);
    } else {
      writeFileSync(target, text);
      log(`${b.out}: ${pkgs.length} packages`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = licenseProblems(root, !process.argv.includes('--check'), (s) => console.log(s));
  for (const p of problems) console.error(p);
  process.exit(problems.length > 0 ? 1 : 0);
}
