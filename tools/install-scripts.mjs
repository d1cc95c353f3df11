#!/usr/bin/env node
// Install-script policy: .npmrc sets ignore-scripts=true, so no dependency runs code at install.
// A package of the lockfile that has an install script must be listed in package.json
// "allowScripts" (true: approved to run, false: reviewed and not needed); CI fails on one that is
// not. `--run` runs the approved ones (npm rebuild). Usage:
//   node tools/install-scripts.mjs [--run] [--root DIR]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Problems of a lockfile against the policy, and the approved packages. */
export function installScriptPolicy(lock, allow, npmrc) {
  const problems = [];
  if (!/^\s*ignore-scripts\s*=\s*true\s*$/m.test(npmrc)) problems.push('.npmrc must set ignore-scripts=true');
  const withScripts = Object.entries(lock.packages ?? {}).filter(([, v]) => v.hasInstallScript).map(([k]) => k.replace(/^.*node_modules\//, ''));
  const approved = [];
  for (const name of [...new Set(withScripts)].sort()) {
    if (!(name in allow)) problems.push(`${name} has an install script and is not reviewed in package.json "allowScripts"`);
    else if (allow[name] === true) approved.push(name);
  }
  return { problems, approved };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = args.includes('--root') ? resolve(args[args.indexOf('--root') + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const allow = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).allowScripts ?? {};
  const { problems, approved } = installScriptPolicy(lock, allow, readFileSync(join(root, '.npmrc'), 'utf8'));
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log(`install scripts: ${approved.length ? `approved ${approved.join(', ')}` : 'none approved'}; every other package runs none`);
  if (args.includes('--run') && approved.length > 0) execFileSync('npm', ['rebuild', '--ignore-scripts=false', ...approved], { cwd: root, stdio: 'inherit' });
}
