/**
 * The optional config file (`config:` input), YAML or JSON:
 *
 *   models: ["models/**\/*.onnx"]          # globs, used when the `models` input is not set
 *   targets: [stm32h7]                      # used when the `targets` input is not set
 *   budgets: { ram: 1.5MB, flash: 2MB, pools: { AXISRAM1: 512KiB } }
 *   thresholds: { ram: 5, flash: 5, macc: 10 }   # regression thresholds, percent
 *   per-model:                              # glob -> the same keys, overriding the global ones
 *     "models/kws*.onnx": { budgets: { ram: 200KiB }, thresholds: { macc: 2 } }
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseDuration, parseSize, type BudgetLimits, type Budgets } from '../index.js';
import { ActionInputError } from './errors.js';
import { messageOf } from './toolkit.js';

export interface ConfigFile {
  models?: string[];
  targets?: string[];
  budgets: Budgets;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Reader {
  constructor(private readonly file: string) {}

  fail(key: string, message: string): never {
    throw new ActionInputError('config', `${this.file}: '${key}' ${message}`);
  }

  keys(o: Obj, key: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(key ? `${key}.${k}` : k, `is not a known key (expected one of: ${allowed.join(', ')})`);
    }
  }

  obj(v: unknown, key: string): Obj {
    if (!isObj(v)) this.fail(key, 'must be a mapping');
    return v;
  }

  strings(v: unknown, key: string): string[] {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || s.trim() === '')) this.fail(key, 'must be a list of non-empty strings');
    return (list as string[]).map((s) => s.trim());
  }

  size(v: unknown, key: string): number {
    if (typeof v !== 'number' && typeof v !== 'string') this.fail(key, 'must be a size such as 1.5MB, 512KiB or 2048');
    try {
      return parseSize(v);
    } catch (e: unknown) {
      return this.fail(key, `is not a size: ${messageOf(e)}`);
    }
  }

  duration(v: unknown, key: string): number {
    if (typeof v !== 'string' && typeof v !== 'number') this.fail(key, 'must be a duration (e.g. "30ms", "1.5s" or milliseconds as a number)');
    try {
      return parseDuration(v as string | number);
    } catch (e: unknown) {
      return this.fail(key, messageOf(e));
    }
  }

  pct(v: unknown, key: string): number {
    const n = typeof v === 'string' ? Number(v.replace(/%\s*$/, '')) : v;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) this.fail(key, 'must be a percentage >= 0 (e.g. 5 or "5%")');
    return n;
  }

  limits(o: Obj, key: string): BudgetLimits {
    const out: BudgetLimits = {};
    if (o['budgets'] !== undefined) {
      const b = this.obj(o['budgets'], `${key}budgets`);
      this.keys(b, `${key}budgets`, ['ram', 'flash', 'pools', 'latency']);
      if (b['ram'] !== undefined) out.ramBytes = this.size(b['ram'], `${key}budgets.ram`);
      if (b['flash'] !== undefined) out.flashBytes = this.size(b['flash'], `${key}budgets.flash`);
      if (b['latency'] !== undefined) out.latencyMs = this.duration(b['latency'], `${key}budgets.latency`);
      if (b['pools'] !== undefined) {
        const pools = this.obj(b['pools'], `${key}budgets.pools`);
        out.pools = Object.fromEntries(Object.entries(pools).map(([name, v]) => [name, this.size(v, `${key}budgets.pools.${name}`)]));
      }
    }
    if (o['thresholds'] !== undefined) {
      const t = this.obj(o['thresholds'], `${key}thresholds`);
      this.keys(t, `${key}thresholds`, ['ram', 'flash', 'macc', 'latency']);
      out.thresholds = {};
      if (t['ram'] !== undefined) out.thresholds.ramPct = this.pct(t['ram'], `${key}thresholds.ram`);
      if (t['flash'] !== undefined) out.thresholds.flashPct = this.pct(t['flash'], `${key}thresholds.flash`);
      if (t['macc'] !== undefined) out.thresholds.maccPct = this.pct(t['macc'], `${key}thresholds.macc`);
      if (t['latency'] !== undefined) out.thresholds.latencyPct = this.pct(t['latency'], `${key}thresholds.latency`);
    }
    return out;
  }
}

/** Validates a parsed config document; errors name the file and the key. */
export function parseConfig(doc: unknown, file: string): ConfigFile {
  const r = new Reader(file);
  if (doc === null || doc === undefined) return { budgets: {} };
  const o = r.obj(doc, '(top level)');
  r.keys(o, '', ['models', 'targets', 'budgets', 'thresholds', 'per-model']);
  const out: ConfigFile = { budgets: r.limits(o, '') };
  if (o['models'] !== undefined) out.models = r.strings(o['models'], 'models');
  if (o['targets'] !== undefined) out.targets = r.strings(o['targets'], 'targets');
  if (o['per-model'] !== undefined) {
    const per = r.obj(o['per-model'], 'per-model');
    out.budgets.perModel = {};
    for (const [glob, v] of Object.entries(per)) {
      const m = r.obj(v, `per-model.${glob}`);
      r.keys(m, `per-model.${glob}`, ['budgets', 'thresholds']);
      out.budgets.perModel[glob] = r.limits(m, `per-model.${glob}.`);
    }
  }
  return out;
}

/** Reads and validates the config file (YAML is a superset of JSON: one parser for both). */
export function loadConfig(path: string, shownAs: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e: unknown) {
    throw new ActionInputError('config', `cannot read ${shownAs}: ${messageOf(e)}`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e: unknown) {
    throw new ActionInputError('config', `${shownAs} is not valid YAML/JSON: ${messageOf(e)}`);
  }
  return parseConfig(doc, shownAs);
}
