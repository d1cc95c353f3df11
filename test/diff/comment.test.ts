import { describe, expect, it } from 'vitest';
import { diffToJson, evaluateBudgets, renderComment, renderSummary, DIFF_SCHEMA_VERSION, type CommentEntry, type CommentInput } from '../../src/diff/index.js';
import { analyzeExample, layer, mapped } from './fixtures.js';
import { budgetAmount } from '../../src/diff/budgets.js';

const base = analyzeExample('kws_cnn_int8.onnx');
const head = analyzeExample('kws_cnn_int8_v2.onnx');

function input(entries: CommentEntry[], extra: Partial<CommentInput> = {}): CommentInput {
  return { entries, key: 'main', analyzerVersion: '0.1.0', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), targets: ['stm32h7'], ...extra };
}

const kws: CommentEntry = { path: 'models/kws.onnx', target: 'stm32h7', status: 'modified', base, head };

/** A RAM cell as the comment prints it: KiB with one decimal (the RAM itself is tested in test/memory and test/cli). */
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const RAM_HEAD = kib(head.totals.ramTotalBytes);
const RAM_BASE = kib(base.totals.ramTotalBytes);

/** The latency cell of a report with no base (stm32h7 estimates one for every model). */
const ms = (r: typeof base): string => budgetAmount('latency', r.totals.latencyMs ?? NaN);

describe('renderComment', () => {
  it('first line: the verdict with the RAM delta, budget use and moved operators', () => {
    const b = mapped(base, [layer('conv1', 'Conv', { unit: 'HW' })], { epochs: { total: 3, hw: 3, sw: 0 }, pools: [{ name: 'npuRAM3', usedBytes: 1024, usableBytes: 4096 }] });
    const h = mapped(base, [layer('conv1', 'Conv', { unit: 'SW_INT', reasons: ['zero point 5: the NPU needs symmetric activations'] })],
      { epochs: { total: 3, hw: 2, sw: 1 }, pools: [{ name: 'npuRAM3', usedBytes: 2048, usableBytes: 4096 }] });
    const entries: CommentEntry[] = [kws, { path: 'models/npu.onnx', target: 'stm32h7', status: 'modified', base: b, head: h }];
    const budgets = evaluateBudgets(entries, { ramBytes: '29KB' });
    const { markdown, shortened } = renderComment(input(entries, { budgets }));
    const first = markdown.split('\n')[0] ?? '';
    // 26.9 KiB of a 29 KiB budget is 92.8%: named as near the budget, apart from the summed deltas.
    // The synthetic npu.onnx rows have the same latency on both sides: only kws's delta counts.
    const dl = `+${ms({ ...head, totals: { ...head.totals, latencyMs: (head.totals.latencyMs ?? 0) - (base.totals.latencyMs ?? 0) } })}`;
    expect(first).toBe(`**2 models changed** · RAM +9.0 KiB on stm32h7 · Flash +23.4 KiB on stm32h7 · MACC +2.78 M on stm32h7 · Latency ${dl} on stm32h7 (estimate) · 1 operator moved to SW ⚠️ · 1 model near budget: kws.onnx (93% of 29.0 KiB RAM) ⚠️`);
    expect(shortened).toBe(0);
    expect(markdown).toContain(`| models/kws.onnx | stm32h7 | 37.1 KiB (+23.4 KiB, +171%) 🔴 | ${RAM_HEAD} (+9.0 KiB, +50%) 🔴 | ${RAM_HEAD} (+9.0 KiB, +50%) 🔴 | 4.27 M (+2.78 M, +185%) 🔴 |`);
    expect(markdown).toContain('**Budget headroom**');
    expect(markdown).toContain('| Model | Target | Weights (Flash) | Activations | RAM total | MACC | Latency (est.) | Epochs HW / SW |');
    expect(markdown).toContain('| 2 (-1, -33%) 🔴 / 1 (+1) 🔴 |');
    expect(markdown).toContain('| models/npu.onnx | stm32h7 | pool npuRAM3 | 2.0 KiB / 4.0 KiB | █████░░░░░ 50% ✅ |');
    expect(markdown).toContain('| npuRAM3 | 2.0 KiB (+1.0 KiB, +100%) 🔴 | 4.0 KiB |');
    expect(markdown).toContain('HW → SW\\_INT ⚠️ | zero point 5: the NPU needs symmetric activations |');
    expect(markdown).toContain('<!-- model-footprint:main -->');
    expect(markdown).toMatch(/model-footprint 0\.1\.0 · targets: stm32h7 · base aaaaaaaaaaaa/);
  });

  it('new, removed, base unparsable, LFS not fetched, unchanged rows', () => {
    const { markdown } = renderComment(input([
      { path: 'models/new.onnx', target: 'stm32h7', status: 'added', head },
      { path: 'models/gone.onnx', target: 'stm32h7', status: 'removed', base },
      { path: 'models/broken.onnx', target: 'stm32h7', status: 'modified', head, baseError: 'E_TRUNCATED: file ends early' },
      { path: 'models/big.onnx', target: 'stm32h7', status: 'modified', lfsNotFetched: true },
      { path: 'models/same.onnx', target: 'stm32h7', status: 'renamed', oldPath: 'models/was.onnx', base, head: base, baseFromCache: true },
    ]));
    const summary = markdown.slice(0, markdown.indexOf('**Budget headroom**'));
    const rows = summary.split('\n').filter((l) => l.startsWith('| models/'));
    // The target's own pools (stm32h7: ram, flash) give headroom rows even without a budget.
    expect(markdown).toContain(`| models/new.onnx | stm32h7 | pool ram | ${RAM_HEAD} / `);
    expect(rows).toEqual([
      `| models/new.onnx · **new model** | stm32h7 | 37.1 KiB | ${RAM_HEAD} | ${RAM_HEAD} | 4.27 M | ${ms(head)} |`,
      `| models/gone.onnx · **removed** | stm32h7 | ~~13.7 KiB~~ | ~~${RAM_BASE}~~ | ~~${RAM_BASE}~~ | ~~1.50 M~~ | ~~${ms(base)}~~ |`,
      `| models/broken.onnx · **base unparsable (E\\_TRUNCATED: file ends early): showing head only** | stm32h7 | 37.1 KiB | ${RAM_HEAD} | ${RAM_HEAD} | 4.27 M | ${ms(head)} |`,
      '| models/big.onnx · **LFS object not fetched (not analyzed)** | stm32h7 | – | – | – | – | – |',
      `| models/same.onnx (renamed from models/was.onnx) · unchanged · base from cache | stm32h7 | 13.7 KiB | ${RAM_BASE} | ${RAM_BASE} | 1.50 M | ${ms(base)} |`,
    ]);
    expect(markdown.split('\n')[0]).toContain('5 models changed** (1 new, 1 removed)');
    expect(markdown.split('\n')[0]).toContain('1 LFS object not fetched · 1 base version unparsable');
  });

  it('escapes hostile paths and layer names: no HTML, no table break, no mention', () => {
    const evil = '</details><img src=x onerror=alert(1)> | `code` @octocat #1 http://evil.example\nnext';
    const h = mapped(base, [...base.layers.map((l) => (l.name === 'pw0' ? { ...l, name: evil, macc: l.macc + 1 } : l))]);
    const b = mapped(base, [...base.layers.map((l) => (l.name === 'pw0' ? { ...l, name: evil } : l))]);
    const path = 'models/</details><img src=x>|@octocat.onnx';
    const { markdown } = renderComment(input([{ path, target: '<b>t</b>', status: 'modified', base: b, head: h }]));
    expect(markdown).not.toMatch(/<img/i);
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/@octocat/);
    expect(markdown).not.toMatch(/#1 /);
    expect(markdown).not.toContain('http://evil');
    expect(markdown).not.toMatch(/(?<!\\)`/);
    const closes = markdown.match(/<\/details>/g) ?? [];
    const opens = markdown.match(/<details>/g) ?? [];
    expect(closes.length).toBe(1);
    expect(opens.length).toBe(1);
    // Every table row is still one line with the right number of unescaped pipes.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.endsWith('|')).toBe(true);
    }
    const layerRow = markdown.split('\n').find((l) => l.includes('&lt;/details&gt;&lt;img') && l.includes('Conv'));
    expect(layerRow?.split(/(?<!\\)\|/).length).toBe(8); // 6 cells + the two edges
    expect(markdown).toContain('next');
  });

  it('300 changed models stay under 65,536 characters and say they were shortened', () => {
    const entries: CommentEntry[] = Array.from({ length: 300 }, (_, i) => ({
      path: `models/team-${i % 7}/very/long/folder/name/for/the/model/number-${i}/kws_cnn_int8_variant.onnx`,
      target: 'stm32h7', status: 'modified' as const, base, head,
    }));
    const out = renderComment(input(entries, { artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2', summaryUrl: 'https://github.com/o/r/actions/runs/1' }));
    expect(out.markdown.length).toBeLessThanOrEqual(65_536);
    expect(out.shortened).toBeGreaterThanOrEqual(2);
    expect(out.markdown).toContain('Shortened to fit');
    expect(out.markdown).toContain('[artifact](https://github.com/o/r/actions/runs/1/artifacts/2)');
    expect(out.markdown.split('\n')[0]).toContain('**300 models changed**');
    expect(out.markdown).toContain('<!-- model-footprint:main -->');
    // The job summary has no limit and keeps every detail.
    const summary = renderSummary(input(entries)).markdown;
    expect(summary.length).toBeGreaterThan(65_536);
    expect(summary.match(/<details>/g)?.length).toBe(300);
  });

  it('shrinks step by step: per-layer detail first, then details, then rows', () => {
    const entries = [kws];
    const full = renderComment(input(entries));
    expect(full.shortened).toBe(0);
    const step1 = renderComment(input(entries, { maxChars: full.markdown.length - 1 }));
    expect(step1.shortened).toBe(1);
    expect(step1.markdown).not.toContain('Layers explaining the change');
    expect(step1.markdown).toContain('per-layer detail omitted');
    expect(step1.markdown).toContain('**Operator types**');
    const step2 = renderComment(input(entries, { maxChars: step1.markdown.length - 1 }));
    expect(step2.shortened).toBe(2);
    expect(step2.markdown).not.toContain('<details>');
    const step3 = renderComment(input(Array(20).fill(kws) as CommentEntry[], { maxChars: 2000 }));
    expect(step3.shortened).toBe(3);
    expect(step3.markdown.length).toBeLessThanOrEqual(2000);
    expect(step3.markdown).toMatch(/more rows/);
  });

  it('an unknown head is not 0 bytes: no delta in the headline, the row, the details or the JSON', () => {
    // The case: a corrupt head used to read as "RAM -17.9 KiB" (the whole base, removed).
    const entries: CommentEntry[] = [
      kws,
      { path: 'models/corrupt.onnx', target: 'stm32h7', status: 'modified', base, headError: 'LOAD ERROR E_TRUNCATED: models/corrupt.onnx: file ends early' },
      { path: 'models/lfs.onnx', target: 'stm32h7', status: 'modified', base, lfsNotFetched: true },
    ];
    const budgets = evaluateBudgets(entries, { ramBytes: '20KB' });
    const { markdown } = renderComment(input(entries, { budgets }));
    const first = markdown.split('\n')[0] ?? '';
    // Only kws.onnx is known: +9.0 KiB (26.9 - 17.9), not 9.0 - 17.9 - 17.9.
    expect(first).toContain('RAM +9.0 KiB on stm32h7');
    expect(first).toContain('Flash +23.4 KiB on stm32h7');
    expect(first).toContain('1 model could not be analyzed ❌');
    const pctOf20K = Math.round((head.totals.ramTotalBytes / 20480) * 100);
    expect(first).toContain(`1 model over budget: kws.onnx (${pctOf20K}% of 20.0 KiB RAM) ❌`);
    expect(markdown).not.toMatch(/-17\.9 KiB/);
    expect(markdown).toContain('| models/corrupt.onnx · **could not analyze: LOAD ERROR E\\_TRUNCATED: models/corrupt.onnx: file ends early** | stm32h7 | – | – | – | – |');
    expect(markdown.match(/<details>/g)?.length).toBe(1); // kws only: nothing is known of the others
    const j = diffToJson(input(entries, { budgets }));
    expect(j.entries[1]?.diff.kind).toBe('none');
    expect(j.entries[1]?.diff.totals.ramTotalBytes.delta).toBe(0);
    expect(j.entries[1]?.base).toBeUndefined();
  });

  it('several targets: deltas per target, the over-budget models named with their target, never Infinity%', () => {
    const n6 = (r: typeof base): typeof base => ({ ...r, target: { ...r.target, name: 'stm32n6' } } as typeof base);
    const entries: CommentEntry[] = [
      kws,
      { path: 'models/kws.onnx', target: 'stm32n6', status: 'modified', base: n6(head), head: n6(base) },
    ];
    // 22 KB: the head is over it on stm32h7; the base (about 18 KiB) well under it on stm32n6, not near it
    const budgets = evaluateBudgets(entries, { ramBytes: '22KB' });
    const first = renderComment(input(entries, { budgets, targets: ['stm32h7', 'stm32n6'] })).markdown.split('\n')[0] ?? '';
    expect(base.totals.ramTotalBytes / 22528).toBeLessThan(0.9);
    const pctOf22K = Math.round((head.totals.ramTotalBytes / 22528) * 100);
    const d = (head.totals.latencyMs ?? 0) - (base.totals.latencyMs ?? 0);
    const dl = budgetAmount('latency', d);
    expect(first).toBe(`**1 model changed** · RAM +9.0 KiB on stm32h7, -9.0 KiB on stm32n6 · Flash +23.4 KiB on stm32h7, -23.4 KiB on stm32n6 · MACC +2.78 M on stm32h7, -2.78 M on stm32n6 · Latency +${dl} on stm32h7, -${dl} on stm32n6 (estimate) · 1 model over budget: kws.onnx on stm32h7 (${pctOf22K}% of 22.0 KiB RAM) ❌`);
    expect(first).not.toContain('Infinity');
  });

  it('the job summary is shortened in the same steps to stay under 1 MiB (bytes)', () => {
    const entries: CommentEntry[] = Array.from({ length: 40 }, (_, i) => ({ ...kws, path: `models/m${i}.onnx` }));
    const full = renderSummary(input(entries));
    expect(full.shortened).toBe(0);
    const bytes = Buffer.byteLength(full.markdown);
    const cut = renderSummary(input(entries), bytes); // the same text no longer fits once 1 KiB of framing is kept free
    expect(cut.shortened).toBeGreaterThan(0);
    expect(Buffer.byteLength(cut.markdown)).toBeLessThanOrEqual(bytes - 1024);
    expect(cut.markdown).toContain("Shortened to fit GitHub's job summary size limit");
  });

  it('no changed model: says so', () => {
    const { markdown } = renderComment(input([]));
    expect(markdown.split('\n')[0]).toBe('**No model changes** ✅');
  });
});

describe('diffToJson', () => {
  it('is versioned and carries the totals and diffs', () => {
    const j = diffToJson(input([kws, { path: 'x.onnx', target: 'stm32h7', status: 'added', lfsNotFetched: true }]));
    expect(j.schemaVersion).toBe(DIFF_SCHEMA_VERSION);
    expect(j.entries[0]?.diff.totals.macc.delta).toBe(head.totals.macc - base.totals.macc);
    expect(j.entries[0]?.head).toEqual(head.totals);
    expect(j.entries[1]).toMatchObject({ path: 'x.onnx', lfsNotFetched: true, diff: { kind: 'none' } });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('each entry carries exactly the flags and errors it has; the header its tool, key, SHAs and targets', () => {
    const j = diffToJson({
      ...input([
        { path: 'new.onnx', oldPath: 'old.onnx', target: 'stm32h7', status: 'renamed', base, head, baseFromCache: true },
        { path: 'bad.onnx', target: 'stm32h7', status: 'modified', base, baseError: 'E_X: base', headError: 'E_Y: head' },
        { path: 'plain.onnx', target: 'stm32h7', status: 'modified', base, head },
      ]),
      headSha: 'abc123',
    });
    expect(j.entries.map((e) => Object.keys(e).sort())).toEqual([
      ['base', 'baseFromCache', 'diff', 'head', 'oldPath', 'path', 'status', 'target'],
      ['baseError', 'diff', 'headError', 'path', 'status', 'target'],
      ['base', 'diff', 'head', 'path', 'status', 'target'],
    ]);
    expect(j.entries[0]).toMatchObject({ oldPath: 'old.onnx', baseFromCache: true, base: base.totals, head: head.totals });
    // a base that failed is not a known side: no base totals, whatever the entry holds
    expect(j.entries[1]).toMatchObject({ baseError: 'E_X: base', headError: 'E_Y: head' });
    expect(j.tool).toEqual({ name: 'model-footprint', version: input([]).analyzerVersion });
    expect([j.key, j.baseSha, j.headSha, j.targets]).toEqual([input([]).key, input([]).baseSha, 'abc123', input([]).targets]);
    const { headSha: _unused, ...withoutHead } = input([]);
    expect('headSha' in diffToJson(withoutHead)).toBe(false);
    // budgets evaluated by the caller are passed through as they are
    const given = { ...j.budgets, usage: [] };
    expect(diffToJson({ ...input([]), budgets: given }).budgets).toBe(given);
  });
});
