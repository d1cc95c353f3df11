/** Budgets: size parsing, limits per model (globs), regression thresholds, headroom for the bars. */
import { FootprintError } from '../diagnostics/diagnostic.js';
import { matchesGlob } from '../glob.js';
import { epochsOf, poolsOf, poolUsable, poolUsed, unplacedOf } from './compare.js';
import type { BudgetKind, BudgetLimits, BudgetResult, Budgets, CommentEntry, LimitSubject, MappedReport, SizeSpec } from './types.js';
import { plural, size } from './format.js';
import { milliseconds } from '../units/format.js';
import { familyOf, familyUnit } from '../mapping/family.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * Bytes from "1.5MB", "512KiB", "128 KB", "0x10000" or a number. KB/MB/GB are binary (1024), as
 * in stedgeai's memory-pool files and MCU datasheets. Throws E_USAGE on anything else.
 */
export function parseSize(spec: SizeSpec): number {
  if (typeof spec === 'number') {
    if (!Number.isFinite(spec) || spec < 0) throw new FootprintError('E_USAGE', `size must be a number of bytes >= 0, found ${spec}`);
    return Math.round(spec);
  }
  const s = spec.trim();
  if (/^0x[0-9a-f]+$/i.test(s)) return Number(s); // Number reads the 0x prefix itself
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(s);
  const unit = m ? UNITS[(m[2] as string).toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new FootprintError('E_USAGE', `cannot read size '${spec}' (expected e.g. 1.5MB, 512KiB, 65536 or 0x10000)`);
  }
  return Math.round(Number(m[1]) * unit);
}

/**
 * What a limit is about, as every message names it: 'RAM', 'Flash', 'latency', 'pool <name>' (`esc`
 * escapes the name) or, for unplaced buffers, 'activations in no pool' / 'weights in no pool'.
 */
export function budgetName(x: { kind: BudgetKind } & LimitSubject, esc: (s: string) => string = (s) => s): string {
  switch (x.kind) {
    case 'pool': return `pool ${esc(x.pool ?? '')}`;
    case 'unplaced': return `${x.holds ?? 'buffers'} in no pool`;
    case 'ram': return 'RAM';
    case 'latency': return 'latency';
    case 'flash': return 'Flash';
  }
}

/** `2 activation buffers, 1.06 MiB, fit in no pool`: what an 'unplaced' limit found. */
export function unplacedSentence(x: LimitSubject & { used: number }): string {
  const n = x.buffers ?? 0;
  return `${plural(n, familyUnit(x.holds ?? 'activations'))}, ${size(x.used)}, ${n === 1 ? 'fits' : 'fit'} in no pool`;
}

/** A limit's amount as the comment shows it: milliseconds for latency, bytes otherwise. */
export function budgetAmount(kind: BudgetKind, n: number): string {
  return kind === 'latency' ? milliseconds(n) : size(n);
}

/** Milliseconds per unit of a duration (a bare number is milliseconds), the micro sign and the Greek mu alike. */
const MS_PER: Record<string, number> = { '': 1, s: 1000, ms: 1, us: 0.001, 'µs': 0.001, 'μs': 0.001 };

/** Milliseconds from "30ms", "1.5 s", "250us" or a number of milliseconds. Throws E_USAGE on anything else. */
export function parseDuration(spec: number | string): number {
  const bad = (): never => { throw new FootprintError('E_USAGE', `cannot read duration '${spec}' (expected e.g. 30ms, 1.5s, 250us or a number of milliseconds)`); };
  if (typeof spec === 'number') return Number.isFinite(spec) && spec > 0 ? spec : bad();
  // the unit's letters, whatever they are: the table says which it knows (as parseSize's does)
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(\p{L}*)$/u.exec(spec.trim());
  if (!m) return bad();
  const v = Number(m[1]) * (MS_PER[(m[2] as string).toLowerCase()] ?? NaN);
  return v > 0 ? v : bad();
}

/** The global limits overridden, key by key, by every perModel glob that matches (in order). */
function limitsFor(path: string, budgets: Budgets): BudgetLimits {
  let out: BudgetLimits = { ...budgets };
  for (const [glob, l] of Object.entries(budgets.perModel ?? {})) {
    if (!matchesGlob(path, glob)) continue;
    out = { ...out, ...l, pools: { ...out.pools, ...l.pools }, thresholds: { ...out.thresholds, ...l.thresholds } };
  }
  return out;
}

/**
 * Checks every analyzed head (model x target) against its limits: RAM total vs ramBytes, weights
 * vs flashBytes, pool use vs pool limits and the pool's usable size, buffers that fit in no pool
 * (none may); base -> head growth vs the thresholds (in percent); SW epochs that grew (models
 * present on both sides).
 */
export function evaluateBudgets(entries: readonly CommentEntry[], budgets: Budgets = {}): BudgetResult {
  const result: BudgetResult = { exceeded: [], regressions: [], newSwEpochs: [], usage: [] };
  for (const e of entries) {
    const head = e.head as MappedReport | undefined;
    if (!head || e.headError !== undefined || e.lfsNotFetched) continue;
    const where = { path: e.path, target: e.target };
    const lim = limitsFor(e.path, budgets);
    const check = (kind: BudgetKind, used: number, limit: number, extra: LimitSubject = {}): void => {
      result.usage.push({ ...where, kind, ...extra, used, limit, ratio: limit > 0 ? used / limit : used > 0 ? Infinity : 0 });
      if (used > limit) result.exceeded.push({ ...where, kind, ...extra, used, limit });
    };
    if (lim.ramBytes !== undefined) check('ram', head.totals.ramTotalBytes, parseSize(lim.ramBytes));
    if (lim.flashBytes !== undefined) check('flash', head.totals.weightsBytes, parseSize(lim.flashBytes));
    const latency = head.totals.latencyMs;
    if (lim.latencyMs !== undefined && typeof latency === 'number') check('latency', latency, lim.latencyMs);
    for (const p of poolsOf(head)) {
      const given = lim.pools?.[p.name];
      const limit = given !== undefined ? parseSize(given) : poolUsable(p);
      // Empty pools without a limit of their own are not headroom anyone asked about.
      if (limit !== undefined && (given !== undefined || poolUsed(p) > 0)) check('pool', poolUsed(p), limit, { pool: p.name });
    }
    // Buffers that fit in no pool: the model does not fit the target, whatever its pools' usage says
    // (their placed bytes leave those out). Always checked, per family, against 0.
    const left = unplacedOf(head);
    for (const holds of ['activations', 'weights'] as const) {
      const mine = left.filter((u) => familyOf(u.kind) === holds);
      if (mine.length > 0) check('unplaced', mine.reduce((s, u) => s + u.size, 0), 0, { holds, buffers: mine.length });
    }
    const base = e.base as MappedReport | undefined;
    if (!base || e.baseError !== undefined) continue;
    const t = lim.thresholds ?? {};
    const reg = (metric: 'ram' | 'flash' | 'macc' | 'latency', b: number, h: number, threshold: number | undefined): void => {
      const limit = threshold ?? Infinity; // no threshold: no growth is a regression
      // Growth in percent. From a base of 0 any growth is +Infinity% (a positive number over 0); 0 -> 0 is
      // NaN and no change or a shrink is <= 0%: never above a threshold (the config requires >= 0).
      const pct = ((h - b) / b) * 100;
      if (pct > limit) result.regressions.push({ ...where, metric, base: b, head: h, pct, threshold: limit });
    };
    reg('ram', base.totals.ramTotalBytes, head.totals.ramTotalBytes, t.ramPct);
    reg('flash', base.totals.weightsBytes, head.totals.weightsBytes, t.flashPct);
    reg('macc', base.totals.macc, head.totals.macc, t.maccPct);
    const [bl, hl] = [base.totals.latencyMs, head.totals.latencyMs];
    // a head without an estimate compares as NaN: never a regression
    if (typeof bl === 'number') reg('latency', bl, hl ?? NaN, t.latencyPct);
    const be = epochsOf(base);
    const he = epochsOf(head);
    if (be && he && he.sw > be.sw) result.newSwEpochs.push({ ...where, base: be.sw, head: he.sw });
  }
  return result;
}
