import { describe, expect, it } from 'vitest';
import { kws } from './fixtures.js';
import { renderReport } from '../../src/report/index.js';
import { WARNINGS_SHOWN_PER_RULE, warningLines } from '../../src/report/render/warnings.js';
import type { Report, ReportWarning } from '../../src/report/types.js';

const warning = (rule: string, node: string): ReportWarning => ({ node, unit: 'npu', rule, message: `'${node}': ${rule} warned`, value: '', limit: '' });

describe(`mapping warnings: ${WARNINGS_SHOWN_PER_RULE} shown per rule, the rest counted`, () => {
  it(`${WARNINGS_SHOWN_PER_RULE} of one rule: each on its line`, () => {
    const ws = ['n0', 'n1', 'n2', 'n3', 'n4'].map((n) => warning('r', n));
    expect(warningLines(ws)).toEqual(["n0: 'n0': r warned", "n1: 'n1': r warned", "n2: 'n2': r warned", "n3: 'n3': r warned", "n4: 'n4': r warned"]);
  });

  it(`${WARNINGS_SHOWN_PER_RULE + 2} of one rule among 2 of another: the first ${WARNINGS_SHOWN_PER_RULE}, then "2 more", each rule in the order it first warned`, () => {
    const ws = [warning('a', 'x0'), warning('b', 'y0'), ...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((n) => warning('a', n)), warning('b', 'y1')];
    expect(warningLines(ws)).toEqual([
      "x0: 'x0': a warned", "x1: 'x1': a warned", "x2: 'x2': a warned", "x3: 'x3': a warned", "x4: 'x4': a warned",
      '2 more of rule a (the JSON report lists every one)',
      "y0: 'y0': b warned", "y1: 'y1': b warned",
    ]);
  });

  it('the text and HTML reports show them so; the JSON report keeps every one', () => {
    const r = kws();
    const many: Report = { ...r, target: { ...(r.target as NonNullable<Report['target']>), warnings: Array.from({ length: 1000 }, (_, i) => warning('r', `n${i}`)) } };
    const text = renderReport(many, 'text');
    expect(text).toContain("WARNING: n4: 'n4': r warned\nWARNING: 995 more of rule r (the JSON report lists every one)\n");
    expect(text).not.toContain("'n5'");
    const html = renderReport(many, 'html');
    expect(html).toContain('<p class="warn">WARNING: 995 more of rule r (the JSON report lists every one)</p>');
    expect((JSON.parse(renderReport(many, 'json')) as Report).target?.warnings).toHaveLength(1000);
  });

  it('the text report shows them for a target without pools too', () => {
    const r = kws();
    const { pools: _pools, ...rest } = r;
    const text = renderReport({ ...rest, target: { ...(r.target as NonNullable<Report['target']>), warnings: [warning('r', 'n0')] } }, 'text');
    expect(text).toContain("\nWARNING: n0: 'n0': r warned\n");
    expect(text).not.toContain('Memory-pools');
  });
});
