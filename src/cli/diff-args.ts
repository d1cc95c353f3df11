/** Arguments of `model-footprint diff` (parsed apart from `analyze` to keep args.ts small). */
import { DEFAULT_MODEL_GLOBS, DEFAULT_TARGET, FootprintError, parseDuration, parseSize, splitPatterns, type PlannerProfile } from '../index.js';
import { Flags, clock, planner } from './flags.js';
import { append } from '../arrays.js';

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
  planner: PlannerProfile | undefined;
  ioInsideActivations: boolean;
  ramBudget: number | undefined;
  flashBudget: number | undefined;
  /** --clock: the target CPU's clock in hertz. */
  clockHz: number | undefined;
  /** --latency-budget 30ms: milliseconds. */
  latencyBudget: number | undefined;
}


function usage(message: string): FootprintError {
  return new FootprintError('E_USAGE', message);
}

/** The options `diff` and `compare` share (what to compare with, how, against which budgets). */
export type ComparisonOptions = Pick<DiffArgs, 'target' | 'format' | 'planner' | 'ioInsideActivations' | 'ramBudget' | 'flashBudget' | 'clockHz' | 'latencyBudget'>;

/** Defaults of the shared options. */
export function comparisonDefaults(): ComparisonOptions {
  return { target: DEFAULT_TARGET, format: 'md', planner: undefined, ioInsideActivations: true, ramBudget: undefined, flashBudget: undefined, clockHz: undefined, latencyBudget: undefined };
}

/** Reads one shared option at the walker's position into `out`; false when it is not one. */
export function comparisonOption(f: Flags, out: ComparisonOptions, command: string): boolean {
  switch (f.flag) {
    case '--target': case '-t': out.target = f.value(); return true;
    case '--format': case '-f': {
      const v = f.value();
      if (v !== 'md' && v !== 'json') throw usage(`${command} --format must be md or json, found '${v}'`);
      out.format = v;
      return true;
    }
    case '--json': out.format = 'json'; return true;
    case '--md': out.format = 'md'; return true;
    case '--planner': out.planner = planner(f.value()); return true;
    case '--io-outside-activations': out.ioInsideActivations = false; return true;
    case '--ram-budget': out.ramBudget = parseSize(f.value()); return true;
    case '--flash-budget': out.flashBudget = parseSize(f.value()); return true;
    case '--clock': out.clockHz = clock(f.value()); return true;
    case '--latency-budget': out.latencyBudget = parseDuration(f.value()); return true;
    default: return false;
  }
}

export function parseDiffArgs(rest: readonly string[]): DiffArgs {
  const out: DiffArgs = { command: 'diff', base: '', head: undefined, models: [], outDir: undefined, ...comparisonDefaults() };
  const f = new Flags(rest);
  for (let a = f.next(); a !== undefined; a = f.next()) {
    switch (f.flag) {
      case '--base': out.base = f.value(); break;
      case '--head': out.head = f.value(); break;
      case '--models': case '-m': {
        // The action's parser: commas outside braces separate (`*.{onnx,tflite}` is one glob).
        append(out.models, splitPatterns(f.value()));
        // `--models a.onnx b/**/*.tflite`: following non-option words are more globs.
        for (let g = f.takePositional(); g !== undefined; g = f.takePositional()) append(out.models, splitPatterns(g));
        break;
      }
      case '--out': case '-o': out.outDir = f.value(); break;
      default: if (!comparisonOption(f, out, 'diff')) throw usage(`unknown diff option '${a}'`);
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
      --latency-budget TIME   e.g. 30ms (the estimate); --clock FREQ sets the target CPU's clock
      -f, --format md|json    the comment (default) or the diff JSON
      -o, --out DIR           also write per-model reports (txt, json), diff.json and comment.md
                              (the reports carry each file's sha256/md5, read only then)
`;
