/**
 * The diff's decisions (src/diff/compare.ts), on mapped reports written here: which sides of an
 * entry are known, which units count as a move and in which direction, how changed, added and
 * removed layers are ranked (by their share of the model's totals), and when a model counts as
 * changed at all. Each expectation follows from the inputs of its test.
 */
import { describe, expect, it } from 'vitest';
import { diffReports, knownDelta, knownSides, metricDelta } from '../../src/diff/compare.js';
import type { MappedLayer } from '../../src/diff/index.js';
import type { Report } from '../../src/report/types.js';
import { exampleWithTotals, layer, mapped } from './fixtures.js';

/** A report of these layers with fixed totals (activations 1,000 B, MACC 1,000, weights 1,000 B). */
const rep = (layers: MappedLayer[], totals: Partial<Report['totals']> = {}): Report =>
  mapped(exampleWithTotals({ activationsBytes: 1000, macc: 1000, weightsBytes: 1000, ...totals }), layers);

describe('known sides', () => {
  const b = rep([]);
  const h = rep([]);

  it('a head that could not be read (or an LFS pointer) makes both sides unknown', () => {
    expect(knownSides({ base: b, head: h, headError: 'x' })).toEqual([undefined, undefined]);
    expect(knownSides({ base: b, head: h, lfsNotFetched: true })).toEqual([undefined, undefined]);
    expect([knownDelta({ base: b, head: h, headError: 'x' }), knownDelta({ head: h, lfsNotFetched: true, status: 'added' })]).toEqual([false, false]);
  });

  it('a base that could not be read: only the head is known; the delta is real only for a new model', () => {
    expect(knownSides({ base: b, head: h, baseError: 'x' })).toEqual([undefined, h]);
    expect(knownSides({ base: b, head: h })).toEqual([b, h]);
    expect([knownDelta({ head: h, baseError: 'x', status: 'modified' }), knownDelta({ head: h, baseError: 'x', status: 'added' }), knownDelta({ base: b, head: h })]).toEqual([false, true, true]);
  });

  it('metricDelta: percent only with both sides and a base above 0', () => {
    expect(metricDelta(200, 250)).toEqual({ base: 200, head: 250, delta: 50, pct: 25 });
    expect(metricDelta(0, 5)).toEqual({ base: 0, head: 5, delta: 5, pct: undefined });
    expect(metricDelta(undefined, 5)).toEqual({ base: undefined, head: 5, delta: 5, pct: undefined });
    expect(metricDelta(5, undefined)).toEqual({ base: 5, head: undefined, delta: -5, pct: undefined });
  });
});

describe('moves between units', () => {
  const u = (name: string, unit: MappedLayer['unit'], extra: Partial<MappedLayer> = {}) => layer(name, 'Conv', { unit, ...extra });

  it('HW to any software unit is toSW, software to HW is toHW, between software units is other', () => {
    const base = rep([u('a', 'HW'), u('b', 'SW_INT'), u('c', 'SW_INT'), u('d', 'HW'), u('e', 'SW_FLOAT')]);
    const head = rep([u('a', 'SW_FLOAT'), u('b', 'HW'), u('c', 'SW_FLOAT'), u('d', 'unsupported'), u('e', 'SW_FLOAT')]);
    expect(diffReports(base, head).moved.map((m) => [m.name, m.from, m.to, m.direction])).toEqual([
      ['a', 'HW', 'SW_FLOAT', 'toSW'], ['b', 'SW_INT', 'HW', 'toHW'], ['c', 'SW_INT', 'SW_FLOAT', 'other'], ['d', 'HW', 'unsupported', 'toSW'],
    ]);
  });

  it('a new layer is listed only when it lands in SW on a target whose base ran something in HW', () => {
    const withHw = rep([u('a', 'HW')]);
    const cpuOnly = rep([u('a', 'SW_INT')]);
    const head = rep([u('a', 'HW'), u('n', 'SW_INT'), u('m', 'HW')]);
    expect(diffReports(withHw, head).moved.map((m) => [m.name, m.direction, m.added])).toEqual([['n', 'toSW', true]]);
    expect(diffReports(cpuOnly, rep([u('a', 'SW_INT'), u('n', 'SW_INT')])).moved).toEqual([]);
  });

  it('the hint: the layer\'s own, else its reasons\' hints once each, in order; string reasons carry none', () => {
    const head = rep([u('a', 'SW_INT', { reasons: [{ unit: 'N', rule: 'r', message: 'm1', value: '', limit: '', hint: 'h1' }, { unit: 'N', rule: 'r', message: 'm2', value: '', limit: '', hint: 'h1' }, 'plain', { unit: 'N', rule: 'r', message: 'm3', value: '', limit: '', hint: 'h2' }] as never })]);
    const m = diffReports(rep([u('a', 'HW')]), head).moved[0];
    expect([m?.reasons, m?.hint]).toEqual([['m1', 'm2', 'plain', 'm3'], 'h1 h2']);
    const own = diffReports(rep([u('a', 'HW')]), rep([u('a', 'SW_INT', { hint: 'mine', reasons: [] })])).moved[0];
    expect(own?.hint).toBe('mine');
    expect('hint' in (diffReports(rep([u('a', 'HW')]), rep([u('a', 'SW_INT', { reasons: [] })])).moved[0] ?? {})).toBe(false);
  });
});

describe('layer changes, ranked by their share of the totals', () => {
  it('a change in MACC, weights, output or op is listed; an identical layer is not; the largest share first', () => {
    const base = rep([layer('same', 'Conv'), layer('m', 'Conv', { macc: 100 }), layer('w', 'Conv', { weightsBytes: 100 }), layer('o', 'Conv'), layer('op', 'Conv')]);
    const head = rep([layer('same', 'Conv'), layer('m', 'Conv', { macc: 400 }), layer('w', 'Conv', { weightsBytes: 150 }), layer('o', 'Conv', { dtype: 'int16' }), layer('op', 'Relu')]);
    const d = diffReports(base, head);
    // shares: m 300/1000 MACC; o 1,024 B more output (int8 -> int16, 8x8x16) / max(1000 B activations); w 50/1000; op only its op
    expect(d.layers.map((c) => [c.name, c.opChanged, c.shapeChanged])).toEqual([['o', false, true], ['m', false, false], ['w', false, false], ['op', true, false]]);
    expect(d.kind).toBe('changed');
  });

  it('added and removed layers: the larger share of output and MACC first', () => {
    const base = rep([layer('keep', 'Conv'), layer('r1', 'Conv', { macc: 10 }), layer('r2', 'Conv', { macc: 900 })]);
    const head = rep([layer('keep', 'Conv'), layer('a1', 'Conv', { macc: 5, outputShape: [1, 1, 1, 1] }), layer('a2', 'Conv', { macc: 5, outputShape: [1, 8, 8, 64] })]);
    const d = diffReports(base, head);
    expect(d.addedLayers.map((l) => l.name)).toEqual(['a2', 'a1']);
    expect(d.removedLayers.map((l) => l.name)).toEqual(['r2', 'r1']);
  });

  it('nothing differs: same; any one difference: changed', () => {
    const l = [layer('a', 'Conv')];
    expect(diffReports(rep(l), rep(l)).kind).toBe('same');
    expect(diffReports(rep(l), rep(l, { ramTotalBytes: rep(l).totals.ramTotalBytes + 1 })).kind).toBe('changed');
    expect(diffReports(rep(l), rep([...l, layer('b', 'Relu', { macc: 0, weightsBytes: 0 })])).kind).toBe('changed');
    expect(diffReports(rep([...l, layer('b', 'Relu')]), rep(l)).kind).toBe('changed');
    expect(diffReports(rep([layer('a', 'Conv', { unit: 'HW' })]), rep([layer('a', 'Conv', { unit: 'SW_INT' })])).kind).toBe('changed');
    expect([diffReports(undefined, rep(l)).kind, diffReports(rep(l), undefined).kind, diffReports(undefined, undefined).kind]).toEqual(['added', 'removed', 'none']);
  });

  it('operator counts: only the operators whose count changed, by name', () => {
    const d = diffReports(rep([layer('a', 'Conv'), layer('b', 'Relu')]), rep([layer('a', 'Conv'), layer('c', 'Add'), layer('d', 'Add')]));
    expect(d.opCounts).toEqual([{ op: 'Add', base: 0, head: 2 }, { op: 'Relu', base: 1, head: 0 }]);
  });
});
