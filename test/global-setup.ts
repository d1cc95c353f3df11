/**
 * Runs once before the suite (vitest globalSetup). Under CI=true the model corpus must be there:
 * the tests that compare against published figures would otherwise skip and the run pass without
 * them (issue 19). Locally, without CI, they skip with a message instead.
 */
import { existsSync } from 'node:fs';
import { MODELS_DIR } from './helpers/shared.js';

/** The reason to stop the run, or undefined: CI=true without the corpus at `dir`. */
export function corpusGate(env: Record<string, string | undefined>, dir: string): string | undefined {
  if (env['CI'] !== 'true' || existsSync(dir)) return undefined;
  return `CI=true and the model corpus is missing at ${dir}: the tests against published figures cannot run. ` +
    'Fetch it with `npm run fetch:corpus -- --generate` (tools/fetch-corpus.ts: every file of tools/corpus/MANIFEST.tsv from its public source, sha256-checked; ' +
    "--generate rebuilds the torchvision exports with Debian bookworm's python3-torch), or run without CI=true to skip those tests.";
}

export function setup(): void {
  const stop = corpusGate(process.env, MODELS_DIR);
  if (stop !== undefined) throw new Error(stop);
}
