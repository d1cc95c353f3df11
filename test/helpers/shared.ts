import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * ../shared beside the repository (models, reference reports). Tests that need it skip without it.
 * MF_SHARED_DIR names it for tests run from a copy of the repository elsewhere (the mutation runs'
 * sandboxes, tools/mutate-module.mjs), where ../shared is not beside them.
 */
const fromEnv = process.env['MF_SHARED_DIR'];
export const SHARED_DIR = fromEnv ? resolve(fromEnv) : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const MODELS_DIR = join(SHARED_DIR, 'models');
export const REFERENCE_DIR = join(SHARED_DIR, 'reference');
export const HAS_SHARED = existsSync(MODELS_DIR);
export const SKIP_SHARED_REASON = `../shared/models not found at ${MODELS_DIR}: corpus tests skipped`;

if (!HAS_SHARED) console.warn(SKIP_SHARED_REASON);

export function sharedModel(rel: string): string {
  return join(MODELS_DIR, rel);
}
