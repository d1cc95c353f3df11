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
  models: Record<string, { cpu?: { op: string; outputs: string[] }[]; error?: string }>;
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
