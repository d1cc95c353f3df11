import { DEFAULT_TARGET, FootprintError, formatsHelp, type PlannerProfile } from '../index.js';
import { Flags, clock, planner } from './flags.js';
import { DIFF_HELP, parseDiffArgs, type DiffArgs } from './diff-args.js';
import { parseCompareArgs, type CompareArgs } from './compare-args.js';
import { quickCommand } from './quick.js';

export type OutputFormat = 'text' | 'json' | 'md' | 'html';

export interface AnalyzeArgs {
  command: 'analyze';
  models: string[];
  target: string;
  format: OutputFormat;
  inputShapes: Record<string, number[]>;
  ioInsideActivations: boolean;
  /** undefined: the target's runtime planner (st for STM32, tflm for Ethos-U). */
  planner: PlannerProfile | undefined;
  /** --long-names: the file's layer names instead of stedgeai's scheme. */
  longNames: boolean;
  outDir: string | undefined;
  hash: boolean;
  /** --memory-pool FILE: a stedgeai-style memory-pool JSON replacing the target's pools. */
  memoryPool: string | undefined;
  /** --clock 400MHz: the target's CPU clock in hertz. */
  clockHz: number | undefined;
}

export interface SupportedOpsArgs {
  command: 'supported-ops';
  target: string;
  format: 'md' | 'json';
}

export type CliArgs = AnalyzeArgs | DiffArgs | CompareArgs | SupportedOpsArgs | { command: 'help' } | { command: 'version' };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'md', 'html'];

function usage(message: string): FootprintError {
  return new FootprintError('E_USAGE', message);
}

/** `name:1x3x224x224` → ['name', [1,3,224,224]]. The name may itself contain ':' (TF names). */
export function parseInputShape(spec: string): [string, number[]] {
  const i = spec.lastIndexOf(':');
  if (i <= 0 || i === spec.length - 1) {
    throw new FootprintError('E_INPUT_SHAPE', `--input-shape expects name:1x3x224x224, found '${spec}'`);
  }
  const name = spec.slice(0, i);
  const dims = spec.slice(i + 1).split(/[x,]/).map((d) => Number(d));
  if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
    throw new FootprintError('E_INPUT_SHAPE', `--input-shape '${spec}': every dimension must be a whole number >= 0`);
  }
  return [name, dims];
}

/** Parses argv (without node and script). Throws FootprintError E_USAGE with a one-line reason. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const quick = quickCommand(argv);
  if (quick !== undefined) return { command: quick };
  const [command, ...rest] = argv;
  if (command === 'diff') return parseDiffArgs(rest);
  if (command === 'supported-ops') return parseSupportedOps(rest);
  if (command === 'compare') return parseCompareArgs(rest);
  if (command !== 'analyze') throw usage(`unknown command '${command}' (expected: analyze, compare, diff, supported-ops)`);
  const out: AnalyzeArgs = {
    command: 'analyze', models: [], target: DEFAULT_TARGET, format: 'text', inputShapes: {},
    ioInsideActivations: true, planner: undefined, outDir: undefined, hash: true, memoryPool: undefined, longNames: false, clockHz: undefined,
  };
  const f = new Flags(rest);
  for (let a = f.next(); a !== undefined; a = f.next()) {
    const value = (): string => f.value();
    switch (f.flag) {
      case '--target': case '-t': out.target = value(); break;
      case '--format': case '-f': {
        const v = value();
        if (!FORMATS.includes(v as OutputFormat)) throw usage(`--format must be one of ${FORMATS.join(', ')}, found '${v}'`);
        out.format = v as OutputFormat;
        break;
      }
      case '--json': out.format = 'json'; break;
      case '--md': out.format = 'md'; break;
      case '--input-shape': {
        const [name, dims] = parseInputShape(value());
        out.inputShapes[name] = dims;
        break;
      }
      case '--io-outside-activations': out.ioInsideActivations = false; break;
      case '--planner': {
        const v = value();
        out.planner = planner(v);
        break;
      }
      case '--out': case '-o': out.outDir = value(); break;
      case '--no-hash': out.hash = false; break;
      case '--long-names': out.longNames = true; break;
      case '--memory-pool': out.memoryPool = value(); break;
      case '--clock': out.clockHz = clock(value()); break;
      default:
        if (a.startsWith('-')) throw usage(`unknown option '${a}'`);
        out.models.push(a);
    }
  }
  if (out.models.length === 0) throw usage('analyze needs at least one model file');
  return out;
}

function parseSupportedOps(rest: readonly string[]): SupportedOpsArgs {
  const out: SupportedOpsArgs = { command: 'supported-ops', target: DEFAULT_TARGET, format: 'md' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const v = rest[i + 1];
    if ((a === '--target' || a === '-t') && v !== undefined) { out.target = v; i++; continue; }
    if ((a === '--format' || a === '-f') && (v === 'md' || v === 'json')) { out.format = v; i++; continue; }
    if (a === '--json') { out.format = 'json'; continue; }
    throw usage(`supported-ops: unexpected '${a}' (usage: supported-ops --target NAME [--format md|json])`);
  }
  return out;
}

export const HELP = `model-footprint: memory, compute and NPU mapping of edge-AI models
  formats: ${formatsHelp()}

Usage:
  model-footprint analyze <model>... [options]
  model-footprint compare <base-model> <head-model> [--target T] [--format md|json] [--ram-budget SIZE]
      the pull-request comment for two model files (no git needed)
  model-footprint supported-ops --target NAME [--format md|json]
${DIFF_HELP}
Options:
  -t, --target NAME|FILE      target: stm32h7 (default, CPU only), stm32n6 (NPU), ethos-u55-128,
                              ethos-u55-256, ethos-u65-256, ax650, ax620e, ax615, m57 (Axera Pulsar2),
                              kl520, kl720, kl530, kl630, kl730 (Kneron), or a target file (./my-board.json)
      --memory-pool FILE      stedgeai-style memory-pool JSON replacing the target's pools
      --clock FREQ            the target CPU's clock for the latency estimate, e.g. 400MHz
  -f, --format text|json|md|html
                              report format on stdout (default: text); --json, --md are shorthands;
                              html: one self-contained page with the layer graph
      --input-shape NAME:DIMS set a symbolic input shape, e.g. input:1x3x224x224 (repeatable)
      --io-outside-activations keep inputs/outputs out of the activations buffer
                              (then ram total = activations + inputs + outputs)
      --long-names            the file's layer names instead of stedgeai's (conv2d_1, gemm_9 for TFLite)
      --planner NAME          memory planner (default: the target's): st (ST Edge AI Core, overlapping
                              streaming layers), st-time (its -O time), tflm (TFLite Micro greedy),
                              best (searched order and placement)
  -o, --out DIR               also write <model>.report.{txt,json,md,html} into DIR
      --no-hash               skip the file's sha256/md5 (they read every byte of a huge model)
  -h, --help                  this help
  -V, --version               the version

Exit status: 0 when every model was analyzed, 1 when a model could not be, 2 on a usage error.
`;
