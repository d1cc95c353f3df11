/**
 * The mapping warnings a report shows (`target.warnings`): one line each, up to
 * WARNINGS_SHOWN_PER_RULE of one rule; beyond, one line counts the rest. A rule can warn on every
 * layer it applies to (one that cannot be evaluated there and is assumed to hold, one a Target
 * built in code names that this version does not know, a prime channel count), and the JSON
 * report keeps every one.
 */
import type { ReportWarning } from '../types.js';
import { thousands } from '../../units/format.js';
import { pushTo } from '../../arrays.js';
import { NAMED_BEFORE_COUNTING } from '../../diagnostics/listing.js';

export const WARNINGS_SHOWN_PER_RULE = NAMED_BEFORE_COUNTING;

/** `node: message` lines (unescaped: each renderer escapes for its format), in the warnings' order, the counts after each rule's. */
export function warningLines(warnings: readonly ReportWarning[]): string[] {
  const byRule = new Map<string, ReportWarning[]>();
  for (const w of warnings) pushTo(byRule, w.rule, w);
  const out: string[] = [];
  for (const [rule, list] of byRule) {
    for (const w of list.slice(0, WARNINGS_SHOWN_PER_RULE)) out.push(`${w.node}: ${w.message}`);
    const more = list.length - WARNINGS_SHOWN_PER_RULE;
    if (more > 0) out.push(`${thousands(more)} more of rule ${rule} (the JSON report lists every one)`);
  }
  return out;
}
