/** A unit's latency model (`cost`) as target files write it (METRICS.md "Latency"). */
import { frequencyOf } from '../units/frequency.js';
import { CORE_NAMES } from './cores.js';
import { join, type Checker, type Json } from './check.js';
import type { AcceleratorCost, UnitCost } from './types.js';

const COST_KEYS = ['core', 'clock', 'clockHz', 'macsPerSecond', 'utilization', 'weightBytesPerSecond', 'activationBytesPerSecond', 'perLayerCycles', 'perLayerUs', 'perMode', 'fitted', 'source'] as const;

function readClock(c: Checker, v: unknown, path: string): number {
  const hz = frequencyOf(v);
  if (hz === undefined) return c.expected(path, 'a clock frequency ("480MHz", "1GHz" or hertz as a number)', v);
  return hz;
}

/** A number above 0 (and at most `max`), or undefined when absent. */
function positive(c: Checker, v: Json | undefined, path: string, max = Infinity, what = 'a positive number'): number | undefined {
  if (v === undefined) return undefined;
  const n = c.number(v, path);
  if (!(n > 0 && n <= max)) c.expected(path, what, n);
  return n;
}

function required(c: Checker, v: Json | undefined, path: string, what: string): number {
  return positive(c, v, path, Infinity, what) ?? c.expected(path, what, v);
}

function readPerMode(c: Checker, v: Json, path: string): NonNullable<AcceleratorCost['perMode']> {
  const out: NonNullable<AcceleratorCost['perMode']> = {};
  for (const [mode, m] of Object.entries(c.object(v, path, Object.keys(v ?? {})))) {
    const at = join(path, mode);
    const o = c.object(m, at, ['macsPerSecond', 'perLayerUs']);
    const us = c.number(o['perLayerUs'], join(at, 'perLayerUs'));
    if (!(us >= 0)) c.expected(join(at, 'perLayerUs'), 'a number >= 0', us);
    out[mode] = { macsPerSecond: required(c, o['macsPerSecond'], join(at, 'macsPerSecond'), 'a positive number'), perLayerUs: us };
  }
  return out;
}

/**
 * `{ "core": "cortex-m7", "clock": "480MHz" }` or `{ "macsPerSecond": 3e11, "clock": "1GHz", "source": "..." }`;
 * `clockHz` (hertz) is accepted for `clock`, so a loaded Target written back as JSON reads the same.
 */
export function readCost(c: Checker, v: unknown, path: string): UnitCost {
  const o = c.object(v, path, COST_KEYS);
  if (o['clockHz'] !== undefined && o['clock'] !== undefined) c.fail(path, 'give "clock" or "clockHz", not both');
  const clock = o['clock'] ?? o['clockHz'];
  if (o['core'] !== undefined) {
    if (o['macsPerSecond'] !== undefined) c.fail(path, 'give "core" (a CPU) or "macsPerSecond" (an accelerator), not both');
    return { core: c.oneOf(o['core'], join(path, 'core'), CORE_NAMES), clockHz: readClock(c, clock, join(path, 'clock')) };
  }
  const cost: AcceleratorCost = {
    macsPerSecond: required(c, o['macsPerSecond'], join(path, 'macsPerSecond'), 'a positive number of MACs per second'),
    source: c.string(o['source'], join(path, 'source')),
  };
  if (clock !== undefined) cost.clockHz = readClock(c, clock, join(path, 'clock'));
  const u = positive(c, o['utilization'], join(path, 'utilization'), 1, 'a number in (0, 1]');
  if (u !== undefined) cost.utilization = u;
  const w = positive(c, o['weightBytesPerSecond'], join(path, 'weightBytesPerSecond'));
  if (w !== undefined) cost.weightBytesPerSecond = w;
  const a = positive(c, o['activationBytesPerSecond'], join(path, 'activationBytesPerSecond'));
  if (a !== undefined) cost.activationBytesPerSecond = a;
  if (o['perMode'] !== undefined) cost.perMode = readPerMode(c, o['perMode'], join(path, 'perMode'));
  if (o['perLayerUs'] !== undefined) {
    const us = c.number(o['perLayerUs'], join(path, 'perLayerUs'));
    if (!(us >= 0)) c.expected(join(path, 'perLayerUs'), 'a number >= 0', us);
    cost.perLayerUs = us;
  }
  const p = positive(c, o['perLayerCycles'], join(path, 'perLayerCycles'));
  if (p !== undefined) {
    if (cost.clockHz === undefined) c.fail(join(path, 'perLayerCycles'), 'needs "clock" (cycles at which clock?)');
    cost.perLayerCycles = p;
  }
  if (o['fitted'] !== undefined) cost.fitted = c.boolean(o['fitted'], join(path, 'fitted'));
  return cost;
}
