/**
 * The reference compilations fetched by tools/fetch-reference.ts (`npm run fetch:reference`)
 * into .cache/reference/ (or MODEL_FOOTPRINT_REFERENCE_DIR). Tests that need them skip with that
 * command in the message when absent; the GitHub workflow fetches them before the tests.
 */
import { join } from 'node:path';
import { DEFAULT_DIR, present, referenceFiles } from '../../tools/fetch-reference.js';

export const REFERENCE_CACHE = process.env['MODEL_FOOTPRINT_REFERENCE_DIR'] ?? DEFAULT_DIR;

export const HAS_REFERENCE = referenceFiles().every((f) => present(REFERENCE_CACHE, f));
export const SKIP_REFERENCE_REASON = `reference compilations not in ${REFERENCE_CACHE}: run npm run fetch:reference (tools/reference-sources.json lists them)`;

if (!HAS_REFERENCE) console.warn(SKIP_REFERENCE_REASON);

export function referenceFile(name: string): string {
  return join(REFERENCE_CACHE, name);
}
