/** Arguments of `model-footprint diff` (parsed apart from `analyze` to keep args.ts small). */
import { FootprintError } from '../diagnostics/diagnostic.js';
import { Flags } from './flags.js';
import { parseSize } from '../diff/budgets.js';
import { splitPatterns } from '../glob.js';
import { DEFAULT_MODEL_GLOBS } from '../frontends/registry.js';

export interface DiffArgs {
  command: 'diff';
  base: string;
  /** Undefined: the work tree (tracked files). */
  head: string | undefined;
  /** Globs; `!glob` excludes. */
  models: string[];
  target: string;
  format: 'md' | 'json';
  outDir: string | undefined;
  /** undefined: the target's runtime planner. */
  planner: 'st' | 'tflm' | undefined;
  ioInsideActivations: boolean;
  ramBudget: number | undefined;
  flashBudget: number | undefined;
}


function usage(message: string): FootprintError {
  return new FootprintError('E_USAGE', message);
}

export function parseDiffArgs(rest: readonly string[]): DiffArgs {
  const out: DiffArgs = {
    command: 'diff', base: '', head: undefined, models: [], target: 'stm32h7', format: 'md', outDir: undefined,
    planner: undefined, ioInsideActivations: true, ramBudget: undefined, flashBudget: undefined,
  };
  const f = new Flags(rest);
  for (let a = f.next(); a !== undefined; a = f.next()) {
    const value = (): string => f.value();
    switch (f.flag) {
      case '--base': out.base = value(); break;
      case '--head': out.head = value(); break;
      case '--models': case '-m': {
        // The action's parser: commas outside braces separate (`*.{onnx,tflite}` is one glob).
        out.models.push(...splitPatterns(value()));
        // `--models a.onnx b/**/*.tflite`: following non-option words are more globs.
        for (let g = f.takePositional(); g !== undefined; g = f.takePositional()) out.models.push(...splitPatterns(g));
        break;
      }
      case '--target': case '-t': out.target = value(); break;
      case '--format': case '-f': {
        const v = value();
        if (v !== 'md' && v !== 'json') throw usage(`diff --format must be md or json, found '${v}'`);
        out.format = v;
        break;
      }
      case '--json': out.format = 'json'; break;
      case '--md': out.format = 'md'; break;
      case '--out': case '-o': out.outDir = value(); break;
      case '--planner': {
        const v = value();
        if (v !== 'st' && v !== 'tflm') throw usage(`--planner must be st or tflm, found '${v}'`);
        out.planner = v;
        break;
      }
      case '--io-outside-activations': out.ioInsideActivations = false; break;
      case '--ram-budget': out.ramBudget = parseSize(value()); break;
      case '--flash-budget': out.flashBudget = parseSize(value()); break;
      default: throw usage(`unknown diff option '${a}'`);
    }
  }
  if (out.base === '') throw usage('diff needs --base <rev> (e.g. --base origin/main)');
  if (out.base.startsWith('-') || out.head?.startsWith('-')) throw usage('--base and --head take a revision, not an option');
  if (out.models.length === 0) out.models = [...DEFAULT_MODEL_GLOBS];
  return out;
}

export const DIFF_HELP = `  model-footprint diff --base <rev> [--head <rev>] [options]
      compares the models changed between the merge base of <rev> and head (default: the
      work tree) and prints the pull-request comment the action would post
      --models GLOB...        model files to consider (default: ${DEFAULT_MODEL_GLOBS.join(' ')})
      --ram-budget SIZE       e.g. 1.5MB, 512KiB, 0x10000; --flash-budget SIZE likewise
      -f, --format md|json    the comment (default) or the diff JSON
      -o, --out DIR           also write per-model reports (txt, json), diff.json and comment.md
`;
