/**
 * The latency estimate (METRICS.md "Latency"): per layer, the cycles of the unit that runs it,
 * at that unit's clock. CPU units price each layer by kernel family with the core table
 * (cores.ts); accelerators by the slowest of their MAC rate and their memory traffic (a rough
 * lower bound when nothing of it was fitted, said in the report).
 */
import type { Graph, Node } from '../ir/graph.js';
import type { Mapping } from '../mapping/types.js';
import type { AcceleratorCost, Target, Unit, UnitCost } from '../targets/types.js';
import { CORES } from '../targets/cores.js';
import { tensorBytes } from '../memory/tensor-bytes.js';
import { kernelKind } from './kinds.js';
import { byPosition } from '../arrays.js';

export interface LayerLatency {
  name: string;
  unitName: string | null;
  /** null when the unit has no cost model (no public figure). */
  cycles: number | null;
  timeMs: number | null;
}

export interface UnitLatency {
  name: string;
  kind: 'npu' | 'cpu';
  /** Layers this unit runs. */
  layers: number;
  clockHz: number | null;
  cycles: number | null;
  timeMs: number | null;
  /** What the unit's figure is: calibrated, not calibrated, a rough bound, or not estimated. */
  basis: string;
}

export interface Latency {
  layers: LayerLatency[];
  units: UnitLatency[];
  /** Sum over the layers; null when a layer's unit has no cost model. */
  timeMs: number | null;
  /** The time in cycles of the first CPU unit's clock; null with timeMs. */
  cycles: number | null;
  clockHz: number | null;
  /** One line: what this estimates. */
  estimate: string;
}

interface LayerIn {
  name: string;
  macc: number;
  weightsBytes: number;
}

/** An accelerator's time for one layer (AcceleratorCost): the slowest of compute and traffic, plus the setup. */
function acceleratorMs(cost: AcceleratorCost, l: LayerIn, ioBytes: number, npuMode: string | undefined): number {
  const mode = npuMode === undefined ? undefined : cost.perMode?.[npuMode];
  if (mode) return (l.macc / mode.macsPerSecond + mode.perLayerUs / 1e6) * 1000;
  const s = Math.max(
    l.macc / (cost.macsPerSecond * (cost.utilization ?? 1)),
    cost.weightBytesPerSecond ? l.weightsBytes / cost.weightBytesPerSecond : 0,
    cost.activationBytesPerSecond ? ioBytes / cost.activationBytesPerSecond : 0,
  );
  const setup = (cost.perLayerCycles && cost.clockHz ? cost.perLayerCycles / cost.clockHz : 0) + (cost.perLayerUs ?? 0) / 1e6;
  return (s + setup) * 1000;
}

/** Bytes the layer reads and writes: its non-constant inputs and its outputs. */
function ioBytesOf(graph: Graph, node: Node | undefined): number {
  if (!node) return 0;
  let n = 0;
  for (const name of [...node.inputs, ...node.outputs]) {
    const t = name === '' ? undefined : graph.tensors.get(name);
    if (t && t.data === undefined) n += tensorBytes(t) ?? 0;
  }
  return n;
}

/** True when the unit's figures were fitted on published ones: a calibrated core, or an accelerator said to be fitted, or with a utilization, time per layer or per-mode rates. */
function isFitted(cost: UnitCost | undefined): boolean {
  if (!cost) return false;
  if ('core' in cost) return CORES[cost.core]?.calibrated === true;
  return cost.fitted ?? (cost.perMode !== undefined || cost.utilization !== undefined || cost.perLayerUs !== undefined);
}

function basisOf(cost: UnitCost | undefined): string {
  if (!cost) return 'not estimated: no public throughput figure for this unit';
  if ('core' in cost) {
    const c = CORES[cost.core];
    return c ? `${cost.core}: ${c.source}` : `unknown core ${cost.core}`;
  }
  // A bare peak rate is a lower bound; a fitted cost says so (its source says on what).
  return isFitted(cost) ? `fitted: ${cost.source}` : `rough lower bound: ${cost.source}`;
}

/** Cycles of `clockHz` in `timeMs`, or null without a clock. */
function cyclesAt(timeMs: number, clockHz: number | null | undefined): number | null {
  return clockHz ? Math.round((timeMs / 1000) * clockHz) : null;
}

function cpuCycles(graph: Graph, node: Node | undefined, macc: number, core: string, float: boolean): number | null {
  const c = CORES[core];
  if (!c || !node) return null;
  const kind = kernelKind(graph, node);
  const rates = float ? c.float : c.int8;
  return c.perLayer + rates[kind] * macc;
}

/** The clock a CPU unit runs at, after `--clock` (which changes every CPU unit's clock). */
export function withClock(target: Target, clockHz: number): Target {
  return { ...target, units: target.units.map((u) => (u.kind === 'cpu' && u.cost && 'core' in u.cost ? { ...u, cost: { ...u.cost, clockHz } } : u)) };
}

export function estimateLatency(graph: Graph, layers: readonly LayerIn[], mapping: Mapping, target: Target): Latency {
  const unitByName = new Map<string, Unit>(target.units.map((u) => [u.name, u]));
  const mappingOf = byPosition(mapping.layers);
  const nodeOf = byPosition(graph.nodes);
  const out: LayerLatency[] = layers.map((l, i) => {
    const m = mappingOf(l.name, i);
    const unit = m?.unitName ? unitByName.get(m.unitName) : undefined;
    const cost = unit?.cost;
    let cycles: number | null = null;
    let timeMs: number | null = null;
    if (cost && 'core' in cost) {
      cycles = cpuCycles(graph, nodeOf(l.name, i), l.macc, cost.core, m?.unit === 'SW_FLOAT');
      timeMs = cycles === null ? null : (cycles / cost.clockHz) * 1000;
    } else if (cost) {
      timeMs = acceleratorMs(cost, l, cost.activationBytesPerSecond ? ioBytesOf(graph, nodeOf(l.name, i)) : 0, target.npuMode);
      cycles = cyclesAt(timeMs, cost.clockHz);
    }
    return { name: l.name, unitName: m?.unitName ?? null, cycles: cycles === null ? null : Math.round(cycles), timeMs };
  });
  const units: UnitLatency[] = target.units.map((u) => {
    const mine = out.filter((l) => l.unitName === u.name);
    const known = mine.every((l) => l.timeMs !== null);
    const cost = u.cost;
    const clockHz = cost ? cost.clockHz ?? null : null;
    const timeMs = known ? mine.reduce((a, l) => a + (l.timeMs ?? 0), 0) : null;
    return { name: u.name, kind: u.kind, layers: mine.length, clockHz, cycles: timeMs === null ? null : cyclesAt(timeMs, clockHz), timeMs, basis: basisOf(cost) };
  });
  const used = units.filter((u) => u.layers > 0);
  const timeMs = used.length > 0 && used.every((u) => u.timeMs !== null) ? used.reduce((a, u) => a + (u.timeMs ?? 0), 0) : null;
  const cpu = target.units.find((u) => u.kind === 'cpu')?.cost;
  const clockHz = cpu?.clockHz ?? null;
  const calibrated = target.units.filter((u) => units.some((x) => x.name === u.name && x.layers > 0)).every((u) => isFitted(u.cost));
  const estimate = `An estimate of the inference time from the file alone (${calibrated ? 'every unit fitted on published figures' : 'not calibrated for every unit'}), not a board measurement: confirm on the board.`;
  return { layers: out, units, timeMs, cycles: timeMs === null ? null : cyclesAt(timeMs, clockHz), clockHz, estimate };
}
