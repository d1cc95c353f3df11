/** The comment's parts: summary table rows, budget headroom, and the per-model details. */
import { markdownTable } from 'markdown-table';
import type { BudgetResult, CommentEntry, IoSignature, LayerChange, LayerRef, MetricDelta, ModelDiff } from './types.js';
import { clipStart } from '../units/format.js';
import { escHtml, escMd } from './escape.js';
import { budgetAmount, budgetName } from './budgets.js';
import { count, deltaCell, plural, pct, signedWith, size, usageBar } from './format.js';
import { append } from '../arrays.js';
import { familyUnit } from '../mapping/family.js';

export interface Prepared {
  entry: CommentEntry;
  diff: ModelDiff;
}

export function table(rows: string[][], align: ('l' | 'r' | 'c')[]): string {
  return markdownTable(rows, { align, alignDelimiters: false });
}

/** What the row says about the model's state, or undefined for a plain compared row. */
export function entryNote(e: CommentEntry): string | undefined {
  if (e.lfsNotFetched) return 'LFS object not fetched (not analyzed)';
  if (e.headError !== undefined) return `could not analyze: ${e.headError}`;
  if (e.status === 'removed') return 'removed';
  if (e.baseError !== undefined) return `base unparsable (${e.baseError}): showing head only`;
  if (e.status === 'added' || (!e.base && e.head)) return 'new model';
  return undefined;
}

function modelCell(p: Prepared): string {
  const e = p.entry;
  let s = escMd(e.path);
  if (e.status === 'renamed' && e.oldPath !== undefined) s += ` (renamed from ${escMd(e.oldPath)})`;
  const note = entryNote(e);
  if (note !== undefined) s += ` · **${escMd(note)}**`;
  else if (p.diff.kind === 'same') s += ' · unchanged';
  if (e.baseFromCache) s += ' · base from cache';
  return s;
}

export function hasEpochs(prepared: readonly Prepared[]): boolean {
  return prepared.some((p) => p.diff.totals.epochsTotal !== undefined);
}

/** The HW/SW cell in the target's words: Pulsar2 NPU/CPU subgraphs, Kneron CPU nodes, else epochs. */
function epochsCell(d: ModelDiff, mixed: boolean): string {
  const p = d.totals.partition;
  if (p?.vocabulary === 'pulsar2' && p.npuSubgraphs.head !== undefined) return `${deltaCell(p.npuSubgraphs, String, false)} NPU / ${deltaCell(p.cpuSubgraphs, String)} CPU subgraphs`;
  if (p?.vocabulary === 'kneron' && p.cpuNodes.head !== undefined) return `${deltaCell(p.cpuNodes, String)} CPU nodes`;
  const hw = d.totals.epochsHw;
  if (hw?.head === undefined) return '–';
  const sw = d.totals.epochsSw as MetricDelta; // set together with epochsHw (compare.ts totalsDiff)
  return `${deltaCell(hw, String, false)} / ${deltaCell(sw, String)}${mixed ? ' epochs' : ''}`;
}

/** The summary table: one row per model x target. */
export function summaryTable(prepared: readonly Prepared[]): string {
  const epochs = hasEpochs(prepared);
  const vendorWords = prepared.some((p) => p.diff.totals.partition !== undefined);
  const latency = prepared.some((p) => p.diff.totals.latencyMs?.head !== undefined || p.diff.totals.latencyMs?.base !== undefined);
  const header = ['Model', 'Target', 'Weights (Flash)', 'Activations', 'RAM total', 'MACC', ...(latency ? ['Latency (est.)'] : []), ...(epochs ? [vendorWords ? 'HW / SW' : 'Epochs HW / SW'] : [])];
  const rows = prepared.map((p) => {
    const t = p.diff.totals;
    // A removed model shows what it used (its base), without deltas.
    const only = (d: MetricDelta, fmt: (n: number) => string): string =>
      p.entry.status === 'removed' ? (d.base === undefined ? '–' : `~~${fmt(d.base)}~~`) : deltaCell(d, fmt);
    // A head not analyzed (an error, an LFS pointer) leaves both sides unknown (knownSides): dashes throughout.
    const cells = [only(t.weightsBytes, size), only(t.activationsBytes, size), only(t.ramTotalBytes, size), only(t.macc, count)];
    const lat = latency ? [t.latencyMs ? only(t.latencyMs, (n) => budgetAmount('latency', n)) : '–'] : [];
    return [modelCell(p), escMd(p.entry.target), ...cells, ...lat, ...(epochs ? [epochsCell(p.diff, vendorWords)] : [])];
  });
  return table([header, ...rows], ['l', 'l', 'r', 'r', 'r', 'r', ...(latency ? ['r' as const] : []), ...(epochs ? ['c' as const] : [])]);
}

/**
 * Budget headroom per model x target and pool, as bars; buffers that fit in no pool, as what they
 * are (no bar: no pool holds them). Empty string when there are no budgets.
 */
export function headroomTable(budgets: BudgetResult | undefined): string {
  if (!budgets || budgets.usage.length === 0) return '';
  const rows = budgets.usage.map((u) => [
    escMd(u.path), escMd(u.target), budgetName(u, escMd),
    ...(u.kind === 'unplaced'
      ? [`${budgetAmount(u.kind, u.used)} in ${plural(u.buffers ?? 0, familyUnit(u.holds ?? 'activations'))}`, 'no pool holds them ❌']
      : [`${budgetAmount(u.kind, u.used)} / ${budgetAmount(u.kind, u.limit)}`, usageBar(u.ratio)]),
  ]);
  return ['**Budget headroom**', '', table([['Model', 'Target', 'Budget', 'Used / limit', 'Usage'], ...rows], ['l', 'l', 'l', 'r', 'l'])].join('\n');
}

function sig(s: IoSignature | undefined): string {
  if (!s) return '–';
  const shape = s.shape === null ? '?' : s.shape.join('x');
  const q = s.quant ? ` q(${s.quant.scale.toPrecision(4)}, ${s.quant.zeroPoint})` : '';
  return escMd(`${s.name}: ${s.dtype}[${shape}]${q}`);
}

function shapeCell(c: LayerChange): string {
  const one = (shape: readonly (number | string)[] | null, dtype: string): string =>
    escMd(`${shape?.join('x') ?? '?'}${c.baseDtype !== c.headDtype ? ` ${dtype}` : ''}`);
  return c.shapeChanged ? `${one(c.baseShape, c.baseDtype)} → ${one(c.headShape, c.headDtype)}` : one(c.headShape, c.headDtype);
}

/** Characters of a file's layer name shown beside a name both lists hold (its end: the distinguishing part). */
export const FILE_NAME_SHOWN = 40;

function layerSection(d: ModelDiff, topN: number): string[] {
  const out: string[] = [];
  if (d.layers.length > 0) {
    const shown = d.layers.slice(0, topN);
    out.push(`**Layers explaining the change** (${shown.length === d.layers.length ? d.layers.length : `top ${shown.length} of ${d.layers.length}`}, by Δ RAM / Δ MACC)`, '');
    out.push(table([
      ['Layer', 'Op', 'Output shape', 'Output (RAM)', 'MACC', 'Weights'],
      ...shown.map((c) => [
        escMd(c.name),
        c.opChanged ? `${escMd(c.baseOp)} → ${escMd(c.headOp)}` : escMd(c.headOp),
        shapeCell(c),
        deltaCell(c.outputBytes, size), deltaCell(c.macc, count), deltaCell(c.weightsBytes, size),
      ]),
    ], ['l', 'l', 'l', 'r', 'r', 'r']), '');
  }
  // A shown name on both lists (stedgeai's conv2d_1 is the second layer of either file) gets the
  // end of the file's name, by which the two were told apart.
  const removedNames = new Set(d.removedLayers.map((l) => l.name));
  const twice = new Set(d.addedLayers.filter((l) => removedNames.has(l.name)).map((l) => l.name));
  const named = (l: LayerRef): string => escMd(twice.has(l.name) && l.originalName !== undefined ? `${l.name} (${clipStart(l.originalName, FILE_NAME_SHOWN)})` : l.name);
  for (const [title, list] of [['New layers', d.addedLayers], ['Removed layers', d.removedLayers]] as const) {
    if (list.length === 0) continue;
    const shown = list.slice(0, topN);
    const more = list.length > shown.length ? ` (top ${shown.length} of ${list.length})` : ` (${list.length})`;
    out.push(`**${title}**${more}`, '');
    out.push(table([['Layer', 'Op', 'Output (RAM)', 'MACC', 'Weights'],
      ...shown.map((l) => [named(l), escMd(l.op), size(l.outputBytes), count(l.macc), size(l.weightsBytes)])], ['l', 'l', 'r', 'r', 'r']), '');
  }
  return out;
}

/** At most this many grown tensors are named under "Why RAM changed". */
export const GROWN_SHOWN = 3;

/**
 * Why the activations changed: the peak moved from one layer to another, or stayed and the tensors
 * alive there grew; and the head's "could be" figure. Empty when RAM did not change.
 */
export function ramLines(d: ModelDiff): string[] {
  const changed = d.totals.activationsBytes.delta !== 0 || d.kind === 'added';
  if (!changed) return [];
  const out: string[] = [];
  const p = d.peak;
  if (p?.base && p.head) {
    const [pb, ph] = [p.base, p.head];
    // two layers can share a shown name (a position) across revisions: then name them as the file does
    const named = (x: { layer: string; file: string }) => escMd(p.moved && pb.layer === ph.layer ? x.file : x.layer);
    out.push(p.moved
      ? `peak moved from ${named(pb)} (${size(pb.liveBytes)}) to ${named(ph)} (${size(ph.liveBytes)})`
      : `peak still at ${escMd(ph.layer)}: ${size(pb.liveBytes)} → ${size(ph.liveBytes)}`);
    for (const g of p.grown.slice(0, GROWN_SHOWN)) {
      // Stryker disable next-line EqualityOperator: equivalent, a grown tensor's two sizes always differ (compare.ts keeps only changed ones)
      const verb = g.head > g.base ? 'grew' : 'shrank';
      out.push(`tensor ${escMd(g.tensor)} ${verb} from ${size(g.base)} to ${size(g.head)}`);
    }
  }
  const c = d.couldBe;
  if (c) out.push(`could be ${size(c.arenaBytes)} (${pct(c.pct)}) with another ${c.reordered ? 'execution order' : 'buffer placement'}`);
  return out;
}

/** The `<details>` block of one model x target; empty when there is nothing to explain. */
export function modelDetails(p: Prepared, layerDetail: boolean, topN: number, deltasKnown = true): string {
  const d = p.diff;
  const body: string[] = [];
  const ram = ramLines(d);
  if (ram.length > 0) append(body, ['**Why RAM changed**', '', ...ram.map((l) => `- ${l}`), '']);
  if (layerDetail) append(body, layerSection(d, topN));
  if (d.moved.length > 0) {
    body.push('**Operators that moved between HW and SW**', '');
    body.push(table([['Layer', 'Op', 'Unit', 'Reason', 'Fix hint'], ...d.moved.map((m) => [
      escMd(m.name), escMd(m.op), `${m.added ? 'new' : escMd(m.from ?? '?')} → ${escMd(m.to)}${m.direction === 'toSW' ? ' ⚠️' : m.direction === 'toHW' ? ' ✅' : ''}`,
      m.reasons.length > 0 ? m.reasons.map(escMd).join('<br>') : '–', escMd(m.hint ?? '–'),
    ])], ['l', 'l', 'l', 'l', 'l']), '');
  }
  if (d.opCounts.length > 0) {
    body.push('**Operator types**', '');
    body.push(table([['Op', 'Base', 'Head', ''], ...d.opCounts.map((c) => [
      escMd(c.op), String(c.base), String(c.head), c.base === 0 ? 'new' : c.head === 0 ? 'removed' : signedWith(c.head - c.base, String),
    ])], ['l', 'r', 'r', 'l']), '');
  }
  const pools = d.pools.filter((x) => x.used.delta !== 0);
  if (pools.length > 0) {
    body.push('**Memory pools**', '');
    body.push(table([['Pool', 'Used', 'Usable'], ...pools.map((x) => [
      escMd(x.name), deltaCell(x.used, size), x.usableBytes === undefined ? 'unbounded' : size(x.usableBytes),
    ])], ['l', 'r', 'r']), '');
  }
  if (d.io.length > 0) {
    body.push('**I/O signature changed**', '');
    body.push(table([['', '#', 'Base', 'Head', 'Changed'], ...d.io.map((c) => [
      c.kind, String(c.index), sig(c.base), sig(c.head), c.change === 'changed' ? c.fields.join(', ') : c.change,
    ])], ['l', 'r', 'l', 'l', 'l']), '');
  }
  if (body.length === 0) return '';
  const t = d.totals;
  const facts = deltasKnown
    ? [`RAM ${signedWith(t.ramTotalBytes.delta, size)}`, `Flash ${signedWith(t.weightsBytes.delta, size)}`, `MACC ${signedWith(t.macc.delta, count)}`]
    : ['base unknown, no deltas'];
  const summary = `${escHtml(p.entry.path)} · ${escHtml(p.entry.target)}: ${facts.join(', ')}`;
  return [`<details><summary>${summary}</summary>`, '', ...body, '</details>'].join('\n');
}
