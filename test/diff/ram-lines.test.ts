/**
 * Why RAM changed, in the PR comment (diff/compare.ts peakChange, diff/sections.ts ramLines):
 * two chains whose peaks are at different layers, sizes by hand.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { reportOf } from '../builders/report.js';
import { diffReports } from '../../src/diff/compare.js';
import { GROWN_SHOWN, ramLines } from '../../src/diff/sections.js';
import type { ModelDiff } from '../../src/diff/types.js';
import { renderComment } from '../../src/diff/comment.js';

/** x (8 B) -> a -> b -> c (4 B), Softmax (no overlap), float32 elements given. */
function chain(a: number, b: number) {
  const g = new GraphBuilder('chain');
  let t = g.input('x', 'float32', [2]);
  for (const [name, n] of [['a', a], ['b', b], ['c', 1]] as const) t = g.node('Softmax', [t], {}, { name, outShapes: [[n]], outDType: 'float32' });
  g.output(t);
  return g.graph;
}

/** x -> p (100 B) -> q; x -> r (100 B) -> s; Concat(q, s): run p, q first and r never meets p's output. */
function forked() {
  const b = new GraphBuilder('fork');
  const x = b.input('x', 'float32', [2]);
  const f = (op: 'Softmax' | 'Concat', ins: string[], name: string, n: number) => b.node(op, ins, op === 'Concat' ? { axis: 0 } : {}, { name, outShapes: [[n]], outDType: 'float32' });
  const [p, r] = [f('Softmax', [x], 'p', 25), f('Softmax', [x], 'r', 25)];
  b.output(f('Concat', [f('Softmax', [p], 'q', 1), f('Softmax', [r], 's', 1)], 't', 2));
  return b.graph;
}

describe('why RAM changed', () => {
  // base: a 100 B, b 4 B -> steps a: 8 + 100 = 108, b: 104, c: 8: peak at a (108 B)
  // head: a 4 B, b 100 B -> steps a: 12, b: 104, c: 104: peak at b (the first of the two)
  const base = reportOf(chain(25, 1), 'st-time');
  const head = reportOf(chain(1, 25), 'st-time');

  it('the peak moved from one layer to another; the tensor alive at both shrank', () => {
    expect([base.memory.timeline.peak?.layer, base.memory.timeline.peak?.liveBytes]).toEqual(['a', 108]);
    expect([head.memory.timeline.peak?.layer, head.memory.timeline.peak?.liveBytes]).toEqual(['b', 104]);
    const d = diffReports(base, head);
    expect(d.peak).toEqual({ base: { layer: 'a', file: 'a', liveBytes: 108 }, head: { layer: 'b', file: 'b', liveBytes: 104 }, moved: true, grown: [{ tensor: 'a_out', base: 100, head: 4 }] });
    expect(ramLines(d)).toEqual(['peak moved from a (108 B) to b (104 B)', 'tensor a\\_out shrank from 100 B to 4 B']);
  });

  it('the peak stayed: it says where, and which tensors there grew; nothing when RAM did not change', () => {
    const bigger = reportOf(chain(50, 1), 'st-time'); // a 200 B: peak at a, 208 B
    const d = diffReports(base, bigger);
    expect(ramLines(d)).toEqual(['peak still at a: 108 B → 208 B', 'tensor a\\_out grew from 100 B to 200 B']);
    expect(ramLines(diffReports(base, base))).toEqual([]);
  });

  it('in the comment: under the model\'s details, with the could-be line of the head', () => {
    const withSearch = reportOf(chain(1, 25), 'st');
    const md = renderComment({ entries: [{ path: 'models/m.onnx', target: 'stm32h7', status: 'modified', base, head: withSearch }], key: 'k', analyzerVersion: '0', baseSha: 'a'.repeat(40), targets: ['stm32h7'] }).markdown;
    expect(md).toContain('**Why RAM changed**');
    expect(md).toContain('- peak moved from a (108 B) to b (104 B)');
    // st, file order a, b, c has nothing to reorder on a chain: no could-be line
    expect(withSearch.memory.couldBe).toBeNull();
    expect(md).not.toContain('could be');
    // a fork the file runs p, r, q, s: searched p, q, r, s needs 8 + 4 + 100 = 112 B
    const fork = reportOf(forked(), 'st-time');
    const pct = Math.round(((112 - fork.memory.arenaBytes) / fork.memory.arenaBytes) * 100);
    const md2 = renderComment({ entries: [{ path: 'models/m.onnx', target: 'stm32h7', status: 'modified', base, head: fork }], key: 'k', analyzerVersion: '0', baseSha: 'a'.repeat(40), targets: ['stm32h7'] }).markdown;
    expect(md2).toContain(`- could be 112 B (${pct}%) with another execution order`);
  });

  it('two different layers shown under the same position name: the line names them as the file does', () => {
    const named = (layers: [string, number][]) => {
      const g = new GraphBuilder('n');
      let t = g.input('x', 'float32', [2]);
      for (const [name, n] of layers) t = g.node('Softmax', [t], {}, { name, outShapes: [[n]], outDType: 'float32' });
      g.output(t);
      return reportOf(g.graph, 'st-time');
    };
    // ';' names are unusable: both peaks are shown as nl_0 (position 0), but they are different layers
    const before = named([['p;1', 25], ['q;1', 1]]); // peak at p;1: 8 + 100
    const after = named([['n;1', 50], ['p;1', 1], ['q;1', 1]]); // peak at n;1: 8 + 200
    expect([before.memory.timeline.peak?.layer, after.memory.timeline.peak?.layer]).toEqual(['nl_0', 'nl_0']);
    expect(ramLines(diffReports(before, after))[0]).toBe('peak moved from p;1 (108 B) to n;1 (208 B)');
  });
});

describe('why RAM changed, from a diff set by hand', () => {
  const diff = (extra: Partial<ModelDiff>, delta = 100): ModelDiff => ({ ...diffReports(undefined, undefined), kind: 'changed', ...extra, totals: { ...diffReports(undefined, undefined).totals, activationsBytes: { base: 1000, head: 1000 + delta, delta, pct: delta / 10 } } });
  const side = (layer: string, file: string, liveBytes: number) => ({ layer, file, liveBytes });

  it('a moved peak is named by its shown layers when they differ, whatever the file calls them', () => {
    const d = diff({ peak: { base: side('conv_1', 'f/one', 100), head: side('conv_2', 'f/two', 200), moved: true, grown: [] } });
    expect(ramLines(d)).toEqual(['peak moved from conv\\_1 (100 B) to conv\\_2 (200 B)']);
    // a peak that stayed is named by its shown layer too
    expect(ramLines(diff({ peak: { base: side('conv_1', 'f/one', 100), head: side('conv_1', 'f/one', 200), moved: false, grown: [] } }))).toEqual(['peak still at conv\\_1: 100 B → 200 B']);
  });

  it(`at most ${GROWN_SHOWN} tensors named, in the order given`, () => {
    const grown = [['t1', 1, 9], ['t2', 9, 2], ['t3', 1, 5], ['t4', 1, 2]].map(([tensor, base, head]) => ({ tensor: tensor as string, base: base as number, head: head as number }));
    expect(ramLines(diff({ peak: { base: side('a', 'a', 10), head: side('a', 'a', 20), moved: false, grown } }))).toEqual([
      'peak still at a: 10 B → 20 B', 'tensor t1 grew from 1 B to 9 B', 'tensor t2 shrank from 9 B to 2 B', 'tensor t3 grew from 1 B to 5 B',
    ]);
  });

  it('the could-be line alone: by placement when the order stays; nothing without a peak on both sides', () => {
    const one = { base: null, head: side('a', 'a', 20), moved: false, grown: [] };
    expect(ramLines(diff({ peak: one, couldBe: { arenaBytes: 900, reordered: false, pct: -10 } }))).toEqual(['could be 900 B (-10%) with another buffer placement']);
    // an added model: RAM "changed" from nothing
    expect(ramLines({ ...diff({}, 0), kind: 'added', couldBe: { arenaBytes: 900, reordered: true, pct: -10 } })).toEqual(['could be 900 B (-10%) with another execution order']);
    expect(ramLines(diff({}, 0))).toEqual([]);
  });
});
