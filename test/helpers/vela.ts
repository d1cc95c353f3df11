/**
 * Arm Vela 3.10's recorded placement (test/reference/vela-3.10-placement.json, written by
 * tools/vela/placement.py) next to ours on ethos-u55-128: per model, the CPU operators as
 * sorted lists of TFLite builtin names.
 */
import { readFileSync } from 'node:fs';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { HAS_SHARED, sharedModel } from './shared.js';

interface VelaRecord {
  vela: string;
  accelerator: string;
  models: Record<string, { cpu?: { op: string; outputs: string[] }[]; error?: string; npuMs?: number }>;
}

export interface VelaRow {
  file: string;
  vela: string[];
  ours: string[];
  agree: boolean;
}

export const VELA_RECORD: VelaRecord = JSON.parse(readFileSync(new URL('../reference/vela-3.10-placement.json', import.meta.url), 'utf8')) as VelaRecord;

/** Our CPU layers' source operators (TFLite builtin names), sorted. */
export function ourCpuOps(file: string): string[] {
  const r = analyzeModel(fileModelInput(sharedModel(file)), { target: 'ethos-u55-128' });
  return r.layers.filter((l) => l.unit !== 'HW').map((l) => l.sourceOp).sort();
}

/** Every model Vela compiled, compared; undefined without ../shared. */
export function velaComparison(): VelaRow[] | undefined {
  if (!HAS_SHARED) return undefined;
  return Object.entries(VELA_RECORD.models).filter(([, m]) => m.cpu !== undefined).map(([file, m]) => {
    const vela = (m.cpu ?? []).map((c) => c.op).sort();
    const ours = ourCpuOps(file);
    return { file, vela, ours, agree: vela.join() === ours.join() };
  });
}

export interface VelaLatencyRow {
  file: string;
  /** Our estimate of the NPU part (the Ethos-U unit's time). */
  oursMs: number;
  /** Vela's own NPU inference time estimate. */
  velaMs: number;
  ratio: number;
  /** Used to fit the utilization and per-layer cycles (every other model, in the record's order), or held out. */
  fitted: boolean;
}

/** Every model Vela estimated a non-zero NPU time for; undefined without ../shared. */
export function velaLatencyRows(): VelaLatencyRow[] | undefined {
  if (!HAS_SHARED) return undefined;
  return Object.entries(VELA_RECORD.models).filter(([, m]) => (m.npuMs ?? 0) > 0).map(([file, m], i) => {
    const r = analyzeModel(fileModelInput(sharedModel(file)), { target: 'ethos-u55-128' });
    const oursMs = r.latency?.units.find((u) => u.kind === 'npu')?.timeMs ?? NaN;
    const velaMs = m.npuMs ?? NaN;
    return { file, oursMs, velaMs, ratio: oursMs / velaMs, fitted: i % 2 === 0 };
  });
}
