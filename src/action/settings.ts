/**
 * Inputs -> one validated Settings object, read once (DESIGN.md principle 8). Every error is an
 * ActionInputError naming the input. Nothing here talks to GitHub.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { BUILTIN_TARGETS, DEFAULT_MODEL_GLOBS, DEFAULT_TARGET, builtinTarget, isBuiltinTarget, looksLikeTargetFile, parseDuration, parseSize, splitPatterns, suggestion, parseTarget, type BudgetLimits, type Budgets, type Target } from '../index.js';
import { loadConfig } from './config.js';
import { ActionInputError } from './errors.js';
import { messageOf } from './toolkit.js';

export const FAIL_ON = ['budget', 'regression', 'new-sw-epochs', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const COMMENT_MODES = ['update', 'on-change', 'new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const MODES = ['analyze', 'merge', 'comment-from'] as const;
export type Mode = (typeof MODES)[number];


export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `-shard-2-of-4`: the suffix every file and artifact a shard writes carries ('' without a shard). */
export function shardSuffix(shard: Shard | undefined): string {
  return shard ? `-shard-${shard.index}-of-${shard.count}` : '';
}

export interface Settings {
  mode: Mode;
  models: string[];
  /** Target names as the user wrote them (built-in names or target files). */
  targets: string[];
  /** Each name of `targets`, resolved and validated once, before any analysis. */
  targetSpecs: Record<string, Target>;
  budgets: Budgets;
  /** Empty means never fail; several may be given (comma separated). */
  failOn: Exclude<FailOn, 'never'>[];
  comment: CommentMode;
  commentKey: string;
  /** A revision to compare against; undefined: the pull request's base, else origin/HEAD. */
  baseRef: string | undefined;
  artifactName: string;
  shard: Shard | undefined;
  token: string;
  /** merge / comment-from: a file or folder with results produced elsewhere (else: artifacts). */
  reportPath: string | undefined;
  /** Take base results from the Actions cache (and save them there). */
  cache: boolean;
  workspace: string;
}

/** What settings need from the runner: inputs and the workspace folder. */
export interface InputSource {
  getInput(name: string): string;
}

/** One list per input: newlines, or commas outside braces (`*.{onnx,tflite}` is one glob). */
const list = splitPatterns;

function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[], fallback: T): T {
  if (raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ActionInputError(input, `must be one of ${allowed.join(', ')}, found '${raw}'`);
  }
  return raw as T;
}

export function parseShard(raw: string): Shard | undefined {
  if (raw === '') return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  // 1 <= index <= count also makes count at least 1.
  if (!m || index < 1 || index > count) {
    throw new ActionInputError('shard', `must be i/n with 1 <= i <= n (e.g. 2/8), found '${raw}'`);
  }
  return { index, count };
}

function size(input: string, raw: string): number | undefined {
  if (raw === '') return undefined;
  let n: number;
  try {
    n = parseSize(raw);
  } catch (e: unknown) {
    throw new ActionInputError(input, `must be a size such as 1.5MB, 512KiB or 2048: ${messageOf(e)}`);
  }
  if (n <= 0) throw new ActionInputError(input, `must be a size above 0 (a budget of 0 bytes fails every model), found '${raw}'`);
  return n;
}

function duration(input: string, raw: string): number | undefined {
  if (raw === '') return undefined;
  try {
    return parseDuration(raw);
  } catch (e: unknown) {
    throw new ActionInputError(input, `must be a duration such as 30ms or 1.5s: ${messageOf(e)}`);
  }
}

/**
 * Every target name resolved once: a built-in name, or a target file inside the workspace (read
 * and validated here). An unknown name fails the inputs, with the closest built-in names.
 */
export function resolveTargets(names: readonly string[], workspace: string, input: string): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const name of names) {
    if (isBuiltinTarget(name)) { out[name] = builtinTarget(name); continue; }
    if (!looksLikeTargetFile(name)) {
      throw new ActionInputError(input, `unknown target '${name}'${suggestion(name, BUILTIN_TARGETS)}; built-in targets: ${BUILTIN_TARGETS.join(', ')}, or a target file such as ./boards/my-board.json`);
    }
    const path = resolve(workspace, name);
    if (!existsSync(path)) throw new ActionInputError(input, `target file '${name}' not found in the workspace`);
    const rel = relative(realpathSync(workspace), realpathSync(path));
    if (rel.startsWith('..') || isAbsolute(rel)) throw new ActionInputError(input, `target file '${name}' is outside the workspace`);
    try {
      out[name] = parseTarget(readFileSync(path, 'utf8'), name); // a file holds JSON, never a target's name
    } catch (e: unknown) {
      throw new ActionInputError(input, `target file '${name}': ${messageOf(e)}`);
    }
  }
  return out;
}

/** Budgets of 0 and pools that no target has are refused before anything is analyzed. */
function checkBudgets(budgets: Budgets, specs: Record<string, Target>): void {
  const pools = new Set(Object.values(specs).flatMap((t) => t.pools.map((p) => p.name)));
  const check = (l: BudgetLimits, where: string): void => {
    for (const [k, v] of [['ram', l.ramBytes], ['flash', l.flashBytes]] as const) {
      if (v !== undefined && parseSize(v) <= 0) throw new ActionInputError('config', `${where}budgets.${k} must be above 0`);
    }
    for (const [name, v] of Object.entries(l.pools ?? {})) {
      if (!pools.has(name)) {
        throw new ActionInputError('config', `${where}budgets.pools.${name}: no target has a pool named '${name}'${suggestion(name, [...pools])}; pools of ${Object.keys(specs).join(', ')}: ${[...pools].join(', ') || 'none'}`);
      }
      if (parseSize(v) <= 0) throw new ActionInputError('config', `${where}budgets.pools.${name} must be above 0`);
    }
  };
  check(budgets, '');
  for (const [glob, l] of Object.entries(budgets.perModel ?? {})) check(l, `per-model.${glob}.`);
}

function failOn(raw: string): Settings['failOn'] {
  const items = list(raw === '' ? 'budget' : raw);
  for (const f of items) oneOf('fail-on', f, FAIL_ON, 'budget');
  if (items.includes('never')) {
    if (items.length > 1) throw new ActionInputError('fail-on', `'never' cannot be combined with other values, found '${raw}'`);
    return [];
  }
  return [...new Set(items)] as Settings['failOn'];
}

function key(raw: string): string {
  const k = raw === '' ? 'default' : raw;
  if (!/^[A-Za-z0-9._\-/]{1,64}$/.test(k)) {
    throw new ActionInputError('comment-key', `use 1-64 letters, digits, '.', '_', '-' or '/', found '${raw}'`);
  }
  return k;
}

function artifactName(raw: string): string {
  const n = raw === '' ? 'model-footprint' : raw;
  if (/["':<>|*?\\/\r\n]/.test(n)) throw new ActionInputError('artifact-name', `must not contain " : < > | * ? \\ / or quotes, found '${raw}'`);
  return n;
}

function bool(input: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  throw new ActionInputError(input, `must be true or false, found '${raw}'`);
}

/** Reads every input once. `workspace` resolves relative paths (config, report-path). */
export function readSettings(src: InputSource, workspace: string): Settings {
  const get = (name: string): string => src.getInput(name).trim();
  const inWorkspace = (p: string): string => (isAbsolute(p) ? p : resolve(workspace, p));
  const configPath = get('config');
  const config = configPath === '' ? undefined : loadConfig(inWorkspace(configPath), configPath);
  const models = list(get('models'));
  const targets = list(get('targets') || get('target'));
  const budgets: Budgets = { ...(config?.budgets ?? {}) };
  const ram = size('ram-budget', get('ram-budget'));
  const flash = size('flash-budget', get('flash-budget'));
  if (ram !== undefined) budgets.ramBytes = ram;
  if (flash !== undefined) budgets.flashBytes = flash;
  const latency = duration('latency-budget', get('latency-budget'));
  if (latency !== undefined) budgets.latencyMs = latency;
  const mode = oneOf('mode', get('mode'), MODES, 'analyze');
  const shard = parseShard(get('shard'));
  if (shard && mode !== 'analyze') throw new ActionInputError('shard', `only applies to mode 'analyze', found mode '${mode}'`);
  const reportPath = get('report-path');
  const targetNames = [...new Set(targets.length > 0 ? targets : config?.targets ?? [DEFAULT_TARGET])];
  // Without targets or config the default target is built in: no input to blame.
  const targetSpecs = resolveTargets(targetNames, workspace, targets.length > 0 ? (get('targets') ? 'targets' : 'target') : 'config');
  checkBudgets(budgets, targetSpecs);
  return {
    mode,
    models: models.length > 0 ? models : config?.models ?? [...DEFAULT_MODEL_GLOBS],
    targets: targetNames,
    targetSpecs,
    budgets,
    failOn: failOn(get('fail-on')),
    comment: oneOf('comment', get('comment'), COMMENT_MODES, 'update'),
    commentKey: key(get('comment-key')),
    baseRef: get('base-ref') || undefined,
    artifactName: artifactName(get('artifact-name')),
    shard,
    token: get('github-token'),
    reportPath: reportPath === '' ? undefined : inWorkspace(reportPath),
    cache: bool('cache', get('cache'), true),
    workspace,
  };
}
