/**
 * The whole PR comment, line by line (src/diff/comment.ts, sections.ts): four models whose totals
 * are set by hand, so that every line below can be checked with pen and paper. The other comment
 * tests look for fragments; this one pins the layout: the verdict's parts in order, the warning
 * block, the summary table, the headroom bars, one `<details>` per model with something to explain,
 * the blank lines between blocks, the footer and the marker.
 */
import { describe, expect, it } from 'vitest';
import { evaluateBudgets, renderComment, renderSummary, type CommentEntry, type CommentInput, type MappedLayer } from '../../src/diff/index.js';
import type { Report } from '../../src/report/types.js';
import { exampleWithTotals, layer, mapped } from './fixtures.js';

/** A report with these totals and layers, no pools and no memory timeline (no "why RAM changed"). */
const rep = (ram: number, flash: number, macc: number, latencyMs: number | null, layers: MappedLayer[]): Report => {
  const r = mapped(exampleWithTotals({ ramTotalBytes: ram, activationsBytes: ram, weightsBytes: flash, macc, latencyMs }), layers, { pools: [] });
  return { ...r, memory: undefined } as unknown as Report;
};

const hw = [layer('conv1', 'Conv', { unit: 'HW' })];
const ENTRIES: CommentEntry[] = [
  // RAM 1000 -> 1500 B (+50%); conv1 falls back to SW
  { path: 'm/a.onnx', target: 'h7', status: 'modified', base: rep(1000, 2000, 3000, 1, hw), head: rep(1500, 2000, 3000, 1, [layer('conv1', 'Conv', { unit: 'SW_INT', reasons: ['why'] })]) },
  // RAM 2000 -> 1900 B (-5%), latency 4 -> 3 ms (-25%); pool moves to HW
  { path: 'm/b.onnx', target: 'h7', status: 'modified', base: rep(2000, 1000, 20_000, 4, [layer('pool', 'MaxPool', { unit: 'SW_FLOAT' })]), head: rep(1900, 1000, 20_000, 3, [layer('pool', 'MaxPool', { unit: 'HW' })]) },
  { path: 'm/new.onnx', target: 'h7', status: 'added', head: rep(500, 100, 10, 2, hw) },
  { path: 'm/gone.onnx', target: 'h7', status: 'removed', base: rep(300, 50, 5, 1, hw) },
];

const input = (extra: Partial<CommentInput> = {}): CommentInput => ({
  entries: ENTRIES, key: 'main', analyzerVersion: '1.2.3', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), targets: ['h7'],
  warnings: ['w | one'], summaryUrl: 'https://x.example/s', artifactUrl: 'https://x.example/a',
  // 1,600 B of RAM and +40% at most
  budgets: evaluateBudgets(ENTRIES, { ramBytes: 1600, thresholds: { ramPct: 40 } }), ...extra,
});

// RAM summed over the known rows, new and removed ones whole: +500 - 100 + 500 - 300 = +600 B;
// Flash 0 + 0 + 100 - 50 = +50 B; MACC +10 - 5 = +5; latency only where both sides have one: 0 - 1 ms.
// b.onnx: 1,900 / 1,600 = 118.75% -> 119%, over; a.onnx: 1,500 / 1,600 = 93.75% -> 94%, near (>= 90%);
// a.onnx grew 50% > 40%: one regression. 500 / 1,600 = 31.25% -> 31%, three blocks of ten.
const VERDICT = '**4 models changed** (1 new, 1 removed) · RAM +600 B on h7 · Flash +50 B on h7 · MACC +5 on h7 · Latency -1.00 ms on h7 (estimate) · '
  + '1 operator moved to SW ⚠️ · 1 operator moved to HW ✅ · 1 model over budget: b.onnx (119% of 1.6 KiB RAM) ❌ · '
  + '1 model near budget: a.onnx (94% of 1.6 KiB RAM) ⚠️ · 1 regression over threshold ⚠️';

const SUMMARY = [
  '| Model | Target | Weights (Flash) | Activations | RAM total | MACC | Latency (est.) |',
  '| :- | :- | -: | -: | -: | -: | -: |',
  // 1,500 B = 1.46 KiB -> 1.5 KiB; 1,900 B = 1.86 KiB -> 1.9 KiB; 20,000 MACC -> 20.0 k
  '| m/a.onnx | h7 | 2.0 KiB | 1.5 KiB (+500 B, +50%) 🔴 | 1.5 KiB (+500 B, +50%) 🔴 | 3000 | 1.00 ms |',
  '| m/b.onnx | h7 | 1000 B | 1.9 KiB (-100 B, -5.0%) 🟢 | 1.9 KiB (-100 B, -5.0%) 🟢 | 20.0 k | 3.00 ms (-1.00 ms, -25%) 🟢 |',
  '| m/new.onnx · **new model** | h7 | 100 B | 500 B | 500 B | 10 | 2.00 ms |',
  '| m/gone.onnx · **removed** | h7 | ~~50 B~~ | ~~300 B~~ | ~~300 B~~ | ~~5~~ | ~~1.00 ms~~ |',
];

const HEADROOM = [
  '**Budget headroom**',
  '',
  '| Model | Target | Budget | Used / limit | Usage |',
  '| :- | :- | :- | -: | :- |',
  '| m/a.onnx | h7 | RAM | 1.5 KiB / 1.6 KiB | █████████░ 94% ⚠️ |',
  '| m/b.onnx | h7 | RAM | 1.9 KiB / 1.6 KiB | ██████████ 119% ❌ |',
  '| m/new.onnx | h7 | RAM | 500 B / 1.6 KiB | ███░░░░░░░ 31% ✅ |',
];

const moved = (path: string, facts: string, row: string): string[] => [
  `<details><summary>${path} · h7: ${facts}</summary>`,
  '',
  '**Operators that moved between HW and SW**',
  '',
  '| Layer | Op | Unit | Reason | Fix hint |',
  '| :- | :- | :- | :- | :- |',
  row,
  '',
  '</details>',
];

const note = (limit: string, what: string, where: string): string[] => ['> [!NOTE]', `> Shortened to fit GitHub's ${limit} size limit: ${what}. The full report is in ${where}.`];
const LINKS = '[job summary](https://x.example/s) and [artifact](https://x.example/a)';

const FOOTER = [
  '<sub>model-footprint 1.2.3 · targets: h7 · base aaaaaaaaaaaa · head bbbbbbbbbbbb · [job summary](https://x.example/s) · [full reports](https://x.example/a)</sub>',
  '<!-- model-footprint:main -->',
];

describe('the whole comment', () => {
  it('in full: verdict, warning, table, headroom, the details of the two models with moves, footer', () => {
    expect(renderComment(input()).markdown.split('\n')).toEqual([
      VERDICT, '',
      '> [!WARNING]', '> w \\| one', '',
      ...SUMMARY, '',
      ...HEADROOM, '',
      ...moved('m/a.onnx', 'RAM +500 B, Flash 0, MACC 0', '| conv1 | Conv | HW → SW\\_INT ⚠️ | why | – |'), '',
      ...moved('m/b.onnx', 'RAM -100 B, Flash 0, MACC 0', '| pool | MaxPool | SW\\_FLOAT → HW ✅ | – | – |'), '',
      ...FOOTER,
    ]);
  });
});

describe('the shortened comment', () => {
  const full = renderComment(input()).markdown;

  it('one character short: the per-model details go first (nothing per layer to drop here), the headroom stays', () => {
    const r = renderComment(input({ maxChars: full.length - 1 }));
    expect(r.shortened).toBe(2);
    expect(r.markdown.split('\n')).toEqual([
      VERDICT, '', '> [!WARNING]', '> w \\| one', '',
      ...note('comment', 'per-model details omitted', LINKS), '',
      ...SUMMARY, '', ...HEADROOM, '', ...FOOTER,
    ]);
  });

  it('with room for three rows only: the summary table alone, the rows that matter most, the rest counted', () => {
    // the table without the headroom is 1,247 characters with its four rows; one less keeps three:
    // problems first (none), then moved operators (a, b), then by |RAM delta| (new +500 before gone -300)
    const fourRows = renderComment(input({ maxChars: 1247 }));
    expect([fourRows.shortened, fourRows.markdown.length]).toEqual([3, 1247]);
    const r = renderComment(input({ maxChars: 1246 }));
    expect(r.markdown.split('\n')).toEqual([
      VERDICT, '', '> [!WARNING]', '> w \\| one', '',
      ...note('comment', 'only the summary table is shown, 1 more row not shown', LINKS), '',
      ...SUMMARY.slice(0, 5), '',
      '…and 1 more row: see the full report.', '',
      ...FOOTER,
    ]);
  });

  it('no links given: the note names the places in words, the footer has none', () => {
    const bare = { warnings: [], summaryUrl: undefined, artifactUrl: undefined } as Partial<CommentInput>;
    const fullBare = renderComment(input(bare)).markdown;
    const r = renderComment(input({ ...bare, maxChars: fullBare.length - 1 }));
    expect(r.markdown.split('\n')).toEqual([
      VERDICT, '',
      ...note('comment', 'per-model details omitted', 'the job summary and the artifact'), '',
      ...SUMMARY, '', ...HEADROOM, '',
      '<sub>model-footprint 1.2.3 · targets: h7 · base aaaaaaaaaaaa · head bbbbbbbbbbbb</sub>',
      '<!-- model-footprint:main -->',
    ]);
  });

  it('the job summary points to the artifact only (it is the job summary), measured in UTF-8 bytes', () => {
    const bytes = Buffer.byteLength(renderSummary(input()).markdown, 'utf8');
    // 1 KiB is kept free for the runner's framing: a limit of bytes + 1023 no longer fits the full text
    expect(renderSummary(input(), bytes + 1024).shortened).toBe(0);
    const r = renderSummary(input(), bytes + 1023);
    expect(r.markdown.split('\n')).toEqual([
      VERDICT, '', '> [!WARNING]', '> w \\| one', '',
      ...note('job summary', 'per-model details omitted', '[artifact](https://x.example/a)'), '',
      ...SUMMARY, '', ...HEADROOM, '', ...FOOTER,
    ]);
  });
});

describe('the verdict line', () => {
  const first = (extra: Partial<CommentInput>): string => renderComment(input(extra)).markdown.split('\n')[0] ?? '';

  it('the targets come from the rows: a configured target without rows is not counted, a row on another target is', () => {
    expect(first({ targets: ['n6', 'h7'] })).toBe(VERDICT);
    expect(first({ targets: [] })).toBe(VERDICT);
  });

  it('RAM unchanged everywhere says ±0: on its one target, or plainly over several', () => {
    const same = (target: string): CommentEntry => ({ path: `m/${target}.onnx`, target, status: 'modified', base: rep(100, 5, 5, 1, hw), head: rep(100, 5, 5, 1, hw) });
    expect(first({ entries: [same('h7')], budgets: undefined })).toBe('**1 model changed** · RAM ±0 on h7');
    expect(first({ entries: [same('h7'), same('n6')], budgets: undefined, targets: ['h7', 'n6'] })).toBe('**2 models changed** · RAM ±0');
  });

  it('near a budget: from exactly 90% of a limit the user set, not for the target\'s own pools', () => {
    const at = (ram: number, pools: { name: string; usedBytes: number; usableBytes: number }[] = []): CommentEntry => ({
      path: 'm/n.onnx', target: 'h7', status: 'added',
      head: { ...mapped(exampleWithTotals({ ramTotalBytes: ram, activationsBytes: ram, weightsBytes: 0, macc: 0, latencyMs: null }), [], { pools }), memory: undefined } as unknown as Report,
    });
    const verdict = (e: CommentEntry) => first({ entries: [e], budgets: evaluateBudgets([e], { ramBytes: 1000 }) });
    // 900 / 1,000 = 90%: near; 899: 89.9%, not
    expect(verdict(at(900))).toBe('**1 model changed** (1 new) · RAM +900 B on h7 · 1 model near budget: n.onnx (90% of 1000 B RAM) ⚠️');
    expect(verdict(at(899))).toBe('**1 model changed** (1 new) · RAM +899 B on h7');
    // a pool 95% full is headroom, not a verdict
    expect(verdict(at(10, [{ name: 'npuRAM3', usedBytes: 95, usableBytes: 100 }]))).toBe('**1 model changed** (1 new) · RAM +10 B on h7');
  });

  it('rows not analyzed: counted by kind, in the plural when more than one', () => {
    const e = (path: string, extra: Partial<CommentEntry>): CommentEntry => ({ path, target: 'h7', status: 'modified', ...extra });
    const entries = [
      e('m/l1.onnx', { lfsNotFetched: true }), e('m/l2.onnx', { lfsNotFetched: true }),
      e('m/f1.onnx', { headError: 'E_X' }), e('m/f2.onnx', { headError: 'E_X' }),
      e('m/b1.onnx', { head: rep(1, 1, 1, null, hw), baseError: 'E_Y' }), e('m/b2.onnx', { head: rep(1, 1, 1, null, hw), baseError: 'E_Y' }),
    ];
    expect(first({ entries, budgets: undefined })).toBe('**6 models changed** · 2 LFS objects not fetched · 2 models could not be analyzed ❌ · 2 base versions unparsable');
  });

  it('with one row left, a problem row is kept before a larger change', () => {
    const entries: CommentEntry[] = [ENTRIES[0] as CommentEntry, { path: 'm/bad.onnx', target: 'h7', status: 'modified', head: rep(1, 1, 1, null, hw), baseError: 'E_Y' }];
    const fullText = renderComment(input({ entries, budgets: undefined, warnings: [] })).markdown;
    const rows = (max: number) => renderComment(input({ entries, budgets: undefined, warnings: [], maxChars: max })).markdown.split('\n').filter((l) => l.startsWith('| m/'));
    // shrink until one row is left
    let max = fullText.length;
    while (rows(max).length > 1) max -= 10;
    expect(rows(max)).toHaveLength(1);
    expect(rows(max)[0]).toMatch(/^\| m\/bad\.onnx · \*\*base unparsable/);
  });
});

describe('the verdict names the worst limit of each model, worst model first', () => {
  it('a ratio, not an amount; the first of two equal ratios; at most three named', () => {
    const m = (name: string, ram: number, flash: number): CommentEntry => ({ path: `m/${name}.onnx`, target: 'h7', status: 'added', head: rep(ram, flash, 0, null, []) });
    // x: RAM 300%, Flash 110% -> RAM; y: RAM 110%, Flash 250% -> Flash (the larger ratio, the smaller amount);
    // z: both 200% -> RAM, listed first; w: RAM 150%; shown by ratio: x, y, z, and w counted
    const entries = [m('z', 2000, 200), m('w', 1500, 0), m('x', 3000, 110), m('y', 1100, 250)];
    const budgets = evaluateBudgets(entries, { ramBytes: 1000, flashBytes: 100 });
    const parts = renderComment(input({ entries, budgets })).markdown.split('\n')[0]?.split(' · ') ?? [];
    expect(parts.find((p) => p.includes('over budget'))).toBe('4 models over budget: x.onnx (300% of 1000 B RAM), y.onnx (250% of 100 B Flash), z.onnx (200% of 1000 B RAM), and 1 more ❌');
  });

  it('an unchanged row is analyzed but not counted as changed', () => {
    const same: CommentEntry = { path: 'm/same.onnx', target: 'h7', status: 'unchanged', base: rep(1, 1, 1, null, hw), head: rep(1, 1, 1, null, hw) };
    const entries = [ENTRIES[0] as CommentEntry, same];
    expect(renderComment(input({ entries, budgets: undefined })).markdown.split('\n')[0]).toMatch(/^\*\*1 model changed\*\* · RAM \+500 B on h7 · /);
  });
});

describe('the rows kept and the blocks left out', () => {
  const same = (path: string, base: number, head: number): CommentEntry => ({ path, target: 'h7', status: 'modified', base: rep(base, 5, 5, null, hw), head: rep(head, 5, 5, null, hw) });
  const bare = (entries: CommentEntry[], maxChars?: number) => renderComment(input({ entries, budgets: undefined, warnings: [], summaryUrl: undefined, artifactUrl: undefined, ...(maxChars === undefined ? {} : { maxChars }) })).markdown;

  it('the row cap keeps the largest RAM changes, either sign, largest first', () => {
    // RAM deltas +10, -40, +30, -20, +5, -6, +7, -8 B, no problems and no moves: two rows kept are b (|-40|) then c (|+30|)
    // (eight rows, so that two rows and the shortening note are shorter than all of them)
    const entries = [same('m/a.onnx', 100, 110), same('m/b.onnx', 100, 60), same('m/c.onnx', 100, 130), same('m/d.onnx', 100, 80),
      same('m/e.onnx', 100, 105), same('m/f.onnx', 100, 94), same('m/g.onnx', 100, 107), same('m/h.onnx', 100, 92)];
    const rows = (max: number) => bare(entries, max).split('\n').filter((l) => l.startsWith('| m/'));
    let max = bare(entries).length;
    // (the shortened form's note is longer than a row: the largest limit that shows two rows is found by stepping down)
    while (rows(max).length !== 2 && max > 0) max -= 1;
    expect(rows(max).map((r) => r.split(' | ')[0])).toEqual(['| m/b.onnx', '| m/c.onnx']);
  });

  it('no model changed: the sentence, then the footer; no budget: no headroom block', () => {
    const footer = ['<sub>model-footprint 1.2.3 · targets: h7 · base aaaaaaaaaaaa · head bbbbbbbbbbbb</sub>', '<!-- model-footprint:main -->'];
    expect(bare([]).split('\n')).toEqual(['**No model changes** ✅', '', 'No model file matching the configured patterns changed in this pull request.', '', ...footer]);
    expect(bare([same('m/a.onnx', 100, 110)]).split('\n')).toEqual([
      '**1 model changed** · RAM +10 B on h7', '',
      // (no latency column: no model estimates one)
      '| Model | Target | Weights (Flash) | Activations | RAM total | MACC |',
      '| :- | :- | -: | -: | -: | -: |',
      '| m/a.onnx | h7 | 5 B | 110 B (+10 B, +10%) 🔴 | 110 B (+10 B, +10%) 🔴 | 5 |', '',
      ...footer,
    ]);
  });

  it('the latency column as soon as one side of one model estimates it (here a new model)', () => {
    const added: CommentEntry = { path: 'm/n.onnx', target: 'h7', status: 'added', head: rep(100, 5, 5, 2, hw) };
    expect(bare([added]).split('\n').filter((l) => l.startsWith('| '))).toEqual([
      '| Model | Target | Weights (Flash) | Activations | RAM total | MACC | Latency (est.) |',
      '| :- | :- | -: | -: | -: | -: | -: |',
      '| m/n.onnx · **new model** | h7 | 5 B | 100 B | 100 B | 5 | 2.00 ms |',
    ]);
  });

  it('the epochs column without the latency one: centred, in the seventh place', () => {
    const withEpochs = (r: Report) => ({ ...r, epochs: { total: 3, hw: 2, sw: 1 } }) as unknown as Report;
    const e: CommentEntry = { path: 'm/e.onnx', target: 'h7', status: 'modified', base: withEpochs(rep(100, 5, 5, null, hw)), head: withEpochs(rep(110, 5, 5, null, hw)) };
    const lines = bare([e]).split('\n').filter((l) => l.startsWith('| '));
    expect(lines.slice(0, 2)).toEqual(['| Model | Target | Weights (Flash) | Activations | RAM total | MACC | Epochs HW / SW |', '| :- | :- | -: | -: | -: | -: | :-: |']);
  });

  it('a model whose head could not be analyzed or fetched has no details, whatever its base held', () => {
    const failed: CommentEntry = { path: 'm/f.onnx', target: 'h7', status: 'modified', base: rep(100, 5, 5, null, [layer('conv1', 'Conv', { unit: 'SW_INT' })]), headError: 'E_X' };
    const pointer: CommentEntry = { path: 'm/l.onnx', target: 'h7', status: 'modified', base: rep(100, 5, 5, null, [layer('conv1', 'Conv', { unit: 'SW_INT' })]), lfsNotFetched: true };
    expect([bare([failed]), bare([pointer])].map((md) => md.includes('<details>'))).toEqual([false, false]);
  });
});
