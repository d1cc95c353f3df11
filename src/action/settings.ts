/**
 * Inputs -> one validated Settings object, read once (DESIGN.md principle 8). Every error is an
 * ActionInputError naming the input. Nothing here talks to GitHub.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseSize, type Budgets } from '../diff/index.js';
import { loadConfig } from './config.js';
import { ActionInputError } from './errors.js';
import { messageOf } from './toolkit.js';

export const FAIL_ON = ['budget', 'regression', 'new-sw-epochs', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const COMMENT_MODES = ['update', 'new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const MODES = ['analyze', 'merge', 'comment-from'] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_MODELS = ['**/*.{onnx,tflite,h5,keras}'];
export const DEFAULT_TARGET = 'stm32h7';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface Settings {
  mode: Mode;
  models: string[];
  targets: string[];
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

function list(raw: string): string[] {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

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
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ActionInputError('shard', `must be i/n with 1 <= i <= n (e.g. 2/8), found '${raw}'`);
  }
  return { index, count };
}

function size(input: string, raw: string): number | undefined {
  if (raw === '') return undefined;
  try {
    return parseSize(raw);
  } catch (e: unknown) {
    throw new ActionInputError(input, `must be a size such as 1.5MB, 512KiB or 2048: ${messageOf(e)}`);
  }
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
  const mode = oneOf('mode', get('mode'), MODES, 'analyze');
  const shard = parseShard(get('shard'));
  if (shard && mode !== 'analyze') throw new ActionInputError('shard', `only applies to mode 'analyze', found mode '${mode}'`);
  const reportPath = get('report-path');
  return {
    mode,
    models: models.length > 0 ? models : config?.models ?? DEFAULT_MODELS,
    targets: targets.length > 0 ? targets : config?.targets ?? [DEFAULT_TARGET],
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
