/** Arguments of `model-footprint compare <base-model> <head-model>` (the options it shares with `diff`). */
import { FootprintError } from '../index.js';
import { Flags } from './flags.js';
import { comparisonDefaults, comparisonOption, type ComparisonOptions } from './diff-args.js';

export interface CompareArgs extends ComparisonOptions {
  command: 'compare';
  baseFile: string;
  headFile: string;
}

const usage = (message: string): FootprintError => new FootprintError('E_USAGE', message);

export function parseCompareArgs(rest: readonly string[]): CompareArgs {
  const out: CompareArgs = { command: 'compare', ...comparisonDefaults(), baseFile: '', headFile: '' };
  const files: string[] = [];
  const f = new Flags(rest);
  for (let a = f.next(); a !== undefined; a = f.next()) {
    if (!a.startsWith('-')) { files.push(a); continue; }
    if (['--base', '--head', '--models', '-m'].includes(f.flag)) throw usage(`compare takes two model files, not ${f.flag} (that is the git-based \`diff\` command)`);
    if (f.flag === '--out' || f.flag === '-o') throw usage('compare prints the comment on stdout and writes no files (--out is for analyze and diff)');
    if (!comparisonOption(f, out, 'compare')) throw usage(`unknown compare option '${a}'`);
  }
  if (files.length !== 2) throw usage(`compare needs two model files (base, then head), found ${files.length}`);
  return { ...out, baseFile: files[0] as string, headFile: files[1] as string };
}
