/**
 * The comment's summary and headroom tables (src/diff/sections.ts): which columns appear, what
 * each kind of row says (removed, renamed, new, unreadable, unchanged, cached base), and the
 * headroom bars. Totals are set by hand; values are written here (sizes below 1 KiB print as
 * bytes; a change is `head (±delta, ±pct) 🔴|🟢`).
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/diff/comment.js';
import { entryNote, headroomTable, summaryTable } from '../../src/diff/sections.js';
import type { CommentEntry, CommentInput } from '../../src/diff/types.js';
import type { Report } from '../../src/report/types.js';
import { exampleWithTotals } from './fixtures.js';

const sized = (weightsBytes: number, activationsBytes: number, ramTotalBytes: number, macc: number, latencyMs: number | null): Report =>
  exampleWithTotals({ weightsBytes, activationsBytes, ramTotalBytes, macc, latencyMs });

const rowsOf = (entries: CommentEntry[]): string[][] => {
  const input: CommentInput = { entries, targets: ['h7'], key: 'k', analyzerVersion: '1', baseSha: 'b' };
  return summaryTable(prepare(input)).split('\n').map((l) => l.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '')));
};

describe('summary table', () => {
  it('columns: no latency column when no row has an estimate; removed rows strike their base through', () => {
    const rows = rowsOf([
      { path: 'a.onnx', target: 'h7', status: 'modified', base: sized(100, 200, 300, 400, null), head: sized(100, 200, 300, 400, null) },
      { path: 'gone.onnx', target: 'h7', status: 'removed', base: sized(10, 20, 30, 40, null) },
    ]);
    expect(rows[0]).toEqual(['Model', 'Target', 'Weights (Flash)', 'Activations', 'RAM total', 'MACC']);
    expect(rows[2]).toEqual(['a.onnx · unchanged', 'h7', '100 B', '200 B', '300 B', '400']);
    expect(rows[3]).toEqual(['gone.onnx · **removed**', 'h7', '~~10 B~~', '~~20 B~~', '~~30 B~~', '~~40~~']);
  });

  it('a latency column when one row has an estimate; a row without one shows a dash', () => {
    const rows = rowsOf([
      { path: 'a.onnx', target: 'h7', status: 'modified', base: sized(100, 200, 300, 400, 2), head: sized(150, 200, 300, 400, 1) },
      { path: 'b.onnx', target: 'h7', status: 'modified', base: sized(1, 1, 1, 1, null), head: sized(1, 1, 1, 1, null) },
    ]);
    expect(rows[0]?.[6]).toBe('Latency (est.)');
    expect(rows[2]).toEqual(['a.onnx', 'h7', '150 B (+50 B, +50%) 🔴', '200 B', '300 B', '400', '1.00 ms (-1.00 ms, -50%) 🟢']);
    expect(rows[3]?.[6]).toBe('–');
  });

  it('rows that cannot compare: unreadable head (dashes), LFS pointer, renamed, new without a base, cached base', () => {
    const h = sized(100, 200, 300, 400, null);
    const rows = rowsOf([
      { path: 'bad.onnx', target: 'h7', status: 'modified', base: h, headError: 'LOAD ERROR E_TRUNCATED: bad.onnx: the file ends early' },
      { path: 'big.onnx', target: 'h7', status: 'modified', lfsNotFetched: true },
      { path: 'new/name.onnx', target: 'h7', status: 'renamed', oldPath: 'old/name.onnx', base: h, head: sized(100, 200, 300, 401, null) },
      { path: 'fresh.onnx', target: 'h7', status: 'modified', head: h },
      { path: 'c.onnx', target: 'h7', status: 'modified', base: h, head: h, baseFromCache: true },
    ]);
    expect(rows[2]).toEqual(['bad.onnx · **could not analyze: LOAD ERROR E\\_TRUNCATED: bad.onnx: the file ends early**', 'h7', '–', '–', '–', '–']);
    expect(rows[3]).toEqual(['big.onnx · **LFS object not fetched (not analyzed)**', 'h7', '–', '–', '–', '–']);
    expect(rows[4]?.[0]).toBe('new/name.onnx (renamed from old/name.onnx)');
    expect(rows[4]?.[5]).toBe('401 (+1, +0.3%) 🔴');
    expect(rows[5]?.[0]).toBe('fresh.onnx · **new model**');
    expect(rows[6]?.[0]).toBe('c.onnx · unchanged · base from cache');
  });

  it('entry notes: the head problem first, then removed, then the base problem, then new', () => {
    expect(entryNote({ path: 'a', target: 't', status: 'removed', headError: 'x', lfsNotFetched: true })).toBe('LFS object not fetched (not analyzed)');
    expect(entryNote({ path: 'a', target: 't', status: 'removed', headError: 'x' })).toBe('could not analyze: x');
    expect(entryNote({ path: 'a', target: 't', status: 'removed', baseError: 'y' })).toBe('removed');
    expect(entryNote({ path: 'a', target: 't', status: 'added', baseError: 'y' })).toBe('base unparsable (y): showing head only');
    expect(entryNote({ path: 'a', target: 't', status: 'added' })).toBe('new model');
    expect(entryNote({ path: 'a', target: 't', status: 'modified' })).toBeUndefined();
    expect(entryNote({ path: 'a', target: 't', status: 'renamed', oldPath: 'b' })).toBeUndefined();
  });
});

describe('headroom table', () => {
  it('none without budgets; one bar per limit, the amount in its unit', () => {
    expect(headroomTable(undefined)).toBe('');
    expect(headroomTable({ exceeded: [], regressions: [], newSwEpochs: [], usage: [] })).toBe('');
    const t = headroomTable({
      exceeded: [], regressions: [], newSwEpochs: [],
      usage: [
        { path: 'm/a.onnx', target: 'h7', kind: 'ram', used: 512, limit: 1024, ratio: 0.5 },
        { path: 'm/a.onnx', target: 'h7', kind: 'latency', used: 9.5, limit: 10, ratio: 0.95 },
        { path: 'm/a.onnx', target: 'n6', kind: 'pool', pool: 'npu_RAM', used: 2048, limit: 1024, ratio: 2 },
      ],
    });
    expect(t.split('\n')).toEqual([
      '**Budget headroom**',
      '',
      '| Model | Target | Budget | Used / limit | Usage |',
      '| :- | :- | :- | -: | :- |',
      '| m/a.onnx | h7 | RAM | 512 B / 1.0 KiB | █████░░░░░ 50% ✅ |',
      '| m/a.onnx | h7 | latency | 9.50 ms / 10.00 ms | ██████████ 95% ⚠️ |',
      '| m/a.onnx | n6 | pool npu\\_RAM | 2.0 KiB / 1.0 KiB | ██████████ 200% ❌ |',
    ]);
  });
});
