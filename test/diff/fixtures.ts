/** Reports for the diff tests: the two KWS examples analyzed for real, and synthetic mapped reports. */
import { analyzeModel } from '../../src/analyze.js';
import { bytesSource } from '../../src/ir/source.js';
import type { Report, ReportLayer } from '../../src/report/types.js';
import type { CommentEntry, MappedLayer, MappedReport } from '../../src/diff/index.js';
import { example } from '../git/repo.js';

export function analyzeExample(name: string, path = `models/${name}`, target = 'stm32h7'): Report {
  return analyzeModel({ path, source: bytesSource(path, example(name)) }, { target, planner: 'st-time' });
}

export function layer(name: string, op: string, extra: Partial<MappedLayer> = {}): MappedLayer {
  const base: ReportLayer = {
    name, op, sourceOp: op, outputShape: [1, 8, 8, 16], dtype: 'int8', params: 0, macc: 1000, maccPure: 1000,
    weightsBytes: 100, fused: [], connectedTo: [], activation: null, operationType: 'other',
  };
  return { ...base, ...extra };
}

/**
 * A report with the given layers and the NPU-mapping fields (epochs, pools), in the loose shape
 * the diff layer reads (string reasons allowed), typed as a Report for CommentEntry.
 */
export function mapped(from: Report, layers: MappedLayer[], extra: Partial<MappedReport> = {}): Report {
  const r: MappedReport = { ...from, layers, ...extra };
  return r as unknown as Report;
}

let kws: Report | undefined;
/** The int8 KWS example's report (analyzed once) with the given totals replaced. */
export function exampleWithTotals(totals: Partial<Report['totals']>): Report {
  kws ??= analyzeExample('kws_cnn_int8.onnx');
  return { ...kws, totals: { ...kws.totals, ...totals } };
}

/** A comment entry for `path` on `target`: modified with both sides, added with a head only, removed with a base only. */
export function entryOf(path: string, target: string, base: Report | undefined, head: Report | undefined, extra: Partial<CommentEntry> = {}): CommentEntry {
  return { path, target, status: base && head ? 'modified' : base ? 'removed' : 'added', ...(base ? { base } : {}), ...(head ? { head } : {}), ...extra };
}
