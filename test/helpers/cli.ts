import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

/** The repository's top folder (the CLI tests run from there, as a user of the README would). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** A fake stdout keeping what is written: text, and bytes (a JSON report's chunks) decoded as UTF-8. */
export function textSink(): { write(s: string | Uint8Array): boolean; text(): string } {
  let out = '';
  const decoder = new TextDecoder();
  return {
    write(s) {
      out += typeof s === 'string' ? s : decoder.decode(s, { stream: true });
      return true;
    },
    text: () => out,
  };
}

/** Runs the CLI from the sources in `cwd` with a fake process (DESIGN.md principle 8). */
export async function cliIn(cwd: string, ...argv: string[]): Promise<CliResult> {
  const out = textSink();
  let err = '';
  const code = await run({ argv, cwd, stdout: out, stderr: { write: (s: string) => (err += s) } });
  return { code, out: out.text(), err };
}

/** Runs the CLI from the sources in the repository's top folder. */
export function cli(...argv: string[]): Promise<CliResult> {
  return cliIn(REPO_ROOT, ...argv);
}
