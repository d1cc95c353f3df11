/**
 * Neural-ART's channel-pad lowering (mapping/lowering.ts) and the Transpose rule it leans on
 * (targets/rules/layout.ts). The expected units come from ST Edge AI Core 2.2's BlazeFace
 * compilation (BA-EmbeddedAI c_info.json): Transposes with NCHW perm 0,2,1,3 are SW epochs,
 * those moving the innermost axis (0,3,1,2; 0,2,3,1; rank-3 0,2,1) are HW.
 */
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../src/ir/shape.js';
import { buildEpochs } from '../../src/mapping/epochs.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { channelPadTranspose } from '../../src/mapping/lowering.js';
import { loadTarget } from '../../src/targets/index.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, npuTarget, oneRule, q, quantize } from '../targets/helpers.js';

const rule = oneRule('Transpose', { rule: 'transpose-innermost' });

function transpose(shape: Shape, perm: number[], layout?: 'NHWC'): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', shape, q(0.1, 0));
  const out = perm.map((a) => shape[a] ?? 1);
  g.output(quantize(g, g.node('Transpose', [x], { perm, ...(layout ? { layout } : {}) }, { name: 't', outShapes: [out], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

describe('transpose-innermost', () => {
  it.each([
    [[0, 2, 1, 3], undefined, 'NCHW channels with rows (BlazeFace Transpose_19)'],
    [[0, 3, 2, 1], 'NHWC', 'NHWC rows with channels: NCHW 0,2,1,3'],
  ] as const)('rank 4 perm %j (%s layout) runs in software: %s', (perm, layout, _why) => {
    const l = layer(transpose([1, 4, 6, 8], [...perm], layout), rule, 't');
    expect(l.unit).toBe('SW_INT');
    expect(l.reasons[0]).toMatchObject({ rule: 'transpose-innermost', limit: 'moves the innermost axis' });
  });

  it.each([
    [[0, 3, 1, 2], undefined, 'NHWC to NCHW (Transpose_1)'],
    [[0, 2, 3, 1], undefined, 'NCHW to NHWC (Transpose_241)'],
    [[0, 2, 1, 3], 'NHWC', 'NHWC rows with columns: NCHW 0,1,3,2 moves W'],
  ] as const)('rank 4 perm %j (%s layout) runs on the NPU: %s', (perm, layout, _why) => {
    expect(layer(transpose([1, 4, 6, 8], [...perm], layout), rule, 't').unit).toBe('HW');
  });

  it('rank 3 (0,2,1) moves the innermost axis: HW; the identity permutation never fails', () => {
    expect(layer(transpose([1, 4, 6], [0, 2, 1]), rule, 't').unit).toBe('HW');
    expect(layer(transpose([1, 4, 6, 8], [0, 1, 2, 3]), rule, 't').unit).toBe('HW');
  });

  it('the sentence names the permutation in channel-first order and the unit', () => {
    const l = layer(transpose([1, 4, 6, 8], [0, 3, 2, 1], 'NHWC'), rule, 't');
    expect(l.reasons[0]?.message).toBe("Transpose 't': the permutation (0,2,1,3 in channel-first order) keeps the innermost axis in place and moves only outer axes; NPU does not run such a Transpose.");
  });
});

/** x [1, 8, 8, C] (NHWC) -> Pad(pads) -> Conv 1x1. */
function padded(pads: number[], channels = 24): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', [1, 8, 8, channels], q(0.1, -128));
  const rows = 8 + (pads[1] ?? 0) + (pads[5] ?? 0);
  const cols = 8 + (pads[2] ?? 0) + (pads[6] ?? 0);
  const c = channels + (pads[3] ?? 0) + (pads[7] ?? 0);
  const p = quantize(g, g.node('Pad', [x], { pads, layout: 'NHWC' }, { name: 'p', outShapes: [[1, rows, cols, c]], outDType: 'int8' }), q(0.1, -128));
  const w = g.constant('w', 'int8', [c, 1, 1, c], q(0.01, 0));
  g.output(quantize(g, g.node('Conv', [p, w], { layout: 'NHWC', weight_layout: 'OHWI' }, { name: 'c', outShapes: [[1, rows, cols, c]], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

describe('channel-pad lowering (option channel-pad-transposes)', () => {
  const n6 = loadTarget('stm32n6');

  it('stm32n6: a channel Pad is wrapped in two software Transposes that say why; the Pad stays HW', () => {
    const g = padded([0, 0, 0, 0, 0, 0, 0, 4]);
    const m = mapToTarget(g.graph, n6);
    const p = m.layers.find((l) => l.name === 'p');
    expect(p?.unit).toBe('HW');
    expect(p?.wrap).toMatchObject({ op: 'Transpose', unit: 'SW_INT', unitName: 'Cortex-M55' });
    expect(p?.wrap?.reasons.map((r) => r.rule)).toEqual(['transpose-innermost']);
    expect(p?.wrap?.reasons[0]?.message).toBe("The Transpose inserted around 'p': the permutation (0,2,1,3 in channel-first order) keeps the innermost axis in place and moves only outer axes; Neural-ART NPU does not run such a Transpose.");
    expect(p?.wrap?.why).toBe("Pad 'p' pads the channel axis: the compiler moves the channels to the rows with a Transpose, pads the rows, and transposes back.");
    const e = buildEpochs(g.graph, m);
    expect(e.list.map((x) => [x.unit, x.ops])).toEqual([['SW_INT', ['Transpose']], ['HW', ['Pad']], ['SW_INT', ['Transpose']], ['HW', ['Conv']]]);
    expect({ total: e.total, sw: e.sw }).toEqual({ total: 4, sw: 2 });
  });

  it('a spatial Pad is not wrapped (it folds into the convolution\'s epoch); an ONNX (NCHW) channel Pad is', () => {
    const spatial = padded([0, 1, 1, 0, 0, 1, 1, 0]);
    const m = mapToTarget(spatial.graph, n6);
    expect(m.layers.find((l) => l.name === 'p')?.wrap).toBeUndefined();
    expect(buildEpochs(spatial.graph, m).list.map((x) => x.nodes)).toEqual([['p', 'c']]);
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 24, 8, 8], q(0.1, 0));
    g.output(quantize(g, g.node('Pad', [x], { pads: [0, 0, 0, 0, 0, 4, 0, 0] }, { name: 'p', outShapes: [[1, 28, 8, 8]], outDType: 'int8' }), q(0.1, 0)));
    expect(mapToTarget(g.graph, n6).layers[0]?.wrap?.unit).toBe('SW_INT');
  });

  it('without the option (or on a target without it) nothing is inserted', () => {
    const g = padded([0, 0, 0, 0, 0, 0, 0, 4]);
    expect(mapToTarget(g.graph, npuTarget({ Pad: [], Conv: [], Transpose: [{ rule: 'transpose-innermost' }] })).layers.find((l) => l.name === 'p')?.wrap).toBeUndefined();
    expect(mapToTarget(g.graph, npuTarget({ Pad: [], Conv: [], Transpose: [{ rule: 'transpose-innermost' }] }, [], { 'channel-pad-transposes': true })).layers.find((l) => l.name === 'p')?.wrap?.unit).toBe('SW_INT');
  });

  it('the inserted node: named after the Pad, reading its input, channels exchanged with rows in the Pad\'s layout', () => {
    const nhwc = padded([0, 0, 0, 4, 0, 0, 0, 0]); // channels padded at the start only
    const pad = nhwc.graph.nodes.find((n) => n.name === 'p');
    if (!pad) throw new Error('no pad');
    expect(channelPadTranspose(nhwc.graph, pad, n6)).toEqual({
      name: 'p.transpose', op: 'Transpose', sourceOp: 'Transpose (inserted by the compiler)', inputs: ['x'], outputs: [], attrs: { perm: [0, 3, 2, 1], layout: 'NHWC' },
    });
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 24, 8, 8], q(0.1, 0));
    g.output(g.node('Pad', [x], { pads: [0, 4, 0, 0, 0, 0, 0, 0] }, { name: 'q', outShapes: [[1, 28, 8, 8]], outDType: 'int8' }));
    expect(channelPadTranspose(g.graph, g.graph.nodes[0]!, n6)?.attrs).toEqual({ perm: [0, 2, 1, 3], layout: 'NCHW' });
  });

  it('nothing for a rank-3 Pad, a Pad of no channel, or another operator', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 8, 24], q(0.1, 0));
    g.output(g.node('Pad', [x], { pads: [0, 0, 4, 0, 0, 0] }, { name: 'p3', outShapes: [[1, 8, 28]], outDType: 'int8' }));
    expect(channelPadTranspose(g.graph, g.graph.nodes[0]!, n6)).toBeUndefined();
    const spatial = padded([0, 1, 1, 0, 0, 1, 1, 0]);
    expect(channelPadTranspose(spatial.graph, spatial.graph.nodes.find((n) => n.name === 'p')!, n6)).toBeUndefined();
    const conv = spatial.graph.nodes.find((n) => n.name === 'c')!;
    expect(channelPadTranspose(spatial.graph, conv, n6)).toBeUndefined();
  });

  it('nothing for a channel Pad whose input has no shape or is omitted, or whose pads are computed at run time', () => {
    const channel = { pads: [0, 0, 0, 0, 0, 0, 0, 4], layout: 'NHWC' };
    const g = new GraphBuilder();
    const shapeless = g.node('Pad', [g.tensor('u', 'int8')], channel, { name: 'a' });
    const omitted = g.node('Pad', [''], channel, { name: 'b' });
    const computed = g.node('Pad', [g.input('x', 'int8', [1, 8, 8, 24]), g.input('pads', 'int64', [8])], { layout: 'NHWC' }, { name: 'c' });
    g.output(shapeless);
    g.output(omitted);
    g.output(computed);
    expect(g.graph.nodes.map((n) => channelPadTranspose(g.graph, n, n6))).toEqual([undefined, undefined, undefined]);
  });
});

