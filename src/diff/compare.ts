/** Report x Report -> ModelDiff: totals, pools, layers matched by name, HW/SW moves, I/O signature. */
import { DTYPE_BITS, DTYPES, type DType } from '../ir/dtype.js';
import { elementCount } from '../ir/shape.js';
import { compareNames } from '../ir/names.js';
import type { Report, ReportIO } from '../report/types.js';
import type {
  PeakChange,
  IoChange, IoSignature, LayerChange, LayerRef, MappedLayer, MappedReport, MetricDelta, ModelDiff,
  MovedOp, OpCountChange, PoolDiff, PoolUsage, ReasonLike, TotalsDiff, Unit, UnplacedBuffer,
} from './types.js';

/**
 * The sides of an entry that can be compared. An unknown head (not analyzed, LFS not fetched) gives
 * neither side: its delta is unknown, not "everything removed"; an unknown base gives the head alone.
 */
type Sides = { status?: string; base?: Report; head?: Report; baseError?: string; headError?: string; lfsNotFetched?: boolean };

const headUnknown = (e: Sides): boolean => e.headError !== undefined || e.lfsNotFetched === true;

export function knownSides(e: Sides): [Report | undefined, Report | undefined] {
  if (headUnknown(e)) return [undefined, undefined];
  return [e.baseError === undefined ? e.base : undefined, e.head];
}

/** The entry's deltas are real: its head is known, and so is its base unless the model is new. */
export function knownDelta(e: Sides): boolean {
  return !headUnknown(e) && (e.baseError === undefined || e.status === 'added');
}

export function metricDelta(base: number | undefined, head: number | undefined): MetricDelta {
  const delta = (head ?? 0) - (base ?? 0);
  const pct = base !== undefined && head !== undefined && base !== 0 ? (delta / base) * 100 : undefined;
  return { base, head, delta, pct };
}

/** Bytes of a layer's output tensor (its share of activation RAM); 0 when the shape is not static. */
export function layerOutputBytes(layer: { outputShape: readonly (number | string)[] | null; dtype: string }): number {
  const count = elementCount(layer.outputShape ?? undefined);
  if (count === undefined) return 0;
  const bits = (DTYPES as readonly string[]).includes(layer.dtype) ? DTYPE_BITS[layer.dtype as DType] : 0;
  return Math.ceil((count * bits) / 8);
}

function ioBytes(r: Report | MappedReport): number {
  return [...r.inputs, ...r.outputs].reduce((s, io) => s + (io.bytes ?? 0), 0);
}

/** Epoch counts when the report shows them (absent or `shown: false` on CPU-only targets). */
export function epochsOf(r: MappedReport | undefined): { total: number; hw: number; sw: number } | undefined {
  const e = r?.epochs;
  if (!e || e.shown === false) return undefined;
  return { total: e.total, hw: e.hw, sw: e.sw + (e.unsupported ?? 0) };
}

export function poolsOf(r: MappedReport | undefined): PoolUsage[] {
  const p = r?.pools;
  if (p === undefined) return [];
  return Array.isArray(p) ? p : p.pools;
}

/** The buffers no pool of the target could hold (none when the report has no pools or lists none). */
export function unplacedOf(r: MappedReport | undefined): readonly UnplacedBuffer[] {
  const p = r?.pools;
  return p === undefined || Array.isArray(p) ? [] : p.unplaced ?? [];
}

export function reasonText(r: ReasonLike): string {
  return typeof r === 'string' ? r : r.message;
}

function totalsDiff(base: MappedReport | undefined, head: MappedReport | undefined): TotalsDiff {
  const t = (key: keyof Report['totals']): MetricDelta => metricDelta(base?.totals[key] ?? undefined, head?.totals[key] ?? undefined);
  const out: TotalsDiff = {
    weightsBytes: t('weightsBytes'), activationsBytes: t('activationsBytes'), ramTotalBytes: t('ramTotalBytes'),
    macc: t('macc'), params: t('params'), inputsBytes: t('inputsBytes'), outputsBytes: t('outputsBytes'),
    ioBytes: metricDelta(base ? ioBytes(base) : undefined, head ? ioBytes(head) : undefined),
  };
  if (base?.totals.latencyMs != null || head?.totals.latencyMs != null) out.latencyMs = t('latencyMs');
  const be = epochsOf(base);
  const he = epochsOf(head);
  if (be !== undefined || he !== undefined) {
    out.epochsTotal = metricDelta(be?.total, he?.total);
    out.epochsHw = metricDelta(be?.hw, he?.hw);
    out.epochsSw = metricDelta(be?.sw, he?.sw);
  }
  const bp = base?.partition;
  const hp = head?.partition;
  const vocabulary = (hp ?? bp)?.vocabulary;
  if (vocabulary !== undefined) {
    out.partition = {
      vocabulary,
      npuSubgraphs: metricDelta(bp?.npuSubgraphs, hp?.npuSubgraphs),
      cpuSubgraphs: metricDelta(bp?.cpuSubgraphs, hp?.cpuSubgraphs),
      cpuNodes: metricDelta(bp?.cpuNodes.length, hp?.cpuNodes.length),
    };
  }
  return out;
}

export function poolUsed(p: PoolUsage): number {
  return p.usedBytes ?? p.used ?? 0;
}

export function poolUsable(p: PoolUsage): number | undefined {
  return p.usableBytes ?? p.usable ?? p.size;
}

function poolsDiff(base: MappedReport | undefined, head: MappedReport | undefined): PoolDiff[] {
  const names: string[] = [];
  for (const p of [...poolsOf(head), ...poolsOf(base)]) if (!names.includes(p.name)) names.push(p.name);
  return names.map((name) => {
    const b = poolsOf(base).find((p) => p.name === name);
    const h = poolsOf(head).find((p) => p.name === name);
    return { name, used: metricDelta(b && poolUsed(b), h && poolUsed(h)), usableBytes: (h && poolUsable(h)) ?? (b && poolUsable(b)) };
  });
}

function layerRef(l: MappedLayer): LayerRef {
  return { name: l.name, ...(l.originalName === undefined ? {} : { originalName: l.originalName }), op: l.op, macc: l.macc, weightsBytes: l.weightsBytes, outputBytes: layerOutputBytes(l) };
}

function sameShape(a: readonly (number | string)[] | null, b: readonly (number | string)[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function layerChanges(base: MappedReport, head: MappedReport): { changed: LayerChange[]; added: LayerRef[]; removed: LayerRef[] } {
  const baseByName = new Map(base.layers.map((l) => [layerKey(l), l]));
  const headNames = new Set(head.layers.map(layerKey));
  const changed: LayerChange[] = [];
  const added: LayerRef[] = [];
  for (const h of head.layers) {
    const b = baseByName.get(layerKey(h));
    if (!b) { added.push(layerRef(h)); continue; }
    const c: LayerChange = {
      name: h.name, baseOp: b.op, headOp: h.op, opChanged: b.op !== h.op,
      macc: metricDelta(b.macc, h.macc), weightsBytes: metricDelta(b.weightsBytes, h.weightsBytes),
      outputBytes: metricDelta(layerOutputBytes(b), layerOutputBytes(h)),
      shapeChanged: !sameShape(b.outputShape, h.outputShape) || b.dtype !== h.dtype,
      baseShape: b.outputShape, headShape: h.outputShape, baseDtype: b.dtype, headDtype: h.dtype,
    };
    // (the output bytes follow from the shape and type: a change of theirs is a shape change)
    if (c.opChanged || c.shapeChanged || c.macc.delta !== 0 || c.weightsBytes.delta !== 0) changed.push(c);
  }
  const removed = base.layers.filter((l) => !headNames.has(layerKey(l))).map(layerRef);
  // Rank by each change's share of the model's totals, so RAM, MACC and weights weigh alike.
  const act = Math.max(1, base.totals.activationsBytes, head.totals.activationsBytes);
  const macc = Math.max(1, base.totals.macc, head.totals.macc);
  const w = Math.max(1, base.totals.weightsBytes, head.totals.weightsBytes);
  const score = (c: LayerChange): number =>
    Math.abs(c.outputBytes.delta) / act + Math.abs(c.macc.delta) / macc + Math.abs(c.weightsBytes.delta) / w + (c.opChanged ? 1e-9 : 0);
  changed.sort((a, b) => score(b) - score(a));
  const bySize = (a: LayerRef, b: LayerRef): number => b.outputBytes / act + b.macc / macc - (a.outputBytes / act + a.macc / macc);
  return { changed, added: added.sort(bySize), removed: removed.sort(bySize) };
}

function opCounts(base: MappedReport, head: MappedReport): OpCountChange[] {
  const count = (r: MappedReport): Map<string, number> => {
    const m = new Map<string, number>();
    for (const l of r.layers) m.set(l.op, (m.get(l.op) ?? 0) + 1);
    return m;
  };
  const b = count(base);
  const h = count(head);
  const ops = [...new Set([...b.keys(), ...h.keys()])].sort();
  return ops.map((op) => ({ op, base: b.get(op) ?? 0, head: h.get(op) ?? 0 })).filter((c) => c.base !== c.head);
}

const isSw = (u: Unit | undefined): boolean => u === 'SW_INT' || u === 'SW_FLOAT' || u === 'unsupported';

function movedOps(base: MappedReport, head: MappedReport): MovedOp[] {
  const baseByName = new Map(base.layers.map((l) => [layerKey(l), l]));
  // (once, not per new layer: 50,000 new layers against a 100k-layer base made 5 billion comparisons, 28 s)
  const baseHasHw = base.layers.some((l) => l.unit === 'HW');
  const moved: MovedOp[] = [];
  for (const h of head.layers) {
    const b = baseByName.get(layerKey(h));
    const from = b?.unit;
    const to = h.unit;
    if (to === undefined || from === to) continue;
    // A new layer is listed when it lands in SW on a target whose base ran something in HW (on a
    // CPU-only target every layer is SW: nothing "moves").
    if (b === undefined && !(isSw(to) && baseHasHw)) continue;
    const direction = from === 'HW' && isSw(to) ? 'toSW' : isSw(from) && to === 'HW' ? 'toHW' : b === undefined ? 'toSW' : 'other';
    const reasons = h.reasons ?? [];
    const m: MovedOp = { name: h.name, op: h.op, from, to, direction, reasons: reasons.map(reasonText), added: b === undefined };
    const hints = reasons.flatMap((r) => (typeof r !== 'string' && r.hint !== undefined ? [r.hint] : []));
    const hint = h.hint ?? (hints.length > 0 ? [...new Set(hints)].join(' ') : undefined);
    if (hint !== undefined) m.hint = hint;
    moved.push(m);
  }
  return moved;
}

function signature(io: ReportIO): IoSignature {
  return { name: io.name, dtype: io.dtype, shape: io.shape, quant: io.quant };
}

function ioChanges(kind: 'input' | 'output', base: ReportIO[], head: ReportIO[]): IoChange[] {
  const out: IoChange[] = [];
  for (let i = 0; i < Math.max(base.length, head.length); i++) {
    const b = base[i];
    const h = head[i];
    // below the longer list's length, at least one side is there
    if (b === undefined) { out.push({ kind, index: i, change: 'added', fields: [], head: signature(h as ReportIO) }); continue; }
    if (h === undefined) { out.push({ kind, index: i, change: 'removed', fields: [], base: signature(b) }); continue; }
    const fields: IoChange['fields'] = [];
    if (b.name !== h.name) fields.push('name');
    if (b.dtype !== h.dtype) fields.push('dtype');
    if (!sameShape(b.shape, h.shape)) fields.push('shape');
    if (JSON.stringify(b.quant) !== JSON.stringify(h.quant)) fields.push('quant');
    if (fields.length > 0) out.push({ kind, index: i, change: 'changed', fields, base: signature(b), head: signature(h) });
  }
  return out;
}

type Peak = NonNullable<Report['memory']['timeline']['peak']>;

/** The peak of a report (schema 1.1), or null: older reports carry no timeline. */
function peakOf(r: MappedReport | undefined): Peak | null {
  return (r?.memory as Partial<Report['memory']> | undefined)?.timeline?.peak ?? null;
}

/** The tensors alive at both peaks whose size changed, the largest change first (then by name). */
function grownTensors(pb: Peak, ph: Peak): PeakChange['grown'] {
  const before = new Map(pb.tensors.map((t) => [t.tensor, t.bytes]));
  return ph.tensors.flatMap((t) => {
    const was = before.get(t.tensor);
    return was !== undefined && was !== t.bytes ? [{ tensor: t.tensor, base: was, head: t.bytes }] : [];
  }).sort((x, y) => Math.abs(y.head - y.base) - Math.abs(x.head - x.base) || compareNames(x.tensor, y.tensor));
}

function peakChange(b: MappedReport, h: MappedReport): PeakChange | undefined {
  const [pb, ph] = [peakOf(b), peakOf(h)];
  if (!pb && !ph) return undefined;
  const grown = pb && ph ? grownTensors(pb, ph) : [];
  // the same layer keeps its file name when shown names shift (layerKey)
  const key = (r: MappedReport, shown: string) => layerKey(r.layers.find((l) => l.name === shown) ?? { name: shown });
  const side = (r: MappedReport, p: Peak | null) => (p ? { layer: p.layer, file: key(r, p.layer), liveBytes: p.liveBytes } : null);
  const moved = pb !== null && ph !== null && key(b, pb.layer) !== key(h, ph.layer);
  return { base: side(b, pb), head: side(h, ph), moved, grown };
}

function couldBeOf(h: MappedReport | undefined): ModelDiff['couldBe'] {
  const m = h?.memory as Partial<Report['memory']> | undefined;
  if (!m?.couldBe || !m.arenaBytes) return undefined;
  const c = m.couldBe;
  return { arenaBytes: c.arenaBytes, reordered: c.reordered, pct: ((c.arenaBytes - m.arenaBytes) / m.arenaBytes) * 100 };
}

/**
 * The identity of a layer across revisions: its name in the file. Shown names follow positions
 * (stedgeai's `conv2d_5`) and shift when a layer is inserted before; file names do not.
 */
export function layerKey(l: { name: string; originalName?: string }): string {
  return l.originalName ?? l.name;
}

/** Added, removed or none when a side is missing; else changed when anything differs, or the same. */
function kindOf(b: MappedReport | undefined, h: MappedReport | undefined, d: Omit<ModelDiff, 'kind'>): ModelDiff['kind'] {
  if (!b || !h) return h ? 'added' : b ? 'removed' : 'none';
  // an optional total (latency, epochs...) is absent, never undefined
  const anyTotal = (Object.values(d.totals) as MetricDelta[]).some((x) => x.delta !== 0);
  const any = anyTotal || d.pools.some((p) => p.used.delta !== 0) || d.layers.length > 0 || d.addedLayers.length > 0
    || d.removedLayers.length > 0 || d.moved.length > 0 || d.io.length > 0;
  return any ? 'changed' : 'same';
}

/** The difference from `base` to `head`; either may be missing (added / removed / unparsable model). */
export function diffReports(base: Report | MappedReport | undefined, head: Report | MappedReport | undefined): ModelDiff {
  const b = base as MappedReport | undefined;
  const h = head as MappedReport | undefined;
  const layers = b && h ? layerChanges(b, h) : { changed: [], added: [], removed: [] };
  const parts: Omit<ModelDiff, 'kind'> = {
    totals: totalsDiff(b, h),
    pools: poolsDiff(b, h),
    layers: layers.changed, addedLayers: layers.added, removedLayers: layers.removed,
    opCounts: b && h ? opCounts(b, h) : [],
    moved: b && h ? movedOps(b, h) : [],
    io: b && h ? [...ioChanges('input', b.inputs, h.inputs), ...ioChanges('output', b.outputs, h.outputs)] : [],
  };
  const diff: ModelDiff = { kind: kindOf(b, h, parts), ...parts };
  const peak = b && h ? peakChange(b, h) : undefined;
  if (peak) diff.peak = peak;
  const couldBe = couldBeOf(h);
  if (couldBe) diff.couldBe = couldBe;
  return diff;
}
