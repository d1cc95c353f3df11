import { describe, expect, it } from 'vitest';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { buildEpochs } from '../../src/mapping/epochs.js';
import type { Mapping, UnitClass } from '../../src/mapping/types.js';
import { GraphBuilder } from '../builders/ir.js';

/** A chain of ops with given units; the mapping is written by hand to test the epoch walk alone. */
function chain(spec: [string, OpKind, UnitClass][]): { g: GraphBuilder; m: Mapping } {
  const g = new GraphBuilder();
  let t = g.input('x', 'int8', [1, 8]);
  for (const [name, op] of spec) t = g.node(op, [t], {}, { name, outShapes: [[1, 8]], outDType: 'int8' });
  g.output(t);
  const layers = spec.map(([name, op, unit]) => ({
    name, op, unit, unitName: unit === 'HW' ? 'NPU' : 'CPU',
    reasons: unit === 'HW' ? [] : [{ unit: 'NPU', rule: 'op-listed', message: `${name} refused`, value: op, limit: 'listed operators' }],
  }));
  return { g, m: { target: 't', disclaimer: '', hasAccelerator: true, layers, warnings: [] } };
}

/** A mapping written by hand: every layer on the NPU. */
function allHw(layers: [string, OpKind][]): Mapping {
  return { target: 't', disclaimer: '', hasAccelerator: true, layers: layers.map(([name, op]) => ({ name, op, unit: 'HW' as const, unitName: 'NPU', reasons: [] })), warnings: [] };
}

describe('epochs', () => {
  it('data movement next to HW is absorbed: into the previous HW epoch, else the next one', () => {
    const { g, m } = chain([['r0', 'Reshape', 'SW_INT'], ['c1', 'Conv', 'HW'], ['f2', 'Flatten', 'HW'], ['s3', 'Softmax', 'SW_INT'], ['q4', 'Squeeze', 'SW_INT'], ['c5', 'Conv', 'HW']]);
    const layers = [{ name: 'c1', macc: 100 }, { name: 's3', macc: 3 }, { name: 'c5', macc: 7 }, { name: 'r0', macc: 0 }];
    const e = buildEpochs(g.graph, m, layers);
    expect(e.list.map((x) => [x.id, x.unit, x.nodes, x.macc])).toEqual([
      [1, 'HW', ['r0', 'c1', 'f2'], 100],
      [2, 'SW_INT', ['s3'], 3],
      [3, 'HW', ['q4', 'c5'], 7],
    ]);
    expect(e.list[1]?.reasons.map((r) => r.message)).toEqual(['s3 refused']);
    expect({ total: e.total, hw: e.hw, sw: e.sw, unsupported: e.unsupported }).toEqual({ total: 3, hw: 2, sw: 1, unsupported: 0 });
    // a layer missing from the list counts 0
    expect(buildEpochs(g.graph, m, layers.slice(1)).list.map((x) => x.macc)).toEqual([0, 3, 7]);
  });

  it('data movement between SW operators stays its own epoch; each SW op is one epoch', () => {
    const { g, m } = chain([['a', 'Softmax', 'SW_INT'], ['r', 'Reshape', 'SW_INT'], ['b', 'LSTM', 'SW_FLOAT'], ['u', 'Custom', 'unsupported']]);
    const e = buildEpochs(g.graph, m);
    expect(e.list.map((x) => [x.unit, x.nodes])).toEqual([['SW_INT', ['a']], ['SW_INT', ['r']], ['SW_FLOAT', ['b']], ['unsupported', ['u']]]);
    expect({ total: e.total, hw: e.hw, sw: e.sw, unsupported: e.unsupported }).toEqual({ total: 4, hw: 0, sw: 3, unsupported: 1 });
  });

  it('a HW activation, pool or Add that reads only the conv output joins its group; a second conv opens a new epoch', () => {
    const { g, m } = chain([['c', 'Conv', 'HW'], ['r', 'Relu', 'HW'], ['p', 'MaxPool', 'HW'], ['c2', 'Conv', 'HW'], ['a', 'Add', 'HW']]);
    expect(buildEpochs(g.graph, m).list.map((x) => x.nodes)).toEqual([['c', 'r', 'p'], ['c2', 'a']]);
  });

  it('an activation joins through its first input only: a Clip whose min is the conv output opens its own epoch', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8]);
    const c = g.node('Conv', [x], {}, { name: 'c', outShapes: [[1, 8]], outDType: 'int8' });
    g.output(g.node('Clip', [x, c], {}, { name: 'p', outShapes: [[1, 8]], outDType: 'int8' }));
    expect(buildEpochs(g.graph, allHw([['c', 'Conv'], ['p', 'Clip']])).list.map((e) => e.nodes)).toEqual([['c'], ['p']]);
  });

  it('an Add chains into the conv epoch through either input, only when it is the conv output\'s one reader', () => {
    // x -> c1 -> c2 -> add(x1, c2): the Add reads c2 through its second input (a residual block).
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8]);
    const c1 = g.node('Conv', [x], {}, { name: 'c1', outShapes: [[1, 8]], outDType: 'int8' });
    const c2 = g.node('Conv', [c1], {}, { name: 'c2', outShapes: [[1, 8]], outDType: 'int8' });
    g.output(g.node('Add', [c1, c2], {}, { name: 'a', outShapes: [[1, 8]], outDType: 'int8' }));
    const m = allHw([['c1', 'Conv'], ['c2', 'Conv'], ['a', 'Add']]);
    expect(buildEpochs(g.graph, m).list.map((e) => e.nodes)).toEqual([['c1'], ['c2', 'a']]);
    // c2's output is also a graph output: the Add cannot take it over, it opens its own epoch.
    g.output(c2);
    expect(buildEpochs(g.graph, m).list.map((e) => e.nodes)).toEqual([['c1'], ['c2'], ['a']]);
  });

  it('a HW Transpose joins the HW epoch before it, a SW one is an epoch of its own', () => {
    const hwT = chain([['c', 'Conv', 'HW'], ['t', 'Transpose', 'HW'], ['c2', 'Conv', 'HW']]);
    expect(buildEpochs(hwT.g.graph, hwT.m).list.map((e) => e.nodes)).toEqual([['c', 't'], ['c2']]);
    const swT = chain([['c', 'Conv', 'HW'], ['t', 'Transpose', 'SW_INT'], ['c2', 'Conv', 'HW']]);
    expect(buildEpochs(swT.g.graph, swT.m).list.map((e) => [e.unit, e.nodes])).toEqual([['HW', ['c']], ['SW_INT', ['t']], ['HW', ['c2']]]);
  });

  it('a wrapped layer: the inserted SW operator is an epoch before and after it, naming the layer and saying why', () => {
    const { g, m } = chain([['c', 'Conv', 'HW'], ['p', 'Pad', 'HW'], ['c2', 'Conv', 'HW']]);
    const reason = { unit: 'NPU', rule: 'transpose-innermost', message: 'T refused', value: 'perm 0,2,1,3', limit: 'moves the innermost axis' };
    const layer = m.layers[1];
    if (layer) layer.wrap = { op: 'Transpose', unit: 'SW_INT', unitName: 'CPU', reasons: [reason], why: 'channel pad' };
    const e = buildEpochs(g.graph, m);
    expect(e.list.map((x) => [x.id, x.unit, x.nodes, x.ops, x.inserted])).toEqual([
      [1, 'HW', ['c'], ['Conv'], undefined],
      [2, 'SW_INT', ['p'], ['Transpose'], 'channel pad'],
      [3, 'HW', ['p'], ['Pad'], undefined],
      [4, 'SW_INT', ['p'], ['Transpose'], 'channel pad'],
      [5, 'HW', ['c2'], ['Conv'], undefined],
    ]);
    expect(e.list[1]?.reasons).toEqual([reason]);
    expect({ total: e.total, hw: e.hw, sw: e.sw }).toEqual({ total: 5, hw: 3, sw: 2 });
    // Inserted operators the NPU runs add no epoch.
    if (layer) layer.wrap = { op: 'Transpose', unit: 'HW', unitName: 'NPU', reasons: [], why: 'channel pad' };
    expect(buildEpochs(g.graph, m).total).toBe(3);
  });

  it('a fused activation the NPU does not run is an epoch of its own after its layer, numbered in order, saying why', () => {
    const { g, m } = chain([['c', 'Conv', 'HW'], ['c2', 'Conv', 'HW']]);
    const reason = { unit: 'NPU', rule: 'fused-activation', message: 'Tanh refused', value: 'Tanh', limit: 'Relu' };
    const layer = m.layers[0];
    if (layer) layer.splitActivation = { op: 'Tanh', unit: 'SW_FLOAT', unitName: 'CPU', reasons: [reason] };
    const e = buildEpochs(g.graph, m);
    expect(e.list.map((x) => [x.id, x.unit, x.nodes, x.ops, x.separated])).toEqual([
      [1, 'HW', ['c'], ['Conv'], undefined],
      [2, 'SW_FLOAT', ['c'], ['Tanh'], "the Tanh fused into 'c' runs on its own: CPU runs it, not the NPU"],
      [3, 'HW', ['c2'], ['Conv'], undefined],
    ]);
    expect(e.list[1]?.reasons).toEqual([reason]);
    if (layer) layer.splitActivation = { op: 'Tanh', unit: 'unsupported', unitName: null, reasons: [reason] };
    expect(buildEpochs(g.graph, m).list[1]?.separated).toBe("the Tanh fused into 'c' runs on its own: no unit runs it, not the NPU");
  });

  it('only a compute op heads a group: a HW activation after a HW activation opens its own epoch', () => {
    const { g, m } = chain([['r1', 'Relu', 'HW'], ['r2', 'Relu', 'HW'], ['p', 'MaxPool', 'HW']]);
    expect(buildEpochs(g.graph, m).list.map((x) => x.nodes)).toEqual([['r1'], ['r2'], ['p']]);
  });

  it('a HW activation after a SW convolution does not join it: it opens a HW epoch (which a pool then cannot join)', () => {
    const { g, m } = chain([['c', 'Conv', 'SW_INT'], ['r', 'Relu', 'HW'], ['p', 'MaxPool', 'HW']]);
    expect(buildEpochs(g.graph, m).list.map((x) => [x.unit, x.nodes])).toEqual([['SW_INT', ['c']], ['HW', ['r']], ['HW', ['p']]]);
  });

  it('an activation that is not the conv output\'s one reader opens its own epoch', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8]);
    const c = g.node('Conv', [x], {}, { name: 'c', outShapes: [[1, 8]], outDType: 'int8' });
    const r = g.node('Relu', [c], {}, { name: 'r', outShapes: [[1, 8]], outDType: 'int8' });
    g.output(g.node('Add', [c, r], {}, { name: 'a', outShapes: [[1, 8]], outDType: 'int8' }));
    const m = allHw([['c', 'Conv'], ['r', 'Relu'], ['a', 'Add']]);
    // c feeds r and a: r does not take c over; a chains into r's epoch? r heads it (an activation): no
    expect(buildEpochs(g.graph, m).list.map((e) => e.nodes)).toEqual([['c'], ['r'], ['a']]);
  });

  /** x -> c (Conv) -> p (zero Pad, NCHW pads `pads`) -> c2 (Conv), plus `extra` nodes; every layer on the NPU, in `order`. */
  function padded(pads: number[], extra: (g: GraphBuilder, c: string) => [string, OpKind][], order: string[]): { g: GraphBuilder; m: Mapping } {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8, 4, 4]);
    const c = g.node('Conv', [x], { kernel_shape: [1, 1] }, { name: 'c', outShapes: [[1, 8, 4, 4]], outDType: 'int8' });
    const hp = 4 + (pads[2] ?? 0) + (pads[6] ?? 0);
    const wp = 4 + (pads[3] ?? 0) + (pads[7] ?? 0);
    const p = g.node('Pad', [c], { pads, mode: 'constant' }, { name: 'p', outShapes: [[1, 8, hp, wp]], outDType: 'int8' });
    g.output(g.node('Conv', [p], { kernel_shape: [3, 3] }, { name: 'c2', outShapes: [[1, 8, hp - 2, wp - 2]], outDType: 'int8' }));
    const ops = new Map<string, OpKind>([['c', 'Conv'], ['p', 'Pad'], ['c2', 'Conv'], ...extra(g, c)]);
    return { g, m: allHw(order.map((n) => [n, ops.get(n) ?? 'Unknown'])) };
  }

  it('a zero Pad folded into its convolution joins that convolution\'s epoch, larger than SAME\'s padding too (0 before, 2 after)', () => {
    const same = padded([0, 0, 1, 1, 0, 0, 1, 1], () => [], ['c', 'p', 'c2']);
    expect(buildEpochs(same.g.graph, same.m).list.map((e) => e.nodes)).toEqual([['c'], ['p', 'c2']]);
    const large = padded([0, 0, 0, 0, 0, 0, 2, 2], () => [], ['c', 'p', 'c2']);
    expect(buildEpochs(large.g.graph, large.m).list.map((e) => e.nodes)).toEqual([['c'], ['p', 'c2']]);
  });

  it('data movement after a waiting folded Pad waits with it; an activation of the previous convolution still joins that one', () => {
    // c feeds p (folded into c2) and a Reshape r (a graph output), executed between p and c2.
    const moved = padded([0, 0, 1, 1, 0, 0, 1, 1], (g, c) => {
      g.output(g.node('Reshape', [c], {}, { name: 'r', outShapes: [[1, 128]], outDType: 'int8' }));
      return [['r', 'Reshape']];
    }, ['c', 'p', 'r', 'c2']);
    expect(buildEpochs(moved.g.graph, moved.m).list.map((e) => e.nodes)).toEqual([['c'], ['p', 'r', 'c2']]);
    // y -> a (Conv) -> q (Relu) on another branch, executed between p and c2: q joins a, p still waits for c2.
    const act = padded([0, 0, 1, 1, 0, 0, 1, 1], (g) => {
      const a = g.node('Conv', [g.input('y', 'int8', [1, 8, 4, 4])], { kernel_shape: [1, 1] }, { name: 'a', outShapes: [[1, 8, 4, 4]], outDType: 'int8' });
      g.output(g.node('Relu', [a], {}, { name: 'q', outShapes: [[1, 8, 4, 4]], outDType: 'int8' }));
      return [['a', 'Conv'], ['q', 'Relu']];
    }, ['c', 'a', 'p', 'q', 'c2']);
    expect(buildEpochs(act.g.graph, act.m).list.map((e) => e.nodes)).toEqual([['c'], ['a', 'q'], ['p', 'c2']]);
  });

  it('a wrapped layer neither joins the group before it nor is absorbed as data movement', () => {
    const relu = chain([['c', 'Conv', 'HW'], ['r', 'Relu', 'HW']]);
    const r = relu.m.layers[1];
    if (r) r.wrap = { op: 'Transpose', unit: 'HW', unitName: 'NPU', reasons: [], why: 'channel pad' };
    expect(buildEpochs(relu.g.graph, relu.m).list.map((e) => e.nodes)).toEqual([['c'], ['r']]);
    const tr = chain([['c', 'Conv', 'HW'], ['t', 'Transpose', 'HW']]);
    const t = tr.m.layers[1];
    if (t) t.wrap = { op: 'Transpose', unit: 'SW_INT', unitName: 'CPU', reasons: [], why: 'channel pad' };
    expect(buildEpochs(tr.g.graph, tr.m).list.map((e) => [e.unit, e.nodes, e.ops])).toEqual([
      ['HW', ['c'], ['Conv']], ['SW_INT', ['t'], ['Transpose']], ['HW', ['t'], ['Transpose']], ['SW_INT', ['t'], ['Transpose']],
    ]);
  });

  it('a HW epoch lists no reasons, even when its layer carries warnings; a SW epoch its layer\'s reasons', () => {
    const { g, m } = chain([['c', 'Conv', 'HW'], ['s', 'Softmax', 'SW_INT']]);
    const warn = { unit: 'NPU', rule: 'channels-not-prime', message: 'c: prime channels', value: '7', limit: '16' };
    const first = m.layers[0];
    if (first) first.reasons = [warn];
    const e = buildEpochs(g.graph, m);
    expect(e.list.map((x) => x.reasons.map((r) => r.message))).toEqual([[], ['s refused']]);
  });

  it('MACC per epoch from the layers\' MACC; a layer missing from them adds 0', () => {
    const { g, m } = chain([['c', 'Conv', 'HW'], ['r', 'Relu', 'HW'], ['s', 'Softmax', 'SW_INT']]);
    expect(buildEpochs(g.graph, m, [{ name: 'c', macc: 10 }, { name: 'r', macc: 2 }]).list.map((x) => x.macc)).toEqual([12, 0]);
    expect(buildEpochs(g.graph, m, [{ name: 's', macc: 5 }, { name: 'c', macc: 10 }]).list.map((x) => x.macc)).toEqual([10, 5]);
    // a CPU-only target: nothing shown, nothing built
    expect(buildEpochs(g.graph, { ...m, hasAccelerator: false })).toEqual({ total: 0, hw: 0, sw: 0, unsupported: 0, shown: false, list: [] });
    expect(buildEpochs(g.graph, m).shown).toBe(true);
  });
});

