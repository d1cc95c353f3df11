/**
 * diffReports (src/diff/compare.ts) on reports set by hand: when a model counts as changed, the
 * I/O signature changes field by field, which side the epochs, latency, partition and pool sizes
 * come from, the ranking of changed and new layers by their share of the totals (computed here),
 * the moved operators' hints, and the peak's grown tensors and move.
 */
import { describe, expect, it } from 'vitest';
import { diffReports, poolsOf } from '../../src/diff/compare.js';
import type { MappedLayer, MappedReport } from '../../src/diff/types.js';
import type { Report, ReportIO } from '../../src/report/types.js';
import { exampleWithTotals, layer, mapped } from './fixtures.js';

const TOT = { activationsBytes: 1000, macc: 1000, weightsBytes: 1000, ramTotalBytes: 1000, latencyMs: null };
const io = (name: string, bytes: number, extra: Partial<ReportIO> = {}): ReportIO => ({ ...(exampleWithTotals({}).inputs[0] as ReportIO), name, bytes, ...extra });
function rep(layers: MappedLayer[], extra: Partial<MappedReport> = {}, totals: Partial<Report['totals']> = {}): Report {
  const r = exampleWithTotals({ ...TOT, ...totals });
  return mapped(r, layers, { pools: [], inputs: [io('x', 100)], outputs: [io('y', 10)], ...extra });
}
const L = [layer('a', 'Conv'), layer('b', 'Relu')];

describe('kind: same, changed (by what alone), added, removed, none', () => {
  it('identical reports are the same; each single difference makes them changed', () => {
    expect(diffReports(rep(L), rep(L)).kind).toBe('same');
    expect(diffReports(rep(L, { pools: [{ name: 'p', usedBytes: 1 }] }), rep(L, { pools: [{ name: 'p', usedBytes: 2 }] })).kind).toBe('changed');
    expect(diffReports(rep(L), rep(L, { inputs: [io('x2', 100)] })).kind).toBe('changed');
    expect(diffReports(rep(L), rep(L.slice(0, 1))).kind).toBe('changed');
    expect(diffReports(rep(L.slice(0, 1)), rep(L)).kind).toBe('changed');
    expect(diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv', { unit: 'SW_INT' })])).kind).toBe('changed');
    expect(diffReports(rep(L), rep([layer('a', 'Conv', { macc: 2000 }), L[1] as MappedLayer])).kind).toBe('changed');
  });

  it('one side only', () => {
    expect(diffReports(undefined, rep(L)).kind).toBe('added');
    expect(diffReports(rep(L), undefined).kind).toBe('removed');
    expect(diffReports(undefined, undefined).kind).toBe('none');
    expect(diffReports(undefined, rep(L))).toMatchObject({ opCounts: [], moved: [], io: [], layers: [], addedLayers: [] });
  });
});

describe('I/O signatures', () => {
  it('added, removed and changed entries, with the fields that changed', () => {
    const d = diffReports(rep(L, { outputs: [io('y', 10)] }), rep(L, { outputs: [io('y', 10), io('z', 4)], inputs: [io('x', 200, { dtype: 'int16', shape: [1, 100] })] }));
    expect(d.io.map((c) => [c.kind, c.index, c.change, c.fields.join(',')])).toEqual([['input', 0, 'changed', 'dtype,shape'], ['output', 1, 'added', '']]);
    const r = diffReports(rep(L, { outputs: [io('y', 10), io('z', 4)] }), rep(L));
    expect(r.io).toEqual([{ kind: 'output', index: 1, change: 'removed', fields: [], base: { name: 'z', dtype: io('z', 4).dtype, shape: io('z', 4).shape, quant: io('z', 4).quant } }]);
    const n = diffReports(rep(L), rep(L, { inputs: [io('x', 100, { name: 'input_1', quant: { scale: 0.5, zeroPoint: 3 } })] }));
    expect(n.io[0]?.fields).toEqual(['name', 'quant']);
  });

  it('the I/O bytes total is the sum of every input and output', () => {
    expect(diffReports(rep(L), rep(L, { outputs: [io('y', 10), io('z', 4)] })).totals.ioBytes).toEqual({ base: 110, head: 114, delta: 4, pct: (4 / 110) * 100 });
  });
});

describe('which side the counts come from', () => {
  it('epochs from either side (SW counts the unsupported ones); none when neither shows them', () => {
    const d = diffReports(rep(L), rep(L, { epochs: { total: 5, hw: 2, sw: 2, unsupported: 1 } }));
    expect(d.totals.epochsSw).toMatchObject({ base: undefined, head: 3 });
    expect(d.totals.epochsHw).toMatchObject({ base: undefined, head: 2 });
    expect(d.totals.epochsTotal).toMatchObject({ base: undefined, head: 5 });
    expect(diffReports(rep(L, { epochs: { total: 5, hw: 5, sw: 0 } }), rep(L)).totals.epochsHw).toMatchObject({ base: 5, head: undefined });
    expect(diffReports(rep(L), rep(L, { epochs: { total: 1, hw: 0, sw: 1, shown: false } })).totals.epochsTotal).toBeUndefined();
  });

  it('latency only when a side estimates it', () => {
    expect(diffReports(rep(L), rep(L)).totals.latencyMs).toBeUndefined();
    expect(diffReports(rep(L), rep(L, {}, { latencyMs: 2 })).totals.latencyMs).toMatchObject({ base: undefined, head: 2 });
  });

  it('the partition\'s vocabulary from the head, else the base', () => {
    const part = { vocabulary: 'kneron' as const, npuSubgraphs: 1, cpuSubgraphs: 2, npuMacc: 0, cpuMacc: 0, subgraphs: [], cpuNodes: [] };
    const d = diffReports(rep(L, { partition: part }), rep(L));
    expect(d.totals.partition).toMatchObject({ vocabulary: 'kneron', cpuSubgraphs: { base: 2, head: undefined }, cpuNodes: { base: 0, head: undefined } });
  });

  it('pools: names from the head first, then the base\'s; the usable size from the head, else the base', () => {
    const d = diffReports(rep(L, { pools: [{ name: 'old', usedBytes: 5, usableBytes: 50 }, { name: 'p', usedBytes: 1, usableBytes: 10 }] }),
      rep(L, { pools: [{ name: 'p', usedBytes: 2 }, { name: 'new', usedBytes: 3, usableBytes: 30 }] }));
    expect(d.pools.map((p) => [p.name, p.used.base, p.used.head, p.usableBytes])).toEqual([['p', 1, 2, 10], ['new', undefined, 3, 30], ['old', 5, undefined, 50]]);
  });

  it('operator counts only where they differ, sorted by name', () => {
    const d = diffReports(rep([layer('a', 'Conv'), layer('b', 'Relu'), layer('c', 'Relu')]), rep([layer('a', 'Conv'), layer('b', 'Relu'), layer('d', 'Add')]));
    expect(d.opCounts).toEqual([{ op: 'Add', base: 0, head: 1 }, { op: 'Relu', base: 2, head: 1 }]);
  });
});

describe('ranking by share of the totals (activations, MACC and weights: 1,000 each)', () => {
  it('a MACC change of 300 (0.3) ranks above an output change of 128 B (0.128) and a weights change of 100 (0.1)', () => {
    const base = [layer('out', 'Conv', { outputShape: [1, 128] }), layer('mac', 'Conv', { macc: 100 }), layer('w', 'Conv', { weightsBytes: 100 })];
    const head = [layer('out', 'Conv', { outputShape: [1, 256] }), layer('mac', 'Conv', { macc: 400 }), layer('w', 'Conv', { weightsBytes: 200 })];
    expect(diffReports(rep(base), rep(head)).layers.map((c) => c.name)).toEqual(['mac', 'out', 'w']);
  });

  it('equal shares: a changed operator first (a type change of the same size ranks after it)', () => {
    const base = [layer('typed', 'Conv', { dtype: 'int8' }), layer('op', 'Conv')];
    const head = [layer('typed', 'Conv', { dtype: 'uint8' }), layer('op', 'DepthwiseConv')];
    expect(diffReports(rep(base), rep(head)).layers.map((c) => [c.name, c.opChanged, c.shapeChanged])).toEqual([['op', true, false], ['typed', false, true]]);
  });

  it('new and removed layers by output share plus MACC share: big (0.512 + 0) before small (0.064 + 0.4)', () => {
    const d = diffReports(rep([]), rep([layer('small', 'Relu', { outputShape: [1, 64], macc: 400 }), layer('big', 'Relu', { outputShape: [1, 512], macc: 0 })]));
    expect(d.addedLayers.map((l) => [l.name, l.outputBytes, l.macc])).toEqual([['big', 512, 0], ['small', 64, 400]]);
    const r = diffReports(rep([layer('small', 'Relu', { outputShape: [1, 64], macc: 400 }), layer('big', 'Relu', { outputShape: [1, 512], macc: 0 })]), rep([]));
    expect(r.removedLayers.map((l) => l.name)).toEqual(['big', 'small']);
  });
});

describe('moved operators', () => {
  it('hints from the reasons (deduplicated, in order), the layer\'s own hint first; string reasons have none', () => {
    const reasons = [{ message: 'm1', hint: 'h1' }, { message: 'm2', hint: 'h2' }, { message: 'm3', hint: 'h1' }];
    const d = diffReports(rep([layer('a', 'Conv', { unit: 'HW' }), layer('b', 'Conv', { unit: 'HW' }), layer('c', 'Conv', { unit: 'HW' })]),
      rep([layer('a', 'Conv', { unit: 'SW_INT', reasons: reasons as never }), layer('b', 'Conv', { unit: 'SW_FLOAT', reasons: ['plain'] }), layer('c', 'Conv', { unit: 'SW_INT', hint: 'own', reasons: reasons as never })]));
    expect(d.moved.map((m) => [m.name, m.direction, m.hint ?? null, m.reasons.join('|')])).toEqual([
      ['a', 'toSW', 'h1 h2', 'm1|m2|m3'], ['b', 'toSW', null, 'plain'], ['c', 'toSW', 'own', 'm1|m2|m3'],
    ]);
  });

  it('a head layer without a unit (a report without a mapping) moves nowhere', () => {
    expect(diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv')])).moved).toEqual([]);
  });

  it('directions: to HW, between two SW kinds; a new SW layer is listed only when the base ran something in HW', () => {
    const d = diffReports(rep([layer('a', 'Conv', { unit: 'SW_INT' }), layer('b', 'Conv', { unit: 'SW_INT' })]), rep([layer('a', 'Conv', { unit: 'HW' }), layer('b', 'Conv', { unit: 'SW_FLOAT' })]));
    expect(d.moved.map((m) => [m.name, m.direction])).toEqual([['a', 'toHW'], ['b', 'other']]);
    const added = diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv', { unit: 'HW' }), layer('n', 'Relu', { unit: 'SW_INT' })]));
    expect(added.moved).toMatchObject([{ name: 'n', direction: 'toSW', added: true, to: 'SW_INT' }]);
    const cpu = diffReports(rep([layer('a', 'Conv', { unit: 'SW_INT' })]), rep([layer('a', 'Conv', { unit: 'SW_INT' }), layer('n', 'Relu', { unit: 'SW_INT' })]));
    expect(cpu.moved).toEqual([]);
    // A new layer in HW is not a move.
    expect(diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv', { unit: 'HW' }), layer('n', 'Relu', { unit: 'HW' })])).moved).toEqual([]);
  });
});

describe('the peak and the "could be" line', () => {
  const withPeak = (layerName: string, tensors: [string, number][], extra: Record<string, unknown> = {}): Partial<MappedReport> => {
    const m = exampleWithTotals({}).memory;
    return { memory: { ...m, arenaBytes: 1000, timeline: { steps: [], peak: { step: 0, layer: layerName, liveBytes: tensors.reduce((s, t) => s + t[1], 0), tensors: tensors.map(([tensor, bytes]) => ({ tensor, role: 'output' as const, bytes })) } }, ...extra } };
  };

  it('grown tensors by size of change, then by name; the peak moved when its layer differs', () => {
    const d = diffReports(rep(L, withPeak('a', [['t1', 10], ['t2', 10], ['t3', 10], ['t4', 5]])), rep(L, withPeak('b', [['t3', 15], ['t5', 99], ['t2', 5], ['t4', 5], ['t1', 40]])));
    // (the head lists them in another order: |+30| first, then t2 and t3, both |5|, by name)
    expect(d.peak?.grown).toEqual([{ tensor: 't1', base: 10, head: 40 }, { tensor: 't2', base: 10, head: 5 }, { tensor: 't3', base: 10, head: 15 }]);
    expect(d.peak?.moved).toBe(true);
    expect(d.peak?.base).toEqual({ layer: 'a', file: 'a', liveBytes: 35 });
    expect(diffReports(rep(L, withPeak('a', [['t', 1]])), rep(L, withPeak('a', [['t', 2]]))).peak?.moved).toBe(false);
    const noPeak = { memory: { ...exampleWithTotals({}).memory, timeline: { steps: [], peak: null } } };
    expect(diffReports(rep(L, noPeak), rep(L, withPeak('a', [['t', 2]]))).peak).toMatchObject({ base: null, moved: false, grown: [] });
    expect(diffReports(rep(L, noPeak), rep(L, noPeak)).peak).toBeUndefined();
    // a new or a removed model has no peak to compare, even with a timeline of its own
    expect([diffReports(undefined, rep(L, withPeak('a', [['t', 2]]))).peak, diffReports(rep(L, withPeak('a', [['t', 2]])), undefined).peak]).toEqual([undefined, undefined]);
  });

  it('could be: the lower arena and its percent of the plan\'s', () => {
    const d = diffReports(rep(L), rep(L, withPeak('a', [['t', 1]], { couldBe: { arenaBytes: 800, reordered: true } })));
    expect(d.couldBe).toEqual({ arenaBytes: 800, reordered: true, pct: -20 });
    expect(diffReports(rep(L), rep(L, withPeak('a', [['t', 1]], { couldBe: null }))).couldBe).toBeUndefined();
  });
});

describe('edges the tables above do not reach', () => {
  it('pools of a report without any, or of no report: none', () => {
    expect(poolsOf(undefined)).toEqual([]);
    const { pools: _none, ...bare } = rep(L) as unknown as MappedReport;
    expect(poolsOf(bare as MappedReport)).toEqual([]);
  });

  it('a partition on the head only: the base side of each count is unknown', () => {
    const part = { vocabulary: 'pulsar2' as const, npuSubgraphs: 2, cpuSubgraphs: 1, npuMacc: 0, cpuMacc: 0, subgraphs: [], cpuNodes: [] };
    expect(diffReports(rep(L), rep(L, { partition: part })).totals.partition).toEqual({
      vocabulary: 'pulsar2', npuSubgraphs: { base: undefined, head: 2, delta: 2, pct: undefined },
      cpuSubgraphs: { base: undefined, head: 1, delta: 1, pct: undefined }, cpuNodes: { base: undefined, head: 0, delta: 0, pct: undefined },
    });
  });

  it('a layer whose weights alone changed is listed', () => {
    const d = diffReports(rep([layer('w', 'Conv', { weightsBytes: 100 })]), rep([layer('w', 'Conv', { weightsBytes: 101 })]));
    expect(d.layers.map((c) => [c.name, c.weightsBytes.delta])).toEqual([['w', 1]]);
  });

  it('shares add up: output 0.2 + MACC 0.2 ranks above output 0.3 alone; new layers likewise (0.1 + 0.5 before 0.3 + 0)', () => {
    // totals of 1,000 each: an int8 [1, n] output is n bytes
    const base = [layer('both', 'Conv', { outputShape: [1, 100], macc: 100 }), layer('out', 'Conv', { outputShape: [1, 100] })];
    const head = [layer('both', 'Conv', { outputShape: [1, 300], macc: 300 }), layer('out', 'Conv', { outputShape: [1, 400] })];
    expect(diffReports(rep(base), rep(head)).layers.map((c) => c.name)).toEqual(['both', 'out']);
    const added = diffReports(rep([]), rep([layer('m', 'Relu', { outputShape: [1, 100], macc: 500 }), layer('o', 'Relu', { outputShape: [1, 300], macc: 0 })]));
    expect(added.addedLayers.map((l) => l.name)).toEqual(['m', 'o']);
  });

  it('a reason without a hint gives no hint', () => {
    const d = diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv', { unit: 'SW_INT', reasons: [{ message: 'm' }] as never })]));
    expect(d.moved[0]?.reasons).toEqual(['m']);
    expect(d.moved[0] && 'hint' in d.moved[0]).toBe(false);
  });

  it('reports without a timeline (schema 1.0), a peak on the base only, a peak layer the table does not list', () => {
    const { timeline: _t, ...noTimeline } = exampleWithTotals({}).memory;
    const old = rep(L, { memory: { ...noTimeline, couldBe: null } as Report['memory'] });
    expect('peak' in diffReports(old, old)).toBe(false);
    expect('couldBe' in diffReports(old, old)).toBe(false);
    const peak = (layerName: string) => ({ memory: { ...exampleWithTotals({}).memory, timeline: { steps: [], peak: { step: 0, layer: layerName, liveBytes: 7, tensors: [] } } } });
    const noPeak = { memory: { ...exampleWithTotals({}).memory, timeline: { steps: [], peak: null } } };
    expect(diffReports(rep(L, peak('a')), rep(L, noPeak)).peak).toEqual({ base: { layer: 'a', file: 'a', liveBytes: 7 }, head: null, moved: false, grown: [] });
    // 'in1' and 'in2' are steps of no listed layer: compared (and filed) by the shown name
    expect(diffReports(rep(L, peak('in1')), rep(L, peak('in2'))).peak).toMatchObject({ base: { file: 'in1' }, head: { file: 'in2' }, moved: true });
  });
});
