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
import { entryOf, exampleWithTotals } from './fixtures.js';

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
  it('none without budgets; one bar per limit, the amount in its unit; buffers no pool holds, without a bar', () => {
    expect(headroomTable(undefined)).toBe('');
    expect(headroomTable({ exceeded: [], regressions: [], newSwEpochs: [], usage: [] })).toBe('');
    const t = headroomTable({
      exceeded: [], regressions: [], newSwEpochs: [],
      usage: [
        { path: 'm/a.onnx', target: 'h7', kind: 'ram', used: 512, limit: 1024, ratio: 0.5 },
        { path: 'm/a.onnx', target: 'h7', kind: 'latency', used: 9.5, limit: 10, ratio: 0.95 },
        { path: 'm/a.onnx', target: 'n6', kind: 'pool', pool: 'npu_RAM', used: 2048, limit: 1024, ratio: 2 },
        { path: 'm/a.onnx', target: 'n6', kind: 'unplaced', holds: 'weights', buffers: 3, used: 3 * 1024, limit: 0, ratio: Infinity },
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
      // no bar (no pool holds them) and never Infinity%
      '| m/a.onnx | n6 | weights in no pool | 3.0 KiB in 3 weight segments | no pool holds them ❌ |',
    ]);
  });
});

describe('the HW / SW column', () => {
  type Epochs = { total: number; hw: number; sw: number };
  type Part = { vocabulary: 'pulsar2' | 'kneron'; npu: number; cpu: number; nodes: number };
  const npu = (epochs: Epochs | undefined, part?: Part): Report => {
    const r = sized(1, 1, 1, 1, null);
    return {
      ...r, ...(epochs ? { epochs } : {}),
      ...(part ? { partition: { vocabulary: part.vocabulary, npuSubgraphs: part.npu, cpuSubgraphs: part.cpu, npuMacc: 0, cpuMacc: 0, subgraphs: [], cpuNodes: Array.from({ length: part.nodes }, (_, i) => ({ name: `n${i}` })) } } : {}),
    } as unknown as Report;
  };
  const row = (path: string, base: Report | undefined, head: Report | undefined, extra: Partial<CommentEntry> = {}): CommentEntry => entryOf(path, 'h7', base, head, extra);
  const cells = (entries: CommentEntry[]): string[] => rowsOf(entries).map((r) => r[r.length - 1] ?? '');

  it('epochs alone: "Epochs HW / SW", HW counted as better when it grows', () => {
    // HW 3 -> 2 (-1, -33%: worse), SW 0 -> 1 (+1, no percent from 0: worse)
    expect(cells([row('a.onnx', npu({ total: 3, hw: 3, sw: 0 }), npu({ total: 3, hw: 2, sw: 1 }))])).toEqual([
      'Epochs HW / SW', ':-:', '2 (-1, -33%) 🔴 / 1 (+1) 🔴',
    ]);
  });

  it('in the vendors\' words when a row has a partition; epochs then say so; dashes where nothing is known', () => {
    expect(cells([
      // Pulsar2: NPU subgraphs 2 -> 1 (worse), CPU 1 -> 2 (worse)
      row('p.onnx', npu({ total: 3, hw: 2, sw: 1 }, { vocabulary: 'pulsar2', npu: 2, cpu: 1, nodes: 1 }), npu({ total: 3, hw: 1, sw: 2 }, { vocabulary: 'pulsar2', npu: 1, cpu: 2, nodes: 2 })),
      // Kneron: CPU nodes 0 -> 2
      row('k.onnx', npu({ total: 1, hw: 1, sw: 0 }, { vocabulary: 'kneron', npu: 1, cpu: 0, nodes: 0 }), npu({ total: 2, hw: 1, sw: 1 }, { vocabulary: 'kneron', npu: 1, cpu: 1, nodes: 2 })),
      row('e.onnx', npu({ total: 2, hw: 2, sw: 0 }), npu({ total: 2, hw: 2, sw: 0 })),
      // a CPU-only row, a head without epochs, a removed Pulsar2 model, a head that failed
      row('cpu.onnx', npu(undefined), npu(undefined)),
      row('gone-epochs.onnx', npu({ total: 2, hw: 2, sw: 0 }), npu(undefined)),
      row('gone.onnx', npu({ total: 3, hw: 2, sw: 1 }, { vocabulary: 'pulsar2', npu: 2, cpu: 1, nodes: 1 }), undefined),
      row('gone-k.onnx', npu({ total: 1, hw: 1, sw: 0 }, { vocabulary: 'kneron', npu: 1, cpu: 0, nodes: 0 }), undefined),
      row('bad.onnx', npu({ total: 2, hw: 2, sw: 0 }), undefined, { status: 'modified', headError: 'E_X' }),
    ])).toEqual([
      'HW / SW', ':-:',
      '1 (-1, -50%) 🔴 NPU / 2 (+1, +100%) 🔴 CPU subgraphs',
      '2 (+2) 🔴 CPU nodes',
      '2 / 0 epochs',
      '–', '–', '–', '–', '–',
    ]);
  });
});

describe('summary rows at their edges', () => {
  const h = sized(100, 200, 300, 400, null);

  it('"renamed from" only for a rename that names its old path', () => {
    const rows = rowsOf([
      { path: 'a.onnx', target: 'h7', status: 'modified', oldPath: 'old.onnx', base: h, head: h },
      { path: 'b.onnx', target: 'h7', status: 'renamed', base: h, head: h },
    ]);
    expect([rows[2]?.[0], rows[3]?.[0]]).toEqual(['a.onnx · unchanged', 'b.onnx · unchanged']);
  });

  it('a removed model alone still brings its latency column, struck through; a removed LFS pointer shows dashes', () => {
    const rows = rowsOf([
      { path: 'gone.onnx', target: 'h7', status: 'removed', base: sized(10, 20, 30, 40, 2) },
      { path: 'lfs.onnx', target: 'h7', status: 'removed', base: sized(10, 20, 30, 40, 2), lfsNotFetched: true },
    ]);
    expect(rows[0]?.[6]).toBe('Latency (est.)');
    expect(rows[2]).toEqual(['gone.onnx · **removed**', 'h7', '~~10 B~~', '~~20 B~~', '~~30 B~~', '~~40~~', '~~2.00 ms~~']);
    expect(rows[3]).toEqual(['lfs.onnx · **LFS object not fetched (not analyzed)**', 'h7', '–', '–', '–', '–', '–']);
  });
});
