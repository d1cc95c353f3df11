/**
 * The PR comment: a one-line verdict, the summary table, budget headroom, per-model details, and
 * a footer; shrunk in steps to fit GitHub's comment limit. Also the job summary (no limit).
 */
import { diffReports, knownDelta, knownSides } from './compare.js';
import { budgetAmount, budgetName, evaluateBudgets, unplacedSentence } from './budgets.js';
import { escMd } from './escape.js';
import { count, plural, signedWith, size } from './format.js';
import { headroomTable, modelDetails, summaryTable, type Prepared } from './sections.js';
import type { BudgetExceeded as Limit, BudgetKind, BudgetResult, CommentInput, CommentOutput, MetricDelta } from './types.js';

export const DEFAULT_MAX_CHARS = 65_536;
const TOP_LAYERS_COMMENT = 10;
const TOP_LAYERS_SUMMARY = 30;

/** The hidden marker the action searches for to update its own comment. */
export function commentMarker(key: string): string {
  return `<!-- model-footprint:${key.replace(/--+/g, '-').replace(/[<>\r\n]/g, '')} -->`;
}

export function prepare(input: CommentInput): Prepared[] {
  return input.entries.map((entry) => {
    const [base, head] = knownSides(entry);
    return { entry, diff: diffReports(base, head) };
  });
}

function budgetsOf(input: CommentInput): BudgetResult {
  return input.budgets ?? evaluateBudgets(input.entries, {});
}

function over(x: { kind: BudgetKind; used: number; limit: number }): string {
  return x.limit > 0 ? `${Math.round((x.used / x.limit) * 100)}% of ${budgetAmount(x.kind, x.limit)}` : `${budgetAmount(x.kind, x.used)} over a limit of 0`;
}

/** `1 model over budget: kws.tflite (112% of 64.0 KiB RAM)`: the worst limit of each model x target, worst first. */
function budgetList(items: readonly Limit[], targets: number, label: string, mark: string): string {
  const ratio = (x: Limit): number => x.used / Math.max(1, x.limit);
  const worst = new Map<string, Limit>();
  for (const x of items) {
    const k = `${x.path}\0${x.target}`;
    const w = worst.get(k);
    if (!w || ratio(x) > ratio(w)) worst.set(k, x);
  }
  const list = [...worst.values()].sort((a, b) => ratio(b) - ratio(a));
  const models = new Set(list.map((x) => x.path)).size;
  const name = (x: Limit): string => {
    const why = x.kind === 'unplaced' ? unplacedSentence(x) : `${over(x)} ${budgetName(x, escMd)}`;
    return `${escMd(x.path.split('/').pop() ?? x.path)}${targets > 1 ? ` on ${escMd(x.target)}` : ''} (${why})`;
  };
  const shown = list.slice(0, 3).map(name);
  const more = list.length > shown.length ? `, and ${list.length - shown.length} more` : '';
  return `${plural(models, 'model')} ${label}: ${shown.join(', ')}${more} ${mark}`;
}

/**
 * `3 models changed · RAM +9.0 KiB on stm32n6, -1.0 KiB on stm32h7 · Flash ... · 1 model over
 * budget: kws.tflite (112% of 64.0 KiB RAM) ❌`. Deltas are summed per target, over the rows whose
 * both sides are known: a model that could not be analyzed counts as unknown, never as 0 bytes.
 */
export function verdict(input: CommentInput, prepared: readonly Prepared[], budgets: BudgetResult): string {
  const paths = (pred: (p: Prepared) => boolean): number => new Set(prepared.filter(pred).map((p) => p.entry.path)).size;
  const changed = paths((p) => p.entry.status !== 'unchanged');
  const parts: string[] = [];
  if (prepared.length === 0) return '**No model changes** ✅';
  const added = paths((p) => p.entry.status === 'added');
  const removed = paths((p) => p.entry.status === 'removed');
  const extra = [added > 0 ? `${added} new` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
  parts.push(`**${plural(changed, 'model')} changed**${extra.length ? ` (${extra.join(', ')})` : ''}`);
  const targets = [...input.targets.filter((t) => prepared.some((p) => p.entry.target === t)),
    ...new Set(prepared.map((p) => p.entry.target).filter((t) => !input.targets.includes(t)))];
  const known = prepared.filter((p) => knownDelta(p.entry));
  /**
   * The delta summed per target over the known rows (an added or removed model counts whole); with
   * `bothSides`, only over the rows where the metric has both sides (a target may estimate no
   * latency). RAM also says ±0.
   */
  const perTarget = (metric: (p: Prepared) => MetricDelta | undefined, fmt: (n: number) => string, opts: { sayZero?: boolean; bothSides?: boolean } = {}): string | undefined => {
    // the known rows' deltas on target t: all of them, or with `bothSides` those whose metric has both sides
    const deltas = (t: string): number[] => known.filter((p) => p.entry.target === t).flatMap((p) => {
      const m = metric(p);
      return m !== undefined && (!opts.bothSides || (m.base !== undefined && m.head !== undefined)) ? [m.delta] : [];
    });
    const sums = targets.map((t) => ({ t, ds: deltas(t) })).filter((x) => x.ds.length > 0)
      .map((x) => ({ t: x.t, sum: x.ds.reduce((s, d) => s + d, 0) }));
    if (sums.length === 0) return undefined;
    if (sums.every((x) => x.sum === 0)) {
      if (!opts.sayZero) return undefined;
      if (targets.length > 1) return '±0';
    }
    const one = (x: { t: string; sum: number }): string => `${x.sum === 0 ? '±0' : signedWith(x.sum, fmt)} on ${escMd(x.t)}`;
    return sums.map(one).join(', ');
  };
  const ram = perTarget((p) => p.diff.totals.ramTotalBytes, size, { sayZero: true });
  if (ram !== undefined) parts.push(`RAM ${ram}`);
  const flash = perTarget((p) => p.diff.totals.weightsBytes, size);
  if (flash !== undefined) parts.push(`Flash ${flash}`);
  const macc = perTarget((p) => p.diff.totals.macc, count);
  if (macc !== undefined) parts.push(`MACC ${macc}`);
  // The estimated latency, over the rows whose two sides have one (a target may estimate none).
  const latency = perTarget((p) => p.diff.totals.latencyMs, (n) => budgetAmount('latency', n), { bothSides: true });
  if (latency !== undefined) parts.push(`Latency ${latency} (estimate)`);
  const moves = prepared.flatMap((p) => p.diff.moved);
  const toSw = moves.filter((m) => m.direction === 'toSW').length;
  const toHw = moves.filter((m) => m.direction === 'toHW').length;
  if (toSw > 0) parts.push(`${plural(toSw, 'operator')} moved to SW ⚠️`);
  if (toHw > 0) parts.push(`${plural(toHw, 'operator')} moved to HW ✅`);
  if (budgets.exceeded.length > 0) parts.push(budgetList(budgets.exceeded, targets.length, 'over budget', '❌'));
  // Near a budget the user set (not the target's own pool sizes, which are shown as headroom only).
  const near = budgets.usage.filter((u) => u.kind !== 'pool' && u.ratio >= 0.9 && u.ratio <= 1);
  if (near.length > 0) parts.push(budgetList(near, targets.length, 'near budget', '⚠️'));
  if (budgets.regressions.length > 0) parts.push(`${plural(budgets.regressions.length, 'regression')} over threshold ⚠️`);
  const lfs = paths((p) => p.entry.lfsNotFetched === true);
  const failed = paths((p) => p.entry.headError !== undefined && !p.entry.lfsNotFetched);
  const baseBad = paths((p) => p.entry.baseError !== undefined);
  if (lfs > 0) parts.push(`${lfs} LFS ${lfs === 1 ? 'object' : 'objects'} not fetched`);
  if (failed > 0) parts.push(`${plural(failed, 'model')} could not be analyzed ❌`);
  if (baseBad > 0) parts.push(`${baseBad} base ${baseBad === 1 ? 'version' : 'versions'} unparsable`);
  return parts.join(' · ');
}

/** Links come from the action, but still: http(s) only, and nothing that could end the Markdown link. */
export function safeUrl(u: string | undefined): string | undefined {
  if (u === undefined || !/^https?:\/\/[^\s]+$/i.test(u)) return undefined;
  // each of these characters is between 0x22 and 0x7C: always two hex digits
  return u.replace(/[()<>"'`|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function link(text: string, u: string | undefined): string {
  const s = safeUrl(u);
  return s ? `[${text}](${s})` : '';
}

function footer(input: CommentInput): string {
  const sha = (s: string): string => escMd(s.slice(0, 12));
  const targets = input.targets.length > 0 ? input.targets.map(escMd).join(', ') : 'none';
  const head = input.headSha ? ` · head ${sha(input.headSha)}` : '';
  const links = [link('job summary', input.summaryUrl), link('full reports', input.artifactUrl)].filter(Boolean);
  const cached = input.entries.some((e) => e.baseFromCache) ? ' · some base results from cache' : '';
  return `<sub>model-footprint ${escMd(input.analyzerVersion)} · targets: ${targets} · base ${sha(input.baseSha)}${head}${cached}${links.length ? ' · ' + links.join(' · ') : ''}</sub>`;
}

const STEP_TEXT = ['', 'per-layer detail omitted', 'per-model details omitted', 'only the summary table is shown'];

function shortenedNote(input: CommentInput, level: number, hiddenRows: number, limit: string): string {
  const where = [limit === 'comment' ? link('job summary', input.summaryUrl) || 'the job summary' : '', link('artifact', input.artifactUrl) || 'the artifact'].filter(Boolean);
  const rows = hiddenRows > 0 ? `, ${plural(hiddenRows, 'more row')} not shown` : '';
  return `> [!NOTE]\n> Shortened to fit GitHub's ${limit} size limit: ${STEP_TEXT[level]}${rows}. The full report is in ${where.join(' and ')}.`;
}

/** Rows that matter most first, for the row cap: problems, then the largest RAM changes. */
function byImportance(a: Prepared, b: Prepared): number {
  const rank = (p: Prepared): number => (p.entry.headError !== undefined || p.entry.lfsNotFetched || p.entry.baseError !== undefined ? 0 : p.diff.moved.length > 0 ? 1 : 2);
  return rank(a) - rank(b) || Math.abs(b.diff.totals.ramTotalBytes.delta) - Math.abs(a.diff.totals.ramTotalBytes.delta);
}

function build(input: CommentInput, prepared: Prepared[], budgets: BudgetResult, level: number, rowCap: number, topN: number, limit: string): string {
  const shownRows = level === 3 ? [...prepared].sort(byImportance).slice(0, rowCap) : prepared;
  const hidden = prepared.length - shownRows.length;
  const out: string[] = [verdict(input, prepared, budgets), ''];
  if (input.warnings && input.warnings.length > 0) out.push(['> [!WARNING]', ...input.warnings.map((w) => `> ${escMd(w)}`)].join('\n'), '');
  if (level > 0) out.push(shortenedNote(input, level, hidden, limit), '');
  if (prepared.length === 0) out.push('No model file matching the configured patterns changed in this pull request.', '');
  else out.push(summaryTable(shownRows), '');
  if (hidden > 0) out.push(`…and ${plural(hidden, 'more row')}: see the full report.`, '');
  if (level < 3) {
    const head = headroomTable(budgets);
    if (head) out.push(head, '');
  }
  if (level < 2) {
    // (a model without a head, failed or not fetched, has nothing to explain: its details are empty)
    for (const p of prepared) {
      const d = modelDetails(p, level < 1, topN, knownDelta(p.entry));
      if (d) out.push(d, '');
    }
  }
  out.push(footer(input), commentMarker(input.key));
  return out.join('\n');
}

/**
 * `build` at the least shortening level whose output fits `max` (measured by `measure`): the full
 * text, then without per-layer detail, without per-model details, and last the summary table with
 * as many rows as fit.
 */
function fit(input: CommentInput, max: number, measure: (s: string) => number, topN: number, limit: string): CommentOutput {
  const prepared = prepare(input);
  const budgets = budgetsOf(input);
  for (const level of [0, 1, 2] as const) {
    const md = build(input, prepared, budgets, level, prepared.length, topN, limit);
    if (measure(md) <= max) return { markdown: md, shortened: level };
  }
  // Level 3: the largest row count that fits (binary search).
  let lo = 0;
  let hi = prepared.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(build(input, prepared, budgets, 3, mid, 0, limit)) <= max) lo = mid;
    else hi = mid - 1;
  }
  let md = build(input, prepared, budgets, 3, lo, 0, limit);
  if (measure(md) > max) {
    // Not even the verdict and footer fit (a tiny limit): cut, keeping the marker.
    const marker = commentMarker(input.key);
    md = `${md.slice(0, Math.max(0, max - marker.length - 2))}\n${marker}`.slice(-max);
  }
  return { markdown: md, shortened: 3 };
}

/** The PR comment, within `maxChars` (GitHub counts characters), shortened in steps and saying so. */
export function renderComment(input: CommentInput): CommentOutput {
  return fit(input, input.maxChars ?? DEFAULT_MAX_CHARS, (s) => s.length, TOP_LAYERS_COMMENT, 'comment');
}

/** GitHub drops a step summary over 1 MiB (bytes, UTF-8). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/** The job summary: the same report with more layers per model, shortened in the same steps to fit 1 MiB. */
export function renderSummary(input: CommentInput, maxBytes = SUMMARY_MAX_BYTES): CommentOutput {
  // A little room for what the runner appends (the step's own framing).
  return fit(input, maxBytes - 1024, (s) => Buffer.byteLength(s) /* UTF-8 */, TOP_LAYERS_SUMMARY, 'job summary');
}
