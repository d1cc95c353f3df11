/**
 * The comment's first and last lines (src/diff/comment.ts): the verdict, summed per target from
 * totals set here by hand, and the footer; the marker and the link filter. Every expected string
 * is written from the inputs of its test.
 */
import { describe, expect, it } from 'vitest';
import { commentMarker, prepare, renderComment, safeUrl, verdict } from '../../src/diff/comment.js';
import { evaluateBudgets } from '../../src/diff/budgets.js';
import type { BudgetResult, CommentEntry, CommentInput } from '../../src/diff/types.js';
import type { Report } from '../../src/report/types.js';
import { entryOf, exampleWithTotals } from './fixtures.js';

/** The example report with its totals replaced: RAM total, weights, MACC, latency (ms or null). */
const sized = (ramTotalBytes: number, weightsBytes: number, macc: number, latencyMs: number | null = 1): Report =>
  exampleWithTotals({ ramTotalBytes, weightsBytes, macc, latencyMs });

const entry = entryOf;

const none: BudgetResult = { exceeded: [], regressions: [], newSwEpochs: [], usage: [] };
function verdictOf(entries: CommentEntry[], targets: string[], budgets: BudgetResult = none): string {
  const input: CommentInput = { entries, targets, key: 'k', analyzerVersion: '1.0.0', baseSha: 'b'.repeat(40) };
  return verdict(input, prepare(input), budgets);
}

describe('verdict: deltas summed per target over the rows whose sides are known', () => {
  it('one target: RAM, Flash, MACC and latency deltas, with their units', () => {
    const v = verdictOf([entry('m/a.onnx', 'stm32h7', sized(1000, 2000, 3000, 2), sized(3048, 1000, 3000, 2.5))], ['stm32h7']);
    // MACC unchanged: not shown; RAM +2,048 B = +2.0 KiB
    expect(v).toBe('**1 model changed** · RAM +2.0 KiB on stm32h7 · Flash -1000 B on stm32h7 · Latency +0.500 ms on stm32h7 (estimate)');
  });

  it('RAM says ±0 when nothing moved: with the target for one target, without for several', () => {
    expect(verdictOf([entry('a.onnx', 'h7', sized(10, 10, 10), sized(10, 10, 10))], ['h7'])).toBe('**1 model changed** · RAM ±0 on h7');
    const two = [entry('a.onnx', 'h7', sized(10, 10, 10), sized(10, 10, 10)), entry('a.onnx', 'n6', sized(10, 10, 10), sized(10, 10, 10))];
    expect(verdictOf(two, ['h7', 'n6'])).toBe('**1 model changed** · RAM ±0');
  });

  it('several targets: one sum per target, in the order of the targets input, ±0 inside a list', () => {
    const rows = [
      entry('a.onnx', 'n6', sized(100, 0, 0), sized(1124, 0, 0)),
      entry('b.onnx', 'n6', sized(100, 0, 0), sized(100, 0, 0)),
      entry('a.onnx', 'h7', sized(100, 0, 0), sized(100, 0, 0)),
    ];
    expect(verdictOf(rows, ['h7', 'n6'])).toBe('**2 models changed** · RAM ±0 on h7, +1.0 KiB on n6');
  });

  it('added and removed models count whole; a model that could not be analyzed adds nothing and is listed', () => {
    const rows = [
      entry('new.onnx', 'h7', undefined, sized(500, 0, 0)),
      entry('old.onnx', 'h7', sized(200, 0, 0), undefined),
      entry('bad.onnx', 'h7', sized(100, 0, 0), undefined, { status: 'modified', headError: 'LOAD ERROR E_TRUNCATED: bad.onnx: ...' }),
    ];
    expect(verdictOf(rows, ['h7'])).toBe('**3 models changed** (1 new, 1 removed) · RAM +300 B on h7 · 1 model could not be analyzed ❌');
  });

  it('latency only over rows that estimate it on both sides', () => {
    const rows = [entry('a.onnx', 'h7', sized(0, 0, 0, 1), sized(0, 0, 0, 3)), entry('b.onnx', 'h7', sized(0, 0, 0, null), sized(0, 0, 0, 9))];
    expect(verdictOf(rows, ['h7'])).toBe('**2 models changed** · RAM ±0 on h7 · Latency +2.00 ms on h7 (estimate)');
  });

  it('LFS objects not fetched, base versions unparsable: counted and named in the singular and plural', () => {
    const rows = [
      entry('l1.onnx', 'h7', sized(0, 0, 0), undefined, { status: 'modified', lfsNotFetched: true, headError: 'LFS' }),
      entry('l2.onnx', 'h7', sized(0, 0, 0), undefined, { status: 'modified', lfsNotFetched: true, headError: 'LFS' }),
      entry('b1.onnx', 'h7', undefined, sized(0, 0, 0), { status: 'modified', baseError: 'unparsable' }),
    ];
    expect(verdictOf(rows, ['h7'])).toBe('**3 models changed** · 2 LFS objects not fetched · 1 base version unparsable');
  });

  it('no entries: no model changes', () => {
    expect(verdictOf([], ['h7'])).toBe('**No model changes** ✅');
  });
});

describe('verdict: budgets', () => {
  const rows = [
    entry('m/a.onnx', 'h7', sized(0, 0, 0), sized(1100, 0, 0)),
    entry('m/b.onnx', 'h7', sized(0, 0, 0), sized(950, 0, 0)),
    entry('m/c.onnx', 'h7', sized(0, 0, 0), sized(1000, 0, 0)),
    entry('m/d.onnx', 'h7', sized(0, 0, 0), sized(899, 0, 0)),
  ];

  it('over budget (worst first) and near it (90% to 100% inclusive) name each model, with the share and the limit', () => {
    const b = evaluateBudgets(rows, { ramBytes: 1000 });
    const v = verdictOf(rows, ['h7'], b);
    expect(v).toContain('1 model over budget: a.onnx (110% of 1000 B RAM) ❌');
    // 950 B is 95%, 1000 B is 100% (at the limit: near, not over), 899 B is 89.9%: not near
    expect(v).toContain('2 models near budget: c.onnx (100% of 1000 B RAM), b.onnx (95% of 1000 B RAM) ⚠️');
  });

  it('more than three over budget: the three worst and how many more; on several targets, the target named', () => {
    const b = evaluateBudgets(rows, { ramBytes: 100 });
    expect(verdictOf(rows, ['h7'], b)).toContain('4 models over budget: a.onnx (1100% of 100 B RAM), c.onnx (1000% of 100 B RAM), b.onnx (950% of 100 B RAM), and 1 more ❌');
    const two = [entry('x.onnx', 'h7', sized(0, 0, 0), sized(200, 0, 0)), entry('x.onnx', 'n6', sized(0, 0, 0), sized(300, 0, 0))];
    expect(verdictOf(two, ['h7', 'n6'], evaluateBudgets(two, { ramBytes: 100 }))).toContain('1 model over budget: x.onnx on n6 (300% of 100 B RAM), x.onnx on h7 (200% of 100 B RAM) ❌');
  });

  it('a limit of 0: the amount over it; regressions counted', () => {
    const b: BudgetResult = { ...none, exceeded: [{ path: 'm/a.onnx', target: 'h7', kind: 'flash', used: 2048, limit: 0 }], regressions: [{ path: 'm/a.onnx', target: 'h7', metric: 'ram', base: 1, head: 2, pct: 100, threshold: 5 }, { path: 'm/b.onnx', target: 'h7', metric: 'ram', base: 1, head: 2, pct: 100, threshold: 5 }] };
    const v = verdictOf(rows.slice(0, 1), ['h7'], b);
    expect(v).toContain('1 model over budget: a.onnx (2.0 KiB over a limit of 0 Flash) ❌');
    expect(v).toContain('2 regressions over threshold ⚠️');
  });

  it('buffers that fit in no pool: the model is over budget for that, named before a RAM budget it is also over', () => {
    const b: BudgetResult = {
      ...none,
      exceeded: [
        // 150% of a RAM budget, and 2 activations (768 KiB + 320 KiB = 1.06 MiB) no pool holds
        { path: 'm/a.onnx', target: 'h7', kind: 'ram', used: 1500, limit: 1000 },
        { path: 'm/a.onnx', target: 'h7', kind: 'unplaced', holds: 'activations', buffers: 2, used: 786_432 + 327_680, limit: 0 },
      ],
    };
    expect(verdictOf(rows.slice(0, 1), ['h7'], b)).toContain('1 model over budget: a.onnx (2 activation buffers, 1.06 MiB, fit in no pool) ❌');
  });
});

describe('marker, links and footer', () => {
  it('the marker keeps a key from ending the HTML comment or the line', () => {
    expect(commentMarker('team/a')).toBe('<!-- model-footprint:team/a -->');
    expect(commentMarker('a--->b\r\nc')).toBe('<!-- model-footprint:a-bc -->');
  });

  it('links: http(s) only, one token, characters that could end a Markdown link percent-encoded', () => {
    expect(safeUrl('https://github.com/o/r/actions/runs/1')).toBe('https://github.com/o/r/actions/runs/1');
    expect(safeUrl('http://x/a(b)[c]<d>"e\'f`g|h\\i')).toBe('http://x/a%28b%29%5Bc%5D%3Cd%3E%22e%27f%60g%7Ch%5Ci');
    expect([safeUrl('javascript:alert(1)'), safeUrl('https://x y'), safeUrl(' https://x'), safeUrl('https://x\n'), safeUrl(undefined), safeUrl('ftp://x')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('the footer: version, targets, base and head (12 characters), cache note, links', () => {
    const input: CommentInput = {
      entries: [entry('a.onnx', 'h7', sized(1, 1, 1), sized(1, 1, 1), { baseFromCache: true })], targets: ['h7', 'n6'], key: 'k', analyzerVersion: '1.2.3',
      baseSha: '0123456789abcdef', headSha: 'fedcba9876543210', summaryUrl: 'https://s', artifactUrl: 'javascript:x',
    };
    const md = renderComment(input).markdown;
    expect(md).toContain('<sub>model-footprint 1.2.3 · targets: h7, n6 · base 0123456789ab · head fedcba987654 · some base results from cache · [job summary](https://s)</sub>');
    expect(md.endsWith('<!-- model-footprint:k -->')).toBe(true);
    const bare = renderComment({ ...input, entries: [], targets: [], headSha: undefined, summaryUrl: undefined });
    expect(bare.markdown).toContain('<sub>model-footprint 1.2.3 · targets: none · base 0123456789ab</sub>');
  });

  it('warnings are quoted under the verdict, escaped', () => {
    const md = renderComment({ entries: [], targets: ['h7'], key: 'k', analyzerVersion: '1', baseSha: 'b', warnings: ['shard 2/4 *missing*'] }).markdown;
    expect(md).toContain('> [!WARNING]\n> shard 2/4 \\*missing\\*');
  });

  it('a limit too small for even the verdict: cut, the marker kept, within the limit', () => {
    const out = renderComment({ entries: [entry('a.onnx', 'h7', sized(1, 1, 1), sized(2, 1, 1))], targets: ['h7'], key: 'k', analyzerVersion: '1', baseSha: 'b', maxChars: 60 });
    expect(out.shortened).toBe(3);
    expect(out.markdown.length).toBeLessThanOrEqual(60);
    expect(out.markdown.endsWith('\n<!-- model-footprint:k -->')).toBe(true);
  });
});
