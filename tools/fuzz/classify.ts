/**
 * One mutant through the analyzer as the CLI runs it (analyze, then every renderer), classified:
 *   rejected  a clean typed error (category, code, file, message; no native trace)
 *   report    a report whose totals are all finite and at most MAX_SANE_TOTAL
 * and the failures the fuzzer hunts:
 *   internal  E_INTERNAL or an untyped exception (a stack trace for the user)
 *   overflow  a caught stack overflow instead of an explicit depth limit
 *   trace     a typed error carrying a native library's diagnostic text
 *   absurd    a report with a total above MAX_SANE_TOTAL (or not finite)
 *   noise     the analysis printed to stderr (a native library's own diagnostics)
 * Hangs and out-of-memory are detected by the campaign, around this.
 */
import { analyzeModel } from '../../src/analyze.js';
import { renderReport } from '../../src/report/index.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { bytesSource } from '../../src/ir/source.js';

export const MAX_SANE_TOTAL = 1e15;

export type Outcome = 'rejected' | 'report' | 'internal' | 'overflow' | 'trace' | 'absurd' | 'noise' | 'hang' | 'oom';
export const FAILURES: readonly Outcome[] = ['internal', 'overflow', 'trace', 'absurd', 'noise', 'hang', 'oom'];

export interface Classified {
  outcome: Outcome;
  /** The error code, or the offending total. */
  detail: string;
}

const TARGETS = ['stm32h7', 'stm32n6', 'ethos-u55-128'] as const;

export function classify(name: string, bytes: Uint8Array, mutantSeed: number): Classified {
  const path = `fuzz/${name}`;
  let report;
  try {
    report = analyzeModel({ path, source: bytesSource(path, bytes) }, { target: TARGETS[mutantSeed % TARGETS.length] });
  } catch (e: unknown) {
    if (!(e instanceof FootprintError)) return { outcome: 'internal', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    if (e.code === 'E_INTERNAL') return { outcome: 'internal', detail: e.message };
    if (/Maximum call stack/i.test(e.message)) return { outcome: 'overflow', detail: e.message };
    if (/#\d{3}:|HDF5-DIAG|\.c line \d+|\n\s+at /.test(e.message) || e.message.length > 4000) return { outcome: 'trace', detail: e.message.slice(0, 300) };
    return { outcome: 'rejected', detail: e.code };
  }
  try {
    for (const f of ['text', 'md', 'html', 'json'] as const) renderReport(report, f);
  } catch (e: unknown) {
    return { outcome: 'internal', detail: `render: ${e instanceof Error ? e.message : String(e)}` };
  }
  for (const [k, v] of Object.entries(report.totals)) {
    if (typeof v === 'number' && (!Number.isFinite(v) || Math.abs(v) > MAX_SANE_TOTAL)) return { outcome: 'absurd', detail: `${k} = ${v}` };
  }
  return { outcome: 'report', detail: '' };
}
