/** The install-script policy (tools/install-scripts.mjs) on throw-away lockfiles. */
import { describe, expect, it } from 'vitest';
import { installScriptPolicy } from '../../tools/install-scripts.mjs';

type Policy = (lock: unknown, allow: Record<string, boolean>, npmrc: string) => { problems: string[]; approved: string[] };
const policy = installScriptPolicy as Policy;

const lock = { packages: { '': {}, 'node_modules/esbuild': { hasInstallScript: true }, 'node_modules/a/node_modules/evil': { hasInstallScript: true }, 'node_modules/plain': {} } };

describe('install-script policy', () => {
  it('every package with an install script is reviewed; ignore-scripts is on', () => {
    expect(policy(lock, { esbuild: false }, 'ignore-scripts=true\n').problems).toEqual(['evil has an install script and is not reviewed in package.json "allowScripts"']);
    expect(policy(lock, { esbuild: false, evil: false }, 'ignore-scripts=true\n')).toEqual({ problems: [], approved: [] });
    expect(policy(lock, { esbuild: true, evil: false }, '# c\nignore-scripts = true\n').approved).toEqual(['esbuild']);
    expect(policy(lock, { esbuild: false, evil: false }, 'save-exact=true\n').problems).toEqual(['.npmrc must set ignore-scripts=true']);
  });
});
