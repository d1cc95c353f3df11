/**
 * The comment's shortening path (src/diff/comment.ts `fit`): the levels, the note each level adds,
 * which rows the last level keeps (problems, then moved operators, then the largest RAM changes)
 * and how many (the most that fit: checked against every limit of a sweep), and the cut when not
 * even the verdict fits. Each expectation is derived from the inputs and the rendered lengths.
 */
import { describe, expect, it } from 'vitest';
import { commentMarker, renderComment, renderSummary } from '../../src/diff/comment.js';
import type { CommentEntry, CommentInput } from '../../src/diff/types.js';
import type { Report } from '../../src/report/types.js';
import { entryOf, analyzeExample, exampleWithTotals, layer, mapped } from './fixtures.js';

const sized = (ramTotalBytes: number): Report => exampleWithTotals({ ramTotalBytes, weightsBytes: 0, macc: 0, latencyMs: 1 });
const entry = (path: string, base: Report | undefined, head: Report | undefined, extra: Partial<CommentEntry> = {}): CommentEntry => entryOf(path, 'h7', base, head, { status: 'modified', ...extra });

// Importance: the error (rank 0), the model whose operator moved to SW (rank 1), then |RAM delta|:
// a (the two KWS examples, +9.0 KiB, with per-layer detail), b +5,000 B, c -500 B.
const kwsBase = analyzeExample('kws_cnn_int8.onnx');
const kwsHead = analyzeExample('kws_cnn_int8_v2.onnx');
const moveBase = mapped(sized(1000), [layer('conv1', 'Conv', { unit: 'HW' })]);
const moveHead = mapped(sized(1000), [layer('conv1', 'Conv', { unit: 'SW_INT', reasons: ['zero point 5'] })]);
const ENTRIES: CommentEntry[] = [
  entry('m/a.onnx', kwsBase, kwsHead),
  entry('m/b.onnx', sized(1000), sized(6000)),
  entry('m/c.onnx', sized(1000), sized(500)),
  entry('m/err.onnx', sized(1000), undefined, { headError: 'LOAD ERROR E_TRUNCATED: m/err.onnx: ends early' }),
  entry('m/mv.onnx', moveBase, moveHead),
];
const IMPORTANCE = ['m/err.onnx', 'm/mv.onnx', 'm/a.onnx', 'm/b.onnx', 'm/c.onnx'];

function input(extra: Partial<CommentInput> = {}): CommentInput {
  return { entries: ENTRIES, targets: ['h7'], key: 'k', analyzerVersion: '1', baseSha: 'b'.repeat(40), ...extra };
}
/** The model cells of the summary table (the table headed `| Model | Target | Weights`). */
function rowsOf(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Model | Target | Weights'));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start + 2, end).map((l) => l.slice(2).split(/ \| | · /)[0] ?? '');
}

/**
 * The full comment and the first two shortening levels, each limit one below the previous length.
 * Rendered inside each test, not at load time (StrykerJS counts code run at load time as covered
 * by every test and reruns the whole file for each of its mutants).
 */
function levels() {
  const full = renderComment(input({ maxChars: 1e9 }));
  const l1 = renderComment(input({ maxChars: full.markdown.length - 1 }));
  const l2 = renderComment(input({ maxChars: l1.markdown.length - 1 }));
  return { full, l1, l2 };
}

/** Every limit from well below one row to the level-2 length, and the level-3 outputs among them that were not cut. */
function sweepOf() {
  const l2len = levels().l2.markdown.length;
  const sweep = Array.from({ length: l2len - 300 }, (_, i) => 300 + i).map((m) => ({ m, out: renderComment(input({ maxChars: m })) }));
  // Not cut: the whole footer, then the marker.
  const level3 = sweep.filter((s) => s.out.shortened === 3 && s.out.markdown.includes(`</sub>\n${commentMarker('k')}`));
  /** The rendered length with k rows, read from the sweep. */
  const lengthWith = new Map<number, number>();
  for (const s of level3) lengthWith.set(rowsOf(s.out.markdown).length, s.out.markdown.length);
  return { sweep, level3, lengthWith };
}

describe('shortening levels and their notes', () => {
  it('a limit equal to the length keeps a level; one less moves to the next', () => {
    const { full, l1, l2 } = levels();
    expect(full.shortened).toBe(0);
    expect(renderComment(input({ maxChars: full.markdown.length })).shortened).toBe(0);
    expect(l1.shortened).toBe(1);
    expect(renderComment(input({ maxChars: l1.markdown.length })).shortened).toBe(1);
    expect(l2.shortened).toBe(2);
    expect(renderComment(input({ maxChars: l2.markdown.length - 1 })).shortened).toBe(3);
  });

  it('level 0 has no note and explains the models with something to explain (never the one that could not be analyzed)', () => {
    const { full } = levels();
    expect(full.markdown).not.toContain('[!NOTE]');
    expect(full.markdown).toContain('**Budget headroom**');
    // b and c changed only their totals (set by hand): no layer, operator, pool or I/O change to list.
    expect([...full.markdown.matchAll(/<details><summary>(m\/[a-z]+\.onnx) ·/g)].map((x) => x[1])).toEqual(['m/a.onnx', 'm/mv.onnx']);
  });

  it('level 1 and 2 notes name the step and where the full report is; level 2 keeps the headroom table', () => {
    const { l1, l2 } = levels();
    expect(l1.markdown).toContain("> [!NOTE]\n> Shortened to fit GitHub's comment size limit: per-layer detail omitted. The full report is in the job summary and the artifact.");
    expect(l2.markdown).toContain("> [!NOTE]\n> Shortened to fit GitHub's comment size limit: per-model details omitted. The full report is in the job summary and the artifact.");
    expect(l2.markdown).toContain('**Budget headroom**');
    expect(l2.markdown).not.toContain('<details>');
    expect(rowsOf(l2.markdown)).toEqual(ENTRIES.map((e) => e.path));
  });

  it('the note links the job summary and the artifact when their addresses are known', () => {
    const urls = { summaryUrl: 'https://github.com/o/r/actions/runs/1', artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' };
    const withUrls = renderComment(input({ ...urls, maxChars: renderComment(input({ ...urls, maxChars: 1e9 })).markdown.length - 1 }));
    expect(withUrls.markdown).toContain(`The full report is in [job summary](${urls.summaryUrl}) and [artifact](${urls.artifactUrl}).`);
  });

  it('the job summary\'s note names only the artifact', () => {
    const cut = renderSummary(input(), 1024 + 1500);
    expect(cut.shortened).toBe(3);
    expect(cut.markdown).toMatch(/Shortened to fit GitHub's job summary size limit: only the summary table is shown(, \d more rows? not shown)?\. The full report is in the artifact\./);
    expect(Buffer.byteLength(cut.markdown, 'utf8')).toBeLessThanOrEqual(1500);
  });
});

describe('level 3: the most rows that fit, most important first', () => {
  it('every row count from 0 to 5 appears, each a fixed length, longer with each row', () => {
    const { lengthWith } = sweepOf();
    expect([...lengthWith.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (let k = 1; k <= 5; k++) expect(lengthWith.get(k) ?? 0).toBeGreaterThan(lengthWith.get(k - 1) ?? Infinity);
  });

  it('at every limit, the rows shown are the most that fit: k rows fit, k + 1 would not', () => {
    const { level3, lengthWith } = sweepOf();
    for (const { m, out } of level3) {
      const k = rowsOf(out.markdown).length;
      expect(out.markdown.length).toBe(lengthWith.get(k));
      expect(out.markdown.length).toBeLessThanOrEqual(m);
      // With all 5 rows there is no longer table to compare with.
      expect(lengthWith.get(k + 1) ?? Infinity).toBeGreaterThan(m);
    }
  });

  it('rows in order of importance; hidden rows counted in the note and under the table; no headroom table', () => {
    const { level3 } = sweepOf();
    const two = level3.find((s) => rowsOf(s.out.markdown).length === 2)?.out.markdown ?? '';
    expect(rowsOf(two)).toEqual(IMPORTANCE.slice(0, 2));
    expect(two).toContain("> Shortened to fit GitHub's comment size limit: only the summary table is shown, 3 more rows not shown. The full report is in the job summary and the artifact.");
    expect(two).toContain('…and 3 more rows: see the full report.');
    expect(two).not.toContain('**Budget headroom**');
    const four = level3.find((s) => rowsOf(s.out.markdown).length === 4)?.out.markdown ?? '';
    expect(rowsOf(four)).toEqual(IMPORTANCE.slice(0, 4));
    expect(four).toContain(', 1 more row not shown.');
    expect(four).toContain('…and 1 more row: see the full report.');
    const all = level3.find((s) => rowsOf(s.out.markdown).length === 5)?.out.markdown ?? '';
    expect(rowsOf(all)).toEqual(IMPORTANCE);
    expect(all).toContain('only the summary table is shown. The full report');
    expect(all).not.toContain('more row');
  });

  it('warnings stay at every level; the marker ends every output', () => {
    const { sweep } = sweepOf();
    const warned = renderComment(input({ maxChars: 900, warnings: ['shard 1/2'] }));
    expect(warned.shortened).toBe(3);
    expect(warned.markdown).toContain('> [!WARNING]\n> shard 1/2');
    for (const { out } of sweep) expect(out.markdown.endsWith(commentMarker('k'))).toBe(true);
  });
});

describe('no model changed, and a limit too small for the verdict', () => {
  it('an empty change says so in place of the table', () => {
    const md = renderComment(input({ entries: [] })).markdown;
    expect(md).toContain('No model file matching the configured patterns changed in this pull request.');
    expect(md).not.toContain('| Model |');
  });

  it('cut to the limit minus one, keeping the marker on its own line; below the marker\'s length, its tail', () => {
    const marker = commentMarker('k');
    const cut = renderComment(input({ maxChars: 100 }));
    expect(cut.shortened).toBe(3);
    expect(cut.markdown.length).toBe(99);
    expect(cut.markdown.endsWith(`\n${marker}`)).toBe(true);
    expect(cut.markdown.startsWith('**5 models changed**')).toBe(true);
    expect(renderComment(input({ maxChars: 10 })).markdown).toBe(`\n${marker}`.slice(-10));
  });
});
