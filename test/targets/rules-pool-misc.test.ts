import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, npuTarget, oneRule, q, quantize } from './helpers.js';

function pool(op: OpKind, attrs: Attrs, input: number[] = [1, 8, 300, 300]): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', input, q(0.1, 0));
  g.output(quantize(g, g.node(op, [x], attrs, { name: 'p', outShapes: [[1, 8, 1, 1]], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

describe('pooling rules', () => {
  it('pool-window-max: 3x3 passes, 5x5 fails', () => {
    const t = oneRule('MaxPool', { rule: 'pool-window-max', limit: 3 });
    expect(layer(pool('MaxPool', { kernel_shape: [3, 3] }), t).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [5, 5] }), t).reasons[0]?.message).toBe("MaxPool 'p': pooling window 5x5 is larger than 3; NPU pools windows up to 3x3.");
  });

  it('global-pool-max: 64x64 passes, 65x64 fails', () => {
    const t = oneRule('GlobalAveragePool', { rule: 'global-pool-max', limit: 4096 });
    expect(layer(pool('GlobalAveragePool', {}, [1, 8, 64, 64]), t).unit).toBe('HW');
    expect(layer(pool('GlobalAveragePool', {}, [1, 8, 65, 64]), t).reasons[0]?.message).toBe("GlobalAveragePool 'p': global pool over 65x64 = 4,160 elements per channel; the limit is 4,096.");
  });

  it('avgpool-same-kernel: 8x8 SAME passes, 9x9 SAME fails, 9x9 VALID is not concerned', () => {
    const t = oneRule('AveragePool', { rule: 'avgpool-same-kernel', limit: [1, 8] });
    expect(layer(pool('AveragePool', { kernel_shape: [8, 8], auto_pad: 'SAME_UPPER' }), t).unit).toBe('HW');
    expect(layer(pool('AveragePool', { kernel_shape: [9, 9], auto_pad: 'SAME_UPPER' }), t).reasons[0]?.message).toBe("AveragePool 'p': kernel 9x9 with SAME padding; the range is 1..8.");
    expect(layer(pool('AveragePool', { kernel_shape: [9, 9], auto_pad: 'VALID' }), t).unit).toBe('HW');
  });

  it('pool-kernel-height: 256 passes, 257 fails', () => {
    const t = oneRule('MaxPool', { rule: 'pool-kernel-height', limit: 256 });
    expect(layer(pool('MaxPool', { kernel_shape: [256, 1] }), t).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [257, 1] }), t).reasons[0]?.message).toBe("MaxPool 'p': kernel height 257; the limit is 256.");
  });

  it('pool-kernel-area: 256x256 passes, 256x257 fails', () => {
    const t = oneRule('MaxPool', { rule: 'pool-kernel-area', limit: 65536 });
    expect(layer(pool('MaxPool', { kernel_shape: [256, 256] }), t).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [256, 257] }), t).reasons[0]?.message).toBe("MaxPool 'p': kernel 256x257 covers 65,792 elements; the limit is 65,536.");
  });

  it('pool-stride-max: stride 3 passes, 4 fails; AveragePool VALID is exempt', () => {
    const t = npuTarget({ MaxPool: [{ rule: 'pool-stride-max', limit: 3 }], AveragePool: [{ rule: 'pool-stride-max', limit: 3 }] });
    expect(layer(pool('MaxPool', { kernel_shape: [3, 3], strides: [3, 3] }), t).unit).toBe('HW');
    expect(layer(pool('MaxPool', { kernel_shape: [3, 3], strides: [4, 4] }), t).reasons[0]?.message).toBe("MaxPool 'p': stride 4x4; the limit is 3.");
    expect(layer(pool('AveragePool', { kernel_shape: [4, 4], strides: [4, 4], auto_pad: 'VALID' }), t).unit).toBe('HW');
  });
});

describe('operator rules', () => {
  it('op-listed: an operator the NPU does not list runs on the CPU with that reason', () => {
    const g = pool('LpPool', { kernel_shape: [2, 2] });
    const l = layer(g, npuTarget({ MaxPool: [] }));
    expect(l).toMatchObject({ unit: 'SW_INT', unitName: 'CPU' });
    expect(l.reasons).toEqual([{ unit: 'NPU', rule: 'op-listed', message: "LpPool 'p': LpPool is not in NPU's supported operators.", value: 'LpPool', limit: 'listed operators' }]);
  });

  it('no-kernel: no unit accepts a Custom op: unsupported, with every unit\'s reason', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [1, 4]);
    g.output(g.node('Custom', [x], {}, { name: 'mystery', sourceOp: 'MyOp', outShapes: [[1, 4]], outDType: 'float32' }));
    const l = layer(g, npuTarget({ Relu: [] }));
    expect(l.unit).toBe('unsupported');
    expect(l.unitName).toBeNull();
    expect(l.reasons.map((r) => `${r.unit}:${r.rule}`)).toEqual(['NPU:op-listed', 'CPU:no-kernel']);
    expect(l.reasons[1]?.message).toBe("Custom 'mystery': CPU has no kernel for MyOp.");
  });

  it('const-input: MatMul with a computed second input fails, with constant weights passes', () => {
    const t = oneRule('MatMul', { rule: 'const-input', limit: 1 });
    const g = (constant: boolean): GraphBuilder => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 16], q(0.1, 0));
      const w = constant ? b.constant('w', 'int8', [16, 8], q(0.01, 0)) : b.input('w', 'int8', [16, 8], q(0.1, 0));
      b.output(b.node('MatMul', [x, w], {}, { name: 'mm', outShapes: [[1, 8]], outDType: 'int8' }));
      return b;
    };
    expect(layer(g(true), t).unit).toBe('HW');
    expect(layer(g(false), t).reasons[0]?.message).toBe("MatMul 'mm': input 1 'w' is computed at run time; NPU needs a constant there (weights).");
  });

  it('option-enabled: Softmax is SW_INT without expand-softmax, HW with it', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 10], q(0.1, 0));
    g.output(quantize(g, g.node('Softmax', [x], {}, { name: 'sm', outShapes: [[1, 10]], outDType: 'int8' }), q(1 / 256, -128)));
    const ref = { rule: 'option-enabled', limit: 'expand-softmax' };
    const off = layer(g, npuTarget({ Softmax: [ref] }));
    expect(off.unit).toBe('SW_INT');
    expect(off.reasons[0]?.message).toBe("Softmax 'sm': NPU lowers Softmax only with the 'expand-softmax' option, which is off.");
    expect(layer(g, npuTarget({ Softmax: [ref] }, [], { 'expand-softmax': true })).unit).toBe('HW');
  });

  it('fused-activation: Relu passes, LeakyRelu fails', () => {
    const t = oneRule('Conv', { rule: 'fused-activation', limit: ['Relu', 'Relu6', 'Clip', 'Tanh', 'Sigmoid'] });
    const g = (act: OpKind): GraphBuilder => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 8, 4, 4], q(0.1, 0));
      b.output(b.node('Conv', [x, b.constant('w', 'int8', [8, 8, 1, 1], q(0.01, 0))], {}, { name: 'c', outShapes: [[1, 8, 4, 4]], outDType: 'int8' }));
      const n = b.graph.nodes[0];
      if (n) n.activation = act;
      return b;
    };
    expect(layer(g('Relu'), t).unit).toBe('HW');
    expect(layer(g('LeakyRelu'), t).reasons[0]?.message).toBe("Conv 'c': fused activation LeakyRelu; NPU fuses only Relu, Relu6, Clip, Tanh, Sigmoid.");
  });

  it('channels-not-prime (warning): 257 channels warn and stay HW; 256 do not warn', () => {
    const t = oneRule('Conv', { rule: 'channels-not-prime', limit: 16, severity: 'warning' });
    const g = (c: number): GraphBuilder => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 8, 4, 4], q(0.1, 0));
      b.output(b.node('Conv', [x, b.constant('w', 'int8', [c, 8, 1, 1], q(0.01, 0))], {}, { name: 'c', outShapes: [[1, c, 4, 4]], outDType: 'int8' }));
      return b;
    };
    const m = mapToTarget(g(257).graph, t);
    expect(m.layers[0]?.unit).toBe('HW');
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0]).toMatchObject({ node: 'c', rule: 'channels-not-prime', value: 257, message: "Conv 'c': 257 output channels is a prime number; it cannot be split evenly across the accelerator's channel groups." });
    expect(mapToTarget(g(256).graph, t).warnings).toEqual([]);
  });
});
