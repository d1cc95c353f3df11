import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { loadTarget } from '../../src/targets/load.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { buildEpochs } from '../../src/mapping/epochs.js';
import { renderEpochs } from '../../src/report/render/target-text.js';
import { GraphBuilder } from '../builders/ir.js';

type Act = 'int8' | 'float32';

/**
 * A TFLite-like MobileNet block (NHWC): conv 3x3/2 + Relu6, depthwise 3x3 + Relu6, pointwise 1x1,
 * average pool 48x48 VALID, reshape, fully connected, softmax. int8 with per-channel symmetric
 * weights and int32 biases, or all float32.
 */
function mobilenet(dtype: Act): GraphBuilder {
  const g = new GraphBuilder('mobilenet');
  const int = dtype === 'int8';
  const aq = (zp: number) => (int ? { scale: [0.02], zeroPoint: [zp] } : undefined);
  const wq = (n: number) => (int ? { scale: new Array<number>(n).fill(0.01), zeroPoint: new Array<number>(n).fill(0), axis: 0 } : undefined);
  let x = g.input('input', dtype, [1, 96, 96, 3], aq(-1));
  const layer = (op: OpKind, name: string, inputs: string[], attrs: Attrs, out: number[], zp = -128, act?: OpKind): string => {
    const y = g.node(op, inputs, { layout: 'NHWC', ...attrs }, { name, outShapes: [out], outDType: dtype });
    const t = g.get(y);
    const quant = aq(zp);
    if (quant) t.quant = quant;
    const n = g.graph.nodes[g.graph.nodes.length - 1];
    if (n && act) n.activation = act;
    if (n && int) n.integer = true;
    return y;
  };
  const bias = (name: string, n: number) => g.constant(name, int ? 'int32' : 'float32', [n]);
  const w = (name: string, shape: number[], n: number) => g.constant(name, dtype, shape, wq(n));
  x = layer('Conv', 'conv0', [x, w('conv0_w', [8, 3, 3, 3], 8), bias('conv0_b', 8)], { weight_layout: 'OHWI', kernel_shape: [3, 3], strides: [2, 2], auto_pad: 'SAME_UPPER' }, [1, 48, 48, 8], -128, 'Relu6');
  x = layer('Conv', 'dw1', [x, w('dw1_w', [1, 3, 3, 8], 8), bias('dw1_b', 8)], { weight_layout: 'IHWO', kernel_shape: [3, 3], group: 8, auto_pad: 'SAME_UPPER' }, [1, 48, 48, 8], -128, 'Relu6');
  x = layer('Conv', 'pw1', [x, w('pw1_w', [16, 1, 1, 8], 16), bias('pw1_b', 16)], { weight_layout: 'OHWI', kernel_shape: [1, 1] }, [1, 48, 48, 16], 3);
  x = layer('AveragePool', 'pool', [x], { kernel_shape: [48, 48], strides: [1, 1], auto_pad: 'VALID' }, [1, 1, 1, 16], 3);
  x = layer('Reshape', 'reshape', [x, g.values('shape', 'int32', [1, 16])], {}, [1, 16], 3);
  const fcw = g.constant('fc_w', dtype, [10, 16], int ? { scale: [0.01], zeroPoint: [0] } : undefined);
  x = layer('Gemm', 'fc', [x, fcw, bias('fc_b', 10)], { transB: 1 }, [1, 10], 5);
  x = layer('Softmax', 'softmax', [x], {}, [1, 10], -128);
  g.output(x);
  return g;
}

const u55 = loadTarget('ethos-u55-128');

describe('Ethos-U targets', () => {
  it('an int8 MobileNet-style graph maps fully to the NPU', () => {
    for (const name of ['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-256']) {
      const m = mapToTarget(mobilenet('int8').graph, loadTarget(name));
      expect(m.layers.map((l) => [l.name, l.unit, l.reasons])).toEqual(m.layers.map((l) => [l.name, 'HW', []]));
      expect(m.warnings).toEqual([]);
    }
  });

  it('a float graph goes to the CPU with the dtype reason', () => {
    const m = mapToTarget(mobilenet('float32').graph, u55);
    expect(m.layers.every((l) => l.unit === 'SW_FLOAT' && l.unitName === 'Cortex-M (TFLM)')).toBe(true);
    const conv0 = m.layers[0];
    expect(conv0?.reasons[0]).toMatchObject({
      unit: 'Ethos-U55-128', rule: 'tensor-dtype', value: 'float32', limit: 'int8, uint8, int16, int32',
      message: "Conv 'conv0': tensor 'input' has type float32; Ethos-U55-128 accepts int8, uint8, int16, int32.",
    });
    // Every failing rule is reported, not only the first.
    expect(conv0?.reasons.map((r) => r.rule)).toEqual(['tensor-dtype', 'weight-dtype', 'bias-type']);
  });

  it('an operator not in the supported list runs on the CPU with that reason', () => {
    const g = mobilenet('int8');
    const last = g.graph.outputs[0] ?? '';
    const y = g.node('Gelu', [last], {}, { name: 'gelu', outShapes: [[1, 10]], outDType: 'int8' });
    g.get(y).quant = { scale: [0.01], zeroPoint: [0] };
    g.graph.outputs = [y];
    const l = mapToTarget(g.graph, u55).layers.find((x) => x.name === 'gelu');
    expect(l?.unit).toBe('SW_INT');
    expect(l?.reasons).toEqual([{ unit: 'Ethos-U55-128', rule: 'op-listed', value: 'Gelu', limit: 'listed operators', message: "Gelu 'gelu': Gelu is not in Ethos-U55-128's supported operators." }]);
  });

  it('epochs: a pool reading only a conv output joins its group, reshape is absorbed, softmax is its own epoch', () => {
    const g = mobilenet('int8');
    const e = buildEpochs(g.graph, mapToTarget(g.graph, u55), Object.entries({ conv0: 10, dw1: 20, pw1: 30, pool: 4, fc: 5, softmax: 1 }).map(([name, macc]) => ({ name, macc })));
    expect(e.list.map((x) => x.nodes)).toEqual([['conv0'], ['dw1'], ['pw1', 'pool', 'reshape'], ['fc'], ['softmax']]);
    expect(e.list.map((x) => x.macc)).toEqual([10, 20, 34, 5, 1]);
    expect({ total: e.total, hw: e.hw, sw: e.sw }).toEqual({ total: 5, hw: 5, sw: 0 });
    expect(renderEpochs(e).split('\n')[0]).toBe('Total number of epochs: 5 of which 0 implemented in software');
  });

  it('CPU-only targets: everything SW_INT / SW_FLOAT, epochs not shown', () => {
    const h7 = loadTarget('stm32h7');
    const m = mapToTarget(mobilenet('int8').graph, h7);
    expect(new Set(m.layers.map((l) => l.unit))).toEqual(new Set(['SW_INT']));
    expect(m.hasAccelerator).toBe(false);
    expect(mapToTarget(mobilenet('float32').graph, h7).layers.every((l) => l.unit === 'SW_FLOAT')).toBe(true);
    const e = buildEpochs(mobilenet('int8').graph, m);
    expect(e.shown).toBe(false);
  });
});

describe('Vela 3.10 checks beyond SUPPORTED_OPS.md wording', () => {
  const u55 = loadTarget('ethos-u55-128');
  const q = { scale: [0.1], zeroPoint: [0] };
  /** One unary layer 'l' from `inDt` to `outDt`, both quantized. */
  function unary(op: OpKind, inDt: 'int8' | 'int16', outDt: 'int8' | 'int16') {
    const g = new GraphBuilder();
    const x = g.input('x', inDt, [1, 8, 8, 4], q);
    const y = g.node(op, [x], { layout: 'NHWC' }, { name: 'l', outShapes: [[1, 8, 8, 4]], outDType: outDt });
    g.get(y).quant = q;
    g.output(y);
    return mapToTarget(g.graph, u55).layers[0];
  }

  it('EXP: int8 or int16, the same type in and out (int8 -> int16 falls back with the types named)', () => {
    expect(unary('Exp', 'int8', 'int8')?.unit).toBe('HW');
    expect(unary('Exp', 'int16', 'int16')?.unit).toBe('HW');
    expect(unary('Exp', 'int8', 'int16')?.reasons.map((r) => [r.rule, r.value])).toEqual([['same-in-out-dtype', 'int8 -> int16']]);
  });

  it('RSQRT: int8 only', () => {
    expect(unary('Rsqrt', 'int8', 'int8')?.unit).toBe('HW');
    expect(unary('Rsqrt', 'int16', 'int16')?.reasons.map((r) => r.rule)).toEqual(['activation-dtype']);
  });

  it('an int32 operand without quantization parameters keeps an ADD off the NPU; with them it runs there', () => {
    const add = (quantized: boolean) => {
      const g = new GraphBuilder();
      const a = g.input('a', 'int32', [1, 4], quantized ? q : undefined);
      const b = g.input('b', 'int32', [1, 4], quantized ? q : undefined);
      const y = g.node('Add', [a, b], {}, { name: 'l', outShapes: [[1, 4]], outDType: 'int32' });
      if (quantized) g.get(y).quant = q;
      g.output(y);
      return mapToTarget(g.graph, u55).layers[0];
    };
    expect(add(true)?.unit).toBe('HW');
    expect(add(false)?.reasons.map((r) => [r.rule, r.value])).toEqual([['int32-quant-params', "'a' int32 without scale"]]);
  });

  it('TRANSPOSE: the listed permutations run (1xHxWxC -> 1xWxHxC), NCHW -> NHWC does not', () => {
    const tr = (shape: number[], perm: number[]) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', shape, q);
      const y = g.node('Transpose', [x], { perm }, { name: 'l', outShapes: [perm.map((p) => shape[p] ?? 1)], outDType: 'int8' });
      g.get(y).quant = q;
      g.output(y);
      return mapToTarget(g.graph, u55).layers[0];
    };
    expect(tr([1, 4, 6, 8], [0, 2, 1, 3])?.unit).toBe('HW');
    expect(tr([1, 1, 6, 8], [0, 1, 3, 2])?.unit).toBe('HW');
    expect(tr([1, 4, 6, 8], [0, 1, 3, 2])?.reasons.map((r) => r.rule)).toEqual(['vela-transpose']); // needs H = 1
    expect(tr([6, 8], [1, 0])?.unit).toBe('HW');
    expect(tr([1, 3, 8, 8], [0, 2, 3, 1])?.reasons.map((r) => [r.rule, r.value])).toEqual([['vela-transpose', '[1, 3, 8, 8] perm 0,2,3,1']]);
  });

  it('batch: only a rank-4 input has one (Vela pads shapes to 4-D): [6, 8] runs, [2, 4, 4, 8] does not', () => {
    const relu = (shape: number[]) => {
      const g = new GraphBuilder();
      const y = g.node('Relu', [g.input('x', 'int8', shape, q)], {}, { name: 'l', outShapes: [shape], outDType: 'int8' });
      g.get(y).quant = q;
      g.output(y);
      return mapToTarget(g.graph, u55).layers[0];
    };
    expect(relu([6, 8])?.unit).toBe('HW');
    expect(relu([6, 4, 8])?.unit).toBe('HW');
    expect(relu([1, 4, 4, 8])?.unit).toBe('HW');
    expect(relu([2, 4, 4, 8])?.reasons.map((r) => [r.rule, r.value])).toEqual([['ifm-batch-one', 2]]);
  });
});
