import { describe, expect, it } from 'vitest';
import { diffReports, layerOutputBytes } from '../../src/diff/index.js';
import { analyzeExample, layer, mapped } from './fixtures.js';

describe('diffReports', () => {
  const base = analyzeExample('kws_cnn_int8.onnx');
  const head = analyzeExample('kws_cnn_int8_v2.onnx');

  it('totals: head minus base, computed from the two reports independently', () => {
    const d = diffReports(base, head);
    expect(d.kind).toBe('changed');
    for (const k of ['weightsBytes', 'activationsBytes', 'ramTotalBytes', 'macc', 'params', 'inputsBytes', 'outputsBytes'] as const) {
      expect(d.totals[k]).toEqual({
        base: base.totals[k], head: head.totals[k], delta: head.totals[k] - base.totals[k],
        pct: base.totals[k] === 0 ? undefined : ((head.totals[k] - base.totals[k]) / base.totals[k]) * 100,
      });
    }
    // The values themselves, as the CLI prints them for the two examples.
    expect(d.totals.macc.delta).toBe(4_274_040 - 1_497_304);
    expect(d.totals.weightsBytes.delta).toBe(37_968 - 14_000);
    // RAM: test/cli/cli.test.ts derives the base's peak, 18,372 B live; the head (96 channels) likewise:
    // 2 x 12,000 B int8 tensors + the 3x3 depthwise scratch 96*(3*9+10)+1 = 3,553 -> 3,556 aligned.
    expect([base.memory.timeline.peak?.liveBytes, head.memory.timeline.peak?.liveBytes]).toEqual([18_372, 27_556]);
    // the delta is the two arenas' (each within 1% of its peak: first-fit placement)
    expect(d.totals.ramTotalBytes.delta).toBe(head.totals.ramTotalBytes - base.totals.ramTotalBytes);
    expect(Math.abs(d.totals.ramTotalBytes.delta - (27_556 - 18_372))).toBeLessThanOrEqual(Math.ceil(27_556 * 0.01));
    expect(d.totals.epochsHw).toBeUndefined();
  });

  it('layers: matched by name, ranked by change; new layers listed; no moves without units', () => {
    const d = diffReports(base, head);
    const baseNames = new Set(base.layers.map((l) => l.name));
    expect(d.addedLayers.map((l) => l.name).sort()).toEqual(head.layers.filter((l) => !baseNames.has(l.name)).map((l) => l.name).sort());
    expect(d.removedLayers).toEqual([]);
    const pw0 = d.layers.find((l) => l.name === 'pw0');
    const b = base.layers.find((l) => l.name === 'pw0');
    const h = head.layers.find((l) => l.name === 'pw0');
    expect(pw0?.macc.delta).toBe((h?.macc ?? 0) - (b?.macc ?? 0));
    expect(pw0?.outputBytes).toMatchObject({ base: 64 * 25 * 5, head: 96 * 25 * 5 });
    expect(d.layers[0]?.name).toMatch(/^pw/); // the pointwise convs carry most of the change
    expect(d.opCounts).toEqual([{ op: 'Conv', base: 5, head: 7 }]);
    expect(d.moved).toEqual([]);
    expect(d.io).toEqual([]);
  });

  it('same report: kind same, nothing listed; one side missing: added / removed', () => {
    const same = diffReports(base, analyzeExample('kws_cnn_int8.onnx'));
    expect(same.kind).toBe('same');
    expect(same.layers).toEqual([]);
    const added = diffReports(undefined, head);
    expect(added.kind).toBe('added');
    expect(added.totals.ramTotalBytes).toEqual({ base: undefined, head: head.totals.ramTotalBytes, delta: head.totals.ramTotalBytes, pct: undefined });
    expect(diffReports(base, undefined).kind).toBe('removed');
  });

  it('operators that moved HW -> SW and back, with reasons; epochs and pools', () => {
    const reason = 'output tensor is per-tensor asymmetric int8 (zero point 5); the NPU needs symmetric activations';
    const b = mapped(base, [layer('conv1', 'Conv', { unit: 'HW' }), layer('sm', 'Softmax', { unit: 'SW_FLOAT' }), layer('keep', 'Add', { unit: 'HW' })],
      { epochs: { total: 3, hw: 2, sw: 1 }, pools: [{ name: 'npuRAM3', usedBytes: 1000, usableBytes: 458_752 }] });
    const h = mapped(base, [
      layer('conv1', 'Conv', { unit: 'SW_INT', reasons: [reason], hint: 'Requantize with zero point 0' }),
      layer('sm', 'Softmax', { unit: 'HW' }), layer('keep', 'Add', { unit: 'HW' }),
      layer('new_sw', 'Resize', { unit: 'SW_FLOAT', reasons: ['Resize mode cubic is not supported'] }),
    ], { epochs: { total: 4, hw: 2, sw: 2 }, pools: [{ name: 'npuRAM3', usedBytes: 3000, usableBytes: 458_752 }] });
    const d = diffReports(b, h);
    expect(d.moved).toEqual([
      { name: 'conv1', op: 'Conv', from: 'HW', to: 'SW_INT', direction: 'toSW', reasons: [reason], hint: 'Requantize with zero point 0', added: false },
      { name: 'sm', op: 'Softmax', from: 'SW_FLOAT', to: 'HW', direction: 'toHW', reasons: [], added: false },
      { name: 'new_sw', op: 'Resize', from: undefined, to: 'SW_FLOAT', direction: 'toSW', reasons: ['Resize mode cubic is not supported'], added: true },
    ]);
    expect(d.totals.epochsSw).toEqual({ base: 1, head: 2, delta: 1, pct: 100 });
    expect(d.totals.epochsHw?.delta).toBe(0);
    expect(d.pools).toEqual([{ name: 'npuRAM3', used: { base: 1000, head: 3000, delta: 2000, pct: 200 }, usableBytes: 458_752 }]);
  });

  it('reads the mapping\'s own shapes: MappingReason objects, PoolsResult, unsupported epochs, shown: false', () => {
    const reason = { unit: 'npu', rule: 'symmetric-activations', message: 'zero point 5: needs symmetric int8', value: 5, limit: '0', hint: 'Requantize with zero point 0.' };
    const b = mapped(base, [layer('c', 'Conv', { unit: 'HW' })], { epochs: { total: 2, hw: 2, sw: 0, unsupported: 0, shown: true, list: [] }, pools: [] });
    const h = mapped(base, [layer('c', 'Conv', { unit: 'SW_INT', reasons: [reason] })], {
      epochs: { total: 3, hw: 1, sw: 1, unsupported: 1, shown: true, list: [] },
      pools: { pools: [{ name: 'flash', usedBytes: 10, usableBytes: null }] },
    });
    const d = diffReports(b, h);
    expect(d.moved[0]).toMatchObject({ reasons: ['zero point 5: needs symmetric int8'], hint: 'Requantize with zero point 0.', direction: 'toSW' });
    expect(d.totals.epochsSw).toMatchObject({ base: 0, head: 2 });
    expect(d.pools).toEqual([{ name: 'flash', used: { base: undefined, head: 10, delta: 10, pct: undefined }, usableBytes: undefined }]);
    const cpu = diffReports(mapped(base, base.layers, { epochs: { total: 0, hw: 0, sw: 0, shown: false } }), base);
    expect(cpu.totals.epochsTotal).toBeUndefined();
  });

  it('I/O signature changes: dtype, shape, quant, name; added outputs', () => {
    const h = {
      ...base,
      inputs: base.inputs.map((io) => ({ ...io, dtype: 'int16', shape: [1, 1, 98, 10], quant: { scale: 0.5, zeroPoint: -3 } })),
      outputs: [...base.outputs.map((io) => ({ ...io, name: 'probs' })), { ...base.outputs[0]!, name: 'logits' }],
    };
    const d = diffReports(base, h);
    expect(d.io.map((c) => [c.kind, c.index, c.change, c.fields])).toEqual([
      ['input', 0, 'changed', ['dtype', 'shape', 'quant']],
      ['output', 0, 'changed', ['name']],
      ['output', 1, 'added', []],
    ]);
  });

  it('layerOutputBytes: static shapes only, sub-byte types rounded up', () => {
    expect(layerOutputBytes({ outputShape: [1, 10], dtype: 'float32' })).toBe(40);
    expect(layerOutputBytes({ outputShape: [1, 3], dtype: 'int4' })).toBe(2);
    expect(layerOutputBytes({ outputShape: ['N', 10], dtype: 'float32' })).toBe(0);
    expect(layerOutputBytes({ outputShape: null, dtype: 'int8' })).toBe(0);
  });
});
