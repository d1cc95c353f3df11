/**
 * The environment a mutation run adds for its tests: Stryker runs them in a sandbox under
 * .stryker-tmp, where ../shared is not beside them, so MF_SHARED_DIR names it
 * (test/helpers/shared.ts). Empty when ../shared is absent or the caller named it already.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function sharedEnv() {
  const shared = resolve('..', 'shared');
  return existsSync(shared) && !process.env.MF_SHARED_DIR ? { MF_SHARED_DIR: shared } : {};
}
