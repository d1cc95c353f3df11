/**
 * The PR comment: a one-line verdict, the summary table, budget headroom, per-model details, and
 * a footer; shrunk in steps to fit GitHub's comment limit. Also the job summary (no limit).
 */
import { diffReports } from './compare.js';
import { evaluateBudgets } from './budgets.js';
import { escMd } from './escape.js';
import { count, plural, signedWith, size } from './format.js';
import { headroomTable, modelDetails, summaryTable, type Prepared } from './sections.js';
import type { BudgetResult, CommentInput, CommentOutput } from './types.js';

export const DEFAULT_MAX_CHARS = 65_536;
const TOP_LAYERS_COMMENT = 10;
const TOP_LAYERS_SUMMARY = 30;

/** The hidden marker the action searches for to update its own comment. */
export function commentMarker(key: string): string {
  return `<!-- model-footprint:${key.replace(/--+/g, '-').replace(/[<>\r\n]/g, '')} -->`;
}

export function prepare(input: CommentInput): Prepared[] {
  return input.entries.map((entry) => ({
    entry,
    diff: diffReports(entry.baseError === undefined ? entry.base : undefined, entry.headError === undefined && !entry.lfsNotFetched ? entry.head : undefined),
  }));
}

function budgetsOf(input: CommentInput): BudgetResult {
  return input.budgets ?? evaluateBudgets(input.entries, {});
}

/** `2 models changed · RAM +12.3 KiB (91% of 1.5 MiB budget) ⚠️ · 1 operator moved to SW`. */
export function verdict(input: CommentInput, prepared: readonly Prepared[], budgets: BudgetResult): string {
  const paths = (pred: (p: Prepared) => boolean): number => new Set(prepared.filter(pred).map((p) => p.entry.path)).size;
  const changed = paths((p) => p.entry.status !== 'unchanged');
  const parts: string[] = [];
  if (prepared.length === 0) return '**No model changes** ✅';
  const added = paths((p) => p.entry.status === 'added');
  const removed = paths((p) => p.entry.status === 'removed');
  const extra = [added > 0 ? `${added} new` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
  parts.push(`**${plural(changed, 'model')} changed**${extra.length ? ` (${extra.join(', ')})` : ''}`);
  // Deltas summed over the first target's rows, so several targets do not count a model twice.
  const first = input.targets.find((t) => prepared.some((p) => p.entry.target === t)) ?? prepared[0]?.entry.target;
  // A model whose base could not be read has no known delta: left out of the sums.
  const rows = prepared.filter((p) => p.entry.target === first && p.entry.baseError === undefined);
  const sum = (k: 'ramTotalBytes' | 'weightsBytes' | 'macc'): number => rows.reduce((s, p) => s + p.diff.totals[k].delta, 0);
  const ram = budgets.usage.filter((u) => u.kind === 'ram').sort((a, b) => b.ratio - a.ratio)[0];
  const ramMark = budgets.exceeded.some((x) => x.kind === 'ram') ? ' ❌' : ram && ram.ratio >= 0.9 ? ' ⚠️' : ram ? ' ✅' : '';
  const ramBudget = ram ? ` (${Math.round(ram.ratio * 100)}% of ${size(ram.limit)} budget)` : '';
  parts.push(`RAM ${sum('ramTotalBytes') === 0 ? '±0' : signedWith(sum('ramTotalBytes'), size)}${ramBudget}${ramMark}`);
  if (sum('weightsBytes') !== 0) parts.push(`Flash ${signedWith(sum('weightsBytes'), size)}`);
  if (sum('macc') !== 0) parts.push(`MACC ${signedWith(sum('macc'), count)}`);
  const moves = prepared.flatMap((p) => p.diff.moved);
  const toSw = moves.filter((m) => m.direction === 'toSW').length;
  const toHw = moves.filter((m) => m.direction === 'toHW').length;
  if (toSw > 0) parts.push(`${plural(toSw, 'operator')} moved to SW ⚠️`);
  if (toHw > 0) parts.push(`${plural(toHw, 'operator')} moved to HW ✅`);
  const other = budgets.exceeded.filter((x) => x.kind !== 'ram').length;
  if (other > 0) parts.push(`${plural(other, 'budget')} exceeded ❌`);
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
  return u.replace(/[()<>"'`|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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

function shortenedNote(input: CommentInput, level: number, hiddenRows: number): string {
  const where = [link('job summary', input.summaryUrl) || 'the job summary', link('artifact', input.artifactUrl) || 'the artifact'];
  const rows = hiddenRows > 0 ? `, ${plural(hiddenRows, 'more row')} not shown` : '';
  return `> [!NOTE]\n> Shortened to fit GitHub's comment size limit: ${STEP_TEXT[level]}${rows}. The full report is in ${where.join(' and ')}.`;
}

/** Rows that matter most first, for the row cap: problems, then the largest RAM changes. */
function byImportance(a: Prepared, b: Prepared): number {
  const rank = (p: Prepared): number => (p.entry.headError !== undefined || p.entry.lfsNotFetched || p.entry.baseError !== undefined ? 0 : p.diff.moved.length > 0 ? 1 : 2);
  return rank(a) - rank(b) || Math.abs(b.diff.totals.ramTotalBytes.delta) - Math.abs(a.diff.totals.ramTotalBytes.delta);
}

function build(input: CommentInput, prepared: Prepared[], budgets: BudgetResult, level: number, rowCap: number, topN: number): string {
  const shownRows = level === 3 ? [...prepared].sort(byImportance).slice(0, rowCap) : prepared;
  const hidden = prepared.length - shownRows.length;
  const out: string[] = [verdict(input, prepared, budgets), ''];
  if (level > 0) out.push(shortenedNote(input, level, hidden), '');
  if (prepared.length === 0) out.push('No model file matching the configured patterns changed in this pull request.', '');
  else out.push(summaryTable(shownRows), '');
  if (hidden > 0) out.push(`…and ${plural(hidden, 'more row')}: see the full report.`, '');
  if (level < 3) {
    const head = headroomTable(budgets);
    if (head) out.push(head, '');
  }
  if (level < 2) {
    for (const p of prepared) {
      const d = modelDetails(p, level < 1, topN);
      if (d) out.push(d, '');
    }
  }
  out.push(footer(input), commentMarker(input.key));
  return out.join('\n');
}

/** The PR comment, within `maxChars` (shortened in steps, and saying so). */
export function renderComment(input: CommentInput): CommentOutput {
  const max = input.maxChars ?? DEFAULT_MAX_CHARS;
  const prepared = prepare(input);
  const budgets = budgetsOf(input);
  for (const level of [0, 1, 2] as const) {
    const md = build(input, prepared, budgets, level, prepared.length, TOP_LAYERS_COMMENT);
    if (md.length <= max) return { markdown: md, shortened: level };
  }
  // Level 3: the largest row count that fits (binary search).
  let lo = 0;
  let hi = prepared.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(input, prepared, budgets, 3, mid, 0).length <= max) lo = mid;
    else hi = mid - 1;
  }
  let md = build(input, prepared, budgets, 3, lo, 0);
  if (md.length > max) {
    // Not even the verdict and footer fit (a tiny maxChars): cut, keeping the marker.
    const marker = commentMarker(input.key);
    md = `${md.slice(0, Math.max(0, max - marker.length - 2))}\n${marker}`.slice(-max);
  }
  return { markdown: md, shortened: 3 };
}

/** The job summary: the same report without the size limit, with more layers per model. */
export function renderSummary(input: CommentInput): string {
  const prepared = prepare(input);
  return build(input, prepared, budgetsOf(input), 0, prepared.length, TOP_LAYERS_SUMMARY);
}
