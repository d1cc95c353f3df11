/**
 * The pooling rules (src/targets/rules/pooling.ts) in the cases StrykerJS found untested: the
 * default limits (Neural-ART's 3x3 window, Vela's 256 / 65,536 / stride 3 / SAME range 1..8, a
 * global pool of 4,096), every reading of "SAME padding", NHWC global pools, and the guards that
 * make a rule hold when the shape is unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, oneRule, q, quantize } from './helpers.js';

function pool(op: OpKind, attrs: Attrs, input: Shape = [1, 8, 300, 300]): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', input, q(0.1, 0));
  g.output(quantize(g, g.node(op, [x], attrs, { name: 'p', outShapes: [[1, 8, 1, 1]], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

/** The layer's unit and every warning of the mapping (a rule that threw is a warning). */
function mapped(g: GraphBuilder, op: OpKind, rule: string): { unit: string; warnings: number } {
  const m = mapToTarget(g.graph, oneRule(op, { rule }));
  return { unit: m.layers[0]?.unit ?? '', warnings: m.warnings.length };
}

describe('default limits', () => {
  it('pool-window-max: 3 (3x3 runs, 3x4 falls back, its value the whole window)', () => {
    const t = oneRule('MaxPool', { rule: 'pool-window-max' });
    expect(layer(pool('MaxPool', { kernel_shape: [3, 3] }), t).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [3, 4] }), t).reasons[0]).toMatchObject({ value: '3x4', message: "MaxPool 'p': pooling window 3x4 is larger than 3; NPU pools windows up to 3x3." });
  });

  it('global-pool-max: 4,096 elements (64x64 runs, 64x65 falls back)', () => {
    const t = oneRule('GlobalAveragePool', { rule: 'global-pool-max' });
    expect(layer(pool('GlobalAveragePool', {}, [1, 8, 64, 64]), t).unit).toBe('HW');
    expect(layer(pool('GlobalAveragePool', {}, [1, 8, 64, 65]), t).reasons[0]?.value).toBe(4160);
  });

  it('avgpool-same-kernel: 1..8 (8x8 SAME runs, 9x1 SAME falls back naming the kernel and the fix)', () => {
    const t = oneRule('AveragePool', { rule: 'avgpool-same-kernel' });
    expect(layer(pool('AveragePool', { kernel_shape: [8, 8], auto_pad: 'SAME_UPPER' }), t).unit).toBe('HW');
    const l = layer(pool('AveragePool', { kernel_shape: [9, 1], auto_pad: 'SAME_UPPER' }), t);
    expect(l.reasons[0]).toMatchObject({ value: '9x1', message: "AveragePool 'p': kernel 9x1 with SAME padding; the range is 1..8.", hint: 'Use VALID padding or a smaller kernel.' });
  });

  it('pool-kernel-height 256, pool-kernel-area 65,536, pool-stride-max 3', () => {
    expect(layer(pool('MaxPool', { kernel_shape: [257, 1] }), oneRule('MaxPool', { rule: 'pool-kernel-height' })).reasons[0]?.value).toBe(257);
    expect(layer(pool('MaxPool', { kernel_shape: [256, 1] }), oneRule('MaxPool', { rule: 'pool-kernel-height' })).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [1, 65_537] }), oneRule('MaxPool', { rule: 'pool-kernel-area' })).reasons[0]?.value).toBe(65_537);
    expect(layer(pool('MaxPool', { kernel_shape: [1, 65_536] }), oneRule('MaxPool', { rule: 'pool-kernel-area' })).unit).toBe('HW');
    const s = oneRule('MaxPool', { rule: 'pool-stride-max' });
    expect(layer(pool('MaxPool', { kernel_shape: [2, 2], strides: [1, 4] }), s).reasons[0]).toMatchObject({ value: '1x4', message: "MaxPool 'p': stride 1x4; the limit is 3." });
    expect(layer(pool('MaxPool', { kernel_shape: [2, 2], strides: [3, 3] }), s).unit).toBe('HW');
  });
});

describe('SAME padding, as the rules read it', () => {
  const t = oneRule('AveragePool', { rule: 'avgpool-same-kernel', limit: [1, 8] });
  const big = { kernel_shape: [9, 9] };
  it.each([
    [{ auto_pad: 'SAME_LOWER' }, true, 'SAME_LOWER'],
    [{ auto_pad: 'SAME_UPPER' }, true, 'SAME_UPPER'],
    [{ auto_pad: 'VALID', pads: [1, 1, 1, 1] }, false, 'VALID wins over explicit pads'],
    [{ pads: [0, 0, 1, 0] }, true, 'one non-zero explicit pad'],
    [{ pads: [0, 0, 0, 0] }, false, 'zero pads'],
    [{ auto_pad: 'NOTSET' }, false, 'NOTSET without pads'],
    [{}, false, 'nothing given'],
  ] as [Attrs, boolean, string][])('%j is SAME: %s (%s)', (attrs, same, _why) => {
    expect(layer(pool('AveragePool', { ...big, ...attrs }), t).unit).toBe(same ? 'SW_INT' : 'HW');
  });

  it('pool-stride-max exempts AveragePool only with VALID padding: with SAME its stride counts; MaxPool always counts', () => {
    const avg = oneRule('AveragePool', { rule: 'pool-stride-max', limit: 3 });
    expect(layer(pool('AveragePool', { kernel_shape: [4, 4], strides: [4, 4], auto_pad: 'VALID' }), avg).unit).toBe('HW');
    expect(layer(pool('AveragePool', { kernel_shape: [4, 4], strides: [4, 4], auto_pad: 'SAME_UPPER' }), avg).reasons[0]?.value).toBe('4x4');
    expect(layer(pool('MaxPool', { kernel_shape: [4, 4], strides: [4, 4], auto_pad: 'VALID' }), oneRule('MaxPool', { rule: 'pool-stride-max', limit: 3 })).reasons[0]?.value).toBe('4x4');
  });
});

describe('global pools: layout and unknown shapes', () => {
  it('NHWC: the spatial dims are the middle ones (1x64x65x8 is 4,160 elements; as NCHW it would be 65x8 = 520)', () => {
    const l = layer(pool('GlobalAveragePool', { layout: 'NHWC' }, [1, 64, 65, 8]), oneRule('GlobalAveragePool', { rule: 'global-pool-max', limit: 4096 }));
    expect(l.reasons[0]).toMatchObject({ value: 4160, message: "GlobalAveragePool 'p': global pool over 64x65 = 4,160 elements per channel; the limit is 4,096." });
  });

  it('a rank-3 input (a 1-D global pool) is measured too: 1x8x5000 is 5,000 elements', () => {
    expect(layer(pool('GlobalAveragePool', {}, [1, 8, 5000]), oneRule('GlobalAveragePool', { rule: 'global-pool-max', limit: 4096 })).reasons[0]?.value).toBe(5000);
  });

  it('a symbolic spatial dim, a rank-2 input, or no shape: holds without a warning', () => {
    expect(mapped(pool('GlobalAveragePool', {}, [1, 8, 'h', 64]), 'GlobalAveragePool', 'global-pool-max')).toEqual({ unit: 'HW', warnings: 0 });
    expect(mapped(pool('GlobalAveragePool', {}, [1, 8]), 'GlobalAveragePool', 'global-pool-max')).toEqual({ unit: 'HW', warnings: 0 });
    const g = new GraphBuilder();
    const x = g.tensor('x', 'int8', undefined, { quant: q(0.1, 0) });
    g.graph.inputs.push(x);
    g.output(quantize(g, g.node('GlobalAveragePool', [x], {}, { name: 'p', outDType: 'int8' }), q(0.1, 0)));
    expect(mapped(g, 'GlobalAveragePool', 'global-pool-max')).toEqual({ unit: 'HW', warnings: 0 });
  });

  it('no kernel at all (a MaxPool without kernel_shape): the window rules hold without a warning', () => {
    for (const rule of ['pool-window-max', 'pool-kernel-height', 'pool-kernel-area', 'avgpool-same-kernel']) {
      expect(mapped(pool('MaxPool', { auto_pad: 'SAME_UPPER' }), 'MaxPool', rule), rule).toEqual({ unit: 'HW', warnings: 0 });
    }
  });
});
